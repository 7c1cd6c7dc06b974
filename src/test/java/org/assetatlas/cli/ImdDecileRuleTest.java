package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assetatlas.analysis.AreaMeasure;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.report.ReportContent;
import org.assetatlas.report.ReportRequest;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.TendringFixture;
import org.assetatlas.service.ThematicMaps;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's IMD decile is chosen by one rule (the newest {@code imdYYYY-decile} with the IMD's classes), and
 * the map, the report and the {@code map --choropleth imd} command all shade by the one it picks: the same Tendring
 * cases run through each caller.
 */
class ImdDecileRuleTest {

    private static final Path FILE1 = Path.of("data/reference/iod2019_file1_imd_colchester_tendring.csv");
    private static final String DECILE = "Index of Multiple Deprivation (IMD) Decile";

    @TempDir
    static Path dir;
    private static final Map<String, Path> BUILT = new HashMap<>();

    /**
     * What a caller shades by: its label, and the figures it shows by area code (as many as it shows): LSOA deciles,
     * or for a coarser level the percentage of residents in LSOAs of deciles 1 and 2, rounded.
     */
    private record Shading(String label, Map<String, Double> values) {
    }

    @FunctionalInterface
    private interface Caller {
        Shading shade(Path project) throws Exception;
    }

    static Stream<Arguments> casesThroughEveryCaller() {
        List<Arguments> out = new ArrayList<>();
        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("map", ImdDecileRuleTest::thematicMap);
        callers.put("report", ImdDecileRuleTest::report);
        callers.put("command line", ImdDecileRuleTest::mapCommand);
        for (String c : List.of("IoD 2019", "IoD 2019 and 2025", "IMD ranks only")) {
            callers.forEach((name, caller) -> out.add(Arguments.of(c, name, caller)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} through the {1}")
    @MethodSource("casesThroughEveryCaller")
    void everyCallerShadesByTheNewestImdDecile(String tendringCase, String callerName, Caller caller)
            throws Exception {
        Path project = project(tendringCase);
        Shading s = caller.shade(project);
        switch (tendringCase) {
            case "IoD 2019" -> expect(project, s, "IMD 2019", deciles2019());
            case "IoD 2019 and 2025" -> expect(project, s, "IMD 2025", reversed(deciles2019()));
            default -> assertNull(s, "no IMD decile: " + callerName + " shades nothing");
        }
    }

    private static void expect(Path project, Shading s, String edition, Map<String, Double> deciles) {
        assertTrue(s.label().contains(edition), s.label());
        try (AtlasProject p = AtlasProject.open(project)) {
            for (Map.Entry<String, Double> e : s.values().entrySet()) {
                Area a = p.area(e.getKey()).orElseThrow();
                double expected = a.level() == AreaLevel.LSOA ? deciles.get(a.code())
                        : Math.round(mostDeprivedShare(p, a, deciles));
                assertEquals(expected, e.getValue(), a.name());
            }
        }
    }

    /** The percentage of an area's residents living in its LSOAs of deciles 1 and 2, worked out here. */
    private static double mostDeprivedShare(AtlasProject p, Area area, Map<String, Double> deciles) {
        double all = 0;
        double deprived = 0;
        for (Area lsoa : p.areas(AreaLevel.LSOA)) {
            if (p.areaTree().ancestors(lsoa.code()).stream().anyMatch(x -> x.code().equals(area.code()))) {
                all += lsoa.population();
                deprived += deciles.get(lsoa.code()) <= 2 ? lsoa.population() : 0;
            }
        }
        return 100 * deprived / all;
    }

    // ---- Callers ---------------------------------------------------------------------------------------------------

    private static Shading thematicMap(Path file) {
        try (AtlasProject p = AtlasProject.open(file)) {
            AreaMeasure m = ThematicMaps.imd(p, AreaLevel.LSOA);
            assertEquals(89, m.values().size());
            return new Shading(m.name(), m.values());
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("no Index of Multiple Deprivation (IMD) deciles"), e.getMessage());
            return null;
        }
    }

    private static Shading report(Path file) throws IOException {
        try (AtlasProject p = AtlasProject.open(file)) {
            ReportContent.Coverage c = p.reports().content(ReportRequest.of(null, null), Progress.NONE).coverage();
            if (c.deprivationLabel() == null) {
                assertTrue(c.rows().stream().allMatch(r -> r.deprivation() == null));
                return null;
            }
            Map<String, Double> shown = new HashMap<>();
            for (ReportContent.CoverageRow r : c.rows()) {
                if (r.deprivation() != null) {
                    shown.put(p.area(r.areaName()).orElseThrow().code(),
                            Double.valueOf(r.deprivation().replace("%", "")));
                }
            }
            assertFalse(shown.isEmpty(), "the coverage table shows deciles");
            return new Shading(c.deprivationLabel(), shown);
        }
    }

    private static Shading mapCommand(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.run(new String[] {"map", file.toString(), "--out", dir.resolve("imd.png").toString(),
            "--choropleth", "imd", "--width", "400", "--height", "300"}, new PrintWriter(out), new PrintWriter(err));
        if (code != 0) {
            assertTrue(err.toString().contains("no Index of Multiple Deprivation (IMD) deciles"), err.toString());
            return null;
        }
        String shaded = out.toString().lines().filter(l -> l.startsWith("shaded by ")).findFirst().orElseThrow();
        return new Shading(shaded, Map.of());
    }

    // ---- Cases -----------------------------------------------------------------------------------------------------

    private static synchronized Path project(String tendringCase) throws IOException {
        Path built = BUILT.get(tendringCase);
        if (built != null) {
            return built;
        }
        Path file = dir.resolve(tendringCase.replace(' ', '-') + ".atlas");
        try (AtlasProject p = TendringFixture.build(file)) {
            // residents, so that the report can sum the LSOAs' deciles up to its level
            p.reference().importPopulation(Path.of("data/reference/iod2019_file6_population_mid2015_colchester_tendring"
                    + ".csv"), Progress.NONE);
            switch (tendringCase) {
                case "IoD 2019" -> p.reference().importDeprivation(FILE1, Progress.NONE);
                case "IoD 2019 and 2025" -> {
                    p.reference().importDeprivation(FILE1, Progress.NONE);
                    p.reference().importDeprivation(iod2025(), Progress.NONE);
                }
                default -> p.reference().importDeprivation(ranksOnly(), Progress.NONE);
            }
        }
        BUILT.put(tendringCase, file);
        return file;
    }

    private static List<CSVRecord> file1() throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(FILE1, StandardCharsets.UTF_8)).getRecords();
    }

