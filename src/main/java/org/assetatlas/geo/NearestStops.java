package org.assetatlas.geo;

import java.util.List;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the nearest public transport stop to a point, by straight-line distance in British National Grid metres,
 * through a JTS STRtree built once over the stops. Immutable after construction and safe to share between threads.
 */
public final class NearestStops {

    /** A stop and how far away it is. */
    public record Nearest(BusStop stop, double metres) {
    }

    private final STRtree tree = new STRtree();
    private final int size;

    /** Indexes the stops (projected to British National Grid). */
    public NearestStops(List<BusStop> stops) {
        for (BusStop s : stops) {
            double[] en = BritishNationalGrid.fromWgs84(s.location());
            Coordinate c = new Coordinate(en[0], en[1]);
            tree.insert(new Envelope(c), new Entry(s, c));
        }
        size = stops.size();
        tree.build();
    }

    private record Entry(BusStop stop, Coordinate at) {
    }

    /** Number of stops indexed. */
    public int size() {
        return size;
    }

    /** The nearest stop to a WGS84 point, or null when there are no stops. */
    public Nearest nearest(GeoPoint p) {
        if (size == 0) {
            return null;
        }
        double[] en = BritishNationalGrid.fromWgs84(p);
        return nearest(en[0], en[1]);
    }

    /** The nearest stop to a British National Grid point, or null when there are no stops. */
    public Nearest nearest(double easting, double northing) {
        if (size == 0) {
            return null;
        }
        Coordinate q = new Coordinate(easting, northing);
        Entry probe = new Entry(null, q);
        Object found = tree.nearestNeighbour(new Envelope(q), probe,
                (ItemBoundable a, ItemBoundable b) -> ((Entry) a.getItem()).at().distance(((Entry) b.getItem()).at()));
        Entry e = (Entry) found;
        return new Nearest(e.stop(), e.at().distance(q));
    }
}
