package org.assetatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assetatlas.analysis.PersonalDetails.Individuals;
import org.assetatlas.cli.CliRun;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.report.ReportContent;
import org.assetatlas.report.ReportRequest;
import org.assetatlas.service.AppPreferences;
import org.assetatlas.service.AssetExport;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.GisExport;
import org.assetatlas.ui.MainViewModel;
import org.assetatlas.ui.common.RecordingDialogs;
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Individuals' personal details leave the app only when the user opts in: one table of projects, each shared with
 * and without the opt-in through every way assets leave the app in a list — the service's CSV export, the
 * {@code export} command, the app's File ▸ Export CSV (its view model), the deep-dive report's asset directory, and
 * the GIS export as GeoJSON (the service) and as a GeoPackage (the {@code export} command).
 * Each must share the same assets and say that the same number of individuals were left out.
 */
class PersonalDetailsAgreementTest {

    @TempDir
    Path dir;

    /** One way of sharing the assets of a project. */
    enum Caller { SERVICE, CLI, APP, REPORT, GIS_GEOJSON, GIS_GEOPACKAGE_CLI }

    /** A project's assets and the names shared when the user does not opt in. */
    record Case(String name, List<Asset> assets, Set<String> sharedByDefault) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What was shared: the assets' names, how many individuals were said to be left out, and the text written. */
    record Outcome(Set<String> names, int leftOut, String text) {
    }

    private static Asset asset(String name, AssetKind kind, AbcdCategory category, String contact) {
        return Asset.builder().name(name).kind(kind).category(category).domains(List.of("Age Well"))
                .address(name + " House, 1 Quay Street").postcode("CO1 1AA").location(new GeoPoint(51.89, 0.90))
                .phone("01632 960" + contact).email(contact + "@example.org").website("https://example.org/" + contact)
                .build();
    }

    private static Asset person(String name, String contact) {
        return asset(name, AssetKind.INDIVIDUAL, AbcdCategory.INDIVIDUALS, contact);
    }

    private static final Asset HALL = asset("Village Hall", AssetKind.VENUE, AbcdCategory.PHYSICAL, "101");
    private static final Asset SHED = asset("Men's Shed", AssetKind.GROUP, AbcdCategory.ASSOCIATIONS, "102");
    private static final Asset NEIGHBOURS = asset("Good Neighbours", AssetKind.GROUP, AbcdCategory.INDIVIDUALS, "103");

    static List<Case> cases() {
        return List.of(
                new Case("no individuals", List.of(HALL, SHED), Set.of("Village Hall", "Men's Shed")),
                new Case("one individual", List.of(HALL, person("Pat \u2013 befriender", "201")),
                        Set.of("Village Hall")),
                new Case("three individuals among other assets", List.of(person("Pat \u2013 befriender", "201"), HALL,
                        person("Ola \u2013 death caf\u00e9 host", "202"), SHED, NEIGHBOURS,
                        asset("Ash \u2013 allotment mentor", AssetKind.INDIVIDUAL, AbcdCategory.ASSOCIATIONS, "203")),
                        Set.of("Village Hall", "Men's Shed", "Good Neighbours")));
    }

