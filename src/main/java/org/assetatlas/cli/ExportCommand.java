package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.assetatlas.analysis.PersonalDetails.Individuals;
import org.assetatlas.service.AssetExport;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.GisExport;
import org.assetatlas.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE OUT [--format csv|gpkg|geojson] [--include-personal]}: writes the assets to CSV for sharing,
 * or the project's layers (assets, areas, barriers and enablers, stops) for GIS as a GeoPackage or GeoJSON files.
 * Without {@code --format} the output's ending decides ({@code .gpkg}, {@code .geojson}), and anything else is CSV.
 * Individuals are left out, and counted, unless {@code --include-personal} is given; then a warning naming how many
 * is printed to standard error before anything is written.
 */
@Command(name = "export", description = {"Export the assets to a CSV file that 'import' reads back, or the project's "
        + "assets, areas, barriers and enablers and stops for GIS as a GeoPackage (--format gpkg) or GeoJSON files "
        + "(--format geojson: OUT-assets.geojson, OUT-areas.geojson, ...).",
    "Individuals are left out to protect their personal details unless --include-personal is given."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write (replaced if it exists; never a "
            + "project file); for GeoJSON, the name the layers' files are named after")
    Path out;

    @Option(names = "--format", paramLabel = "csv|gpkg|geojson",
            description = "csv (the default unless OUT ends in .gpkg or .geojson), gpkg or geojson")
    String format;

    @Option(names = {"--include-personal", "--include-personal-details"},
            description = "include individuals with their personal details (name, address, postcode, location, "
                    + "phone, e-mail, website); off by default")
    boolean personal;

    @Override
    public Integer call() throws Exception {
        Individuals individuals = Individuals.included(personal);
        Optional<GisExport.Format> gis = gisFormat();
        if (gis.isPresent()) {
            return exportGis(gis.get(), individuals);
        }
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

    /** The GIS format asked for, or empty for CSV. */
    private Optional<GisExport.Format> gisFormat() {
        if (format == null) {
            return GisExport.Format.ofFile(out).filter(f -> !out.getFileName().toString().toLowerCase(Locale.ROOT)
                    .endsWith(".json"));
        }
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (f.equals("csv")) {
            return Optional.empty();
        }
        for (GisExport.Format g : GisExport.Format.values()) {
            if (g.code().equals(f) || (g == GisExport.Format.GEOPACKAGE && f.equals("geopackage"))) {
                return Optional.of(g);
            }
        }
        throw new ParameterException(spec.commandLine(), "Unknown --format " + format + ": use csv, gpkg or geojson");
    }

    private int exportGis(GisExport.Format gis, Individuals individuals) throws Exception {
        try (AtlasProject p = AtlasProject.open(file)) {
            if (individuals == Individuals.INCLUDE) {
                GisExport.Result plan = p.gis().plan(individuals);
                if (plan.assets().individualsIncluded() > 0) {
                    spec.commandLine().getErr().println("warning: " + plan.assets().includedWarning());
                    spec.commandLine().getErr().flush();
                }
            }
            GisExport.Result done = p.gis().export(gis, out, individuals, Progress.NONE);
            PrintWriter o = spec.commandLine().getOut();
            o.println("exported " + done.layersSummary() + " to "
                    + (gis == GisExport.Format.GEOPACKAGE ? out.toString()
                            : done.files().size() + " GeoJSON files"));
            if (gis == GisExport.Format.GEOJSON) {
                done.files().forEach(f -> o.println("  " + f.getFileName()));
            }
            if (done.assetsWithoutLocation() > 0) {
                o.println(done.withoutLocationNote());
            }
            if (done.assets().individualsLeftOut() > 0) {
                o.println(done.assets().leftOutNote() + "; use --include-personal to include them");
            }
        }
        return 0;
    }
}
