package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ImportReport;
import org.assetatlas.service.RowProblem;
import org.assetatlas.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import FILE SOURCE}: imports assets from CSV or Excel; the last line says how many were imported and rejected. */
@Command(name = "import", description = {"Import assets from a CSV file or an Excel workbook (.xlsx), all or nothing.",
    "A row is rejected only when it cannot be an asset (no name, a location that contradicts itself); a field that",
    "cannot be taken as written is kept or left out and noted on the asset to check (see 'review').",
    "Rejected rows are listed with their line (or sheet row) and reason and written to SOURCE.rejects.csv;",
    "the last line is 'imported N, rejected M'. With --dry-run nothing is changed and the last line says what would be."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Parameters(index = "1", paramLabel = "SOURCE", description = "the CSV file or Excel workbook (.xlsx) to import; from a workbook, the first sheet with a name column")
    Path source;

    @picocli.CommandLine.Option(names = "--dry-run", description = "say what the import would add, update, keep with "
            + "something to check and reject, and why, without changing the project or writing a rejects file")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("There is no file " + source);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AtlasProject p = AtlasProject.open(file)) {
            ImportReport r = dryRun ? p.transfer().dryRun(source, Progress.NONE)
                    : p.transfer().importCsv(source, Progress.NONE);
            for (RowProblem row : RowProblem.of(r)) {
                out.println((row.line() > 0 ? "line " + row.line() : "row") + ": " + row.reason());
            }
            if (r.rejected() > r.rejects().size()) {
                out.println("... and " + (r.rejected() - r.rejects().size()) + " more");
            }
            if (!r.unknownColumns().isEmpty()) {
                out.println("Columns not recognised (not imported): " + String.join(", ", r.unknownColumns()));
            }
            if (r.rejectsFile() != null) {
                out.println("Rejected rows written to " + r.rejectsFile());
            }
            if (r.locatedByPostcode() > 0) {
                out.println(r.locatedNote());
            }
            if (r.unknownPostcodes() > 0) {
                out.println(r.postcodeWarning());
            }
            if (r.toCheck() > 0) {
                out.println(r.checkWarning());
            }
            if (dryRun) {
                out.println("Dry run, nothing changed: would import " + r.imported() + " (" + (r.imported() - r.updated())
                        + " new, " + r.updated() + " updating assets with the same id), reject " + r.rejected() + ".");
            } else {
                out.println(r.summary());
            }
        }
        return 0;
    }
}
