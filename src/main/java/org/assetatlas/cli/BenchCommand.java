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

/** {@code bench}: measures import, search, opening, area assignment, map redraw and memory at several sizes. */
@Command(name = "bench", description = {"Measure import, search, opening, area assignment and map redraw.",
    "Runs at several project sizes, beside the sqlite3 shell and raw FTS5, and prints a markdown table."})
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
            Benchmark bench = new Benchmark(log, Math.max(1, runs), Math.max(1, repeats));
            List<Benchmark.SizeResult> results = bench.run(sizes, work);
            StringBuilder cmd = new StringBuilder("java ");
            for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (arg.startsWith("-Xm")) {
                    cmd.append(arg).append(' ');
                }
            }
            cmd.append("-jar target/asset-atlas.jar bench --sizes ");
            cmd.append(String.join(",", sizes.stream().map(String::valueOf).toList()));
            if (runs != 3) {
                cmd.append(" --runs ").append(runs);
            }
            if (repeats != 10) {
                cmd.append(" --repeats ").append(repeats);
            }
            if (out != null) {
                cmd.append(" --out ").append(out);
            }
            String md = Benchmark.markdown(results, cmd.toString()) + bench.reportMarkdown();
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
