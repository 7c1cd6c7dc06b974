package org.assetatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assetatlas.cli.AtlasCli;
import org.assetatlas.geo.AreaTree;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.Factor;
import org.assetatlas.report.ReportContent;
import org.assetatlas.report.ReportEvidence;
import org.assetatlas.report.ReportRequest;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.TendringFixture;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Which assets and factors belong to this area" gets one answer everywhere: the same question asked of every area,
 * at every level, of the Colchester demo (built by the {@code demo} command) and of Tendring (set up from scratch),
 * through each path a user takes — {@code list --area}, {@code stats --level}, {@code search --area} and
 * {@code --near AREA}, {@code factors --area}, the Assets table's query, area statistics for the thematic maps and
 * the deep-dive report.
 */
class AreaAgreementTest {

    @TempDir
    static Path dir;
    private static final Map<String, Path> FILES = new HashMap<>();
    private static final Map<String, AtlasProject> PROJECTS = new HashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** CLI output that does not depend on the area asked about, run once per project (and level). */
    private static final Map<String, String> STATS = new HashMap<>();
    private static final Map<String, Set<String>> EVERYWHERE = new HashMap<>();

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private static Result ok(String... args) {
        Result r = run(args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
        return r;
    }

    @BeforeAll
    static void build() throws Exception {
        Path demo = dir.resolve("demo.atlas");
        ok("demo", demo.toString());
        FILES.put("demo", demo);
        Path tendring = dir.resolve("tendring.atlas");
        TendringFixture.build(tendring).close();
        FILES.put("tendring", tendring);
        for (Map.Entry<String, Path> e : FILES.entrySet()) {
            PROJECTS.put(e.getKey(), AtlasProject.open(e.getValue()));
        }
    }

    @AfterAll
    static void close() {
        PROJECTS.values().forEach(AtlasProject::close);
    }

    static Stream<Arguments> everyArea() {
        List<Arguments> out = new ArrayList<>();
        for (String place : List.of("demo", "tendring")) {
            for (Area a : PROJECTS.get(place).areas()) {
                out.add(Arguments.of(place, a.code(), a.name(), a.level()));
            }
        }
        return out.stream();
    }

    /** The uids `list --area` prints. */
    private static Set<String> listed(String place, String area) {
        Result r = ok("list", FILES.get(place).toString(), "--area", area);
        return r.out().lines().map(l -> l.split("\t", -1)[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> uids(List<Asset> assets) {
        return assets.stream().map(Asset::uid).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0}: {3} {2}")
    @MethodSource("everyArea")
    void listTableStatsAndStatisticsAgree(String place, String code, String name, AreaLevel level) {
        AtlasProject p = PROJECTS.get(place);
        Set<String> byCode = listed(place, code);
        List<Asset> inArea = p.assets().find(AssetQuery.all().withArea(code));
        // the Assets table and the map filter ask the project the same query
        assertEquals(byCode, uids(inArea), "list --area and the Assets table differ");
        if (p.areaTree().find(name).map(Area::code).orElse("").equals(code)) {
            assertEquals(byCode, listed(place, name), "by name and by code differ");
        }
        // stats at the area's level: its row counts the same assets
        String stats = STATS.computeIfAbsent(place + " " + level, k -> ok("stats", FILES.get(place).toString(),
                "--level", level.name().toLowerCase(Locale.ROOT)).out());
        Long row = statsRow(stats, name);
        assertNotNull(row, name + " has no row in:\n" + stats);
        assertEquals(byCode.size(), row.longValue(), "stats --level " + level);
        // the thematic maps' counts (closed assets are not supply)
        long open = inArea.stream().filter(a -> a.status() != AssetStatus.CLOSED).count();
        double mapped = p.statistics().assetCount(level, null).values().getOrDefault(code, 0.0);
        assertEquals(open, (long) mapped, "asset count for the choropleth");
    }

    /** The last figure (distinct assets) of the area's row in the aligned table {@code stats} prints. */
    private static Long statsRow(String table, String name) {
        List<String> lines = table.lines().toList();
        Matcher head = Pattern.compile("^Area\\s+").matcher(lines.get(0));
        assertTrue(head.find(), lines.get(0));
        int width = head.end();
        for (String line : lines) {
            if (line.length() > width && line.substring(0, width).strip().equals(name)) {
                String[] n = line.substring(width).strip().split("\\s+");
                return Long.parseLong(n[n.length - 1]);
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0}: {3} {2}")
    @MethodSource("everyArea")
    void signpostingSearchKeepsToTheArea(String place, String code, String name, AreaLevel level) throws Exception {
        Set<String> inArea = listed(place, code);
        String file = FILES.get(place).toString();
        for (String need : List.of("library", "surgery", "group")) {
            Set<String> everywhere = EVERYWHERE.get(place + " " + need);
            if (everywhere == null) {
                everywhere = searched(file, need);
                EVERYWHERE.put(place + " " + need, everywhere);
            }
            Set<String> here = searched(file, need, "--area", code);
            assertTrue(inArea.containsAll(here), need + ": search --area found assets outside the area: " + here);
            Set<String> expected = new TreeSet<>(everywhere);
            expected.retainAll(inArea);
            assertTrue(here.containsAll(expected), need + ": search --area missed " + expected);
            if (p(place).areaTree().find(name).map(Area::code).orElse("").equals(code)
                    && p(place).areaTree().pointInside(code).isPresent()) {
                assertEquals(here, searched(file, need, "--near", name), need + ": --near " + name);
            }
        }
    }

    private static AtlasProject p(String place) {
        return PROJECTS.get(place);
    }

    private static Set<String> searched(String file, String need, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("search", file, need, "--limit", "100000", "--json",
                "--include-closed"));
        args.addAll(List.of(more));
        JsonNode root = JSON.readTree(ok(args.toArray(String[]::new)).out());
        Set<String> out = new TreeSet<>();
        root.get("results").forEach(r -> out.add(r.get("id").asText()));
        return out;
    }

    @ParameterizedTest(name = "{0}: {3} {2}")
    @MethodSource("everyArea")
    void factorsCommandAndServiceAgree(String place, String code, String name, AreaLevel level) {
        AtlasProject p = PROJECTS.get(place);
        Result r = ok("factors", FILES.get(place).toString(), "--area", code);
        Set<String> printed = r.out().lines().filter(l -> l.contains("\t"))
                .map(l -> l.substring(l.lastIndexOf('\t') + 1).replace(" (illustrative)", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> served = p.factors().factors(null, code).stream().map(f -> f.description()
                        .replace(" (illustrative)", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(served, printed);
        for (Factor f : p.factors().factors()) {
            AreaTree.Relation rel = p.areaTree().relation(code, f.areaCodes());
            assertEquals(rel.bears(), printed.contains(f.description().replace(" (illustrative)", "")),
                    f.description() + " is " + rel);
        }
    }

    @Test
    void reportsCountTheSameAssetsAsTheList() throws Exception {
        for (String place : List.of("demo", "tendring")) {
            AtlasProject p = PROJECTS.get(place);
            for (Area a : p.areas()) {
                if (a.level() == AreaLevel.LSOA) {
                    continue; // 194 reports would draw 194 maps; the other levels cover the rule
                }
                ReportContent c = p.reports().content(new ReportRequest(null, a.code(), false, null), Progress.NONE);
                assertEquals(listed(place, a.code()).size(), c.summary().assets(), place + " " + a.name());
            }
        }
    }

    @Test
    void everyAssetIsInAtMostOneAreaOfEachLevelAndItsAreasNest() {
        for (AtlasProject p : PROJECTS.values()) {
            AreaTree tree = p.areaTree();
            for (AreaLevel level : tree.levels()) {
                Set<String> seen = new HashSet<>();
                for (Area a : tree.areas(level)) {
                    for (Asset x : p.assets().find(AssetQuery.all().withArea(a.code()))) {
                        assertTrue(seen.add(x.uid()), x.name() + " is in two " + level + "s");
                    }
                }
            }
        }
    }

    @Test
    void theAgeWellDeepDiveForColchesterNorthHasItsWardsTransport() throws Exception {
        AtlasProject demo = PROJECTS.get("demo");
        String north = demo.area("Colchester North").orElseThrow().code();
        ReportContent c = demo.reports().content(new ReportRequest("Age Well", north, false, null), Progress.NONE);
        List<ReportEvidence.Factor> all = new ArrayList<>(c.evidence().barriers());
        all.addAll(c.evidence().enablers());
        String text = all.stream().map(f -> f.title() + " " + f.description()).collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
        assertTrue(text.contains("hopper"), text);
        assertTrue(text.contains("poorly lit paths"), text);
        assertTrue(c.evidence().barriers().stream().anyMatch(f -> f.title().toLowerCase(Locale.ROOT)
                .contains("poorly lit") && f.description().contains("Recorded for ")), "says which wards");
    }

    @Test
    void tendringFactorsGoDownAndUpTheTree() throws Exception {
        AtlasProject t = PROJECTS.get("tendring");
        AreaTree tree = t.areaTree();
        Asset library = t.assets().byUid(TendringFixture.CLACTON_LIBRARY).orElseThrow();
        String msoa = null;
        for (String code : tree.places(library.location(), library.areaCode(), library.areaChosen())) {
            if (tree.area(code).orElseThrow().level() == AreaLevel.MSOA) {
                msoa = code;
            }
        }
        assertNotNull(msoa);
        // recorded for an LSOA: seen from its MSOA and the district, not from another MSOA
        assertTrue(descriptions(t, msoa).contains(TendringFixture.LSOA_BARRIER));
        assertTrue(descriptions(t, TendringFixture.DISTRICT).contains(TendringFixture.LSOA_BARRIER));
        String home = msoa;
        String other = tree.areas(AreaLevel.MSOA).stream().map(Area::code).filter(c -> !c.equals(home))
                .findFirst().orElseThrow();
        assertFalse(descriptions(t, other).contains(TendringFixture.LSOA_BARRIER));
        // recorded for the district or the whole project: applies to every MSOA
        for (Area a : tree.areas(AreaLevel.MSOA)) {
            assertTrue(descriptions(t, a.code()).contains(TendringFixture.DISTRICT_ENABLER), a.name());
            assertTrue(descriptions(t, a.code()).contains(TendringFixture.WHOLE_PROJECT_BARRIER), a.name());
        }
        ReportContent c = t.reports().content(new ReportRequest("Age Well", other, false, null), Progress.NONE);
        assertTrue(c.evidence().enablers().stream().anyMatch(f -> f.description()
                .contains("Recorded for Tendring as a whole.")), c.evidence().enablers().toString());
        // a resident's words recorded for an LSOA reach the reports of the areas it lies in, not its neighbours'
        assertTrue(quotes(t, msoa).contains(TendringFixture.CLACTON_QUOTE));
        assertTrue(quotes(t, TendringFixture.DISTRICT).contains(TendringFixture.CLACTON_QUOTE));
        assertFalse(quotes(t, other).contains(TendringFixture.CLACTON_QUOTE));
        // the unlocated group recorded for an MSOA is in that MSOA and the district, in no LSOA
        assertTrue(listed("tendring", "Tendring 001").contains("ill-t1"));
        assertTrue(listed("tendring", TendringFixture.DISTRICT).contains("ill-t1"));
        for (Area lsoa : tree.areas(AreaLevel.LSOA)) {
            assertFalse(t.assets().find(AssetQuery.all().withArea(lsoa.code())).stream()
                    .anyMatch(a -> a.uid().equals("ill-t1")));
        }
        // the district-wide service without a location is in the district only
        assertTrue(listed("tendring", "Tendring").contains("ill-t2"));
        assertFalse(listed("tendring", "Tendring 001").contains("ill-t2"));
    }

    /** The residents' words the Age Well deep dive for the area quotes. */
    private static Set<String> quotes(AtlasProject p, String area) throws Exception {
        ReportContent c = p.reports().content(new ReportRequest("Age Well", area, false, null), Progress.NONE);
        return Stream.concat(c.evidence().barriers().stream(), c.evidence().enablers().stream())
                .flatMap(f -> f.voices().stream()).map(ReportEvidence.Voice::quote).collect(Collectors.toSet());
    }

    private static Set<String> descriptions(AtlasProject p, String area) {
        return p.factors().factors(null, area).stream().map(Factor::description).collect(Collectors.toSet());
    }
}
