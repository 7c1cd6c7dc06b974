package org.assetatlas.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Setting up England's small-area geography from boundary files, as a user does it from the command line: a new
 * project, then {@code areas FILE import} of a ward file and of an LSOA file, each command in a fresh JVM (so every
 * step is cold, JVM start included) with no heap limit, timed by the wall clock with the process's peak resident set.
 * Beside it, in the same run, {@code ogr2ogr -f GPKG} loads the same two files into a GeoPackage (skipped with a note
 * when GDAL is absent).
 *
 * <p>The files are generated: {@code n} LSOA-like polygons tiling an England-sized extent in WGS84, 73 vertices to a
 * ring (the Tendring fixture's generalised 2011 LSOAs average 75), and about {@code n / 4.7} ward-like polygons of 105
 * vertices (its generalised 2013 wards average 107). Each shared edge wiggles the same way for both neighbours, so
 * the areas tile without gaps or overlaps, and the LSOA and ward edges are laid out independently, so that most
 * LSOAs straddle a ward edge and the hierarchy has to be built by best fit, as with two vintages that do not nest.
 * Every polygon is valid.
 */
final class AreaImportBench {

    /** England's 2011 LSOAs number 32,844. */
    static final int ENGLAND_LSOAS = 33_000;
    /** LSOAs per ward: about 33,000 LSOAs to 7,000 wards. */
    static final double LSOAS_PER_WARD = 4.7;
    /** Segments on each side of a generated LSOA (4 × 18 + the closing point = 73 vertices). */
    static final int LSOA_SIDE = 18;
    /** Segments on each side of a generated ward (4 × 26 + 1 = 105 vertices). */
    static final int WARD_SIDE = 26;
    private static final double WEST = -5.7;
    private static final double EAST = 1.76;
    private static final double SOUTH = 50.0;
    private static final double NORTH = 55.8;
    /** How far an edge may wiggle, as a share of the cell's side; below 0.3 no two edges can cross. */
    private static final double WIGGLE = 0.12;

    private AreaImportBench() {
    }

    /**
     * One timed step.
     *
     * @param millis     median wall-clock milliseconds
     * @param minMillis  the fastest run's milliseconds
     * @param maxMillis  the slowest run's milliseconds
     * @param rssMb      the largest peak resident set of the step's process over the runs, MB; NaN when not measurable
     * @param cpuSeconds median CPU time (user and system, all threads) of the step's process; NaN when not measured
     */
    record Step(double millis, double minMillis, double maxMillis, double rssMb, double cpuSeconds) {
    }

    /**
     * The figures.
     *
     * @param lsoas      LSOAs generated and imported
     * @param wards      wards generated and imported
     * @param lsoaMb     size of the LSOA file
     * @param wardMb     size of the ward file
     * @param create     {@code new}
     * @param wardImport {@code areas import} of the wards
     * @param lsoaImport {@code areas import} of the LSOAs, which builds the hierarchy
     * @param misfits    LSOAs the import reported as less than 90% inside their best-fit ward
     * @param ogrWards   {@code ogr2ogr -f GPKG} of the ward file, or null when absent
     * @param ogrLsoas   {@code ogr2ogr -f GPKG} of the LSOA file, or null when absent
     * @param runs       runs each median is over
     * @param notes      what could not be measured
     */
    record Result(int lsoas, int wards, double lsoaMb, double wardMb, Step create, Step wardImport, Step lsoaImport,
                  int misfits, Step ogrWards, Step ogrLsoas, int runs, List<String> notes) {
    }

    /** Wards generated beside {@code lsoas} LSOAs. */
    static int wardsFor(int lsoas) {
        return Math.max(1, (int) Math.round(lsoas / LSOAS_PER_WARD));
    }

    static Result run(Path dir, int lsoas, int runs, PrintWriter log) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<String> notes = new ArrayList<>();
        int wards = wardsFor(lsoas);
        Path wardFile = dir.resolve("wards.geojson");
        Path lsoaFile = dir.resolve("lsoas.geojson");
        long t0 = System.nanoTime();
        writeTiling(wardFile, wards, WARD_SIDE, "WD11CD", "WD11NM", "E05", "Generated ward ", 1);
        writeTiling(lsoaFile, lsoas, LSOA_SIDE, "LSOA11CD", "LSOA11NM", "E01", "Generated LSOA ", 2);
        double wardMb = Files.size(wardFile) / (1024.0 * 1024);
        double lsoaMb = Files.size(lsoaFile) / (1024.0 * 1024);
        log.printf("area import: %,d LSOAs (%.1f MB) and %,d wards (%.1f MB) generated in %.0f ms%n", lsoas, lsoaMb,
                wards, wardMb, (System.nanoTime() - t0) / 1e6);
        log.flush();

        double loadBefore = ColdProcess.loadAverage();
        ColdProcess.Measure[] create = new ColdProcess.Measure[runs];
        ColdProcess.Measure[] wardImport = new ColdProcess.Measure[runs];
        ColdProcess.Measure[] lsoaImport = new ColdProcess.Measure[runs];
        int misfits = -1;
        for (int run = 0; run < runs; run++) {
            Path project = dir.resolve("areas-" + run + ".atlas");
            deleteProject(project);
            create[run] = ColdProcess.atlas(dir, "new", project.toString());
            wardImport[run] = ColdProcess.atlas(dir, "areas", project.toString(), "import", wardFile.toString(),
                    "--level", "ward", "--code-field", "WD11CD", "--name-field", "WD11NM");
            expectImported(wardImport[run].output(), wards, "ward");
            lsoaImport[run] = ColdProcess.atlas(dir, "areas", project.toString(), "import", lsoaFile.toString(),
                    "--level", "lsoa", "--code-field", "LSOA11CD", "--name-field", "LSOA11NM");
            misfits = expectImported(lsoaImport[run].output(), lsoas, "lsoa");
            log.printf("area import run %d: new %.0f ms, %,d wards %.0f ms (RSS %.0f MB), %,d LSOAs and hierarchy"
                    + " %.0f ms (RSS %.0f MB)%n", run + 1, create[run].millis(), wards, wardImport[run].millis(),
                    wardImport[run].rssMb(), lsoas, lsoaImport[run].millis(), lsoaImport[run].rssMb());
            log.flush();
            deleteProject(project);
        }

        Step ogrWards = null;
        Step ogrLsoas = null;
        if (ColdProcess.available("ogr2ogr", "--version")) {
            ColdProcess.Measure[] w = new ColdProcess.Measure[runs];
            ColdProcess.Measure[] l = new ColdProcess.Measure[runs];
            for (int run = 0; run < runs; run++) {
                Path gpkg = dir.resolve("ogr-" + run + ".gpkg");
                Files.deleteIfExists(gpkg);
                w[run] = ColdProcess.run(dir, List.of("ogr2ogr", "-f", "GPKG", "-nln", "wards", gpkg.toString(),
                        wardFile.toString()));
                l[run] = ColdProcess.run(dir, List.of("ogr2ogr", "-f", "GPKG", "-update", "-nln", "lsoas",
                        gpkg.toString(), lsoaFile.toString()));
                Files.deleteIfExists(gpkg);
            }
            ogrWards = step(w);
            ogrLsoas = step(l);
            log.printf("ogr2ogr -f GPKG: wards %.0f ms, LSOAs %.0f ms (RSS %.0f MB)%n", ogrWards.millis(),
                    ogrLsoas.millis(), ogrLsoas.rssMb());
        } else {
            notes.add("ogr2ogr (GDAL) not found on this machine: the area import's anchor was not measured.");
        }
        if (!ColdProcess.timeAvailable()) {
            notes.add("/usr/bin/time not found: peak RSS was sampled from /proc every 10 ms and may miss a brief peak;"
                    + " CPU time was not measured.");
        }
        notes.add(String.format(Locale.UK, "Load average (1 minute) %.1f before the timed runs and %.1f after, on %d"
                + " cores: above the core count, other work was competing for the CPU and the wall-clock figures"
                + " include waiting for it; CPU time does not.", loadBefore, ColdProcess.loadAverage(),
                Runtime.getRuntime().availableProcessors()));
        Files.deleteIfExists(wardFile);
        Files.deleteIfExists(lsoaFile);
        return new Result(lsoas, wards, lsoaMb, wardMb, step(create), step(wardImport), step(lsoaImport), misfits,
                ogrWards, ogrLsoas, runs, notes);
    }

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) (\\w+) areas imported \\((\\d+) replaced\\);"
            + " (\\d+) skipped; (\\d+) repaired; (\\d+) do not nest");

    /** Checks the command's summary line and returns how many areas it reported as not nesting. */
    private static int expectImported(String output, int expected, String level) {
        Matcher m = SUMMARY.matcher(output);
        if (!m.find() || Integer.parseInt(m.group(1)) != expected || !m.group(2).equals(level)
                || Integer.parseInt(m.group(4)) != 0) {
            throw new IllegalStateException("Expected " + expected + " " + level + " areas imported, none skipped;"
                    + " the command said: " + output.strip());
        }
        return Integer.parseInt(m.group(6));
    }

    private static Step step(ColdProcess.Measure[] runs) {
        long[] nanos = new long[runs.length];
        long[] cpu = new long[runs.length];
        boolean cpuKnown = true;
        double rss = Double.NaN;
        for (int i = 0; i < runs.length; i++) {
            nanos[i] = runs[i].nanos();
            cpuKnown &= !Double.isNaN(runs[i].cpuSeconds());
            cpu[i] = Math.round(runs[i].cpuSeconds() * 1e9);
            if (!Double.isNaN(runs[i].rssMb())) {
                rss = Double.isNaN(rss) ? runs[i].rssMb() : Math.max(rss, runs[i].rssMb());
            }
        }
        Stats wall = new Stats(nanos);
        return new Step(wall.medianMillis(), wall.percentileMillis(0), wall.maxMillis(), rss,
                cpuKnown ? new Stats(cpu).medianMillis() / 1000 : Double.NaN);
    }

    /**
     * Writes {@code n} polygons tiling the extent, row by row, as a GeoJSON FeatureCollection with a code and a name
     * property, coordinates written in full as the ONS files have them.
     *
     * @param salt makes one tiling's wiggles differ from another's
     */
    static void writeTiling(Path file, int n, int side, String codeField, String nameField, String codePrefix,
                            String namePrefix, long salt) throws IOException {
        // cells roughly square on the ground: a degree of longitude is about 0.6 of a degree of latitude here
        double widthKm = (EAST - WEST) * 0.6;
        double heightKm = NORTH - SOUTH;
        int cols = Math.max(1, (int) Math.round(Math.sqrt(n * widthKm / heightKm)));
        int rows = (n + cols - 1) / cols;
        double dx = (EAST - WEST) / cols;
        double dy = (NORTH - SOUTH) / rows;
        StringBuilder ring = new StringBuilder(side * 4 * 48);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\n\"type\": \"FeatureCollection\",\n\"crs\": { \"type\": \"name\", \"properties\": { \"name\":"
                    + " \"urn:ogc:def:crs:OGC:1.3:CRS84\" } },\n\"features\": [\n");
            for (int k = 0; k < n; k++) {
                int i = k % cols;
                int j = k / cols;
                ring.setLength(0);
                double x0 = WEST + i * dx;
                double y0 = SOUTH + j * dy;
                // anticlockwise: bottom edge east, right edge north, top edge west, left edge south
                for (int s = 0; s < side; s++) {
                    point(ring, x0 + s * dx / side, y0 + dy * wiggle(salt, 0, i, j, s, side));
                }
                for (int s = 0; s < side; s++) {
                    point(ring, x0 + dx + dx * wiggle(salt, 1, i + 1, j, s, side), y0 + s * dy / side);
                }
                for (int s = side; s > 0; s--) {
                    point(ring, x0 + s * dx / side, y0 + dy + dy * wiggle(salt, 0, i, j + 1, s, side));
                }
                for (int s = side; s > 0; s--) {
                    point(ring, x0 + dx * wiggle(salt, 1, i, j, s, side), y0 + s * dy / side);
                }
                point(ring, x0, y0);
                ring.setLength(ring.length() - 2);
                String code = String.format(Locale.ROOT, "%s%06d", codePrefix, k + 1);
                w.write("{ \"type\": \"Feature\", \"properties\": { \"" + codeField + "\": \"" + code + "\", \""
                        + nameField + "\": \"" + namePrefix + (k + 1) + "\" }, \"geometry\": { \"type\": \"Polygon\","
                        + " \"coordinates\": [ [ ");
                w.append(ring);
                w.write(" ] ] } }" + (k + 1 < n ? ",\n" : "\n"));
            }
            w.write("]\n}\n");
        }
    }

    private static void point(StringBuilder b, double x, double y) {
        b.append("[ ").append(x).append(", ").append(y).append(" ], ");
    }

    /**
     * The offset, as a share of the cell's side, of the {@code s}-th of {@code side} points along an edge: the same
     * for both cells sharing the edge, nought at its ends and never more than {@link #WIGGLE} times the envelope
     * sin(πt), so that edges meeting at a corner cannot cross.
     *
     * @param vertical 0 for an edge running east–west (offset north–south), 1 for one running north–south
     */
    static double wiggle(long salt, int vertical, int i, int j, int s, int side) {
        long h = mix(salt * 0x9E3779B97F4A7C15L + vertical * 0x632BE59BD9B4E019L + i * 0xD1B54A32D192ED03L
                + j * 0x8CB92BA72F3D8DD7L);
        double phase1 = (h & 0xFFFF) / 65536.0;
        double phase2 = ((h >>> 16) & 0xFFFF) / 65536.0;
        double jitter = ((mix(h + s) & 0xFFFF) / 65536.0 - 0.5) * 0.3;
        double t = (double) s / side;
        double shape = 0.5 * Math.sin(2 * Math.PI * (t + phase1)) + 0.3 * Math.sin(2 * Math.PI * (3 * t + phase2))
                + jitter * 0.4;
        return WIGGLE * Math.sin(Math.PI * t) * Math.max(-1, Math.min(1, shape));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void deleteProject(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    /** The markdown section for the report. */
    static String markdown(Result r) {
        StringBuilder b = new StringBuilder();
        b.append("\n## Area import\n\n");
        b.append(String.format(Locale.UK, "Setting up England's small areas from boundary files, as a user does: `new`,"
                + " then `areas FILE import` of %,d generated wards (%.1f MB of GeoJSON) and of %,d generated LSOAs"
                + " (%.1f MB), each command a fresh JVM with no heap limit (JVM start included). Importing the LSOAs"
                + " also builds the hierarchy: each LSOA's ward is found by best fit. %d run%s of each step: wall"
                + " clock median and range, CPU time (median, all threads, from `/usr/bin/time`), peak RSS of the"
                + " process (largest over the runs). The anchor, `ogr2ogr -f GPKG`, loads the same files into a"
                + " GeoPackage in the same run, without a hierarchy (median wall clock, largest RSS).%n%n",
                r.wards(), r.wardMb(),
                r.lsoas(), r.lsoaMb(), r.runs(), r.runs() == 1 ? "" : "s"));
        b.append("| step | wall ms, median | wall ms, fastest–slowest | CPU s (user + system) | peak RSS (MB) |"
                + " `ogr2ogr -f GPKG` ms | `ogr2ogr` RSS (MB) | target |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        row(b, "`new`", r.create(), null, "");
        row(b, String.format(Locale.UK, "`areas import` %,d wards", r.wards()), r.wardImport(), r.ogrWards(), "");
        row(b, String.format(Locale.UK, "`areas import` %,d LSOAs, hierarchy built", r.lsoas()), r.lsoaImport(),
                r.ogrLsoas(), "≤ 10 s at 33,000");
        b.append(String.format(Locale.UK, "%n%,d of the %,d LSOAs lie less than 90%% inside their best-fit ward (the"
                + " generated wards and LSOAs do not nest by design).%n", r.misfits(), r.lsoas()));
        r.notes().forEach(n -> b.append("\n- ").append(n));
        if (!r.notes().isEmpty()) {
            b.append('\n');
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Step s, Step anchor, String target) {
        b.append("| ").append(name).append(" | ").append(fmt(s.millis())).append(" | ").append(fmt(s.minMillis()))
                .append("–").append(fmt(s.maxMillis())).append(" | ")
                .append(Double.isNaN(s.cpuSeconds()) ? "n/a" : String.format(Locale.UK, "%.1f", s.cpuSeconds()))
                .append(" | ").append(fmt(s.rssMb())).append(" | ")
                .append(anchor == null ? "" : fmt(anchor.millis())).append(" | ")
                .append(anchor == null ? "" : fmt(anchor.rssMb())).append(" | ").append(target).append(" |\n");
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.UK, "%,.0f", v);
    }
}
