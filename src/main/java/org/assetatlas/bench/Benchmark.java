package org.assetatlas.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assetatlas.io.CsvAssetWriter;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.DemoProject;
import org.assetatlas.service.ImportReport;
import org.assetatlas.service.SignpostService;
import org.assetatlas.service.SyntheticAssets;
import org.assetatlas.signpost.Need;
import org.assetatlas.util.Progress;

/**
 * Runs the benchmark at each size and reports a markdown table of results beside their baselines.
 *
 * <p>Each size gets a fresh project built from the demo's areas and a synthetic CSV (seed 42). Timings are
 * wall-clock over whole operations, repeated and summarised by median (import, open, area assignment, map) or by
 * percentiles over every query execution (search). Memory is the peak of the Java heap pools and the process's peak
 * resident set, reset before each size where the platform allows.
 */
public final class Benchmark {

    private static final long SEED = 42;
    private final PrintWriter log;
    private final int importRuns;
    private final int searchRepeats;
    private ReportBench.Result report;

    public Benchmark(PrintWriter log, int importRuns, int searchRepeats) {
        this.log = log;
        this.importRuns = importRuns;
        this.searchRepeats = searchRepeats;
    }

    /** Results for one size. NaN marks a figure that could not be measured (the note says why). */
    public record SizeResult(int size, double importMillis, double sqliteImportMillis, double searchP50,
                             double searchP95, double searchMax, double rawP50, double rawP95, double rawMax,
                             int searchSamples, double openMillis, double assignMillis, double mapCityMillis,
                             double mapCountyMillis, long mapAssetsDrawn, double heapPeakMb, double rssPeakMb,
                             List<String> notes, double mapColdMillis, double mapPanMillis, double mapZoomMillis,
                             int postcodeDirectory, double postcodeImportMillis, double postcodeJoinMillis,
                             double dedupeMillis, double dedupeRssMb, String dedupePairs) {
    }

    /** Runs every size in order. */
    public List<SizeResult> run(List<Integer> sizes, Path workDir) throws IOException, InterruptedException {
        List<SizeResult> out = new ArrayList<>();
        for (int size : sizes) {
            out.add(runSize(size, workDir.resolve("n" + size)));
        }
        report = ReportBench.run(workDir.resolve("report"), SEED, log);
        return out;
    }

    /** LSOAs in England (2011: 32,844), the size the area-import target is set at. */
    public static final int ENGLAND_LSOAS = AreaImportBench.ENGLAND_LSOAS;

    /**
     * Times setting up {@code lsoas} LSOAs and their wards from boundary files through the command line, each
     * command a fresh JVM, beside {@code ogr2ogr} (see {@link AreaImportBench}).
     *
     * @return the markdown section
     */
    public String areaImport(int lsoas, Path workDir) throws IOException, InterruptedException {
        log.printf("== area import, %,d LSOAs%n", lsoas);
        log.flush();
        return AreaImportBench.markdown(AreaImportBench.run(workDir, lsoas, importRuns, log));
    }

    /** The reports section for the markdown, after {@link #run}. */
    public String reportMarkdown() {
        return report == null ? "" : ReportBench.markdown(report);
    }

    /**
     * Imports the file into a fresh project {@code importRuns} times, timing each import alone; the first project is
     * kept in {@code kept[0]} when asked, the others deleted.
     */
    private long[] timeImports(Path source, Path dir, String prefix, int size, Path[] kept) throws IOException {
        long[] times = new long[importRuns];
        for (int run = 0; run < importRuns; run++) {
            Path file = dir.resolve(prefix + run + ".atlas");
            try (AtlasProject p = DemoProject.createBase(file)) {
                long t0 = System.nanoTime();
                ImportReport r = p.transfer().importCsv(source, Progress.NONE);
                times[run] = System.nanoTime() - t0;
                if (r.imported() != size) {
                    throw new IllegalStateException("Imported " + r.imported() + " of " + size + " from "
                            + source.getFileName() + ": " + r.rejects());
                }
            }
            if (kept != null && kept[0] == null) {
                kept[0] = file;
            } else {
                deleteProject(file);
            }
        }
        return times;
    }

