package org.assetatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The baseline for CSV import: the {@code sqlite3} command-line shell's {@code .import} into a plain table. */
final class SqliteShell {

    private SqliteShell() {
    }

    /** Median milliseconds of {@code runs} imports of the CSV into a fresh database, or NaN when sqlite3 is absent. */
    static double importMillis(Path csv, Path dir, int runs) throws IOException, InterruptedException {
        if (!available()) {
            return Double.NaN;
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            Path db = dir.resolve("sqlite3-baseline-" + i + ".db");
            Files.deleteIfExists(db);
            ProcessBuilder pb = new ProcessBuilder("sqlite3", db.toString(), ".mode csv",
                    ".import '" + csv.toString().replace("'", "''") + "' assets");
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long t0 = System.nanoTime();
            Process p = pb.start();
            if (!Benchmark.waitFor(p, 600) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("sqlite3 .import failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + ")");
            }
            times[i] = System.nanoTime() - t0;
            Files.deleteIfExists(db);
        }
        return new Stats(times).medianMillis();
    }

    /**
     * Milliseconds for the shell to join the assets to the postcode table by compact postcode, as locating them by
     * postcode does, with the table keyed by postcode as in a project; NaN when sqlite3 is absent. The database is
     * built first, untimed; the time is of one run of the query, the shell's start included.
     *
     * @param postcodes CSV of {@code code,lat,lon} with the code in compact form
     * @param assets    CSV with a {@code postcode} column
     */
    static double joinMillis(Path postcodes, Path assets, Path dir) throws IOException, InterruptedException {
        if (!available()) {
            return Double.NaN;
        }
        Path db = dir.resolve("sqlite3-join.db");
        Files.deleteIfExists(db);
        try {
            run(db, ".mode csv", ".import '" + quoted(postcodes) + "' postcode_csv",
                    "CREATE TABLE postcode (code TEXT PRIMARY KEY, lat REAL NOT NULL, lon REAL NOT NULL) WITHOUT ROWID;",
                    "INSERT INTO postcode SELECT code, lat, lon FROM postcode_csv;", "DROP TABLE postcode_csv;",
                    ".import '" + quoted(assets) + "' assets");
            long t0 = System.nanoTime();
            run(db, "SELECT count(p.lat) FROM assets a JOIN postcode p ON p.code = upper(replace(a.postcode, ' ', ''));");
            return (System.nanoTime() - t0) / 1e6;
        } finally {
            Files.deleteIfExists(db);
        }
    }

    private static String quoted(Path p) {
        return p.toString().replace("'", "''");
    }

    private static void run(Path db, String... commands) throws IOException, InterruptedException {
        String[] args = new String[commands.length + 2];
        args[0] = "sqlite3";
        args[1] = db.toString();
        System.arraycopy(commands, 0, args, 2, commands.length);
        ProcessBuilder pb = new ProcessBuilder(args);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        if (!Benchmark.waitFor(p, 600) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("sqlite3 failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + ")");
        }
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return Benchmark.waitFor(p, 10) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static String version() {
        try {
            Process p = new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            return v.split(" ")[0];
        } catch (IOException | InterruptedException e) {
            return "absent";
        }
    }
}
