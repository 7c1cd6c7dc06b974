package org.assetatlas.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assetatlas.cli.AtlasCli;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.Backups;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill harness: runs the command line in a separate process, kills it with SIGKILL at a random moment during an
 * import, a demo build, a backup, a domain merge and a report batch, then checks what a user would find: a project
 * that passes SQLite's integrity check, the full-text index check and the foreign-key check, all of the change or none of it, and no
 * stray temporary files once the project has been opened (or the command run) again.
 *
 * <p>CI runs {@value #CI_TRIALS} trials of each; {@code mvn verify -Plong} runs {@code atlas.kill.trials} of each (see
 * docs/reliability.md). A failure names the seed and the delay, so it can be replayed with {@code -Datlas.kill.seed}.
 */
class KillHarnessTest {

    static final int CI_TRIALS = 2;
    private static final int TRIALS = Integer.getInteger("atlas.kill.trials", CI_TRIALS);
    private static final int REPORT_TRIALS = Integer.getInteger("atlas.kill.report.trials", 1);
    private static final int IMPORT_ROWS = Integer.getInteger("atlas.kill.rows", 20_000);
    private static final long SEED = Long.getLong("atlas.kill.seed", System.nanoTime());
    private static final int BASE_ASSETS = 200;

    @TempDir
    static Path dir;

    private static Path base;       // a project with BASE_ASSETS assets, built by this process
    private static Path bigCsv;     // IMPORT_ROWS assets to import
    private static Path big;        // the base with bigCsv imported
    private static long demoAssets; // what a complete demo has
    private static long bigAssets;  // what big has: the base's assets updated by, and added to from, bigCsv
    private static final Random random = new Random(SEED);

