package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.assetatlas.model.ReferenceSource;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ReferenceData;
import org.assetatlas.util.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reference FILE import|list|downloads}: the project's reference data, with source, licence and vintage. */
@Command(name = "reference", description = {"Load reference data and list where it comes from.",
    "  reference FILE import postcodes SOURCE     ONS Postcode Directory, NSPL or OS Code-Point Open (with or",
    "                                             without its header row)",
    "  reference FILE import deprivation SOURCE   any English Indices of Deprivation file by LSOA code",
    "  reference FILE import population SOURCE    ONS mid-year estimates by LSOA, or IoD File 6",
    "  reference FILE list                        the files loaded: kind, title, vintage, publisher, licence,",
    "                                             loaded, rows",
    "  reference FILE downloads                   where to download each kind of file, and its licence",
    "Each import is all or nothing; rows with problems are listed with their line number."})
final class ReferenceCommand implements Callable<Integer> {

    private static final int MAX_SHOWN = 200;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Parameters(index = "1", paramLabel = "ACTION", description = "import, list or downloads")
    String action;

    @Parameters(index = "2", paramLabel = "KIND", arity = "0..1",
            description = "with import: postcodes, deprivation or population")
    String kind;

    @Parameters(index = "3", paramLabel = "SOURCE", arity = "0..1", description = "with import: the CSV file")
    Path source;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        switch (action.toLowerCase(Locale.ROOT)) {
            case "import" -> {
                ReferenceSource.Kind k = parseKind();
                if (source == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "reference import " + kind
                            + " needs the SOURCE file");
                }
                try (AtlasProject p = AtlasProject.open(file)) {
                    ReferenceData reference = p.reference();
                    ReferenceData.Result r = switch (k) {
                        case POSTCODES -> reference.importPostcodes(source, Progress.NONE);
                        case DEPRIVATION -> reference.importDeprivation(source, Progress.NONE);
                        case POPULATION -> reference.importPopulation(source, Progress.NONE);
                    };
                    r.problems().stream().limit(MAX_SHOWN)
                            .forEach(problem -> out.println("line " + problem.line() + ": " + problem.reason()));
                    if (!r.indicators().isEmpty()) {
                        out.println("measures: " + String.join(", ", r.indicators()));
                    }
                    out.println(r.summary());
                }
            }
            case "list" -> {
                try (AtlasProject p = AtlasProject.open(file)) {
                    List<ReferenceSource> sources = p.reference().sources();
                    out.println("kind\ttitle\tvintage\tpublisher\tlicence\tloaded\trows\tfile");
                    for (ReferenceSource s : sources) {
                        out.println(String.join("\t", s.kind().label(), s.title(), s.vintage(), s.publisher(),
                                s.licence(), s.loaded().toString(), Long.toString(s.rows()), s.file()));
                    }
                    out.println(sources.size() + (sources.size() == 1 ? " reference file" : " reference files"));
                }
            }
            case "downloads" -> {
                for (ReferenceData.Download d : ReferenceData.downloads()) {
                    out.println(d.kind().label() + "\t" + d.what() + "\t" + d.where() + "\t" + d.licence());
                }
            }
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "Unknown action \"" + action
                    + "\"; use import, list or downloads");
        }
        return 0;
    }

    private ReferenceSource.Kind parseKind() {
        String k = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
        return switch (k) {
            case "postcodes" -> ReferenceSource.Kind.POSTCODES;
            case "deprivation", "iod", "imd" -> ReferenceSource.Kind.DEPRIVATION;
            case "population" -> ReferenceSource.Kind.POPULATION;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), (kind == null ? "Say what to import"
                    : "Unknown kind \"" + kind + "\"") + "; use postcodes, deprivation or population");
        };
    }
}
