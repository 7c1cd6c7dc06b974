package org.assetatlas.geo;

import java.util.List;
import java.util.Optional;
import org.assetatlas.model.Area;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the area that contains a point, through an STR-tree of prepared boundaries, so a lookup touches only the
 * few areas whose bounding boxes hold the point.
 *
 * <p>A point on a shared boundary belongs to the area with the lowest code, so the answer is the same every time.
 * Areas without geometry are ignored. Thread-safe: many threads may locate at once.
 */
public final class AreaLocator {

    /**
     * An area in the index: its boundary's box, a point locator and the prepared boundary for containment tests of
     * whole areas (both build their own indexes on first use).
     */
    record Entry(Area area, Envelope envelope, IndexedPointInAreaLocator locator, PreparedGeometry prepared) {
        /** Whether the point is inside or on the boundary. */
        boolean holds(double x, double y, Coordinate c) {
            return envelope.covers(x, y) && locator.locate(c) != Location.EXTERIOR;
        }
    }

    private final STRtree tree = new STRtree();
    private final int size;

    public AreaLocator(List<Area> areas) {
        int n = 0;
        for (Area a : areas) {
            if (a.geometry() == null || a.geometry().isEmpty()) {
                continue;
            }
            Envelope env = a.geometry().getEnvelopeInternal();
            IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(a.geometry());
            tree.insert(env, new Entry(a, env, locator, PreparedGeometryFactory.prepare(a.geometry())));
            n++;
        }
        tree.build();
        size = n;
    }

    /** The areas whose boundary's box meets the envelope, in no particular order. */
    @SuppressWarnings("unchecked")
    List<Entry> candidates(Envelope e) {
        return tree.query(e);
    }

    /** How many areas with a boundary the locator holds. */
    public int size() {
        return size;
    }

    /**
     * The area containing the point (longitude, latitude) whose code is among {@code preferCodes}, else the one
     * {@link #area} gives: how a point on a shared boundary is kept in areas that nest (the ward inside the
     * neighbourhood already chosen, say).
     */
    public Area area(double lon, double lat, java.util.Set<String> preferCodes) {
        @SuppressWarnings("unchecked")
        List<Entry> candidates = tree.query(new Envelope(lon, lon, lat, lat));
        Area best = null;
        Area preferred = null;
        Coordinate c = null;
        for (int i = 0, n = candidates.size(); i < n; i++) {
            Entry e = candidates.get(i);
            if (!e.envelope().covers(lon, lat)) {
                continue;
            }
            if (c == null) {
                c = new Coordinate(lon, lat);
            }
            if (e.locator().locate(c) == Location.EXTERIOR) {
                continue;
            }
            Area a = e.area();
            if (best == null || a.code().compareTo(best.code()) < 0) {
                best = a;
            }
            if (preferCodes.contains(a.code()) && (preferred == null || a.code().compareTo(preferred.code()) < 0)) {
                preferred = a;
            }
        }
        return preferred != null ? preferred : best;
    }

    /** The area containing the point (longitude, latitude), if any. */
    public Optional<Area> locate(double lon, double lat) {
        return Optional.ofNullable(area(lon, lat));
    }

    /**
     * The area containing the point (longitude, latitude), or null: {@link #locate} without the wrapping, for
     * callers placing many points. A point on an area's boundary is in the area.
     */
    public Area area(double lon, double lat) {
        @SuppressWarnings("unchecked")
        List<Entry> candidates = tree.query(new Envelope(lon, lon, lat, lat));
        Area best = null;
        Coordinate c = null;
        for (int i = 0, n = candidates.size(); i < n; i++) {
            Entry e = candidates.get(i);
            if (!e.envelope().covers(lon, lat) || best != null && e.area().code().compareTo(best.code()) >= 0) {
                continue;
            }
            if (c == null) {
                c = new Coordinate(lon, lat);
            }
            if (e.locator().locate(c) != Location.EXTERIOR) {
                best = e.area();
            }
        }
        return best;
    }
}
