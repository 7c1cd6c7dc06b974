package org.assetatlas.io.boundary;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/** Finding a boundary file's coordinate system and converting its coordinates to WGS84 with Proj4J. */
final class BoundaryCrs {

    private static final Pattern WKT1_AUTHORITY =
            Pattern.compile("AUTHORITY\\s*\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?\\s*]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WKT2_ID =
            Pattern.compile("\\bID\\s*\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?\\s*]", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^\\s*\\w+\\s*\\[\\s*\"([^\"]*)\"");
    private static final Pattern UTM = Pattern.compile("(WGS_1984|ETRS_1989)_UTM_ZONE_(\\d{1,2})([NS])");
    private static final Pattern EPSG_IN_NAME = Pattern.compile("EPSG[:/]+(?:[\\d.]*:)?(\\d+)$");

    private BoundaryCrs() {
    }

    /**
     * The coordinate system a {@code .prj} file's well-known text describes: by its EPSG authority code when it has
     * one, otherwise by name (ESRI's .prj files carry none).
     *
     * @throws BoundaryFileException when the text names a coordinate system not recognised here
     */
    static SourceCrs fromWkt(String wkt) throws BoundaryFileException {
        String text = wkt.strip();
        Integer code = lastCode(WKT1_AUTHORITY, text);
        if (code == null) {
            code = lastCode(WKT2_ID, text);
        }
        if (code != null) {
            return SourceCrs.stated(code, "from the .prj file");
        }
        String norm = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9\\[\\]\"]+", "_");
        boolean projected = norm.startsWith("PROJCS") || norm.startsWith("PROJCRS");
        boolean geographic = norm.startsWith("GEOGCS") || norm.startsWith("GEOGCRS") || norm.startsWith("GEODCRS");
        Integer found = null;
        if (projected && (norm.contains("BRITISH_NATIONAL_GRID")
                || norm.contains("OSGB") && norm.contains("TRANSVERSE_MERCATOR") && norm.contains("400000"))) {
            found = SourceCrs.BRITISH_NATIONAL_GRID;
        } else if (projected && (norm.contains("WEB_MERCATOR") || norm.contains("PSEUDO_MERCATOR"))) {
            found = 3857;
        } else if (projected && norm.contains("IRENET95")) {
            found = 2157;
        } else if (projected && norm.contains("IRISH_GRID")) {
            found = 29903;
        } else if (projected) {
            Matcher m = UTM.matcher(norm);
            if (m.find()) {
                int zone = Integer.parseInt(m.group(2));
                if (m.group(1).startsWith("WGS")) {
                    found = (m.group(3).equals("N") ? 32600 : 32700) + zone;
                } else if (m.group(3).equals("N")) {
                    found = 25800 + zone;
                }
            }
        } else if (geographic && (norm.contains("WGS_1984") || norm.contains("WGS_84") || norm.contains("WGS84"))) {
            found = SourceCrs.WGS84;
        } else if (geographic && (norm.contains("ETRS_1989") || norm.contains("ETRS89"))) {
            found = 4258;
        } else if (geographic && norm.contains("OSGB")) {
            found = 4277;
        }
        if (found == null) {
            Matcher m = NAME.matcher(text);
            String name = m.find() ? m.group(1) : text.substring(0, Math.min(60, text.length()));
            throw new BoundaryFileException("The .prj file names a coordinate system this app does not recognise (\""
                    + org.assetatlas.util.Printable.of(name, 60) + "\"). Save the boundaries in British National Grid (EPSG:27700) or WGS84 (EPSG:4326) "
                    + "and try again.");
        }
        return SourceCrs.stated(found, "from the .prj file");
    }

    private static Integer lastCode(Pattern p, String text) {
        Matcher m = p.matcher(text);
        Integer code = null;
        while (m.find()) {
            code = Integer.valueOf(m.group(1));
        }
        return code;
    }

    /**
     * The EPSG code in a GeoJSON {@code crs} name such as {@code urn:ogc:def:crs:EPSG::27700},
     * {@code EPSG:27700} or {@code urn:ogc:def:crs:OGC:1.3:CRS84} (which is WGS84).
     *
     * @throws BoundaryFileException when the name is not one of these
     */
    static int fromGeoJsonName(String name) throws BoundaryFileException {
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.endsWith("CRS84") || n.endsWith("CRS:84")) {
            return SourceCrs.WGS84;
        }
        Matcher m = EPSG_IN_NAME.matcher(n);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        throw new BoundaryFileException("The GeoJSON file's \"crs\" member names a coordinate system this app does "
                + "not recognise (\"" + name + "\"). Remove it if the coordinates are longitude/latitude, or give an "
                + "EPSG code such as \"EPSG:27700\".");
    }

