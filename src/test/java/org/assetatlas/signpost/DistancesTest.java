package org.assetatlas.signpost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.search.AssetIndex;
import org.assetatlas.search.IndexedAsset;
import org.assetatlas.search.RankQuery;
import org.assetatlas.search.RankedHit;
import org.junit.jupiter.api.Test;

class DistancesTest {

    @Test
    void haversineMatchesKnownDistances() {
        // One degree of latitude on the mean sphere: 2πR/360
        assertEquals(111_195.08, Distances.metres(new GeoPoint(51, 0.9), new GeoPoint(52, 0.9)), 0.1);
        // Colchester Library (CO1 1JB) to Greenstead Library (CO4 3QE): 2.58 km by an independent calculation
        double d = Distances.metres(new GeoPoint(51.888485, 0.899719), new GeoPoint(51.891394, 0.936914));
        assertEquals(2_575, d, 10);
        assertEquals(0, Distances.metres(new GeoPoint(51.9, 0.9), new GeoPoint(51.9, 0.9)), 1e-9);
        assertEquals(Distances.metres(new GeoPoint(51.8, 0.7), new GeoPoint(51.95, 1.05)),
                Distances.metres(new GeoPoint(51.95, 1.05), new GeoPoint(51.8, 0.7)), 1e-6);
    }

    @Test
    void theIndexDistanceAgreesWithHaversineAtTownScale() {
        GeoPoint home = new GeoPoint(51.8892, 0.9042);
        double[][] places = {{51.8885, 0.8997}, {51.8914, 0.9369}, {51.812, 0.75}, {51.95, 1.0}};
        List<IndexedAsset> assets = new java.util.ArrayList<>();
        for (int i = 0; i < places.length; i++) {
            assets.add(new IndexedAsset(i + 1, "hall " + i, "", "", "", "", places[i][0], places[i][1], 0, 0, 1, null));
        }
        AssetIndex index = AssetIndex.build(assets);
        List<RankedHit> hits = index.rank(new RankQuery(List.of(new RankQuery.Alternative("hall", 1)), 0, null, -1, 0,
                home.lat(), home.lon(), 0, 1, 2000, null, 10));
        assertEquals(places.length, hits.size());
        for (RankedHit h : hits) {
            double[] p = places[(int) h.id() - 1];
            double exact = Distances.metres(home, new GeoPoint(p[0], p[1]));
            assertEquals(exact, h.distanceMetres(), exact * 0.005 + 1, "asset " + h.id());
        }
        // With distance weight 1 the order is nearest first
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).distanceMetres() <= hits.get(i).distanceMetres());
        }
    }

    @Test
    void distancesAreSaidInMilesAndWalkingTime() {
        assertEquals("under 0.1 miles", Distances.words(100));
        assertEquals("0.5 miles", Distances.words(800));
        assertEquals("1 mile", Distances.words(1609));
        assertEquals("12 miles", Distances.words(19_312));
        assertEquals("", Distances.words(Double.NaN));
        assertEquals("about 3 minutes' walk", Distances.walk(220));
        assertEquals("about 15 minutes' walk", Distances.walk(1100));
        assertEquals("", Distances.walk(9000), "no walking time beyond an hour");
    }
}