    /** One line per scenario for docs/reliability.md: trials, and how many found all of the change or none. */
    private static void summary(String scenario, int trials, int all, int none, long fullMillis) {
        System.out.printf("kill %s: %d trials (seed %d), run time %d ms; afterwards all of it %d, none of it %d; "
                + "integrity, full-text and foreign-key checks passed, no stray files%n", scenario, trials, SEED,
                fullMillis, all, none);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private static void ok(String... args) {
        Result r = cli(args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
    }

    @BeforeAll
    static void prepare() throws Exception {
        base = dir.resolve("base.atlas");
        Path small = dir.resolve("small.csv");
        ok("generate", small.toString(), "--count", Integer.toString(BASE_ASSETS), "--seed", "1");
        ok("new", base.toString(), "--name", "Kill test");
        ok("import", base.toString(), small.toString());
        bigCsv = dir.resolve("big.csv");
        ok("generate", bigCsv.toString(), "--count", Integer.toString(IMPORT_ROWS), "--seed", "2");
        big = dir.resolve("big.atlas");
        copyProject(base, big);
        ok("import", big.toString(), bigCsv.toString());
        bigAssets = assetCount(big);
        assertTrue(bigAssets >= IMPORT_ROWS, "the big project has the imported assets: " + bigAssets);
        Path demo = dir.resolve("reference-demo.atlas");
        ok("demo", demo.toString());
        demoAssets = assetCount(demo);
    }

    // ---- scenarios ----------------------------------------------------------------------------------------------

    @Test
    void killedImportsLeaveAllOrNothing() throws Exception {
        int[] all = {0};
        int[] none = {0};
        long full = timed(() -> {
            Path p = fresh("calibrate-import", base);
            return List.of("import", p.toString(), bigCsv.toString());
        });
        for (int t = 0; t < TRIALS; t++) {
            Path p = fresh("import-" + t, base);
            long delay = killAfter(full, "import", p.toString(), bigCsv.toString());
            reopen(p);
            String what = "import killed after " + delay + " ms (seed " + SEED + ")";
            checkIntegrity(p, what);
            long n = assetCount(p);
            assertTrue(n == BASE_ASSETS || n == bigAssets, what + ": " + n + " assets");
            assertNoStrays(p, what);
            (n == bigAssets ? all : none)[0]++;
        }
        summary("import of " + IMPORT_ROWS + " rows", TRIALS, all[0], none[0], full);
    }

    @Test
    void killedDemoBuildsLeaveNoDemoOrAWholeOne() throws Exception {
        int[] all = {0};
        int[] none = {0};
        long full = timed(() -> List.of("demo", dir.resolve("calibrate-demo.atlas").toString()));
        for (int t = 0; t < TRIALS; t++) {
            Path p = dir.resolve("demo-" + t + ".atlas");
            long delay = killAfter(full, "demo", p.toString());
            String what = "demo killed after " + delay + " ms (seed " + SEED + ")";
            if (Files.exists(p)) {
                checkIntegrity(p, what);
                assertEquals(demoAssets, assetCount(p), what + ": a demo file is a whole demo");
                all[0]++;
            } else {
                none[0]++;
                ok("demo", p.toString()); // the next build starts afresh
                assertEquals(demoAssets, assetCount(p), what);
            }
            assertNoStrays(p, what);
        }
        summary("demo build", TRIALS, all[0], none[0], full);
    }

    @Test
    void killedBackupsLeaveTheProjectAndEveryFinishedBackupWhole() throws Exception {
        int[] all = {0};
        int[] none = {0};
        long full = timed(() -> List.of("backup", fresh("calibrate-backup", big).toString()));
        for (int t = 0; t < TRIALS; t++) {
            Path p = fresh("backup-" + t, big);
            long delay = killAfter(full, "backup", p.toString());
            String what = "backup killed after " + delay + " ms (seed " + SEED + ")";
            reopen(p);
            checkIntegrity(p, what);
            assertEquals(bigAssets, assetCount(p), what);
            List<Backups.Backup> backups = Backups.list(p);
            for (Backups.Backup b : backups) {
                checkIntegrity(b.file(), what + ": " + b.file().getFileName());
                assertEquals(bigAssets, assetCount(b.file()), what);
            }
            assertNoStrays(p, what);
            (backups.isEmpty() ? none : all)[0]++;
        }
        summary("backup of a " + bigAssets + "-asset project", TRIALS, all[0], none[0], full);
    }

    @Test
    void killedDomainMergesLeaveTheDomainsBeforeOrAfter() throws Exception {
        int[] all = {0};
        int[] none = {0};
        long[] before = tagCounts(big);
        long full = timed(() -> List.of("domains", fresh("calibrate-merge", big).toString(), "merge", "Feel Well",
                "Be Well"));
        for (int t = 0; t < TRIALS; t++) {
            Path p = fresh("merge-" + t, big);
            long delay = killAfter(full, "domains", p.toString(), "merge", "Feel Well", "Be Well");
            String what = "merge killed after " + delay + " ms (seed " + SEED + ")";
            reopen(p);
            checkIntegrity(p, what);
            long[] now = tagCounts(p);
            boolean untouched = now[0] == before[0] && now[1] == before[1];
            boolean merged = now[0] == 0 && now[1] >= before[1] && now[1] <= before[0] + before[1];
            assertTrue(untouched || merged, what + ": Feel Well " + now[0] + ", Be Well " + now[1] + " (before "
                    + before[0] + ", " + before[1] + ")");
            assertNoStrays(p, what);
            (untouched ? none : all)[0]++;
        }
        summary("domain merge", TRIALS, all[0], none[0], full);
    }

    @Test
    void killedReportBatchesLeaveNoPartialSetOnceRunAgain() throws Exception {
        Path project = reportProject();
        Path reference = dir.resolve("reports-reference");
        long full = timed(() -> List.of("report", project.toString(), "--all", "--out", reference.toString(),
                "--format", "pdf"));
        Set<String> complete = names(reference);
        assertTrue(complete.size() >= 7, complete.toString());
        int[] all = {0};
        int[] none = {0};
        for (int t = 0; t < REPORT_TRIALS; t++) {
            Path out = dir.resolve("reports-" + t);
            long delay = killAfter(full, "report", project.toString(), "--all", "--out", out.toString(), "--format",
                    "pdf");
            String what = "report batch killed after " + delay + " ms (seed " + SEED + ")";
            // what a user sees (hidden work in progress aside): nothing, or the whole set
            Set<String> found = Set.copyOf(names(out).stream().filter(n -> !n.startsWith(".")).toList());
            (found.isEmpty() ? none : all)[0]++;
            assertTrue(found.isEmpty() || found.equals(complete), what + ": a partial set, " + found + " where the "
                    + "whole set is " + complete);
            ok("report", project.toString(), "--all", "--out", out.toString(), "--format", "pdf");
            assertEquals(complete, names(out), what + ": after running again, the whole set and no leftovers");
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> hidden = files.filter(f -> f.getFileName().toString().startsWith(".")).toList();
                assertEquals(List.of(), hidden, what + ": stray temporary files");
            }
        }
        summary("report batch (--all)", REPORT_TRIALS, all[0], none[0], full);
    }

    /** A small project of a place set up from scratch: Tendring's district and three neighbourhoods, two domains. */
    private static Path reportProject() throws IOException {
        Path files = dir.resolve("tendring-files");
        Files.createDirectories(files);
        for (String name : List.of("tendring_lad_dissolved_from_lsoa2011.geojson", "tendring_wards2013_bgc.geojson",
                "neighbourhoods.csv", "tendring-assets.csv")) {
            try (var in = KillHarnessTest.class.getResourceAsStream("/tendring/" + name)) {
                Files.copy(in, files.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path p = dir.resolve("tendring-reports.atlas");
        ok("new", p.toString(), "--name", "Tendring", "--framework", "custom", "--domains", "Age Well;Be Well");
        ok("areas", p.toString(), "import", files.resolve("tendring_lad_dissolved_from_lsoa2011.geojson").toString(),
                "--level", "district", "--code-field", "LAD_CD", "--name-field", "LAD_NM");
        ok("areas", p.toString(), "import", files.resolve("tendring_wards2013_bgc.geojson").toString(), "--level",
                "ward", "--code-field", "WD13CD", "--name-field", "WD13NM");
        ok("areas", p.toString(), "group", "--lookup", files.resolve("neighbourhoods.csv").toString());
        ok("import", p.toString(), files.resolve("tendring-assets.csv").toString());
        return p;
    }

    // ---- running and killing ------------------------------------------------------------------------------------

    private interface Command {
        List<String> args() throws Exception;
    }

    /** How long the command takes when left alone, in a process of its own (JVM start included). */
    private static long timed(Command c) throws Exception {
        List<String> args = c.args();
        long t0 = System.nanoTime();
        Process p = start(args);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("did not finish in 5 minutes: " + args);
        }
        String err = new String(p.getErrorStream().readAllBytes());
        assertEquals(0, p.exitValue(), args + ": " + err);
        return Math.max(200, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Starts the command, kills it with SIGKILL after a random delay within its usual run time, returns the delay. */
    private static long killAfter(long fullMillis, String... args) throws Exception {
        long delay = (long) (random.nextDouble() * fullMillis);
        Process p = start(List.of(args));
        if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks
            p.waitFor(30, TimeUnit.SECONDS);
        }
        return delay;
    }

    private static Process start(List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.assetatlas.Launcher"));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    // ---- checks -------------------------------------------------------------------------------------------------

    private static Path fresh(String name, Path from) throws IOException {
        Path p = dir.resolve(name + ".atlas");
        copyProject(from, p);
        return p;
    }

    private static void copyProject(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        // an old file so that opening it takes no daily backup that the checks would then have to allow for
        Files.setLastModifiedTime(to, Files.getLastModifiedTime(from));
    }

    /** What the user does next: opens the project (which recovers the write-ahead log and tidies up). */
    private static void reopen(Path p) {
        try (AtlasProject project = AtlasProject.open(p)) {
            project.name();
        }
    }

    static void checkIntegrity(Path p, String what) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p.toAbsolutePath());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                assertTrue(rs.next());
                assertEquals("ok", rs.getString(1), what + ": integrity check");
            }
            s.execute("INSERT INTO asset_fts(asset_fts, rank) VALUES('integrity-check', 1)");
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                assertTrue(!rs.next(), what + ": a row refers to one that is not there (" + (rs.isClosed() ? ""
                        : rs.getString(1)) + ")");
            }
        }
    }

