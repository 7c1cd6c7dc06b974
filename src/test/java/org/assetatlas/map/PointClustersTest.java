package org.assetatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AssetStatus;
import org.junit.jupiter.api.Test;

/** Clustering invariants over random data at many zooms and positions. */
class PointClustersTest {

    private static AssetPoints random(long seed, int n) {
        Random r = new Random(seed);
        AssetPoints.Builder b = AssetPoints.builder(n);
        AbcdCategory[] cats = AbcdCategory.values();
        for (int i = 0; i < n; i++) {
            // a town-sized cluster with a sparse county round it
            boolean town = r.nextDouble() < 0.7;
            double lon = town ? 0.9 + r.nextGaussian() * 0.02 : 0.6 + r.nextDouble() * 0.6;
            double lat = town ? 51.89 + r.nextGaussian() * 0.012 : 51.75 + r.nextDouble() * 0.3;
            b.add(i + 1, lon, lat, cats[r.nextInt(cats.length)],
                    r.nextDouble() < 0.1 ? AssetStatus.CLOSED : AssetStatus.ACTIVE,
                    r.nextBoolean() ? "Start Well" : null);
        }
        return b.build();
    }

    @Test
    void everyPointNearTheScreenIsInExactlyOneClusterAtEveryZoom() {
        AssetPoints p = random(7, 5000);
        Random r = new Random(11);
        for (int trial = 0; trial < 60; trial++) {
            double zoom = 8 + r.nextDouble() * 10;
            MapViewport v = MapViewport.centredOn(0.9 + r.nextGaussian() * 0.05, 51.89 + r.nextGaussian() * 0.03,
                    zoom, 300 + r.nextInt(900), 200 + r.nextInt(600));
            double margin = 20;
            Symbology sym = trial % 2 == 0 ? Symbology.CATEGORY : Symbology.DOMAIN;
            PointClusters c = PointClusters.compute(p, v, 64, margin, sym);
            int[] members = new int[c.count()];
            int near = 0;
            for (int i = 0; i < p.size(); i++) {
                double x = v.screenXOfMercator(p.x(i));
                double y = v.screenYOfMercator(p.y(i));
                boolean isNear = x >= -margin && y >= -margin && x <= v.width() + margin && y <= v.height() + margin;
                int k = c.clusterOf(i);
                assertEquals(isNear, k >= 0, "point " + i + " at zoom " + zoom);
                if (k >= 0) {
                    members[k]++;
                    near++;
                    assertTrue(c.mercatorBounds(k).contains(p.x(i), p.y(i)));
                }
            }
            assertEquals(near, c.points());
            for (int k = 0; k < c.count(); k++) {
                assertEquals(members[k], c.size(k), "size of cluster " + k);
                int byClass = 0;
                for (int cls = 0; cls < c.classes(); cls++) {
                    byClass += c.classCount(k, cls);
                }
                assertEquals(c.size(k), byClass, "the class mix adds up to the cluster");
                assertTrue(c.size(k) > 0);
            }
        }
    }

    @Test
    void pointsInOneCellShareAClusterAtItsMeanPosition() {
        MapViewport v = MapViewport.centredOn(0.9, 51.89, 12, 640, 480);
        AssetPoints.Builder b = AssetPoints.builder(2);
        // two points 4 px apart, well inside one 64 px cell wherever the grid falls
        double mx = Math.floor(v.mercatorXAt(320) * v.scale() / 64) * 64 + 30;
        double my = Math.floor(v.mercatorYAt(240) * v.scale() / 64) * 64 + 30;
        b.add(1, MapViewport.longitude(mx / v.scale()), MapViewport.latitude(my / v.scale()), AbcdCategory.CULTURAL,
                AssetStatus.ACTIVE, null);
        b.add(2, MapViewport.longitude((mx + 4) / v.scale()), MapViewport.latitude(my / v.scale()),
                AbcdCategory.ECONOMIC, AssetStatus.ACTIVE, null);
        PointClusters c = PointClusters.compute(b.build(), v, 64, 0, Symbology.CATEGORY);
        assertEquals(1, c.count());
        assertEquals(2, c.size(0));
        assertEquals(mx + 2 - (v.centreX() * v.scale() - 320), c.x(0), 1e-6);
        assertEquals(1, c.classCount(0, AbcdCategory.CULTURAL.ordinal()));
        assertEquals(1, c.classCount(0, AbcdCategory.ECONOMIC.ordinal()));
    }

    @Test
    void clustersStayPutWhenTheMapPans() {
        AssetPoints p = random(3, 2000);
        MapViewport v = MapViewport.centredOn(0.9, 51.89, 12, 800, 600);
        PointClusters a = PointClusters.compute(p, v, 64, 0, Symbology.CATEGORY);
        PointClusters b = PointClusters.compute(p, v.panBy(-128, 64), 64, 0, Symbology.CATEGORY);
        // a point well inside both views keeps the same companions
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < Math.min(p.size(), i + 40); j++) {
                if (a.clusterOf(i) >= 0 && a.clusterOf(j) >= 0 && b.clusterOf(i) >= 0 && b.clusterOf(j) >= 0) {
                    double x = v.screenXOfMercator(p.x(i));
                    if (x > 200 && x < 600) {
                        assertEquals(a.clusterOf(i) == a.clusterOf(j), b.clusterOf(i) == b.clusterOf(j));
                    }
                }
            }
        }
    }

    @Test
    void refusesCellsOfNoSize() {
        assertThrows(IllegalArgumentException.class, () -> PointClusters.compute(AssetPoints.empty(),
                MapViewport.centredOn(0, 51, 10, 100, 100), 0, 0, Symbology.CATEGORY));
    }
}