    /** The CSV's rows as a workbook of text cells, written streaming as a spreadsheet program saves them. */
    private static void writeWorkbook(Path csv, Path xlsx) throws IOException {
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200);
             java.io.Reader in = Files.newBufferedReader(csv, java.nio.charset.StandardCharsets.UTF_8);
             java.io.OutputStream out = Files.newOutputStream(xlsx)) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("Assets");
            int r = 0;
            for (org.apache.commons.csv.CSVRecord rec : org.apache.commons.csv.CSVFormat.RFC4180.parse(in)) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                for (int c = 0; c < rec.size(); c++) {
                    String v = rec.get(c);
                    if (!v.isEmpty()) {
                        row.createCell(c).setCellValue(r == 1 ? v.replace("\uFEFF", "") : v);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private SizeResult runSize(int size, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<String> notes = new ArrayList<>();
        log.printf("== %,d assets%n", size);
        log.flush();
        Path csv = dir.resolve("assets.csv");
        new CsvAssetWriter().write(SyntheticAssets.over(null, size, SEED), csv, Progress.NONE);
        System.gc();
        Memory.resetPeaks();

        // CSV import: whole operation (encoding detection, parsing, validation, area assignment, FTS) into a project
        Path[] kept = {null};
        long[] imports = timeImports(csv, dir, "import-", size, kept);
        Path project = kept[0];
        double importMillis = new Stats(imports).medianMillis();
        log.printf("import: %.0f ms (%,.0f rows/s)%n", importMillis, size / (importMillis / 1000));

        // the same rows as an Excel workbook, through the same import (issue 14: within 3x the CSV import)
        Path xlsx = dir.resolve("assets.xlsx");
        writeWorkbook(csv, xlsx);
        long[] xlsxImports = timeImports(xlsx, dir, "import-xlsx-", size, null);
        double xlsxMillis = new Stats(xlsxImports).medianMillis();
        log.printf("xlsx import: %.0f ms%n", xlsxMillis);
        notes.add(String.format("At %,d assets: the same rows imported from an Excel workbook (%,.1f MB) took %,.0f ms,"
                + " %.1f\u00d7 the CSV import's %,.0f ms (target \u2264 3\u00d7).", size, Files.size(xlsx) / 1e6,
                xlsxMillis, xlsxMillis / importMillis, importMillis));

        double sqlite = SqliteShell.importMillis(csv, dir, importRuns);
        if (Double.isNaN(sqlite)) {
            notes.add("sqlite3 shell not found on this machine: import ratio not measured.");
        } else {
            log.printf("sqlite3 .import: %.0f ms%n", sqlite);
        }

        // Search: the signposting path (thesaurus, spelling, filters, relevance blended with distance, full rows
        // and their explanations) against the same words straight from FTS5
        List<Need> queries = SignpostingQueries.needs();
        LocalDateTime clock = LocalDateTime.of(2026, 11, 24, 14, 0);
        long[] ours = new long[queries.size() * searchRepeats];
        long[] raw = new long[queries.size() * searchRepeats];
        try (AtlasProject p = AtlasProject.open(project)) {
            SignpostService signposting = p.signposting();
            for (Need q : queries) {
                signposting.answer(q, clock);
                p.assets().rawFullTextIds(q.text(), SignpostingQueries.LIMIT);
            }
            int i = 0;
            for (int rep = 0; rep < searchRepeats; rep++) {
                for (Need q : queries) {
                    long t0 = System.nanoTime();
                    signposting.answer(q, clock);
                    long t1 = System.nanoTime();
                    p.assets().rawFullTextIds(q.text(), SignpostingQueries.LIMIT);
                    long t2 = System.nanoTime();
                    ours[i] = t1 - t0;
                    raw[i] = t2 - t1;
                    i++;
                }
            }
        }
        Stats s = new Stats(ours);
        Stats r = new Stats(raw);
        log.printf("search: p50 %.2f ms, p95 %.2f ms (raw FTS5 p50 %.2f, p95 %.2f)%n", s.medianMillis(),
                s.percentileMillis(0.95), r.medianMillis(), r.percentileMillis(0.95));

        // Opening a project and reading the table's first page (50 rows in name order)
        long[] opens = new long[5];
        for (int run = 0; run < opens.length; run++) {
            long t0 = System.nanoTime();
            try (AtlasProject p = AtlasProject.open(project)) {
                if (p.assets().find(AssetQuery.all().withLimit(50)).size() != Math.min(50, size)) {
                    throw new IllegalStateException("First page is short");
                }
                opens[run] = System.nanoTime() - t0;
            }
        }
        double openMillis = new Stats(opens).medianMillis();
        log.printf("open + first page: %.1f ms%n", openMillis);

        // Area assignment: every located asset placed afresh (point in polygon + write)
        long[] assigns = new long[3];
        try (AtlasProject p = AtlasProject.open(project)) {
            for (int run = 0; run < assigns.length; run++) {
                long t0 = System.nanoTime();
                p.reassignAllAreas(Progress.NONE);
                assigns[run] = System.nanoTime() - t0;
            }
        }
        double assignMillis = new Stats(assigns).medianMillis();
        log.printf("area assignment: %.0f ms%n", assignMillis);

        MapBench.Result map = MapBench.run(project);
        log.printf("map redraw: city %.1f ms, county %.1f ms, cold %.1f ms, pan %.1f ms, zoom %.1f ms"
                + " (%,d assets drawn)%n", map.cityMillis(), map.countyMillis(), map.coldMillis(), map.panMillis(),
                map.zoomMillis(), map.assetsDrawn());
        log.println(map.cpuNote());
        notes.add(String.format("At %,d assets: ", size) + map.cpuNote());

        double heap = Memory.heapPeakMb();
        double rss = Memory.rssPeakMb();
        log.printf("peak heap %.0f MB, peak RSS %.0f MB%n", heap, rss);
        log.flush();

        // Finding duplicates as the user meets it: the dedupe command in a fresh JVM on the imported project
        ColdProcess.Measure dedupe = ColdProcess.atlas(dir, "dedupe", project.toAbsolutePath().toString(),
                "--limit", "1");
        String dedupeSummary = dedupe.output().strip().lines().reduce((a, b) -> b).orElse("");
        String dedupePairs = dedupeSummary.replaceAll("^([0-9]+) possible.*$", "$1");
        log.printf("dedupe (cold process): %.0f ms, peak RSS %.0f MB: %s%n", dedupe.millis(), dedupe.rssMb(),
                dedupeSummary);

        // Locating assets by postcode on import, after the memory peaks are taken: the generated postcode
        // directory is set up outside the measured figures
        PostcodeBench.Result postcodes = PostcodeBench.run(dir.resolve("postcodes"), size, importRuns, SEED, log);
        log.flush();
        deleteProject(project);
        Files.deleteIfExists(csv);
        return new SizeResult(size, importMillis, sqlite, s.medianMillis(), s.percentileMillis(0.95), s.maxMillis(),
                r.medianMillis(), r.percentileMillis(0.95), r.maxMillis(), s.count(), openMillis, assignMillis,
                map.cityMillis(), map.countyMillis(), map.assetsDrawn(), heap, rss, notes, map.coldMillis(),
                map.panMillis(), map.zoomMillis(), postcodes.directory(), postcodes.importMillis(),
                postcodes.sqliteJoinMillis(), dedupe.millis(), dedupe.rssMb(), dedupePairs);
    }

    private static void deleteProject(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    /** Deletes a work folder and everything in it. */
    public static void cleanUp(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The markdown report: machine, command, date, one table per measure with every size. */
    public static String markdown(List<SizeResult> results, String command) {
        StringBuilder b = new StringBuilder();
        b.append("# Benchmarks\n\n");
        b.append("Produced by `").append(command).append("` on ").append(LocalDate.now()).append(".\n\n");
        b.append("Machine: ").append(Machine.describe()).append(".\n\n");
        if (results.isEmpty()) {
            return b.toString();
        }
        b.append("Synthetic assets (seed ").append(SEED).append(") spread over the demo's 17 Colchester wards, imported "
                + "into a project with the demo's areas. Times are wall-clock for whole operations; a ratio is ours ÷ "
                + "baseline, measured in the same run on the same data.\n\n");
        b.append("| measure | target at 100k |");
        for (SizeResult r : results) {
            b.append(String.format(" %,d |", r.size()));
        }
        b.append("\n|---|---|");
        results.forEach(r -> b.append("---:|"));
        b.append('\n');
        row(b, "CSV import, ours (ms)", "", results, r -> fmt(r.importMillis(), 0));
        row(b, "CSV import, ours (rows/s)", "", results, r -> String.format("%,.0f", r.size() / (r.importMillis() / 1000)));
        row(b, "CSV import, `sqlite3` `.import` (ms)", "", results, r -> fmt(r.sqliteImportMillis(), 0));
        row(b, "CSV import ratio", "≤ 2×", results, r -> ratio(r.importMillis(), r.sqliteImportMillis()));
        row(b, "postcodes in the generated postcode directory", "", results,
                r -> String.format("%,d", r.postcodeDirectory()));
        row(b, "CSV import locating every asset by postcode (ms)", "≤ 5 s at 100k", results,
                r -> fmt(r.postcodeImportMillis(), 0));
        row(b, "`sqlite3` JOIN of the same assets to the postcode table (ms)", "", results,
                r -> fmt(r.postcodeJoinMillis(), 0));
        row(b, "search p50 (ms)", "", results, r -> fmt(r.searchP50(), 2));
        row(b, "search p95 (ms)", "≤ 10 ms", results, r -> fmt(r.searchP95(), 2));
        row(b, "search max (ms)", "", results, r -> fmt(r.searchMax(), 2));
        row(b, "raw FTS5 p50 (ms)", "", results, r -> fmt(r.rawP50(), 2));
        row(b, "raw FTS5 p95 (ms)", "", results, r -> fmt(r.rawP95(), 2));
        row(b, "raw FTS5 max (ms)", "", results, r -> fmt(r.rawMax(), 2));
        row(b, "search p95 ratio", "≤ 3×", results, r -> ratio(r.searchP95(), r.rawP95()));
        row(b, "open project + first table page (ms)", "≤ 1 s", results, r -> fmt(r.openMillis(), 1));
        row(b, "area assignment, all assets (ms)", "≤ 1 s", results, r -> fmt(r.assignMillis(), 0));
        row(b, "map full redraw, city zoom (ms, median)", "≤ 16 ms", results, r -> fmt(r.mapCityMillis(), 1));
        row(b, "map full redraw, county zoom (ms, median)", "≤ 16 ms", results, r -> fmt(r.mapCountyMillis(), 1));
        row(b, "map first frame, caches cold, county zoom (ms, median)", "", results, r -> fmt(r.mapColdMillis(), 1));
        row(b, "map pan, 40 px a frame (ms, median)", "≤ 16 ms", results, r -> fmt(r.mapPanMillis(), 1));
        row(b, "map zoom, ¼ level a frame (ms, median)", "≤ 16 ms", results, r -> fmt(r.mapZoomMillis(), 1));
        row(b, "located assets drawn on the county map", "all located", results, r -> String.format("%,d", r.mapAssetsDrawn()));
        row(b, "`dedupe`: duplicate pairs found, cold process (ms)", "≤ 10 s", results, r -> fmt(r.dedupeMillis(), 0));
        row(b, "`dedupe`: peak process RSS (MB)", "", results, r -> fmt(r.dedupeRssMb(), 0));
        row(b, "`dedupe`: pairs found", "", results, r -> r.dedupePairs());
        row(b, "peak Java heap (MB)", "≤ 300 MB", results, r -> fmt(r.heapPeakMb(), 0));
        row(b, "peak process RSS (MB)", "", results, r -> fmt(r.rssPeakMb(), 0));
        b.append('\n');
        b.append("Search runs ").append(SignpostingQueries.all().size()).append(" signposting queries (words, "
                + "prefixes, a domain filter, misspellings; every one ranked by relevance blended with distance "
                + "from a place, with the thesaurus and spelling correction on; top ").append(SignpostingQueries.LIMIT)
                .append(" with full asset rows and why each matched); the raw baseline runs the same words as a bare FTS5 "
                + "`MATCH … ORDER BY rank LIMIT` returning row ids. Percentiles are over every execution.\n");
        b.append("Locating by postcode imports as many assets again, each with a postcode and no coordinates (one in "
                + "20 a well-formed postcode the directory lacks), into a project whose postcode list is a generated "
                + "directory of synthetic but well-formed UK postcodes: 2.6 million from 100,000 assets up, 26 per "
                + "asset below. Each asset is looked up, placed at its postcode's centroid and in its areas, and "
                + "stored; the `sqlite3` anchor joins the same assets to the same postcode table by compact postcode.\n");
        results.stream().flatMap(r -> r.notes().stream()).distinct().forEach(n -> b.append("\n- ").append(n));
        b.append('\n');
        return b.toString();
    }

    private interface Cell {
        String of(SizeResult r);
    }

    private static void row(StringBuilder b, String name, String target, List<SizeResult> results, Cell cell) {
        b.append("| ").append(name).append(" | ").append(target).append(" |");
        for (SizeResult r : results) {
            b.append(' ').append(cell.of(r)).append(" |");
        }
        b.append('\n');
    }

    private static String fmt(double v, int decimals) {
        return Double.isNaN(v) ? "n/a" : String.format("%,." + decimals + "f", v);
    }

    private static String ratio(double ours, double base) {
        return Double.isNaN(ours) || Double.isNaN(base) || base <= 0 ? "n/a" : String.format("%.2f×", ours / base);
    }

    /**
     * Heap and resident-set peaks. The heap peak is the largest total heap in use seen by a sampler that reads the
     * heap every 5 ms while a size runs (summing the pools' own peaks would add maxima reached at different times).
     */
    static final class Memory {
        private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();
        private static final java.util.concurrent.ScheduledExecutorService SAMPLER =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "heap-sampler");
                    t.setDaemon(true);
                    return t;
                });

        static {
            SAMPLER.scheduleAtFixedRate(() -> PEAK.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max),
                    0, 5, TimeUnit.MILLISECONDS);
        }

        private Memory() {
        }

        static void resetPeaks() {
            PEAK.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            Path clear = Path.of("/proc/self/clear_refs");
            if (Files.isWritable(clear)) {
                try {
                    Files.writeString(clear, "5");
                } catch (IOException ignored) {
                    // not allowed here: the RSS peak then covers the whole run so far
                }
            }
        }

        static double heapPeakMb() {
            PEAK.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            return PEAK.get() / (1024.0 * 1024.0);
        }

        static double rssPeakMb() {
            Path status = Path.of("/proc/self/status");
            if (!Files.isReadable(status)) {
                return Double.NaN;
            }
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                    }
                }
            } catch (IOException ignored) {
                // fall through: not measured
            }
            return Double.NaN;
        }
    }

    /** Waits for a process with a time limit. */
    static boolean waitFor(Process p, long seconds) throws InterruptedException {
        return p.waitFor(seconds, TimeUnit.SECONDS);
    }
}
