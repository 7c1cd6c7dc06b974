package org.assetatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;

class NearestStopsTest {

    /** A stop placed at a British National Grid position (near Colchester). */
    private static BusStop stop(String code, double e, double n) {
        return new BusStop(code, code, "", "", "BCT", BritishNationalGrid.toWgs84(e, n));
    }

    private final List<BusStop> stops = List.of(stop("A", 600_000, 225_000), stop("B", 601_000, 225_000),
            stop("C", 600_000, 227_000));
    private final NearestStops index = new NearestStops(stops);

    @Test
    void distancesMatchHandComputedGridDistances() {
        // 300 m east and 400 m north of A: a 3-4-5 triangle, 500 m; B is sqrt(700^2 + 400^2) = 806.2 m away
        NearestStops.Nearest n = index.nearest(600_300, 225_400);
        assertEquals("A", n.stop().atcoCode());
        assertEquals(500.0, n.metres(), 0.01);
        // midway between A and B, 200 m north: B and A tie at sqrt(500^2 + 200^2) = 538.5 m
        assertEquals(Math.sqrt(500 * 500 + 200 * 200), index.nearest(600_500, 225_200).metres(), 0.01);
        // nearer C: 1,200 m north of A and 100 m west: C is sqrt(100^2 + 800^2) = 806.2 m
        NearestStops.Nearest c = index.nearest(599_900, 226_200);
        assertEquals("C", c.stop().atcoCode());
        assertEquals(Math.sqrt(100 * 100 + 800 * 800), c.metres(), 0.01);
    }

    @Test
    void aWgs84PointIsMeasuredInGridMetres() {
        GeoPoint p = BritishNationalGrid.toWgs84(601_060, 225_080);
        NearestStops.Nearest n = index.nearest(p);
        assertEquals("B", n.stop().atcoCode());
        assertEquals(100.0, n.metres(), 0.05); // 60-80-100
    }

    @Test
    void agreesWithALinearScan() {
        Random r = new Random(7);
        List<BusStop> many = new ArrayList<>();
        List<double[]> grid = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            double e = 590_000 + r.nextDouble() * 20_000;
            double n = 220_000 + r.nextDouble() * 20_000;
            many.add(stop("S" + i, e, n));
            grid.add(BritishNationalGrid.fromWgs84(many.get(i).location()));
        }
        NearestStops big = new NearestStops(many);
        for (int q = 0; q < 200; q++) {
            double e = 588_000 + r.nextDouble() * 24_000;
            double n = 218_000 + r.nextDouble() * 24_000;
            double best = Double.MAX_VALUE;
            for (double[] g : grid) {
                best = Math.min(best, Math.hypot(g[0] - e, g[1] - n));
            }
            assertEquals(best, big.nearest(e, n).metres(), 1e-6);
        }
    }

    @Test
    void noStopsMeansNoAnswer() {
        NearestStops none = new NearestStops(List.of());
        assertNull(none.nearest(600_000, 225_000));
        assertNull(none.nearest(new GeoPoint(51.9, 0.9)));
    }
}
