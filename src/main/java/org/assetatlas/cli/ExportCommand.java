package org.assetatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assetatlas.analysis.PersonalDetails.Individuals;
import org.assetatlas.service.AssetExport;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE OUT.csv [--include-personal]}: writes the assets to CSV for sharing. Individuals are left out,
 * and counted, unless {@code --include-personal} is given; then a warning naming how many is printed to standard
 * error before anything is written.
 */
@Command(name = "export", description = {"Export the assets to a CSV file that 'import' reads back.",
    "Individuals are left out to protect their personal details unless --include-personal is given."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Parameters(index = "1", paramLabel = "OUT.csv", description = "the CSV file to write (replaced if it exists; never a project file)")
    Path out;

    @Option(names = {"--include-personal", "--include-personal-details"},
            description = "include individuals with their personal details (name, address, postcode, location, "
                    + "phone, e-mail, website); off by default")
    boolean personal;

    @Override
    public Integer call() throws Exception {
        Individuals individuals = Individuals.included(personal);
        try (AtlasProject p = AtlasProject.open(file)) {
            if (individuals == Individuals.INCLUDE) {
                AssetExport plan = p.transfer().planExport(individuals);
                if (plan.individualsIncluded() > 0) {
                    spec.commandLine().getErr().println("warning: " + plan.includedWarning());
                    spec.commandLine().getErr().flush();
                }
            }
            AssetExport done = p.transfer().exportCsv(out, individuals, Progress.NONE);
            spec.commandLine().getOut().println("exported " + done.assets() + (done.assets() == 1 ? " asset" : " assets") + " to " + out);
            if (done.individualsLeftOut() > 0) {
                spec.commandLine().getOut().println(done.leftOutNote() + "; use --include-personal to include them");
            }
        }
        return 0;
    }
}