    private static Map<String, Double> deciles2019() throws IOException {
        Map<String, Double> out = new HashMap<>();
        for (CSVRecord r : file1()) {
            out.put(r.get(0), Double.valueOf(r.get(DECILE)));
        }
        return out;
    }

    /** A made-up IoD 2025-style file (2021 LSOA codes header) whose deciles are the 2019 ones turned round. */
    private static Map<String, Double> reversed(Map<String, Double> deciles) {
        Map<String, Double> out = new HashMap<>();
        deciles.forEach((k, v) -> out.put(k, 11 - v));
        return out;
    }

    private static Path iod2025() throws IOException {
        StringBuilder b = new StringBuilder("LSOA code (2021),LSOA name (2021),Index of Multiple Deprivation (IMD)"
                + " Decile\n");
        for (CSVRecord r : file1()) {
            b.append(r.get(0)).append(',').append(r.get(1)).append(',').append(11 - Integer.parseInt(r.get(DECILE)))
                    .append('\n');
        }
        Path out = dir.resolve("imd-turned-round-2025.csv");
        Files.writeString(out, b);
        return out;
    }

    private static Path ranksOnly() throws IOException {
        StringBuilder b = new StringBuilder("LSOA code (2011),Index of Multiple Deprivation (IMD) Rank\n");
        for (CSVRecord r : file1()) {
            b.append(r.get(0)).append(",\"").append(r.get("Index of Multiple Deprivation (IMD) Rank")).append("\"\n");
        }
        Path out = dir.resolve("imd-ranks-2019.csv");
        Files.writeString(out, b);
        return out;
    }
}
