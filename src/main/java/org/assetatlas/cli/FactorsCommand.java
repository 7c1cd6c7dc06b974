package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.assetatlas.analysis.VoiceRelease;
import org.assetatlas.model.Area;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.EvidenceSource;
import org.assetatlas.model.Factor;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.FactorService;
import org.assetatlas.service.RowProblem;
import org.assetatlas.service.TransportAccess;
import org.assetatlas.util.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code factors FILE}: barriers and enablers, the theme × domain matrix, assets far from public transport, and the
 * export of residents' quotes their speakers agreed to share.
 */
@Command(name = "factors", description = {"List barriers and enablers (one per line, tab-separated: kind, theme,"
        + " strength, domains, areas, evidence, description), or print the theme x domain matrix.",
    "--far-from-stops lists the assets more than the given metres from any stop instead.",
    "--export-voices writes the residents' quotes cleared for publication (with --include-quotable, also those"
        + " cleared for partners) to a CSV file; a voice without consent is never written."})
final class FactorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Option(names = "--matrix", description = "print the theme x domain matrix (cross-cutting themes marked *)")
    boolean matrix;

    @Option(names = "--domain", paramLabel = "D", description = "only factors (or assets) in this domain")
    String domain;

    @Option(names = "--area", paramLabel = "A", description = "only factors bearing on this area (code or name),"
            + " including those recorded for an area containing it or for the whole project")
    String area;

    @Option(names = "--far-from-stops", paramLabel = "METRES",
            description = "list assets more than METRES from any stop (farthest first), with whether a recorded"
                    + " transport service reaches them")
    Double farMetres;

    @Option(names = "--import-stops", paramLabel = "NAPTAN.csv",
            description = "first import stops from a NaPTAN Stops.csv; bad rows are listed with their line number")
    Path naptan;

    @Option(names = "--export-voices", paramLabel = "OUT.csv",
            description = "write the residents' quotes whose speakers agreed to publication to a CSV file"
                    + " (quote, attribution, date, domains, areas, factors, illustrative)")
    Path voicesOut;

    @Option(names = "--include-quotable", description = "with --export-voices, also write the quotes cleared only"
            + " for partners and working papers (never those without consent)")
    boolean includeQuotable;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AtlasProject p = AtlasProject.open(file)) {
            FactorService f = p.factors();
            String domainName = null;
            if (domain != null) {
                domainName = p.framework().find(domain).orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), "The project has no domain \"" + domain + "\"; it has "
                        + String.join(", ", p.framework().names()))).name();
            }
            String areaCode = null;
            if (area != null) {
                areaCode = p.area(area).map(Area::code).orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), "The project has no area \"" + area + "\""));
            }
            if (naptan != null) {
                TransportAccess.StopImport r = p.transport().importNaptanCsv(naptan, Progress.NONE);
                for (RowProblem problem : RowProblem.of(r)) {
                    spec.commandLine().getErr().println(naptan.getFileName() + ": " + problem);
                }
                out.println(r.summary());
            }
            if (voicesOut != null) {
                VoiceRelease.Audience audience = includeQuotable ? VoiceRelease.Audience.PARTNERS
                        : VoiceRelease.Audience.PUBLIC;
                int n = p.voices().exportVoices(voicesOut, audience);
                out.println("exported " + n + " quotes cleared for "
                        + (includeQuotable ? "partners" : "publication") + " to " + voicesOut);
                return 0;
            }
            if (farMetres != null) {
                AssetQuery q = AssetQuery.all().withDomain(domainName).withArea(areaCode);
                List<TransportAccess.StopAccess> far = p.transport().farFromStops(q, farMetres);
                for (TransportAccess.StopAccess a : far) {
                    out.printf(Locale.ROOT, "%s\t%.0f m\t%s\t%s%n", a.asset().name(), a.metres(),
                            a.nearestStop().label(), a.served() ? "service reaches" : "no recorded service");
                }
                out.printf(Locale.ROOT, "%d assets more than %.0f m from any stop%n", far.size(), farMetres);
                return 0;
            }
            if (matrix) {
                out.print(areaCode == null ? f.matrix().format() : f.matrix(areaCode).format());
                return 0;
            }
            if (naptan != null) {
                return 0;
            }
            Map<Long, String> evidence = new java.util.HashMap<>();
            for (EvidenceSource e : f.evidence()) {
                evidence.put(e.id(), e.title());
            }
            List<Factor> list = f.factors(domainName, areaCode);
            for (Factor x : list) {
                out.println(String.join("\t", x.kind().label(), x.theme(), Integer.toString(x.strength()),
                        String.join(";", x.domains()), String.join(";", x.areaCodes()),
                        String.join(";", x.evidenceIds().stream().map(id -> evidence.getOrDefault(id, "?")).toList()),
                        x.description() + (x.illustrative() ? " (illustrative)" : "")));
            }
            out.println(list.size() + " factors");
        }
        return 0;
    }
}
