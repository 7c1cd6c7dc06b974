package org.assetatlas.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assetatlas.analysis.PersonalDetails;
import org.assetatlas.analysis.PersonalDetails.Individuals;
import org.assetatlas.io.GeoJsonWriter;
import org.assetatlas.io.GeoPackageWriter;
import org.assetatlas.io.GisLayers;
import org.assetatlas.model.Asset;
import org.assetatlas.model.Factor;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.util.Progress;

/**
 * Exporting a project's map data for GIS (QGIS, ArcGIS, GDAL): assets as points, areas as polygons, the barriers and
 * enablers as a table keyed by area codes, and public transport stops when the project has any, as a GeoPackage or
 * as GeoJSON files (see ADR 38). Obtained from {@link AtlasProject#gis()}.
 *
 * <p>Assets go through {@link PersonalDetails} as every export does: individuals are left out and counted unless the
 * user opts in. Assets without a location cannot be drawn and are left out of the point layer, and counted. A
 * factor's list of assets leaves out the ids of the individuals left out. Residents' voices are never exported here.
 */
public final class GisExport {

    /** The formats a GIS export can be written in. */
    public enum Format {
        /** One OGC GeoPackage file with every layer, spatial indexes and QGIS styles. */
        GEOPACKAGE("gpkg"),
        /** One GeoJSON file per layer. */
        GEOJSON("geojson");

        private final String code;

        Format(String code) {
            this.code = code;
        }

        /** The name used on the command line and as the file ending: {@code gpkg} or {@code geojson}. */
        public String code() {
            return code;
        }

        /** The format whose file ending {@code file} has ({@code .gpkg}, {@code .geojson}, {@code .json}), if any. */
        public static java.util.Optional<Format> ofFile(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".gpkg")) {
                return java.util.Optional.of(GEOPACKAGE);
            }
            if (name.endsWith(".geojson") || name.endsWith(".json")) {
                return java.util.Optional.of(GEOJSON);
            }
            return java.util.Optional.empty();
        }
    }

    /**
     * What a GIS export wrote, or will write.
     *
     * @param assets                what the assets layer holds and which individuals are in it or left out; its
     *                              {@code assets} are the points written
     * @param assetsWithoutLocation assets that may be shared but have no location, so are not in the point layer
     * @param areas                 areas written
     * @param factors               barriers and enablers written
     * @param stops                 public transport stops written (0: no stops layer)
     * @param files                 the files written; empty for a plan
     */
    public record Result(AssetExport assets, int assetsWithoutLocation, int areas, int factors, int stops,
                         List<Path> files) {
        public Result {
            files = List.copyOf(files);
        }

        /** e.g. {@code 3 assets without a location left out of the assets layer}; empty when there are none. */
        public String withoutLocationNote() {
            return assetsWithoutLocation == 0 ? ""
                    : assetsWithoutLocation + (assetsWithoutLocation == 1 ? " asset" : " assets")
                            + " without a location left out of the assets layer";
        }

        /** e.g. {@code assets 120, areas 31, factors 12, stops 480}. */
        public String layersSummary() {
            return GisLayers.ASSETS + " " + assets.assets() + ", " + GisLayers.AREAS + " " + areas + ", "
                    + GisLayers.FACTORS + " " + factors + (stops > 0 ? ", " + GisLayers.STOPS + " " + stops : "");
        }
    }

    private final AtlasProject project;
    private final ProjectStore store;
    private final Object lock;

    GisExport(AtlasProject project, ProjectStore store) {
        this.project = project;
        this.store = store;
        this.lock = project.lock();
    }

    /** What an export would write now, without writing anything: for the warning before an export with individuals. */
    public Result plan(Individuals individuals) {
        synchronized (lock) {
            Prepared p = prepare(individuals);
            return p.result(List.of());
        }
    }

    /**
     * Writes the project's layers in the format to {@code out}: for a GeoPackage that file (an earlier GeoPackage
     * is replaced, whole, once the new one is complete); for GeoJSON a file per layer beside it (see
     * {@link GeoJsonWriter#layerFile}), all written or none.
     *
     * @throws org.assetatlas.util.OutputRefusedException when a file would replace this project, another project
     *         or database (other than an earlier GeoPackage), or a folder; nothing is then written
     * @throws org.assetatlas.util.CancelledException when cancelled; nothing is then written
     */
    public Result export(Format format, Path out, Individuals individuals, Progress progress) throws IOException {
        synchronized (lock) {
            Prepared p = prepare(individuals);
            List<Path> files = switch (format) {
                case GEOPACKAGE -> {
                    new GeoPackageWriter().write(p.layers, out, progress, project.file());
                    yield List.of(out.toAbsolutePath().normalize());
                }
                case GEOJSON -> new GeoJsonWriter().write(p.layers, out, progress, project.file());
            };
            return p.result(files);
        }
    }

    private record Prepared(GisLayers layers, PersonalDetails.Release release) {
        Result result(List<Path> files) {
            GisLayers.Counts counts = layers.counts();
            int includedDrawn = (int) layers.located().stream().filter(PersonalDetails::isPersonal).count();
            AssetExport assets = new AssetExport(counts.assets(), includedDrawn, release.individualsLeftOut());
            return new Result(assets, counts.assetsWithoutLocation(), counts.areas(), counts.factors(), counts.stops(),
                    files);
        }
    }

    private Prepared prepare(Individuals individuals) {
        List<Asset> all = new ArrayList<>();
        store.assets().forEach(all::add);
        PersonalDetails.Release release = PersonalDetails.release(all, individuals);
        Set<String> leftOut = new HashSet<>();
        Set<String> shared = new HashSet<>();
        release.assets().forEach(a -> shared.add(a.uid()));
        for (Asset a : all) {
            if (!shared.contains(a.uid())) {
                leftOut.add(a.uid());
            }
        }
        List<Factor> factors = new ArrayList<>();
        for (Factor f : store.factors().factors()) {
            List<String> uids = f.assetUids().stream().filter(u -> !leftOut.contains(u)).toList();
            factors.add(uids.size() == f.assetUids().size() ? f
                    : new Factor(f.id(), f.kind(), f.theme(), f.description(), f.domains(), f.areaCodes(), uids,
                            f.strength(), f.evidenceIds(), f.illustrative()));
        }
        GisLayers layers = new GisLayers(release.assets(), project.areas(), factors, store.transport().stops());
        return new Prepared(layers, release);
    }
}
