package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assetatlas.service.AssetEditing;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code locate FILE}: places assets without a location at their postcode's centroid. */
@Command(name = "locate", description = {"Place assets without a location at their postcode's centroid.",
    "Uses the project's postcode list (see postcodes); assets with a precise location are left alone."})
final class LocateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AtlasProject p = AtlasProject.open(file)) {
            AssetEditing.LocateReport r = p.assets().locateByPostcode(Progress.NONE);
            out.println(r.summary());
            out.println("located " + r.placed() + ", postcode not known " + r.unknown());
        }
        return 0;
    }
}