    static Stream<Arguments> everyCallerAndCase() {
        List<Arguments> out = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            for (Case c : cases()) {
                for (boolean optIn : new boolean[] {false, true}) {
                    out.add(Arguments.of(caller, c, optIn));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}, opted in {2}")
    @MethodSource("everyCallerAndCase")
    void individualsLeaveOnlyWithTheOptIn(Caller caller, Case c, boolean optIn) throws Exception {
        Path project = dir.resolve("sharing.atlas");
        try (AtlasProject p = AtlasProject.create(project, "Sharing", Framework.liveWell())) {
            c.assets().forEach(p.assets()::save);
        }
        Outcome o = share(caller, project, optIn);

        Set<String> everyone = c.assets().stream().map(Asset::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(optIn ? everyone : new TreeSet<>(c.sharedByDefault()), o.names());
        assertEquals(optIn ? 0 : everyone.size() - c.sharedByDefault().size(), o.leftOut(), "left out");
        for (Asset a : c.assets()) {
            boolean shared = optIn || c.sharedByDefault().contains(a.name());
            for (String detail : List.of(a.name(), a.phone(), a.email(), a.website())) {
                assertEquals(shared, o.text().contains(detail), a.name() + ": " + detail + " shared?");
            }
        }
    }

    private Outcome share(Caller caller, Path project, boolean optIn) throws Exception {
        Path out = dir.resolve("shared.csv");
        switch (caller) {
            case SERVICE -> {
                try (AtlasProject p = AtlasProject.open(project)) {
                    AssetExport done = p.transfer().exportCsv(out, Individuals.included(optIn), Progress.NONE);
                    assertEquals(done.assets(), names(out).size());
                    return new Outcome(names(out), done.individualsLeftOut(), text(out));
                }
            }
            case CLI -> {
                CliRun r = optIn ? CliRun.of("export", project.toString(), out.toString(), "--include-personal")
                        : CliRun.of("export", project.toString(), out.toString());
                assertEquals(0, r.code(), r.err());
                return new Outcome(names(out), leftOut(r.out(), "; use --include-personal to include them"),
                        text(out));
            }
            case APP -> {
                RecordingDialogs dialogs = new RecordingDialogs();
                try (MainViewModel vm = new MainViewModel(new AppPreferences(dir.resolve("home")), dialogs,
                        UiTasks.direct())) {
                    assertTrue(vm.open(project));
                    dialogs.optionAnswers.add(Optional.of(optIn));
                    dialogs.files.add(out);
                    dialogs.confirmAnswers.add(true);
                    vm.chooseAndExport();
                    assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
                    return new Outcome(names(out), leftOut(vm.statusMessageProperty().get(), "; tick \u201c"
                            + MainViewModel.INCLUDE_PERSONAL_OPTION + "\u201d when exporting to include them."),
                            text(out));
                }
            }
            case REPORT -> {
                try (AtlasProject p = AtlasProject.open(project)) {
                    ReportContent.Directory d = p.reports().content(ReportRequest.of(null, null)
                            .withPersonalDetails(optIn), Progress.NONE).directory();
                    List<ReportContent.DirectoryEntry> entries = d.groups().stream()
                            .flatMap(g -> g.entries().stream()).toList();
                    return new Outcome(entries.stream().map(ReportContent.DirectoryEntry::name)
                            .collect(Collectors.toCollection(TreeSet::new)), d.withheldIndividuals(),
                            entries.toString());
                }
            }
            case GIS_GEOJSON -> {
                try (AtlasProject p = AtlasProject.open(project)) {
                    GisExport.Result done = p.gis().export(GisExport.Format.GEOJSON, dir.resolve("shared.geojson"),
                            Individuals.included(optIn), Progress.NONE);
                    Path assets = dir.resolve("shared-assets.geojson");
                    Set<String> names = new TreeSet<>();
                    new ObjectMapper().readTree(assets.toFile()).get("features")
                            .forEach(f -> names.add(f.get("properties").get("name").asText()));
                    assertEquals(done.assets().assets(), names.size());
                    return new Outcome(names, done.assets().individualsLeftOut(), text(assets));
                }
            }
            case GIS_GEOPACKAGE_CLI -> {
                Path gpkg = dir.resolve("shared.gpkg");
                CliRun r = optIn
                        ? CliRun.of("export", project.toString(), gpkg.toString(), "--format", "gpkg",
                                "--include-personal")
                        : CliRun.of("export", project.toString(), gpkg.toString(), "--format", "gpkg");
                assertEquals(0, r.code(), r.err());
                Set<String> names = new TreeSet<>();
                StringBuilder values = new StringBuilder();
                try (GeoPackage g = GeoPackageManager.open(true, gpkg.toFile(), true)) {
                    FeatureResultSet rows = g.getFeatureDao("assets").queryForAll();
                    try {
                        while (rows.moveToNext()) {
                            FeatureRow row = rows.getRow();
                            names.add((String) row.getValue("name"));
                            for (Object v : row.getValues()) {
                                values.append(v).append('\n');
                            }
                        }
                    } finally {
                        rows.close();
                    }
                }
                return new Outcome(names, leftOut(r.out(), "; use --include-personal to include them"),
                        values.toString());
            }
            default -> throw new AssertionError(caller);
        }
    }

    private static final Pattern LEFT_OUT =
            Pattern.compile("(\\d+) individuals? left out to protect their personal details");

    /** The number of individuals the message says were left out (0 when it says none), checking its wording. */
    private static int leftOut(String message, String how) {
        Matcher m = LEFT_OUT.matcher(message);
        if (!m.find()) {
            assertFalse(message.contains("left out"), message);
            return 0;
        }
        assertTrue(message.contains(m.group() + how), message);
        return Integer.parseInt(m.group(1));
    }

    private static Set<String> names(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            Set<String> names = new TreeSet<>();
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                names.add(row.get("name"));
            }
            return names;
        }
    }

    private static String text(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