    /**
     * The coordinate system to use: the one the file states, checked against its coordinates; or, when it states
     * none, the one its coordinates fit.
     *
     * @param stated      what the file says, or null
     * @param defaultWgs84 whether a file that says nothing is WGS84 by its format's rule (GeoJSON, RFC 7946)
     * @param geometries  the features' geometries in the file's coordinates
     * @throws BoundaryFileException when the coordinates fit neither or contradict what the file says
     */
    static SourceCrs decide(SourceCrs stated, boolean defaultWgs84, List<Geometry> geometries)
            throws BoundaryFileException {
        Envelope env = new Envelope();
        for (Geometry g : geometries) {
            if (g != null && !g.isEmpty()) {
                env.expandToInclude(g.getEnvelopeInternal());
            }
        }
        boolean lonLat = !env.isNull() && env.getMinX() >= -180 && env.getMaxX() <= 180
                && env.getMinY() >= -90 && env.getMaxY() <= 90;
        boolean grid = !env.isNull() && env.getMinX() >= 0 && env.getMaxX() <= 700_000
                && env.getMinY() >= 0 && env.getMaxY() <= 1_300_000;
        if (stated != null) {
            if (isGeographic(stated.epsg()) && !env.isNull() && !lonLat) {
                throw new BoundaryFileException("The file says its coordinates are " + stated.name()
                        + ", but they run from " + fmt(env.getMinX()) + ", " + fmt(env.getMinY()) + " to "
                        + fmt(env.getMaxX()) + ", " + fmt(env.getMaxY())
                        + ", which are not longitudes and latitudes. Check the file's coordinate system"
                        + (grid ? " (the numbers look like British National Grid metres)." : "."));
            }
            return stated;
        }
        if (env.isNull() || lonLat) {
            return defaultWgs84
                    ? SourceCrs.stated(SourceCrs.WGS84, "the GeoJSON standard (RFC 7946)")
                    : SourceCrs.assumed(SourceCrs.WGS84, "the file gives no coordinate system and its coordinates "
                            + "are longitudes and latitudes");
        }
        if (grid) {
            return SourceCrs.assumed(SourceCrs.BRITISH_NATIONAL_GRID, "the file gives no coordinate system and its "
                    + "coordinates are in the grid's range (eastings 0–700 km, northings 0–1,300 km)");
        }
        throw new BoundaryFileException("The file gives no coordinate system, and its coordinates (from "
                + fmt(env.getMinX()) + ", " + fmt(env.getMinY()) + " to " + fmt(env.getMaxX()) + ", "
                + fmt(env.getMaxY()) + ") are neither longitude/latitude nor British National Grid. Save it with "
                + "its coordinate system (for a shapefile, include the .prj file) and try again.");
    }

    private static boolean isGeographic(int epsg) {
        return epsg == SourceCrs.WGS84 || epsg == 4258 || epsg == 4277 || epsg == 4269;
    }

    private static String fmt(double v) {
        return Math.abs(v) >= 1000 ? String.format(Locale.UK, "%,.0f", v) : String.format(Locale.UK, "%.4f", v);
    }

    /**
     * Converts geometries from a coordinate system to WGS84 longitude/latitude. Not thread-safe: one per read.
     */
    static final class ToWgs84 {
        private final CoordinateTransform transform;
        private final String name;

        /**
         * A converter from the given coordinate system.
         *
         * @throws BoundaryFileException when Proj4J does not know the EPSG code
         */
        ToWgs84(SourceCrs from) throws BoundaryFileException {
            this.name = from.name();
            if (from.epsg() == SourceCrs.WGS84) {
                transform = null;
                return;
            }
            try {
                CRSFactory crs = new CRSFactory();
                CoordinateReferenceSystem source = crs.createFromName("EPSG:" + from.epsg());
                CoordinateReferenceSystem wgs84 = crs.createFromName("EPSG:4326");
                transform = new CoordinateTransformFactory().createTransform(source, wgs84);
            } catch (RuntimeException e) {
                throw new BoundaryFileException("The file's coordinate system, EPSG:" + from.epsg()
                        + ", is not one this app can convert. Save the boundaries in British National Grid "
                        + "(EPSG:27700) or WGS84 (EPSG:4326) and try again.", e);
            }
        }

        /**
         * The geometry in WGS84: a new object, or the same one when it already is in WGS84 (nothing to convert).
         *
         * @throws IllegalArgumentException when a coordinate cannot be converted
         */
        Geometry apply(Geometry g) {
            if (transform == null) {
                return g;
            }
            Geometry copy = g.copy();
            ProjCoordinate in = new ProjCoordinate();
            ProjCoordinate out = new ProjCoordinate();
            copy.apply(new CoordinateSequenceFilter() {
                @Override
                public void filter(CoordinateSequence seq, int i) {
                    in.x = seq.getX(i);
                    in.y = seq.getY(i);
                    try {
                        transform.transform(in, out);
                    } catch (RuntimeException e) { // Proj4J's "latitude is out of range" and the like
                        out.x = Double.NaN;
                    }
                    if (!Double.isFinite(out.x) || !Double.isFinite(out.y)) {
                        throw new IllegalArgumentException("the point " + in.x + ", " + in.y
                                + " cannot be converted from " + name);
                    }
                    seq.setOrdinate(i, 0, out.x);
                    seq.setOrdinate(i, 1, out.y);
                }

                @Override
                public boolean isDone() {
                    return false;
                }

                @Override
                public boolean isGeometryChanged() {
                    return true;
                }
            });
            copy.setSRID(SourceCrs.WGS84);
            return copy;
        }
    }
}
