package org.assetatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.SyntheticAssets;
import org.assetatlas.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code generate FILE --count N}: synthetic assets for testing at scale, as CSV or straight into a project. */
@Command(name = "generate", description = {"Generate realistic synthetic assets for testing at scale.",
    "Deterministic for a seed; written as CSV, or straight into FILE when it is an existing .atlas project.",
    "Every generated asset is marked illustrative."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "OUT.csv to write, or an existing project.atlas")
    Path file;

    @Option(names = "--count", required = true, paramLabel = "N", description = "how many assets")
    int count;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--boundaries", paramLabel = "FILE.geojson",
            description = "polygons to spread the assets over (default: the demo's Colchester wards)")
    Path boundaries;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            throw new IllegalArgumentException("--count must be at least 1");
        }
        if (boundaries != null && !Files.isRegularFile(boundaries)) {
            throw new IllegalArgumentException("There is no file " + boundaries);
        }
        SyntheticAssets assets = SyntheticAssets.over(boundaries, count, seed);
        if (file.getFileName().toString().endsWith(".atlas")) {
            try (AtlasProject p = AtlasProject.open(file)) {
                long n = p.transfer().addAll(assets, count, Progress.NONE);
                spec.commandLine().getOut().println("added " + n + " assets to " + file);
            }
        } else {
            assets.writeCsv(file, Progress.NONE);
            spec.commandLine().getOut().println("wrote " + count + " assets to " + file);
        }
        return 0;
    }
}
