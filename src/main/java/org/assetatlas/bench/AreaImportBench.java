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
 * <p>The files are generated over an England-sized extent in WGS84: about {@code n / 4} ward-like polygons of 105
 * vertices (the Tendring fixture's generalised 2013 wards average 107) and {@code n} LSOA-like polygons of 75 (its
 * 2011 LSOAs average 75), four to a ward and sharing its edges, except along the tenth of the ward edges redrawn since
 * ({@link #writeNested}). Each shared edge wiggles the same way for both neighbours, so the areas tile without gaps or
 * overlaps, and every polygon is valid. A stress file of LSOAs laid out independently of the wards ({@link
 * #writeTiling}, 73 vertices), so that most straddle a ward edge, is imported into a copy of the same project.
 */
final class AreaImportBench {

    /** England's 2011 LSOAs number 32,844. */
    static final int ENGLAND_LSOAS = 33_000;
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
                  int misfits, Step independentImport, int independentMisfits, Step ogrWards, Step ogrLsoas, int runs,
                  List<String> notes) {
    }


    static Result run(Path dir, int lsoas, int runs, PrintWriter log) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<String> notes = new ArrayList<>();
        Path wardFile = dir.resolve("wards.geojson");
        Path lsoaFile = dir.resolve("lsoas.geojson");
        Path strayFile = dir.resolve("lsoas-independent.geojson");
        long t0 = System.nanoTime();
        int[] made = writeNested(wardFile, lsoaFile, lsoas);
        int wards = made[0];
        lsoas = made[1];
        writeTiling(strayFile, lsoas, LSOA_SIDE, "LSOA11CD", "LSOA11NM", "E01", "Generated LSOA ", 2);
        double wardMb = Files.size(wardFile) / (1024.0 * 1024);
        double lsoaMb = Files.size(lsoaFile) / (1024.0 * 1024);
        log.printf("area import: %,d LSOAs (%.1f MB) and %,d wards (%.1f MB) generated in %.0f ms%n", lsoas, lsoaMb,
                wards, wardMb, (System.nanoTime() - t0) / 1e6);
        log.flush();

        double loadBefore = ColdProcess.loadAverage();
        ColdProcess.Measure[] create = new ColdProcess.Measure[runs];
        ColdProcess.Measure[] wardImport = new ColdProcess.Measure[runs];
        ColdProcess.Measure[] lsoaImport = new ColdProcess.Measure[runs];
        ColdProcess.Measure[] strayImport = new ColdProcess.Measure[runs];
        int misfits = -1;
        int strayMisfits = -1;
        for (int run = 0; run < runs; run++) {
            Path project = dir.resolve("areas-" + run + ".atlas");
            deleteProject(project);
            create[run] = ColdProcess.atlas(dir, "new", project.toString());
            wardImport[run] = ColdProcess.atlas(dir, "areas", project.toString(), "import", wardFile.toString(),
                    "--level", "ward", "--code-field", "WD11CD", "--name-field", "WD11NM");
            expectImported(wardImport[run].output(), wards, "ward");
            Path stress = dir.resolve("areas-" + run + "-independent.atlas");
            deleteProject(stress);
            Files.copy(project, stress); // the same wards, for LSOAs drawn without regard to them
            lsoaImport[run] = ColdProcess.atlas(dir, "areas", project.toString(), "import", lsoaFile.toString(),
                    "--level", "lsoa", "--code-field", "LSOA11CD", "--name-field", "LSOA11NM");
            misfits = expectImported(lsoaImport[run].output(), lsoas, "lsoa");
            strayImport[run] = ColdProcess.atlas(dir, "areas", stress.toString(), "import", strayFile.toString(),
                    "--level", "lsoa", "--code-field", "LSOA11CD", "--name-field", "LSOA11NM");
            strayMisfits = expectImported(strayImport[run].output(), lsoas, "lsoa");
            deleteProject(stress);
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
        Files.deleteIfExists(strayFile);
        return new Result(lsoas, wards, lsoaMb, wardMb, step(create), step(wardImport), step(lsoaImport), misfits,
                step(strayImport), strayMisfits, ogrWards, ogrLsoas, runs, notes);
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

    /** Segments along each half of a ward's side that an LSOA shares, and along an LSOA's inner sides. */
    static final int NESTED_INNER_SIDE = 24;
    /** The share of ward edges redrawn since the LSOAs were made (a boundary review), so LSOAs along them straddle. */
    static final double REDRAWN = 0.1;

    /**
     * Writes wards and the LSOAs that nest in them, as a partnership's 2011 LSOAs lie in the wards of their time:
     * each ward a cell of a grid over the extent, split into 2 × 2 LSOAs that share the ward's wiggly edge exactly
     * (13 + 24 + 24 + 13 segments, 75 vertices; wards 105), except that {@link #REDRAWN} of the ward edges have been
     * redrawn since (another wiggle), so the LSOAs along them lie partly in the next ward, as after a boundary
     * review. Every polygon is valid and each file tiles the extent without gaps.
     *
     * @return the numbers of wards and LSOAs written
     */
    static int[] writeNested(Path wardFile, Path lsoaFile, int lsoas) throws IOException {
        int n = Math.max(1, (int) Math.round(lsoas / 4.0));
        double widthKm = (EAST - WEST) * 0.6;
        double heightKm = NORTH - SOUTH;
        int cols = Math.max(1, (int) Math.round(Math.sqrt(n * widthKm / heightKm)));
        int rows = Math.max(1, (int) Math.round((double) n / cols));
        Nested g = new Nested(cols, rows);
        try (BufferedWriter w = Files.newBufferedWriter(wardFile, StandardCharsets.UTF_8)) {
            header(w);
            StringBuilder ring = new StringBuilder();
            for (int j = 0; j < rows; j++) {
                for (int i = 0; i < cols; i++) {
                    ring.setLength(0);
                    g.wardRing(ring, i, j);
                    int k = j * cols + i + 1;
                    feature(w, ring, "WD11CD", String.format(Locale.ROOT, "E05%06d", k), "WD11NM",
                            "Generated ward " + k, k == cols * rows);
                }
            }
            w.write("]\n}\n");
        }
        try (BufferedWriter w = Files.newBufferedWriter(lsoaFile, StandardCharsets.UTF_8)) {
            header(w);
            StringBuilder ring = new StringBuilder();
            int total = cols * rows * 4;
            int k = 0;
            for (int j = 0; j < rows; j++) {
                for (int i = 0; i < cols; i++) {
                    for (int q = 0; q < 4; q++) {
                        ring.setLength(0);
                        g.lsoaRing(ring, i, j, q % 2, q / 2);
                        k++;
                        feature(w, ring, "LSOA11CD", String.format(Locale.ROOT, "E01%06d", k), "LSOA11NM",
                                "Generated LSOA " + k, k == total);
                    }
                }
            }
            w.write("]\n}\n");
        }
        return new int[] {cols * rows, cols * rows * 4};
    }

    private static void header(BufferedWriter w) throws IOException {
        w.write("{\n\"type\": \"FeatureCollection\",\n\"crs\": { \"type\": \"name\", \"properties\": { \"name\":"
                + " \"urn:ogc:def:crs:OGC:1.3:CRS84\" } },\n\"features\": [\n");
    }

    private static void feature(BufferedWriter w, StringBuilder ring, String codeField, String code,
                                String nameField, String name, boolean last) throws IOException {
        ring.setLength(ring.length() - 2);
        w.write("{ \"type\": \"Feature\", \"properties\": { \"" + codeField + "\": \"" + code + "\", \""
                + nameField + "\": \"" + name + "\" }, \"geometry\": { \"type\": \"Polygon\", \"coordinates\":"
                + " [ [ ");
        w.append(ring);
        w.write(" ] ] } }" + (last ? "\n" : ",\n"));
    }

    /** The geometry of the nested grid: ward edges (as the LSOAs have them, or redrawn) and the LSOAs' inner lines. */
    private static final class Nested {
        private final int cols;
        private final double dx;
        private final double dy;

        Nested(int cols, int rows) {
            this.cols = cols;
            this.dx = (EAST - WEST) / cols;
            this.dy = (NORTH - SOUTH) / rows;
        }

        private boolean redrawn(int vertical, int i, int j) {
            long h = mix(0x5DEECE66DL * (vertical + 1) + i * 0x9E3779B97F4A7C15L + j * 0xC2B2AE3D27D4EB4FL);
            return (h & 0xFFFF) / 65536.0 < REDRAWN;
        }

        /** The s-th point of the east-west ward edge on grid line j in column i; redrawn when asked and marked. */
        private double[] across(int i, int j, int s, boolean ward) {
            long salt = ward && redrawn(0, i, j) ? 17 : 3;
            return new double[] {WEST + i * dx + s * dx / WARD_SIDE,
                SOUTH + j * dy + dy * wiggle(salt, 0, i, j, s, WARD_SIDE)};
        }

        /** The s-th point of the north-south ward edge on grid line i in row j. */
        private double[] up(int i, int j, int s, boolean ward) {
            long salt = ward && redrawn(1, i, j) ? 17 : 3;
            return new double[] {WEST + i * dx + dx * wiggle(salt, 1, i, j, s, WARD_SIDE),
                SOUTH + j * dy + s * dy / WARD_SIDE};
        }

        private double[] centre(int i, int j) {
            return new double[] {WEST + (i + 0.5) * dx, SOUTH + (j + 0.5) * dy};
        }

        /** The s-th point of an inner line from a to b, wiggling across its direction. */
        private double[] inner(double[] a, double[] b, int vertical, int i, int j, int half, int s) {
            double t = (double) s / NESTED_INNER_SIDE;
            double off = wiggle(29, vertical, 2 * i + half, 2 * j + half, s, NESTED_INNER_SIDE);
            double x = a[0] + (b[0] - a[0]) * t;
            double y = a[1] + (b[1] - a[1]) * t;
            return vertical == 1 ? new double[] {x + off * dx / 2, y} : new double[] {x, y + off * dy / 2};
        }

        void wardRing(StringBuilder r, int i, int j) {
            for (int s = 0; s < WARD_SIDE; s++) {
                add(r, across(i, j, s, true));
            }
            for (int s = 0; s < WARD_SIDE; s++) {
                add(r, up(i + 1, j, s, true));
            }
            for (int s = WARD_SIDE; s > 0; s--) {
                add(r, across(i, j + 1, s, true));
            }
            for (int s = WARD_SIDE; s > 0; s--) {
                add(r, up(i, j, s, true));
            }
            add(r, across(i, j, 0, true));
        }

        /** The LSOA in the east (ex = 1) or west half and the north (ny = 1) or south half of ward (i, j). */
        void lsoaRing(StringBuilder r, int i, int j, int ex, int ny) {
            int half = WARD_SIDE / 2;
            double[] c = centre(i, j);
            double[] south = across(i, j, half, false);
            double[] north = across(i, j + 1, half, false);
            double[] west = up(i, j, half, false);
            double[] east = up(i + 1, j, half, false);
            List<double[]> pts = new ArrayList<>();
            // the ward edge along the bottom or top (west to east), then the inner and outer sides, anticlockwise
            if (ny == 0) {
                for (int s = ex * half; s < (ex + 1) * half; s++) {
                    pts.add(across(i, j, s, false));
                }
                if (ex == 0) { // south-west: up the inner north-south line to the centre, west along the inner line
                    for (int s = 0; s < NESTED_INNER_SIDE; s++) {
                        pts.add(inner(south, c, 1, i, j, 0, s));
                    }
                    for (int s = NESTED_INNER_SIDE; s > 0; s--) {
                        pts.add(inner(west, c, 0, i, j, 0, s));
                    }
                    for (int s = half; s > 0; s--) {
                        pts.add(up(i, j, s, false));
                    }
                } else { // south-east: up the east ward edge, west along the inner line, down the inner line
                    for (int s = 0; s < half; s++) {
                        pts.add(up(i + 1, j, s, false));
                    }
                    for (int s = 0; s < NESTED_INNER_SIDE; s++) {
                        pts.add(inner(east, c, 0, i, j, 1, s));
                    }
                    for (int s = NESTED_INNER_SIDE; s > 0; s--) {
                        pts.add(inner(south, c, 1, i, j, 0, s));
                    }
                }
            } else {
                if (ex == 0) { // north-west: from the west edge's middle, east along the inner line, up, west, down
                    for (int s = 0; s < NESTED_INNER_SIDE; s++) {
                        pts.add(inner(west, c, 0, i, j, 0, s));
                    }
                    for (int s = 0; s < NESTED_INNER_SIDE; s++) {
                        pts.add(inner(c, north, 1, i, j, 1, s));
                    }
                    for (int s = half; s > 0; s--) {
                        pts.add(across(i, j + 1, s, false));
                    }
                    for (int s = WARD_SIDE; s > half; s--) {
                        pts.add(up(i, j, s, false));
                    }
                } else { // north-east: from the centre, east along the inner line, up the ward edge, west, down
                    for (int s = NESTED_INNER_SIDE; s > 0; s--) {
                        pts.add(inner(east, c, 0, i, j, 1, s));
                    }
                    for (int s = half; s < WARD_SIDE; s++) {
                        pts.add(up(i + 1, j, s, false));
                    }
                    for (int s = WARD_SIDE; s > half; s--) {
                        pts.add(across(i, j + 1, s, false));
                    }
                    for (int s = NESTED_INNER_SIDE; s > 0; s--) {
                        pts.add(inner(c, north, 1, i, j, 1, s));
                    }
                }
            }
            for (double[] p : pts) {
                add(r, p);
            }
            add(r, pts.get(0));
        }

        private static void add(StringBuilder r, double[] p) {
            point(r, p[0], p[1]);
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
        row(b, String.format(Locale.UK, "stress: `areas import` %,d LSOAs drawn without regard to the wards",
                r.lsoas()), r.independentImport(), null, "");
        b.append(String.format(Locale.UK, "%nThe LSOAs nest in the wards as 2011 LSOAs do in the wards of their time,"
                + " 2 × 2 to a ward sharing its edges, except that a tenth of the ward edges were redrawn since (as in a"
                + " boundary review), so the LSOAs along them lie partly in the next ward: %,d of the %,d lie less than"
                + " 90%% inside their best-fit ward (Tendring's 2011 LSOAs in its 2013 wards: 1 of 89). The stress row"
                + " imports LSOAs laid out independently of the wards, so that most straddle a ward edge and each needs"
                + " the slower best-fit vote (%,d of %,d less than 90%% inside): no real pair of vintages is that far"
                + " apart.%n", r.misfits(), r.lsoas(), r.independentMisfits(), r.lsoas()));
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
