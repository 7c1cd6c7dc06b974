package org.assetatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assetatlas.service.AtlasProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stats FILE}: asset counts as an area × domain table. */
@Command(name = "stats", description = {"Print asset counts as an area x domain table.",
    "An asset in several domains counts in each; the Assets column counts each asset once."})
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Override
    public Integer call() {
        try (AtlasProject p = AtlasProject.open(file)) {
            spec.commandLine().getOut().print(p.areaDomainTable().format());
        }
        return 0;
    }
}
