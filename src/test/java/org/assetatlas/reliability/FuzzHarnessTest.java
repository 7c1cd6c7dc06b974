package org.assetatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assetatlas.io.boundary.BoundaryFiles;
import org.assetatlas.io.boundary.BoundaryOptions;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.Framework;
import org.assetatlas.model.Indicator;
import org.assetatlas.service.AreaSetup;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.DemoProject;
import org.assetatlas.signpost.Need;
import org.assetatlas.store.StoreException;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz harness: every importer and the search box fed mutated versions of real files (bytes flipped, cut,
 * repeated; quotes, commas, line breaks, NULs, formulas, very long values, odd Unicode put in). Whatever comes in,
 * the outcome is one of: a result whose counts add up and whose changes are all in the project, or a refusal whose
 * message is plain English (no exception class names, no control characters) with nothing changed. Never a crash
 * (NullPointerException, IndexOutOfBounds, ClassCast, a raw NumberFormatException, a stack overflow), never a hang.
 *
 * <p>CI runs {@value #CI_CASES} cases of each; {@code mvn verify -Plong} runs {@code atlas.fuzz.cases} of each (see
 * docs/reliability.md). A failure names the seed and case, which replays it with {@code -Datlas.fuzz.seed}.
 */
class FuzzHarnessTest {

    static final int CI_CASES = 150;
    private static final int CASES = Integer.getInteger("atlas.fuzz.cases", CI_CASES);
    private static final long SEED = Long.getLong("atlas.fuzz.seed", System.nanoTime());

    @TempDir
    static Path dir;
    private static AtlasProject project;

    @BeforeAll
    static void open() throws IOException {
        project = DemoProject.build(dir.resolve("fuzz.atlas"), Progress.NONE);
    }

    @AfterAll
    static void close() {
        if (project != null) {
            project.close();
        }
    }

    // ---- importers ----------------------------------------------------------------------------------------------

    @Test
    void assetCsv() throws Exception {
        byte[] seed = resource("/demo/data/assets/demo-assets.csv", 40);
        fuzz("asset CSV", seed, ".csv", file -> {
            long before = project.assets().count();
            try {
                var report = project.transfer().importCsv(file, Progress.NONE);
                assertEquals(before + report.imported() - report.updated(), project.assets().count(),
                        "new rows are all there (rows with an id the project has update that asset)");
            } catch (IOException e) {
                assertEquals(before, project.assets().count(), "a refused file changes nothing");
                throw e;
            }
        });
    }

    @Test
    void postcodeCsv() throws Exception {
        byte[] seed = resource("/tendring/tendring_postcodes_codepoint_open_2014.csv", 60);
        fuzz("postcode CSV", seed, ".csv", file -> {
            long before = project.signposting().postcodeCount();
            try {
                var r = project.signposting().importPostcodes(file, Progress.NONE);
                assertTrue(project.signposting().postcodeCount() >= before, "postcodes are added or replaced");
                assertTrue(r.imported() >= 0 && r.withoutLocation() >= 0);
            } catch (IOException e) {
                assertEquals(before, project.signposting().postcodeCount(), "a refused file changes nothing");
                throw e;
            }
        });
    }

    @Test
    void areaStatisticsCsv() throws Exception {
        byte[] seed = resource("/demo/data/reference/iod2019_file1_imd_colchester_tendring.csv", 60);
        fuzz("area statistics CSV", seed, ".csv", file -> {
            Indicator meta = new Indicator("fuzz-decile", "Fuzz decile", "test", "test", AreaLevel.LSOA, "2011",
                    "decile", false, Indicator.IMD_DECILES, Instant.now());
            project.statistics().importIndicator(file, meta, null, "Index of Multiple Deprivation (IMD) Decile",
                    Progress.NONE);
        });
    }

    @Test
    void neighbourhoodLookupCsv() throws Exception {
        byte[] seed = resource("/demo/data/neighbourhoods.csv", 0);
        fuzz("neighbourhood lookup CSV", seed, ".csv", file -> AreaSetup.readLookup(file));
    }

