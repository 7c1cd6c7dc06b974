package org.assetatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.assetatlas.report.ReportFormat;
import org.assetatlas.report.ReportRequest;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ReportService;
import org.assetatlas.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report FILE --domain D [--area A] --out OUT.pdf|docx|xlsx} and {@code report FILE --all --out DIR}: deep-dive
 * reports.
 */
@Command(name = "report", description = {"Write a deep-dive report (PDF, Word, or the Excel asset directory),",
    "or with --all every domain x area report and one combined PDF atlas into a folder."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Option(names = "--domain", paramLabel = "D", description = "the domain, e.g. \"Age Well\" (default: all domains)")
    String domain;

    @Option(names = "--area", paramLabel = "A", description = "an area code or name (default: all areas)")
    String area;

    @Option(names = "--all", description = "every domain x area report, and the combined atlas PDF")
    boolean all;

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "the file to write (.pdf, .docx or .xlsx); with --all, a folder")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "F",
            description = "with --all: formats of the single reports, from pdf, docx, xlsx (default: pdf,docx,xlsx)")
    List<String> formats;

    @Option(names = "--include-personal-details",
            description = "list individuals with their details and show them on the map (off by default)")
    boolean personal;

    @Option(names = "--compare-with", paramLabel = "OLD.atlas",
            description = "measure change against another project file instead of the latest snapshot")
    Path compareWith;

    @Option(names = "--snapshot", paramLabel = "LABEL",
            description = "afterwards, record today's counts as a snapshot for later reports to compare with")
    String snapshot;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "No such project file: " + file);
        }
        try (AtlasProject p = AtlasProject.open(file)) {
            ReportService reports = p.reports();
            if (all) {
                if (domain != null || area != null) {
                    throw new ParameterException(spec.commandLine(), "--all writes every domain and area; "
                            + "leave out --domain and --area");
                }
                ReportService.AtlasResult r = reports.writeAtlas(out, formats(), personal, Progress.NONE);
                spec.commandLine().getOut().println("wrote " + r.files().size() + " files to " + out
                        + " (atlas: " + r.combinedPdf().getFileName() + ")");
            } else {
                ReportFormat f = ReportFormat.ofFileName(out.getFileName().toString());
                if (f == null) {
                    throw new ParameterException(spec.commandLine(),
                            "--out must end in .pdf, .docx or .xlsx (or use --all with a folder): " + out);
                }
                ReportRequest req = new ReportRequest(domain, area, personal, compareWith);
                reports.write(req, f, out, Progress.NONE);
                spec.commandLine().getOut().println("wrote " + out);
            }
            if (snapshot != null) {
                reports.recordSnapshot(snapshot);
                spec.commandLine().getOut().println("recorded a snapshot of the counts");
            }
        }
        return 0;
    }

    private Set<ReportFormat> formats() {
        if (formats == null || formats.isEmpty()) {
            return EnumSet.allOf(ReportFormat.class);
        }
        Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
        for (String f : formats) {
            ReportFormat rf = ReportFormat.ofFileName("x." + f.strip());
            if (rf == null) {
                throw new ParameterException(spec.commandLine(), "Unknown format \"" + f + "\"; use pdf, docx, xlsx");
            }
            out.add(rf);
        }
        return out;
    }
}
