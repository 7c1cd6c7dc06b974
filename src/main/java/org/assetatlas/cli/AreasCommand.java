package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.assetatlas.geo.AreaTree;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Labelled;
import org.assetatlas.service.AreaSetup;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.util.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code areas FILE import|group|list|fit ...}: sets up the project's own geography — boundaries at a level, the
 * partnership's neighbourhoods as groups of wards or LSOAs — and shows the area tree.
 */
@Command(name = "areas", description = {"Set up the project's areas and show its area tree.",
    "  areas FILE import BOUNDARIES --level ward --code-field WD13CD [--name-field WD13NM] [--epsg 27700]",
    "      BOUNDARIES: GeoJSON, GeoPackage (.gpkg), Shapefile (.shp or .zip) or KML",
    "  areas FILE fields BOUNDARIES   the file's fields and first rows, to pick the code and name fields",
    "  areas FILE group --lookup WARD_TO_NEIGHBOURHOOD.csv   (or --name NAME --members CODE,CODE,...)",
    "  areas FILE list      the areas by level, each with the area it lies in",
    "  areas FILE fit       the areas that lie less than 90% inside the area they are put in",
    "Every change is all or nothing; assets are then placed in their areas afresh."})
final class AreasCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Parameters(index = "1", paramLabel = "ACTION", description = "import, fields, group, list or fit")
    String action;

    @Parameters(index = "2", paramLabel = "BOUNDARIES", arity = "0..1", description = "with import: the boundary file")
    Path source;

    @Option(names = "--level", description = "with import: district, neighbourhood, ward, msoa, lsoa or other")
    String level;

    @Option(names = "--code-field", description = "with import: the attribute holding each area's code")
    String codeField;

    @Option(names = "--name-field", description = "with import: the attribute holding each area's name")
    String nameField;

    @Option(names = "--epsg", description = "with import: the file's coordinate system as an EPSG code (27700 for"
            + " British National Grid), when the file does not say or says wrongly")
    Integer epsg;

    @Option(names = "--lookup", description = "with group: a CSV of area code (or name) to neighbourhood name")
    Path lookup;

    @Option(names = "--name", description = "with group: one neighbourhood's name")
    String name;

    @Option(names = "--members", split = ",", description = "with group: the codes (or names) of its areas")
    List<String> members;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AtlasProject p = AtlasProject.open(file)) {
            switch (action.toLowerCase(Locale.ROOT)) {
                case "import" -> {
                    if (source == null || level == null || codeField == null) {
                        throw new CommandLine.ParameterException(spec.commandLine(),
                                "areas import needs BOUNDARIES, --level and --code-field");
                    }
                    AreaLevel l = Labelled.parse(AreaLevel.class, level);
                    if (l == null) {
                        throw new CommandLine.ParameterException(spec.commandLine(), "Unknown level \"" + level
                                + "\"; use district, neighbourhood, ward, msoa, lsoa or other");
                    }
                    AreaSetup.BoundaryImport r = p.areaSetup().importBoundaries(source, l, codeField, nameField,
                            epsg, Progress.NONE);
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("Coordinate system: " + r.crs());
                    r.warnings().forEach(err::println);
                    r.skipped().forEach(err::println);
                    r.repaired().forEach(err::println);
                    r.misfits().stream().limit(20).forEach(m -> out.println("does not nest: " + m));
                    out.println(r.summary());
                }
                case "fields" -> {
                    if (source == null) {
                        throw new CommandLine.ParameterException(spec.commandLine(), "areas fields needs BOUNDARIES");
                    }
                    AreaSetup.BoundaryFilePreview pv = AreaSetup.preview(source, 5);
                    out.println(pv.format() + (pv.layer() == null ? "" : ", layer " + pv.layer()));
                    out.println(String.join("\t", pv.fields()));
                    for (Map<String, String> row : pv.rows()) {
                        out.println(String.join("\t", pv.fields().stream().map(f -> java.util.Objects.toString(row.get(f), ""))
                                .toList()));
                    }
                    out.println("Suggested: --code-field " + pv.suggestedCodeField()
                            + (pv.suggestedNameField() == null ? "" : " --name-field " + pv.suggestedNameField())
                            + (pv.suggestedLevel() == null ? "" : " --level "
                            + pv.suggestedLevel().label().toLowerCase(Locale.ROOT)));
                }
                case "group" -> {
                    Map<String, List<String>> groups;
                    if (lookup != null) {
                        groups = AreaSetup.readLookup(lookup);
                    } else if (name != null && members != null && !members.isEmpty()) {
                        groups = new LinkedHashMap<>();
                        groups.put(name, members);
                    } else {
                        throw new CommandLine.ParameterException(spec.commandLine(),
                                "areas group needs --lookup CSV, or --name and --members");
                    }
                    out.println(p.areaSetup().group(groups, Progress.NONE).summary());
                }
                case "list" -> list(p.areaTree(), out);
                case "fit" -> {
                    List<AreaSetup.Misfit> misfits = p.areaSetup().misfits();
                    misfits.forEach(m -> out.println(m));
                    out.println(misfits.size() + " areas lie less than 90% inside the area they are put in");
                }
                default -> throw new CommandLine.ParameterException(spec.commandLine(), "Unknown action \"" + action
                        + "\"; use import, fields, group, list or fit");
            }
        }
        return 0;
    }

    /** Tab-separated: level, code, name, the code of the area it lies in; then a count per level. */
    private static void list(AreaTree tree, PrintWriter out) {
        for (AreaLevel l : tree.levels()) {
            List<Area> areas = tree.areas(l);
            for (Area a : areas) {
                out.println(String.join("\t", l.label(), a.code(), a.name(),
                        tree.parent(a.code()).map(Area::code).orElse("")));
            }
        }
        out.println(String.join(", ", tree.levels().stream().map(l -> tree.areas(l).size() + " "
                + l.label().toLowerCase(Locale.ROOT)).toList()));
    }
}