    @Test
    void geoJsonBoundaries() throws Exception {
        byte[] seed = resource("/tendring/tendring_msoa2011_bgc.geojson", 0);
        fuzz("GeoJSON boundaries", shrink(seed), ".geojson", file -> BoundaryFiles.read(file,
                BoundaryOptions.defaults(), Progress.NONE));
    }

    @Test
    void kmlBoundaries() throws Exception {
        byte[] seed = resource("/boundaries/tendring_msoa2011.kml", 0);
        fuzz("KML boundaries", shrink(seed), ".kml", file -> BoundaryFiles.read(file,
                BoundaryOptions.defaults(), Progress.NONE));
    }

    @Test
    void zippedShapefileBoundaries() throws Exception {
        byte[] seed = resource("/boundaries/tendring_msoa2011_bng.zip", 0);
        // a changed byte in a zip fails its checksum; mutate one of the files inside instead and zip them again
        fuzzZip("zipped Shapefile", seed, file -> BoundaryFiles.read(file, BoundaryOptions.defaults(),
                Progress.NONE));
    }

    @Test
    void busStopsGeoJson() throws Exception {
        byte[] seed = resource("/demo/data/reference/naptan_stops_active_colchester.geojson", 0);
        fuzz("bus stops GeoJSON", shrink(seed), ".geojson", file -> {
            try (InputStream in = Files.newInputStream(file)) {
                project.transport().importStopsGeoJson(in);
            }
        });
    }

    @Test
    void searchBoxAndSignposting() {
        Random r = new Random(SEED);
        String[] words = {"carers", "lunch club", "free", "\"", "*", "-", "NEAR(", "AND", "OR", "NOT", "(", ")", ":",
            "^", "name:", "'", "\\", "\u0000", "\uFFFF", "\uD83D\uDE00", "é", "=cmd|' /C calc'!A0", "CO15 1SF", "%",
            "_", ";", "--", "/*", "{", "}", "[", "]", "~", "?", "+", "  "};
        for (int i = 0; i < CASES; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(8);
            for (int k = 0; k < n; k++) {
                b.append(r.nextInt(3) == 0 ? randomText(r, 1 + r.nextInt(12)) : words[r.nextInt(words.length)]);
                if (r.nextBoolean()) {
                    b.append(' ');
                }
            }
            if (r.nextInt(50) == 0) {
                b.append("x".repeat(20_000));
            }
            String text = b.toString();
            try {
                project.assets().find(AssetQuery.all().withText(text));
                project.signposting().answer(Need.of(text));
            } catch (IllegalArgumentException e) {
                plain("search \"" + text + "\" (seed " + SEED + ", case " + i + ")", e);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("search \"" + text + "\" (seed " + SEED + ", case " + i + ") crashed", e);
            }
        }
    }

    // ---- the harness ----------------------------------------------------------------------------------------------

    private interface Importer {
        void run(Path file) throws Exception;
    }

    /** Runs the importer on {@link #CASES} mutations of the seed file; refusals must be plain, crashes fail. */
    private static void fuzz(String what, byte[] seed, String suffix, Importer importer) throws IOException {
        fuzzWith(what, suffix, importer, r -> mutate(seed, r));
    }

    private interface Mutator {
        byte[] next(Random r) throws IOException;
    }

