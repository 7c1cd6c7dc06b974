package org.assetatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** The GeoJSON reader, which reads a collection feature by feature: geometry as WKT out, members in any order. */
class GeoJsonFeaturesTest {

    private static GeoJsonFeatures.Collection read(String json) throws IOException {
        return GeoJsonFeatures.readCollection(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Geometry geometry(String geometryJson) throws IOException {
        return read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":" + geometryJson + "}]}").features().get(0).geometry();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"Point\",\"coordinates\":[1,2]}|POINT (1 2)",
        "{\"coordinates\":[1,2,30],\"type\":\"Point\"}|POINT (1 2)",
        "{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}|LINESTRING (0 0, 1 1)",
        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[1,2],[2,2],[1,1]]]}"
                + "|POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 1 2, 2 2, 1 1))",
        "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}"
                + "|MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
        "{\"type\":\"MultiPoint\",\"coordinates\":[[0,0],[1,1]]}|MULTIPOINT ((0 0), (1 1))",
        "{\"type\":\"MultiLineString\",\"coordinates\":[[[0,0],[1,1]]]}|MULTILINESTRING ((0 0, 1 1))",
        "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[1,2]}]}"
                + "|GEOMETRYCOLLECTION (POINT (1 2))",
        "{\"type\":\"Polygon\",\"coordinates\":[]}|POLYGON EMPTY",
    })
    void readsEachGeometryType(String json, String wkt) throws Exception {
        Geometry g = geometry(json);
        assertTrue(g.equalsExact(new WKTReader().read(wkt)), g.toText());
        assertEquals(GeoJsonFeatures.WGS84, g.getSRID());
    }

    @Test
    void membersMayComeInAnyOrder() throws IOException {
        GeoJsonFeatures.Collection c = read("""
                {"features":[{"geometry":{"coordinates":[1,2],"type":"Point"},"properties":{"code":"A","n":12.5},
                "type":"Feature","id":7}],"bbox":[0,0,1,1],"type":"FeatureCollection",
                "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::27700"}}}""");
        assertEquals("urn:ogc:def:crs:EPSG::27700", c.crs());
        assertEquals("A", c.features().get(0).get("code"));
        assertEquals("12.5", c.features().get(0).get("n"));
        assertEquals("POINT (1 2)", c.features().get(0).geometry().toText());
    }

    @Test
    void aNullPropertyIsNullAndANullGeometryIsNoGeometry() throws IOException {
        GeoJsonFeatures.Feature f = read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"name\":null},\"geometry\":null}]}").features().get(0);
        assertTrue(f.properties().containsKey("name"));
        assertNull(f.get("name"));
        assertNull(f.geometry());
    }

    @Test
    void featuresAreHandedOnOneAtATimeWithTheirNumbers() throws IOException {
        List<String> seen = new ArrayList<>();
        GeoJsonFeatures.stream(new ByteArrayInputStream(("{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"properties\":{\"c\":\"A\"}},{\"properties\":{\"c\":\"B\"}}]}").getBytes(StandardCharsets.UTF_8)),
                (number, f) -> seen.add(number + f.get("c")));
        assertEquals(List.of("1A", "2B"), seen);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}|Feature 1 has a malformed geometry",
        "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0,0]]]}|Feature 1 has a malformed geometry",
        "{\"type\":\"Point\",\"coordinates\":[1]}|Feature 1 has a malformed geometry: a position has one number",
        "{\"type\":\"Point\"}|Feature 1 has a malformed geometry: a Point without coordinates",
        "{\"type\":\"Circle\",\"coordinates\":[1,2]}|Feature 1 has a malformed geometry: unknown geometry type",
        "{\"type\":\"Polygon\",\"coordinates\":[[0,0]]}|Feature 1 has a malformed geometry",
    })
    void aMalformedGeometryIsRefusedNamingTheFeature(String json, String message) {
        IOException e = assertThrows(IOException.class, () -> geometry(json));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void aCollectionOfAnotherTypeIsRefusedWhereverItsTypeComes() {
        assertThrows(IOException.class, () -> read("{\"features\":[],\"type\":\"Feature\"}"));
        assertThrows(IOException.class, () -> read("{\"features\":[]}"));
        assertThrows(IOException.class, () -> read("[]"));
    }
}
