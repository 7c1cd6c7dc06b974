package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ReferenceData;
import org.assetatlas.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code postcodes FILE SOURCE.csv}: imports postcode centroids for "near a postcode"; the same import as
 * {@code reference FILE import postcodes SOURCE}, with the output it has always had.
 */
@Command(name = "postcodes", description = {"Import postcode centroids (ONS Postcode Directory, NSPL or Code-Point Open CSV).",
    "All or nothing; malformed rows are listed with their line number and skipped."})
final class PostcodesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Parameters(index = "1", paramLabel = "SOURCE", description = "the CSV (pcds + lat/long, or oseast1m/osnrth1m)")
    Path source;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AtlasProject p = AtlasProject.open(file)) {
            ReferenceData.Result r = p.reference().importPostcodes(source, Progress.NONE);
            r.problems().stream().limit(200)
                    .forEach(problem -> out.println("line " + problem.line() + ": " + problem.reason()));
            long withoutLocation = r.rows() - r.stored() - r.problems().size();
            out.println("imported " + r.stored() + ", without location " + withoutLocation + ", rejected "
                    + r.problems().size());
        }
        return 0;
    }
}
