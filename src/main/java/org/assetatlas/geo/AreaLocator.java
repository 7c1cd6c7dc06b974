package org.assetatlas.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.assetatlas.model.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the area that contains a point, through an STR-tree of prepared boundaries, so a lookup touches only the
 * few areas whose bounding boxes hold the point.
 *
 * <p>A point on a shared boundary belongs to the area with the lowest code, so the answer is the same every time.
 * Areas without geometry are ignored. Thread-safe once built.
 */
public final class AreaLocator {

    private record Entry(Area area, PreparedGeometry prepared) {
    }

    private final STRtree tree = new STRtree();
    private final GeometryFactory factory = new GeometryFactory();
    private final int size;

    public AreaLocator(List<Area> areas) {
        int n = 0;
        for (Area a : areas) {
            if (a.geometry() == null || a.geometry().isEmpty()) {
                continue;
            }
            tree.insert(a.geometry().getEnvelopeInternal(), new Entry(a, PreparedGeometryFactory.prepare(a.geometry())));
            n++;
        }
        tree.build();
        size = n;
    }

    /** How many areas with a boundary the locator holds. */
    public int size() {
        return size;
    }

    /** The area containing the point (longitude, latitude), if any. */
    public Optional<Area> locate(double lon, double lat) {
        @SuppressWarnings("unchecked")
        List<Entry> candidates = tree.query(new Envelope(lon, lon, lat, lat));
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Point p = factory.createPoint(new Coordinate(lon, lat));
        List<Entry> hits = new ArrayList<>(1);
        for (Entry e : candidates) {
            if (e.prepared().covers(p)) {
                hits.add(e);
            }
        }
        return hits.stream().map(Entry::area).min(Comparator.comparing(Area::code));
    }
}