    private static void fuzzWith(String what, String suffix, Importer importer, Mutator mutator) throws IOException {
        Random r = new Random(SEED ^ what.hashCode());
        Path file = dir.resolve("fuzz" + suffix);
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = mutator.next(r);
            Files.write(file, bytes);
            String label = what + " (seed " + SEED + ", case " + i + ")";
            try {
                importer.run(file);
            } catch (IOException | IllegalArgumentException | StoreException e) {
                plain(label, e);
                refused++;
            } catch (AssertionError e) {
                throw new AssertionError(label + ": " + e.getMessage(), e);
            } catch (Exception | Error e) {
                throw new AssertionError(label + " crashed", e);
            }
            Files.deleteIfExists(file.resolveSibling("fuzz.rejects.csv"));
        }
        assertTrue(refused < CASES || CASES < 10, what + ": every case was refused, so the mutations test nothing");
        System.out.printf("fuzz %s: %d cases (seed %d), %d read, %d refused with a plain message, no crash%n", what,
                CASES, SEED, CASES - refused, refused);
    }

    private static void fuzzZip(String what, byte[] zip, Importer importer) throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                contents.add(in.readAllBytes());
            }
        }
        Random pick = new Random(SEED ^ 0x5eed);
        fuzzWith(what, ".zip", importer, r -> {
            int k = pick.nextInt(names.size());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
                for (int i = 0; i < names.size(); i++) {
                    z.putNextEntry(new java.util.zip.ZipEntry(names.get(i)));
                    z.write(i == k ? mutate(contents.get(i), r) : contents.get(i));
                    z.closeEntry();
                }
            }
            return out.toByteArray();
        });
    }

    /** A refusal's message: present, plain English, no class names, no control characters. */
    private static void plain(String label, Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            fail(label + ": refused with no message", e);
        }
        if (m.matches("(?s).*\\b(java|javax|org|com)\\.[a-z]+\\.[A-Za-z.]+.*") || m.contains("Exception")) {
            fail(label + ": the message names a library class: " + m, e);
        }
        if (m.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F)) {
            fail(label + ": the message holds control characters: " + m.replaceAll("\\p{Cntrl}", "?"), e);
        }
    }

    private static final String[] INSERTS = {"\"", ",", "\n", "\r", "\r\n", "\u0000", "\t", "=SUM(A1:A9)", "@x",
        "+44", "-1", ";", "\uFEFF", "\uFFFD", "\uD83D\uDE00", "é", "\u202E", "NaN", "Infinity", "1e309", "-0",
        "99999999999999999999", "<", ">", "&", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "{",
        "}", "[", "]", ":", "null", "true", "\"coordinates\":[[[0,0]]]", "../../x", "2999-12-31", "-2024-01-01"};

    static byte[] mutate(byte[] seed, Random r) {
        byte[] b = seed.clone();
        int steps = 1 + r.nextInt(4);
        for (int s = 0; s < steps; s++) {
            int at = b.length == 0 ? 0 : r.nextInt(b.length);
            switch (r.nextInt(7)) {
                case 0 -> { // flip bytes
                    for (int k = 0; k < 1 + r.nextInt(4) && b.length > 0; k++) {
                        b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case 1 -> b = Arrays.copyOf(b, at); // truncate
                case 2 -> { // cut a range out
                    int len = Math.min(b.length - at, r.nextInt(200));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + len, out, at, b.length - at - len);
                    b = out;
                }
                case 3 -> { // repeat a range
                    int len = Math.min(b.length - at, r.nextInt(300));
                    b = insert(b, at, Arrays.copyOfRange(b, at, at + len));
                }
                case 4 -> b = insert(b, at, INSERTS[r.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8));
                case 5 -> b = insert(b, at, ("v".repeat(r.nextInt(4) == 0 ? 200_000 : 300))
                        .getBytes(StandardCharsets.UTF_8)); // a very long value
                default -> { // random bytes
                    byte[] junk = new byte[1 + r.nextInt(16)];
                    r.nextBytes(junk);
                    b = insert(b, at, junk);
                }
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] out = new byte[b.length + piece.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(b, at, out, at + piece.length, b.length - at);
        return out;
    }

    private static String randomText(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.appendCodePoint(r.nextInt(4) == 0 ? r.nextInt(0x3000) : 'a' + r.nextInt(26));
        }
        return b.toString();
    }

    /** The first lines of a text resource (all when lines is 0). */
    private static byte[] resource(String name, int lines) throws IOException {
        try (InputStream in = FuzzHarnessTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            byte[] all = in.readAllBytes();
            if (lines == 0) {
                return all;
            }
            List<String> kept = new ArrayList<>();
            for (String line : new String(all, StandardCharsets.UTF_8).split("\n", -1)) {
                if (kept.size() < lines) {
                    kept.add(line);
                }
            }
            return String.join("\n", kept).getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * A GeoJSON or KML file with its coordinates cut to three decimals (about 100 m): much smaller, so mutations land
     * in the structure as often as in the numbers, and each case parses quickly.
     */
    private static byte[] shrink(byte[] seed) {
        String s = new String(seed, StandardCharsets.UTF_8);
        return s.replaceAll("(-?\\d+\\.\\d{3})\\d+", "$1").getBytes(StandardCharsets.UTF_8);
    }
}
