package org.assetatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ranked signposting search keeps exactly the best {@code limit} hits, in order, whatever the limit. */
class AssetIndexRankTest {

    private static final String[] WORDS = {"carers", "cafe", "walking", "dementia", "food", "club", "group", "advice"};

    private static AssetIndex corpus() {
        Random r = new Random(7);
        List<IndexedAsset> all = new ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            String name = WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)];
            String description = WORDS[r.nextInt(WORDS.length)];
            // Whole-degree steps from a few points: many equal distances and scores, so ties must go to the lower id
            double lat = i % 7 == 0 ? Double.NaN : 51.8 + (r.nextInt(5)) * 0.01;
            double lon = i % 7 == 0 ? Double.NaN : 0.9 + (r.nextInt(5)) * 0.01;
            all.add(new IndexedAsset(i, name, "", "", description, "", lat, lon, 1, 0, 1L, "A"));
        }
        return AssetIndex.build(all);
    }

    private static RankQuery query(double lat, double lon, int limit) {
        return new RankQuery(List.of(new RankQuery.Alternative("carers", 1), new RankQuery.Alternative("cafe", 0.8)),
                0, null, -1, 0, lat, lon, 0, 0.35, 2000, null, limit);
    }

    @Test
    void everyLimitGivesTheBestHitsOfTheFullOrder() {
        AssetIndex index = corpus();
        for (double[] at : new double[][] {{Double.NaN, Double.NaN}, {51.82, 0.92}}) {
            List<RankedHit> full = index.rank(query(at[0], at[1], 10_000));
            assertTrue(full.size() > 100, "a large pool: " + full.size());
            for (int i = 1; i < full.size(); i++) {
                RankedHit a = full.get(i - 1);
                RankedHit b = full.get(i);
                assertTrue(a.score() > b.score() || (a.score() == b.score() && a.id() < b.id()),
                        "best first, ties to the lower id at " + i);
            }
            for (int limit : new int[] {1, 2, 3, 7, 50, full.size() - 1, full.size(), full.size() + 5}) {
                assertEquals(full.subList(0, Math.min(limit, full.size())), index.rank(query(at[0], at[1], limit)),
                        "limit " + limit);
            }
        }
    }
}
