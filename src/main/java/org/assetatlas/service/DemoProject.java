package org.assetatlas.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Framework;
import org.assetatlas.model.ReferenceSource;
import org.assetatlas.util.PrivateFiles;
import org.assetatlas.util.Progress;

/**
 * Builds the demo project — Colchester, on real open data — from the files shipped with the app ({@code data/} and
 * {@code maps/} in the source tree, {@code demo/} inside the jar).
 *
 * <p>Areas: the borough outline, its 17 current (2019) electoral wards and 105 LSOAs (2011) with mid-2015
 * populations, and three neighbourhoods — Colchester North, Central and South — which are a demo grouping of the
 * real wards, not official boundaries. Assets: the real public libraries and GP practices, and illustrative records
 * marked as such.
 */
public final class DemoProject {

    /** Setting that marks a project as the demo. */
    public static final String DEMO_SETTING = "demo";
    private static final String ROOT = "/demo/";
    private static final String NEIGHBOURHOOD_NOTE = "Demo grouping of real 2019 electoral wards; not an official boundary";

    private DemoProject() {
    }

    /**
     * Creates the demo project in a new file. It is built in a hidden file beside it and moved into place when
     * complete, so a build that is stopped part-way (cancelled, the machine switched off, the process killed)
     * never leaves a project that looks like the demo but is not all there; the next build starts afresh.
     *
     * @return the open project; the caller closes it
     * @throws IOException when a shipped file is missing or unreadable
     * @throws org.assetatlas.store.StoreException when the file exists already
     */
    public static AtlasProject build(Path file, Progress progress) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            throw new org.assetatlas.store.StoreException(target.getFileName()
                    + " already exists; choose another name or open it instead");
        }
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        for (String side : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + side)); // a build stopped before
        }
        try {
            buildInto(partial, progress).close();
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
        return AtlasProject.open(target);
    }

    private static AtlasProject buildInto(Path file, Progress progress) throws IOException {
        progress.update(0, 4, "Reading boundaries");
        AtlasProject project = createBase(file);
        try {
            progress.update(2, 4, "Importing demo assets");
            Path csv = PrivateFiles.temporaryFile("demo-assets", ".csv");
            try {
                try (InputStream in = resource("data/assets/demo-assets.csv")) {
                    Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
                }
                ImportReport report = project.transfer().importCsv(csv, Progress.NONE);
                if (report.rejected() > 0) {
                    throw new IOException("The shipped demo assets have " + report.rejected() + " bad rows, first: line "
                            + report.rejects().get(0).line() + ": " + report.rejects().get(0).reason());
                }
            } finally {
                Files.deleteIfExists(csv);
            }
            progress.update(3, 4, "Loading postcodes");
            loadReference(project.reference(), "data/reference/postcodes_colchester.csv", ReferenceSource.Kind.POSTCODES);
            progress.update(3, 4, "Adding barriers, enablers and transport");
            try (InputStream stops = resource("data/reference/naptan_stops_active_colchester.geojson")) {
                DemoFactors.seed(project, stops);
            }
            progress.update(4, 4, "Demo project ready");
            return project;
        } catch (IOException | RuntimeException e) {
            project.close();
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /**
     * Creates a project with the demo's framework, areas and attribution but no assets: the base for the demo and
     * for benchmarks that load their own assets. The areas are set up exactly as a partnership sets up its own —
     * boundary files imported level by level through {@link AreaSetup}, wards grouped into neighbourhoods from a
     * lookup, residents from the ONS figures by LSOA — so that path runs every time the demo is built.
     */
    public static AtlasProject createBase(Path file) throws IOException {
        AtlasProject project = AtlasProject.create(file, "Colchester demo", Framework.liveWell());
        try {
            project.setAttribution(text("data/ATTRIBUTION.txt").strip());
            project.setSetting(DEMO_SETTING, "true");
            setUpAreas(project);
            loadReference(project.reference(), "data/reference/iod2019_file1_imd_colchester_tendring.csv",
                    ReferenceSource.Kind.DEPRIVATION);
            return project;
        } catch (IOException | RuntimeException e) {
            project.close();
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The shipped boundary files, one per level: file, level, code field, name field. */
    private static final String[][] BOUNDARIES = {
        {"maps/colchester_lad_dissolved_from_lsoa2011.geojson", "DISTRICT", "LAD_CD", "LAD_NM"},
        {"maps/colchester_wards2019_bgc.geojson", "WARD", "wd19cd", "wd19nm"},
        {"maps/colchester_lsoa2011_bgc.geojson", "LSOA", "LSOA11CD", "LSOA11NM"},
    };

    /**
     * The demo's areas through the user's path: district, wards and LSOAs from the shipped boundary files (parents
     * by best fit, as for any partnership's files), three neighbourhoods grouped from {@code data/neighbourhoods.csv},
     * and the LSOAs' mid-2015 residents (IoD File 6, loaded as reference data) summed up the tree.
     */
    private static void setUpAreas(AtlasProject project) throws IOException {
        AreaSetup setup = project.areaSetup();
        for (String[] b : BOUNDARIES) {
            Path copy = PrivateFiles.temporaryFile("demo-boundaries", ".geojson");
            try {
                try (InputStream in = resource(b[0])) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                AreaSetup.BoundaryImport result = setup.importBoundaries(copy, AreaLevel.valueOf(b[1]), b[2], b[3],
                        null, Progress.NONE);
                if (!result.skipped().isEmpty()) {
                    throw new IOException("The shipped file " + b[0] + " has features that could not be imported,"
                            + " first: " + result.skipped().get(0));
                }
            } finally {
                Files.deleteIfExists(copy);
            }
        }
        Map<String, List<String>> groups;
        try (Reader r = new InputStreamReader(resource("data/neighbourhoods.csv"), StandardCharsets.UTF_8)) {
            groups = AreaSetup.readLookup(r, "neighbourhoods.csv");
        }
        AreaSetup.Grouping grouping = setup.group(groups, NEIGHBOURHOOD_NOTE, Progress.NONE);
        if (!grouping.unknown().isEmpty()) {
            throw new IOException("data/neighbourhoods.csv names wards the demo does not have: " + grouping.unknown());
        }
        loadReference(project.reference(),
                "data/reference/iod2019_file6_population_mid2015_colchester_tendring.csv", ReferenceSource.Kind.POPULATION);
    }

    /**
     * Loads a shipped reference file through {@link ReferenceData}, the path a partnership's own files take, under
     * its own name so that the project's list of sources names it.
     */
    private static void loadReference(ReferenceData reference, String path, ReferenceSource.Kind kind)
            throws IOException {
        Path dir = Files.createTempDirectory("demo-reference");
        Path copy = dir.resolve(Path.of(path).getFileName().toString());
        try {
            try (InputStream in = resource(path)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            ReferenceData.Result r = switch (kind) {
                case POSTCODES -> reference.importPostcodes(copy, Progress.NONE);
                case DEPRIVATION -> reference.importDeprivation(copy, Progress.NONE);
                case POPULATION -> reference.importPopulation(copy, Progress.NONE);
            };
            if (!r.problems().isEmpty()) {
                throw new IOException("The shipped file " + path + " has rows that could not be used, first: line "
                        + r.problems().get(0).line() + ": " + r.problems().get(0).reason());
            }
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(dir);
        }
    }

    /** The code given to a demo neighbourhood, e.g. {@code NBH-COLCHESTER-NORTH}. */
    static String neighbourhoodCode(String name) {
        return AreaSetup.neighbourhoodCode(name);
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = DemoProject.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IOException("The demo file " + path + " is missing from this build of the app");
        }
        return in;
    }

    private static String text(String path) throws IOException {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
