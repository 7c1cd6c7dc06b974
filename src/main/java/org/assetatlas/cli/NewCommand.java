package org.assetatlas.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.assetatlas.model.Framework;
import org.assetatlas.service.AtlasProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code new FILE [--framework live-well|southend-2050|custom --domains "A;B;C"]}: creates an empty project with a
 * preset framework of domains or the partnership's own list.
 */
@Command(name = "new", description = "Create an empty project file (Live Well domains unless told otherwise; no"
        + " areas or assets).")
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file to create, e.g. my-area.atlas")
    Path file;

    @Option(names = "--name", description = "the project's name (default: the file name)")
    String name;

    @Option(names = "--framework", paramLabel = "F", description = "live-well (default), southend-2050 or custom")
    String framework = "live-well";

    @Option(names = "--domains", paramLabel = "A;B;C", description = "with --framework custom: the domains in order,"
            + " separated by semicolons")
    String domains;

    @Override
    public Integer call() {
        String n = name != null ? name : file.getFileName().toString().replaceFirst("\\.atlas$", "");
        Framework f;
        if (framework.equalsIgnoreCase("custom")) {
            if (domains == null || domains.isBlank()) {
                throw new IllegalArgumentException("A custom framework needs its domains: --domains \"A;B;C\"");
            }
            f = Framework.custom("Our domains", Arrays.stream(domains.split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList());
        } else {
            if (domains != null) {
                throw new IllegalArgumentException("--domains goes with --framework custom");
            }
            f = Framework.preset(framework);
        }
        try (AtlasProject p = AtlasProject.create(file, n, f)) {
            spec.commandLine().getOut().println("Created " + file + " (" + p.framework().domains().size() + " domains)");
        }
        return 0;
    }
}
