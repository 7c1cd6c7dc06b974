package org.assetatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class AreaLocatorTest {

    private static Area area(String code, String wkt) {
        try {
            return new Area(code, code, AreaLevel.WARD, null, null, new WKTReader().read(wkt), "");
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Two squares side by side, one with a hole, and a separate island (multipolygon). */
    private static final AreaLocator LOCATOR = new AreaLocator(List.of(
            area("B", "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"),
            area("A", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0), (0.4 0.4, 0.6 0.4, 0.6 0.6, 0.4 0.6, 0.4 0.4))"),
            area("C", "MULTIPOLYGON (((5 5, 6 5, 6 6, 5 6, 5 5)), ((8 8, 9 8, 9 9, 8 9, 8 8)))")));

    @ParameterizedTest
    @CsvSource({
        "0.2, 0.2, A",
        "1.5, 0.5, B",
        "0.5, 0.5, ''",     // in A's hole
        "1.0, 0.5, A",      // on the shared edge: lowest code wins
        "8.5, 8.5, C",      // second part of a multipolygon
        "3.0, 3.0, ''",     // outside everything
        "0.0, 0.0, A",      // on a corner
    })
    void assignsAPointToTheAreaThatContainsIt(double x, double y, String expected) {
        assertEquals(expected, LOCATOR.locate(x, y).map(Area::code).orElse(""));
    }

    @Test
    void ignoresAreasWithoutGeometry() {
        AreaLocator l = new AreaLocator(List.of(new Area("X", "X", AreaLevel.OTHER, null, null, null, "")));
        assertEquals(0, l.size());
        assertTrue(l.locate(0, 0).isEmpty());
    }

    @Test
    void readsFeaturePropertiesAndGeometryFromGeoJson() throws IOException {
        String json = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"wd19cd":"E1","wd19nm":"One","pop":1234},
                  "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
                 {"type":"Feature","properties":{"wd19cd":"E2"},"geometry":null}]}""";
        List<GeoJsonFeatures.Feature> f = GeoJsonFeatures.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, f.size());
        assertEquals("One", f.get(0).get("wd19nm"));
        assertEquals("1234", f.get(0).get("pop"));
        assertEquals(1.0, f.get(0).geometry().getArea(), 1e-12);
        assertEquals(null, f.get(1).geometry());
    }

    @Test
    void refusesSomethingThatIsNotAFeatureCollection() {
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> GeoJsonFeatures.read(
                new ByteArrayInputStream("{\"type\":\"Point\",\"coordinates\":[0,0]}".getBytes(StandardCharsets.UTF_8))));
    }
}
