package org.assetatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import org.assetatlas.util.DatabaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export FILE OUT --format gpkg|geojson}: the GIS export from the command line. */
class ExportGisCommandTest {

    private static final String ASSETS = """
            name,kind,category,address,postcode,latitude,longitude,phone,email
            Village Hall,venue,physical,1 Church Lane,CO1 1JB,51.889,0.901,01632 960101,hall@example.org
            Knit and Natter,group,associations,,,,,,
            Pat \u2013 befriender,individual,individuals,2 Quay Street,CO1 1JB,51.887,0.899,01632 960201,pat@example.org
            """;

    @TempDir
    Path dir;

    private Path project() throws IOException {
        Path p = dir.resolve("p.atlas");
        assertEquals(0, CliRun.of("new", p.toString()).code());
        Path in = dir.resolve("in.csv");
        Files.writeString(in, ASSETS, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("import", p.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        return p;
    }

    @Test
    void writesAGeoPackageAndSaysWhatWasLeftOut() throws Exception {
        Path out = dir.resolve("shared.gpkg");
        CliRun r = CliRun.of("export", project().toString(), out.toString(), "--format", "gpkg");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("exported assets 1, areas 0, factors 0 to " + out,
                "1 asset without a location left out of the assets layer",
                "1 individual left out to protect their personal details; use --include-personal to include them"),
                r.lines());
        assertEquals("", r.err());
        assertEquals(0x47504B47, DatabaseFile.read(out).orElseThrow().applicationId());
        try (GeoPackage gpkg = GeoPackageManager.open(true, out.toFile(), true)) {
            assertEquals(1, gpkg.getFeatureDao("assets").count());
        }
    }

    @Test
    void theFileEndingChoosesTheFormatWhenNoneIsGiven() throws Exception {
        Path project = project();
        CliRun gpkg = CliRun.of("export", project.toString(), dir.resolve("a.gpkg").toString());
        assertEquals(0, gpkg.code(), gpkg.err());
        assertTrue(DatabaseFile.read(dir.resolve("a.gpkg")).isPresent());
        CliRun json = CliRun.of("export", project.toString(), dir.resolve("b.geojson").toString());
        assertEquals(0, json.code(), json.err());
        assertTrue(Files.exists(dir.resolve("b-assets.geojson")));
        CliRun csv = CliRun.of("export", project.toString(), dir.resolve("c.gpkg").toString(), "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(Files.readString(dir.resolve("c.gpkg")).startsWith("id,name,"), "CSV when asked for");
    }

    @Test
    void writesOneGeoJsonFilePerLayerWithTheIndividualOnlyAfterTheWarning() throws Exception {
        Path out = dir.resolve("shared.geojson");
        CliRun r = CliRun.of("export", project().toString(), out.toString(), "--format", "geojson",
                "--include-personal");
        assertEquals(0, r.code(), r.err());
        assertEquals("warning: This export includes the contact details of 1 individual. Only share it with people "
                + "allowed to see them.", r.err().strip());
        assertEquals(List.of("exported assets 2, areas 0, factors 0 to 3 GeoJSON files", "  shared-assets.geojson",
                "  shared-areas.geojson", "  shared-factors.geojson",
                "1 asset without a location left out of the assets layer"), r.lines());
        JsonNode assets = new ObjectMapper().readTree(dir.resolve("shared-assets.geojson").toFile());
        assertEquals(2, assets.get("features").size());
        assertTrue(assets.toString().contains("pat@example.org"));
        JsonNode pat = assets.get("features").get(1).get("properties").get("name").asText().startsWith("Pat")
                ? assets.get("features").get(1) : assets.get("features").get(0);
        assertEquals(0.899, pat.get("geometry").get("coordinates").get(0).asDouble(), 0.0);
        assertEquals(51.887, pat.get("geometry").get("coordinates").get(1).asDouble(), 0.0);
    }

    @Test
    void refusesToWriteOverTheProject() throws Exception {
        Path project = project();
        CliRun r = CliRun.of("export", project.toString(), project.toString(), "--format", "gpkg");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("it is an Atlas project"), r.err());
        CliRun list = CliRun.of("list", project.toString());
        assertEquals(0, list.code(), list.err());
        assertEquals(3, list.lines().size(), "the project still holds its assets");
    }

    @Test
    void anUnknownFormatIsRefused() throws Exception {
        CliRun r = CliRun.of("export", project().toString(), dir.resolve("x.shp").toString(), "--format", "shp");
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("use csv, gpkg or geojson"), r.err());
        assertFalse(Files.exists(dir.resolve("x.shp")));
    }
}
