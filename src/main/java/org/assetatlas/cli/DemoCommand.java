package org.assetatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.DemoProject;
import org.assetatlas.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code demo FILE}: builds the Colchester demo project from the shipped data. */
@Command(name = "demo", description = "Build the Colchester demo project (real open data plus illustrative assets).")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file to create")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (AtlasProject p = DemoProject.build(file, Progress.NONE)) {
            spec.commandLine().getOut().printf("Built %s: %d assets, %d neighbourhoods, %d wards, %d LSOAs%n", file,
                    p.assets().count(), p.areas(AreaLevel.NEIGHBOURHOOD).size(), p.areas(AreaLevel.WARD).size(),
                    p.areas(AreaLevel.LSOA).size());
        }
        return 0;
    }
}
