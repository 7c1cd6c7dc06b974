package org.assetatlas.store;

import java.util.ArrayList;
import java.util.List;
import org.assetatlas.model.GeoPoint;

/**
 * The grid behind the spatial index (schema version 3): 0.01-degree cells numbered
 * {@code row * 100000 + column}, with {@code row = floor((lat + 90) * 100)} and {@code column = floor((lon + 180) * 100)}.
 * The database computes the same number in the generated column {@code asset.cell}.
 */
final class SpatialCells {

    static final double CELLS_PER_DEGREE = 100;
    static final long ROW_FACTOR = 100_000;
    /** Beyond this many grid rows a query reads one wide range per row anyway; cap the SQL it produces. */
    private static final int MAX_ROWS = 400;

    private SpatialCells() {
    }

    /** The cell ranges (inclusive, one per grid row) that cover a circle, widened by a cell on each side. */
    record Box(List<long[]> ranges) {
    }

    static long cell(double lat, double lon) {
        return row(lat) * ROW_FACTOR + column(lon);
    }

    static long row(double lat) {
        return (long) Math.floor((lat + 90) * CELLS_PER_DEGREE);
    }

    static long column(double lon) {
        return (long) Math.floor((lon + 180) * CELLS_PER_DEGREE);
    }

    static Box around(GeoPoint centre, double metres) {
        double dLat = metres / AssetRepository.METRES_PER_DEGREE_LAT;
        double cos = Math.max(0.01, Math.cos(Math.toRadians(Math.min(89.9, Math.abs(centre.lat()) + dLat))));
        double dLon = metres / (AssetRepository.METRES_PER_DEGREE_LAT * cos);
        long rowMin = row(Math.max(-90, centre.lat() - dLat)) - 1;
        long rowMax = row(Math.min(90, centre.lat() + dLat)) + 1;
        long colMin = Math.max(0, column(Math.max(-180, centre.lon() - dLon)) - 1);
        long colMax = Math.min(ROW_FACTOR - 1, column(Math.min(180, centre.lon() + dLon)) + 1);
        List<long[]> ranges = new ArrayList<>();
        if (rowMax - rowMin + 1 > MAX_ROWS) {
            ranges.add(new long[] {rowMin * ROW_FACTOR, rowMax * ROW_FACTOR + ROW_FACTOR - 1});
        } else {
            for (long r = rowMin; r <= rowMax; r++) {
                ranges.add(new long[] {r * ROW_FACTOR + colMin, r * ROW_FACTOR + colMax});
            }
        }
        return new Box(ranges);
    }
}
