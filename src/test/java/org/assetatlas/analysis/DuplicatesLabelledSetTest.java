package org.assetatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assetatlas.model.Asset;
import org.assetatlas.model.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the duplicate rule on the labelled pairs in {@code src/test/resources/dedupe/pairs.csv}
 * (real libraries and GP practices, the demo's illustrative records, and variants of them written the way another
 * partner's spreadsheet would). The figures are printed and recorded in {@code docs/duplicates.md}.
 */
class DuplicatesLabelledSetTest {

    /** One labelled pair. */
    record Labelled(int id, boolean duplicate, String kind, Asset a, Asset b) {
    }

    private static List<Labelled> pairs;

    @BeforeAll
    static void read() throws IOException {
        pairs = labelledPairs();
    }

    static List<Labelled> labelledPairs() throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (Reader r = new InputStreamReader(DuplicatesLabelledSetTest.class.getResourceAsStream("/dedupe/pairs.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                out.add(new Labelled(Integer.parseInt(row.get("pair")), row.get("label").equals("duplicate"),
                        row.get("case"), asset(row, "a_"), asset(row, "b_")));
            }
        }
        return out;
    }

    private static Asset asset(CSVRecord row, String side) {
        String lat = row.get(side + "lat");
        return Asset.builder().name(row.get(side + "name")).postcode(row.get(side + "postcode"))
                .location(lat.isEmpty() ? null : new GeoPoint(Double.parseDouble(lat),
                        Double.parseDouble(row.get(side + "lon"))))
                .phone(row.get(side + "phone")).email(row.get(side + "email")).website(row.get(side + "website"))
                .build();
    }

    /** Counts of one run over the labelled set. */
    record Score(int truePositives, int falsePositives, int falseNegatives, int trueNegatives, List<String> errors) {
        double precision() {
            return truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives / (double) (truePositives + falseNegatives);
        }

        String describe() {
            return String.format(Locale.ROOT, "precision %.3f (%d of %d called duplicates), recall %.3f (%d of %d "
                    + "duplicates found)%n%s", precision(), truePositives, truePositives + falsePositives, recall(),
                    truePositives, truePositives + falseNegatives, String.join("\n", errors));
        }
    }

    static Score score(List<Labelled> set, java.util.function.BiPredicate<Asset, Asset> saysDuplicate) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> errors = new ArrayList<>();
        for (Labelled p : set) {
            boolean said = saysDuplicate.test(p.a(), p.b());
            if (said && p.duplicate()) {
                tp++;
            } else if (said) {
                fp++;
                errors.add("false duplicate #" + p.id() + " (" + p.kind() + "): " + p.a().name() + " | " + p.b().name()
                        + " — " + DuplicateRule.judge(p.a(), p.b()).map(DuplicateRule.Match::reason).orElse(""));
            } else if (p.duplicate()) {
                fn++;
                errors.add(String.format(Locale.ROOT, "missed #%d (%s): %s | %s — names %.2f alike", p.id(), p.kind(),
                        p.a().name(), p.b().name(), AssetNames.similarity(p.a().name(), p.b().name())));
            } else {
                tn++;
            }
        }
        return new Score(tp, fp, fn, tn, errors);
    }

    @Test
    void theLabelledSetHasAtLeast200PairsOfBothKinds() {
        long duplicates = pairs.stream().filter(Labelled::duplicate).count();
        assertTrue(pairs.size() >= 200, "pairs: " + pairs.size());
        assertTrue(duplicates >= 100 && pairs.size() - duplicates >= 100, "duplicates: " + duplicates);
    }

    @Test
    void theRuleIsPreciseAndFindsMostDuplicates() {
        Score s = score(pairs, (a, b) -> DuplicateRule.judge(a, b).isPresent());
        System.out.println("Duplicate rule on the labelled set: " + s.describe());
        assertTrue(s.precision() >= 0.97, s.describe());
        assertTrue(s.recall() >= 0.95, s.describe());
    }

    @Test
    void blockingLosesNoPairTheRuleWouldFind() {
        Score rule = score(pairs, (a, b) -> DuplicateRule.judge(a, b).isPresent());
        Score finder = score(pairs, (a, b) -> !DuplicateFinder.find(List.of(a, b)).isEmpty());
        System.out.println("Duplicate finder (blocking, then the rule) on the labelled set: " + finder.describe());
        assertEquals(rule.truePositives(), finder.truePositives(), finder.describe());
        assertEquals(rule.falsePositives(), finder.falsePositives(), finder.describe());
    }
}
