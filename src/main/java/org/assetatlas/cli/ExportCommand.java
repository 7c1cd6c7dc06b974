package org.assetatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export FILE OUT.csv}: writes every asset to CSV. */
@Command(name = "export", description = "Export every asset to a CSV file that 'import' reads back.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Parameters(index = "1", paramLabel = "OUT.csv", description = "the CSV file to write (replaced if it exists; never a project file)")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (AtlasProject p = AtlasProject.open(file)) {
            long n = p.transfer().exportCsv(out, Progress.NONE);
            spec.commandLine().getOut().println("exported " + n + " assets to " + out);
        }
        return 0;
    }
}
