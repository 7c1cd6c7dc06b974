package org.assetatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Labelled;
import org.assetatlas.service.AtlasProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stats FILE [--level L]}: asset counts as an area × domain table at one level of the area tree. */
@Command(name = "stats", description = {"Print asset counts as an area x domain table.",
    "An asset in several domains counts in each; the Assets column counts each asset once.",
    "An asset counts in every area it lies in, at whatever level it was recorded."})
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Option(names = "--level", paramLabel = "L", description = "the level of areas: district, neighbourhood, ward,"
            + " msoa, lsoa (default: the level assets are recorded at)")
    String level;

    @Override
    public Integer call() {
        try (AtlasProject p = AtlasProject.open(file)) {
            AreaLevel l = level == null ? p.assignmentLevel() : Labelled.parse(AreaLevel.class, level);
            if (level != null && l == null) {
                throw new IllegalArgumentException("Unknown level \"" + level + "\"; the project's levels are "
                        + String.join(", ", p.areaTree().levels().stream().map(x -> x.label().toLowerCase(
                                java.util.Locale.ROOT)).toList()));
            }
            spec.commandLine().getOut().print(p.areaDomainTable(l).format());
        }
        return 0;
    }
}
