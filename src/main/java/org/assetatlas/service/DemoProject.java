package org.assetatlas.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assetatlas.geo.GeoJsonFeatures;
import org.assetatlas.geo.GeoJsonFeatures.Feature;
import org.assetatlas.geo.Geometries;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Framework;
import org.assetatlas.util.Progress;
import org.locationtech.jts.geom.Geometry;

/**
 * Builds the demo project — Colchester, on real open data — from the files shipped with the app ({@code data/} and
 * {@code maps/} in the source tree, {@code demo/} inside the jar).
 *
 * <p>Areas: the borough outline, its 17 current (2019) electoral wards and 105 LSOAs (2011) with mid-2015
 * populations, and three neighbourhoods — Colchester North, Central and South — which are a demo grouping of the
 * real wards, not official boundaries. Assets: the real public libraries and GP practices, and illustrative records
 * marked as such.
 */
public final class DemoProject {

    /** Setting that marks a project as the demo. */
    public static final String DEMO_SETTING = "demo";
    private static final String ROOT = "/demo/";
    private static final String DISTRICT_CODE = "E07000071";
    private static final String NEIGHBOURHOOD_NOTE = "Demo grouping of real 2019 electoral wards; not an official boundary";

    private DemoProject() {
    }

    /**
     * Creates the demo project in a new file.
     *
     * @return the open project; the caller closes it
     * @throws IOException when a shipped file is missing or unreadable
     */
    public static AtlasProject build(Path file, Progress progress) throws IOException {
        progress.update(0, 4, "Reading boundaries");
        AtlasProject project = createBase(file);
        try {
            progress.update(2, 4, "Importing demo assets");
            Path csv = Files.createTempFile("demo-assets", ".csv");
            try {
                try (InputStream in = resource("data/assets/demo-assets.csv")) {
                    Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
                }
                ImportReport report = project.transfer().importCsv(csv, Progress.NONE);
                if (report.rejected() > 0) {
                    throw new IOException("The shipped demo assets have " + report.rejected() + " bad rows, first: line "
                            + report.rejects().get(0).line() + ": " + report.rejects().get(0).reason());
                }
            } finally {
                Files.deleteIfExists(csv);
            }
            progress.update(3, 4, "Loading postcodes");
            Path postcodes = Files.createTempFile("demo-postcodes", ".csv");
            try {
                try (InputStream in = resource("data/reference/postcodes_colchester.csv")) {
                    Files.copy(in, postcodes, StandardCopyOption.REPLACE_EXISTING);
                }
                SignpostService.PostcodeImport pi = project.signposting().importPostcodes(postcodes, Progress.NONE);
                if (!pi.problems().isEmpty()) {
                    throw new IOException("The shipped demo postcodes have " + pi.problems().size() + " bad rows, first: "
                            + "line " + pi.problems().get(0).line() + ": " + pi.problems().get(0).reason());
                }
            } finally {
                Files.deleteIfExists(postcodes);
            }
            progress.update(3, 4, "Adding barriers, enablers and transport");
            try (InputStream stops = resource("data/reference/naptan_stops_active_colchester.geojson")) {
                DemoFactors.seed(project, stops);
            }
            progress.update(4, 4, "Demo project ready");
            return project;
        } catch (IOException | RuntimeException e) {
            project.close();
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /**
     * Creates a project with the demo's framework, areas and attribution but no assets: the base for the demo and
     * for benchmarks that load their own assets.
     */
    public static AtlasProject createBase(Path file) throws IOException {
        List<Area> areas = areas();
        AtlasProject project = AtlasProject.create(file, "Colchester demo", Framework.liveWell());
        try {
            project.setAttribution(text("data/ATTRIBUTION.txt").strip());
            project.setSetting(DEMO_SETTING, "true");
            project.setSetting(ReportService.POPULATION_SOURCE,
                    "ONS mid-2015 estimates");
            project.saveAreas(areas, Progress.NONE);
            DemoIndicators.addTo(project);
            return project;
        } catch (IOException | RuntimeException e) {
            project.close();
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The demo's areas: district, neighbourhoods, wards and LSOAs, with populations. */
    static List<Area> areas() throws IOException {
        Map<String, Integer> lsoaPopulation = new HashMap<>();
        for (CSVRecord r : csv("data/reference/iod2019_file6_population_mid2015_colchester_tendring.csv")) {
            lsoaPopulation.put(r.get(0), Integer.parseInt(r.get(4).replace(",", "").strip()));
        }
        Map<String, String> lsoaWard = new HashMap<>();
        for (CSVRecord r : csv("data/reference/lsoa2011_to_ward2019_colchester_tendring.csv")) {
            lsoaWard.put(r.get("LSOA11CD"), r.get("WD19CD"));
        }
        Map<String, String> wardNeighbourhood = new LinkedHashMap<>();
        for (CSVRecord r : csv("data/neighbourhoods.csv")) {
            wardNeighbourhood.put(r.get("ward_code"), r.get("neighbourhood"));
        }

        List<Area> lsoas = new ArrayList<>();
        Map<String, Integer> wardPopulation = new HashMap<>();
        for (Feature f : features("maps/colchester_lsoa2011_bgc.geojson")) {
            String code = f.get("LSOA11CD");
            Integer pop = lsoaPopulation.get(code);
            String ward = lsoaWard.get(code);
            if (pop != null && ward != null) {
                wardPopulation.merge(ward, pop, Integer::sum);
            }
            lsoas.add(new Area(code, f.get("LSOA11NM"), AreaLevel.LSOA, ward, pop, f.geometry(),
                    "LSOA 2011; population mid-2015 (IoD2019 denominators)"));
        }

        List<Area> wards = new ArrayList<>();
        Map<String, List<Geometry>> neighbourhoodParts = new LinkedHashMap<>();
        Map<String, Integer> neighbourhoodPopulation = new HashMap<>();
        for (Feature f : features("maps/colchester_wards2019_bgc.geojson")) {
            String code = f.get("wd19cd");
            String neighbourhood = wardNeighbourhood.get(code);
            if (neighbourhood == null) {
                throw new IOException("Ward " + code + " is in no neighbourhood in data/neighbourhoods.csv");
            }
            Integer pop = wardPopulation.get(code);
            wards.add(new Area(code, f.get("wd19nm"), AreaLevel.WARD, neighbourhoodCode(neighbourhood), pop,
                    f.geometry(), "Electoral ward (2019 set); population = its LSOAs (best fit), mid-2015"));
            neighbourhoodParts.computeIfAbsent(neighbourhood, k -> new ArrayList<>()).add(f.geometry());
            if (pop != null) {
                neighbourhoodPopulation.merge(neighbourhood, pop, Integer::sum);
            }
        }

        List<Area> out = new ArrayList<>();
        Feature district = features("maps/colchester_lad_dissolved_from_lsoa2011.geojson").get(0);
        int districtPopulation = lsoas.stream().filter(a -> a.population() != null).mapToInt(Area::population).sum();
        out.add(new Area(DISTRICT_CODE, "Colchester", AreaLevel.DISTRICT, null, districtPopulation,
                district.geometry(), "Borough outline dissolved from LSOA 2011 boundaries"));
        for (Map.Entry<String, List<Geometry>> e : neighbourhoodParts.entrySet()) {
            out.add(new Area(neighbourhoodCode(e.getKey()), e.getKey(), AreaLevel.NEIGHBOURHOOD, DISTRICT_CODE,
                    neighbourhoodPopulation.get(e.getKey()), Geometries.union(e.getValue()), NEIGHBOURHOOD_NOTE));
        }
        out.addAll(wards);
        out.addAll(lsoas);
        return out;
    }

    /** The code given to a demo neighbourhood, e.g. {@code NBH-COLCHESTER-NORTH}. */
    static String neighbourhoodCode(String name) {
        return AreaSetup.neighbourhoodCode(name);
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = DemoProject.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IOException("The demo file " + path + " is missing from this build of the app");
        }
        return in;
    }

    private static String text(String path) throws IOException {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Feature> features(String path) throws IOException {
        try (InputStream in = resource(path)) {
            return GeoJsonFeatures.read(in);
        }
    }

    private static List<CSVRecord> csv(String path) throws IOException {
        try (Reader r = new InputStreamReader(resource(path), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }
}