    static long assetCount(Path p) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM asset")) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** Assets tagged Feel Well and Be Well. */
    private static long[] tagCounts(Path p) {
        try (AtlasProject project = AtlasProject.open(p)) {
            return new long[] {project.domains().use("Feel Well").assets(), project.domains().use("Be Well").assets()};
        } catch (IllegalArgumentException e) { // Feel Well is gone: merged
            try (AtlasProject project = AtlasProject.open(p)) {
                return new long[] {0, project.domains().use("Be Well").assets()};
            }
        }
    }

    /** No hidden temporary files, parts or journals beside the project or in its backups folder. */
    static void assertNoStrays(Path p, String what) throws IOException {
        for (Path folder : List.of(p.toAbsolutePath().getParent(), Backups.folder(p))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            String stem = p.getFileName().toString();
            try (Stream<Path> files = Files.list(folder)) {
                List<String> strays = files.map(f -> f.getFileName().toString())
                        .filter(n -> n.contains(stem) || folder.equals(Backups.folder(p)))
                        .filter(n -> n.startsWith(".") || n.endsWith(".part") || n.endsWith("-wal")
                                || n.endsWith("-shm") || n.endsWith("-journal"))
                        .toList();
                assertEquals(List.of(), strays, what + ": stray files in " + folder.getFileName());
            }
        }
    }

    private static Set<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return Set.copyOf(files.map(f -> f.getFileName().toString()).toList());
        }
    }
}
