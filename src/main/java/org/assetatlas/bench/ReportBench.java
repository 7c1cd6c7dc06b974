package org.assetatlas.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assetatlas.report.ReportFormat;
import org.assetatlas.report.ReportRequest;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.DemoProject;
import org.assetatlas.service.SyntheticAssets;
import org.assetatlas.util.Progress;

/**
 * Times a deep-dive report on 300 assets (all domains, the whole borough, so every asset is counted, mapped and
 * listed) in each format: gathering the figures, drawing the map, laying out and writing the file.
 */
final class ReportBench {

    static final int ASSETS = 300;
    private static final int RUNS = 3;

    /** Milliseconds: the first PDF in this process (cold), then medians of warm runs per format. */
    record Result(double pdfColdMillis, double pdfMillis, double docxMillis, double xlsxMillis, int pdfPages,
                  long pdfBytes) {
    }

    private ReportBench() {
    }

    static Result run(Path dir, long seed, PrintWriter log) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("report.atlas");
        try (AtlasProject p = DemoProject.createBase(file)) {
            p.transfer().addAll(SyntheticAssets.over(null, ASSETS, seed), ASSETS, Progress.NONE);
            if (p.assets().count() != ASSETS) {
                throw new IllegalStateException("Loaded " + p.assets().count() + " of " + ASSETS + " assets");
            }
            ReportRequest req = ReportRequest.of(null, null);
            Path pdf = dir.resolve("report.pdf");
            long t0 = System.nanoTime();
            p.reports().write(req, ReportFormat.PDF, pdf, Progress.NONE);
            double cold = (System.nanoTime() - t0) / 1e6;
            double pdfMs = median(p, req, ReportFormat.PDF, pdf);
            double docx = median(p, req, ReportFormat.DOCX, dir.resolve("report.docx"));
            double xlsx = median(p, req, ReportFormat.XLSX, dir.resolve("report.xlsx"));
            int pages;
            try (var d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                pages = d.getNumberOfPages();
            }
            long bytes = Files.size(pdf);
            log.printf("report, %d assets: PDF %.0f ms (first %.0f ms, %d pages), DOCX %.0f ms, XLSX %.0f ms%n",
                    ASSETS, pdfMs, cold, pages, docx, xlsx);
            log.flush();
            return new Result(cold, pdfMs, docx, xlsx, pages, bytes);
        } finally {
            Benchmark.cleanUp(dir);
        }
    }

    private static double median(AtlasProject p, ReportRequest req, ReportFormat f, Path out) throws IOException {
        long[] t = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            p.reports().write(req, f, out, Progress.NONE);
            t[i] = System.nanoTime() - t0;
        }
        return new Stats(t).medianMillis();
    }

    /** The markdown section for the benchmark report. */
    static String markdown(Result r) {
        return "\n## Reports\n\n"
                + "A deep-dive report on " + ASSETS + " synthetic assets (all domains, the whole borough: every asset"
                + " counted, drawn on the map and listed in the directory), from the open project to the finished"
                + " file. Median of " + RUNS + " warm runs; the first PDF in the process also loads the layout"
                + " engine and fonts.\n\n"
                + "| measure | ms |\n|---|---:|\n"
                + String.format("| report generation, 300-asset report, PDF (%d pages, %,d KB) | %,.0f |%n",
                        r.pdfPages(), r.pdfBytes() / 1024, r.pdfMillis())
                + String.format("| report generation, 300-asset report, first PDF in the process | %,.0f |%n",
                        r.pdfColdMillis())
                + String.format("| report generation, 300-asset report, Word (DOCX) | %,.0f |%n", r.docxMillis())
                + String.format("| report generation, 300-asset report, Excel directory (XLSX) | %,.0f |%n",
                        r.xlsxMillis());
    }
}
