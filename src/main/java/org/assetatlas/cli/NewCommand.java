package org.assetatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assetatlas.model.Framework;
import org.assetatlas.service.AtlasProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code new FILE}: creates an empty project with the Live Well framework. */
@Command(name = "new", description = "Create an empty project file (Live Well domains, no areas or assets).")
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file to create, e.g. my-area.atlas")
    Path file;

    @Option(names = "--name", description = "the project's name (default: the file name)")
    String name;

    @Override
    public Integer call() {
        String n = name != null ? name : file.getFileName().toString().replaceFirst("\\.atlas$", "");
        try (AtlasProject p = AtlasProject.create(file, n, Framework.liveWell())) {
            spec.commandLine().getOut().println("Created " + file + " (" + p.framework().domains().size() + " domains)");
        }
        return 0;
    }
}
