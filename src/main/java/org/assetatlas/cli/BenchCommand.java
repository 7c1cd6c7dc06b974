package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.assetatlas.bench.Benchmark;
import org.assetatlas.util.SafeOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: measures import, search, opening, area assignment, map redraw and memory at several sizes, and the
 * import of boundary files for England-sized sets of areas.
 */
@Command(name = "bench", description = {"Measure import, search, opening, area assignment and map redraw.",
    "Runs at several project sizes, beside the sqlite3 shell and raw FTS5, and prints a markdown table.",
    "Then sets up --areas LSOAs and their wards from generated boundary files through the command line, each step",
    "in a fresh JVM, beside ogr2ogr."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N,N", defaultValue = "1000,10000,100000",
            description = "project sizes in assets (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--out", paramLabel = "FILE.md", description = "also write the table to this markdown file")
    Path out;

    @Option(names = "--runs", defaultValue = "3", description = "repeats of each import (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--repeats", defaultValue = "10",
            description = "repeats of the whole query list (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--areas", paramLabel = "N", description = "LSOAs in the area-import run (with N / 4 wards);"
            + " default: a third of the largest size, at most 33,000 (England's count); 0 skips it")
    Integer areas;

    @Option(names = "--areas-only", description = "run only the area import, not the asset sizes and reports")
    boolean areasOnly;

    @Override
    public Integer call() throws Exception {
        for (int n : sizes) {
            if (n < 1) {
                throw new IllegalArgumentException("Sizes must be positive, got " + n);
            }
        }
        PrintWriter log = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("atlas-bench");
        try {
            int lsoas = areas != null ? areas
                    : Math.min(Benchmark.ENGLAND_LSOAS, sizes.stream().mapToInt(Integer::intValue).max().orElse(0) / 3);
            if (lsoas < 0) {
                throw new IllegalArgumentException("--areas must not be negative, got " + lsoas);
            }
            Benchmark bench = new Benchmark(log, Math.max(1, runs), Math.max(1, repeats));
            List<Benchmark.SizeResult> results = areasOnly ? List.of() : bench.run(sizes, work);
            String areaMarkdown = lsoas == 0 ? "" : bench.areaImport(lsoas, work.resolve("areas"));
            StringBuilder cmd = new StringBuilder("java ");
            for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (arg.startsWith("-Xm")) {
                    cmd.append(arg).append(' ');
                }
            }
            cmd.append("-jar target/asset-atlas.jar bench");
            if (!areasOnly) {
                cmd.append(" --sizes ").append(String.join(",", sizes.stream().map(String::valueOf).toList()));
            }
            if (runs != 3) {
                cmd.append(" --runs ").append(runs);
            }
            if (repeats != 10) {
                cmd.append(" --repeats ").append(repeats);
            }
            if (areas != null) {
                cmd.append(" --areas ").append(areas);
            }
            if (areasOnly) {
                cmd.append(" --areas-only");
            }
            if (out != null) {
                cmd.append(" --out ").append(out);
            }
            String md = Benchmark.markdown(results, cmd.toString()) + bench.reportMarkdown() + areaMarkdown;
            log.println();
            log.print(md);
            if (out != null) {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                SafeOutput.writeText(out, w -> w.write(md));
                log.println("Written to " + out);
            }
        } finally {
            Benchmark.cleanUp(work);
        }
        return 0;
    }
}
