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
