package org.assetatlas.geo;

import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** Geometry helpers: binary encoding for storage and dissolving areas into one. */
public final class Geometries {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), GeoJsonFeatures.WGS84);

    private Geometries() {
    }

    /** Well-known binary, for storing a boundary in the project file. */
    public static byte[] toWkb(Geometry g) {
        return new WKBWriter(2).write(g);
    }

    /**
     * Reads well-known binary.
     *
     * @throws IllegalArgumentException when the bytes are not WKB
     */
    public static Geometry fromWkb(byte[] wkb) {
        try {
            Geometry g = new WKBReader(WGS84).read(wkb);
            g.setSRID(GeoJsonFeatures.WGS84);
            return g;
        } catch (ParseException e) {
            throw new IllegalArgumentException("Stored boundary is not valid WKB: " + e.getMessage(), e);
        }
    }

    /** Dissolves the geometries into one (e.g. wards into a neighbourhood). */
    public static Geometry union(Collection<Geometry> parts) {
        Geometry u = UnaryUnionOp.union(parts, WGS84);
        u.setSRID(GeoJsonFeatures.WGS84);
        return u;
    }

    /**
     * Dissolves areas into one outline without the hairline slivers that generalised boundaries leave between
     * neighbours: each part is grown by about a metre before the union and the result shrunk back, which closes
     * cracks narrower than two metres and leaves the outer edge where it was; the result is then made valid.
     */
    public static Geometry dissolve(Collection<Geometry> parts) {
        double eps = 1e-5; // degrees: about 0.7 to 1.1 m at English latitudes
        List<Geometry> grown = new java.util.ArrayList<>(parts.size());
        for (Geometry g : parts) {
            if (g != null && !g.isEmpty()) {
                grown.add(g.buffer(eps, 2));
            }
        }
        Geometry u = UnaryUnionOp.union(grown, WGS84).buffer(-eps, 2);
        u = org.locationtech.jts.geom.util.GeometryFixer.fix(u);
        u.setSRID(GeoJsonFeatures.WGS84);
        return u;
    }
}
