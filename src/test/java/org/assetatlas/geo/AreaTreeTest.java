package org.assetatlas.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assetatlas.geo.AreaTree.Relation;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The one area rule on a small made-up place: a district 4 × 2 split into two neighbourhoods side by side, each
 * split into two wards, and one ward into two LSOAs. Only the neighbourhoods name their parent; the rest is found
 * from the boundaries.
 */
class AreaTreeTest {

    private static Area area(String code, AreaLevel level, String parent, String wkt) {
        try {
            return new Area(code, code, level, parent, null, wkt == null ? null : new WKTReader().read(wkt), "");
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String box(double x0, double y0, double x1, double y1) {
        return "POLYGON ((" + x0 + " " + y0 + ", " + x1 + " " + y0 + ", " + x1 + " " + y1 + ", " + x0 + " " + y1
                + ", " + x0 + " " + y0 + "))";
    }

    static final List<Area> AREAS = List.of(
            area("D", AreaLevel.DISTRICT, null, box(0, 0, 4, 2)),
            area("N1", AreaLevel.NEIGHBOURHOOD, "D", box(0, 0, 2, 2)),
            area("N2", AreaLevel.NEIGHBOURHOOD, "D", box(2, 0, 4, 2)),
            // ward codes chosen so that the lowest code on the shared edge x = 2 is in the other neighbourhood
            area("W9", AreaLevel.WARD, null, box(0, 0, 1, 2)),
            area("W8", AreaLevel.WARD, null, box(1, 0, 2, 2)),
            area("W1", AreaLevel.WARD, null, box(2, 0, 3, 2)),
            area("W2", AreaLevel.WARD, null, box(3, 0, 4, 2)),
            area("L1", AreaLevel.LSOA, null, box(1, 0, 2, 1)),
            area("L2", AreaLevel.LSOA, null, box(1, 1, 2, 2)),
            // an area with no boundary, named by its parent only
            area("X", AreaLevel.OTHER, "W2", null));

    static final AreaTree TREE = AreaTree.of(AREAS);

    @Test
    void parentsComeFromTheRecordsOrFromTheBoundaries() {
        assertEquals("D", TREE.parent("N1").orElseThrow().code());
        assertEquals("N1", TREE.parent("W8").orElseThrow().code());
        assertEquals("N2", TREE.parent("W1").orElseThrow().code());
        assertEquals("W8", TREE.parent("L1").orElseThrow().code());
        assertEquals("W2", TREE.parent("X").orElseThrow().code());
        assertTrue(TREE.parent("D").isEmpty());
        assertEquals("D", TREE.whole().orElseThrow().code());
        assertEquals(List.of("W8", "N1", "D"), TREE.ancestors("L2").stream().map(Area::code).toList());
        assertEquals(Set.of("N1", "W9", "W8", "L1", "L2"), TREE.selfAndDescendants("N1"));
        assertEquals(List.of(AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD, AreaLevel.WARD, AreaLevel.LSOA,
                AreaLevel.OTHER), TREE.levels());
    }

    @ParameterizedTest(name = "{1} recorded, {0} asked: {2}")
    @CsvSource({
        "N1, N1, SELF",
        "N1, W8, WITHIN",     // a ward's record seen from its neighbourhood: down
        "N1, L2, WITHIN",
        "D, L1, WITHIN",
        "W8, N1, ABOVE",      // a neighbourhood's record seen from one of its wards: up
        "L1, D, ABOVE",
        "W1, N1, NONE",
        "N2, W8, NONE",
        "L1, L2, NONE",
        "N1, '', ABOVE",      // recorded for the project as a whole
        "'', W1, WITHIN",     // the whole project asked about
    })
    void saysHowARecordStandsToTheAreaAsked(String asked, String recorded, Relation expected) {
        assertEquals(expected, TREE.relation(asked.isEmpty() ? null : asked, recorded.isEmpty() ? null : recorded));
    }

    @Test
    void aRecordForSeveralAreasTakesTheClosest() {
        assertEquals(Relation.SELF, TREE.relation("W8", List.of("N1", "W8")));
        assertEquals(Relation.WITHIN, TREE.relation("N1", List.of("D", "L1")));
        assertEquals(Relation.ABOVE, TREE.relation("W8", List.of()));
        assertEquals(Relation.NONE, TREE.relation("W8", List.of("W1", "N2")));
    }

    @ParameterizedTest(name = "({0}, {1}) chosen={3} recorded={2}: {4}")
    @CsvSource({
        // located: the area containing it at every level with boundaries, the rest by parent links
        "0.5, 1.5, '', false, D N1 W9",
        "1.5, 0.5, '', false, D L1 N1 W8",
        "3.5, 1.0, '', false, D N2 W2",  // not X: an area without a boundary inside W2 cannot hold a point
        // on the shared edge x = 2: the neighbourhood with the lowest code wins, and the ward nests inside it
        "1.0, 2.0, '', false, D L2 N1 W8",
        "2.0, 1.5, '', false, D N1 W8 L2",
        // outside every boundary
        "9.0, 9.0, '', false, ''",
        // an area chosen by hand wins over the location; finer areas inside it that contain the point are kept
        "1.5, 0.5, N2, true, D N2",
        "1.5, 0.5, N1, true, D L1 N1 W8",
        // no location: the recorded area and the areas above it
        "NaN, NaN, W8, false, D N1 W8",
        "NaN, NaN, '', false, ''",
    })
    void placesAnAssetAtEveryLevel(double lon, double lat, String recorded, boolean chosen, String expected) {
        GeoPoint at = Double.isNaN(lat) ? null : new GeoPoint(lat, lon);
        String[] places = TREE.places(at, recorded.isEmpty() ? null : recorded, chosen);
        assertEquals(new TreeSet<>(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "))),
                new TreeSet<>(Arrays.asList(places)));
        assertEquals(places.length, new TreeSet<>(Arrays.asList(places)).size(), "no repeats");
    }

    @Test
    void aPointOnABoundaryIsPlacedInAreasThatNest() {
        // (2, 1) lies on the edge shared by N1 and N2 and by W8 and W1; W1 has the lower code but is in N2
        String[] places = TREE.places(new GeoPoint(1, 2), null, false);
        Set<String> set = new TreeSet<>(Arrays.asList(places));
        assertTrue(set.contains("N1") && set.contains("W8") && !set.contains("W1"), set.toString());
        for (String code : places) {
            for (String other : places) {
                Relation r = TREE.relation(code, other);
                assertTrue(r != Relation.NONE, code + " and " + other + " should nest");
            }
        }
    }

    @Test
    void neighbourhoodsDrawnAsGroupsOfWardsHoldTheirWardsAssets() {
        // a partnership that groups wards into neighbourhoods without drawing them
        AreaTree t = AreaTree.of(List.of(
                area("NA", AreaLevel.NEIGHBOURHOOD, null, null),
                area("WA", AreaLevel.WARD, "NA", box(0, 0, 1, 1)),
                area("WB", AreaLevel.WARD, null, box(1, 0, 2, 1))));
        assertEquals(Set.of("WA", "NA"), Set.of(t.places(new GeoPoint(0.5, 0.5), null, false)));
        assertEquals(Set.of("WB"), Set.of(t.places(new GeoPoint(0.5, 1.5), null, false)));
        assertEquals(AreaLevel.WARD, t.recordingLevel());
        assertEquals(Relation.WITHIN, t.relation("NA", "WA"));
    }

    @Test
    void findsAnAreaByCodeOrByNameLargestLevelFirst() {
        AreaTree t = AreaTree.of(List.of(
                new Area("E1", "Colchester", AreaLevel.WARD, null, null, null, ""),
                new Area("E2", "Colchester", AreaLevel.DISTRICT, null, null, null, ""),
                new Area("E3", "Mile End", AreaLevel.WARD, null, null, null, "")));
        assertEquals("E2", t.find("colchester").orElseThrow().code());
        assertEquals("E3", t.find(" MILE END ").orElseThrow().code());
        assertEquals("E1", t.find("E1").orElseThrow().code());
        assertTrue(t.find("Nowhere").isEmpty());
        assertTrue(t.find(null).isEmpty());
    }

    @Test
    void aParentLoopInTheRecordsIsBroken() {
        AreaTree t = AreaTree.of(List.of(
                new Area("A", "A", AreaLevel.WARD, "B", null, null, ""),
                new Area("B", "B", AreaLevel.WARD, "A", null, null, "")));
        assertTrue(t.ancestors("A").size() <= 1);
        assertTrue(t.ancestors("B").size() <= 1);
    }

    @Test
    void theRecordingLevelIsTheNeighbourhoodsWhenTheyHaveBoundaries() {
        assertEquals(AreaLevel.NEIGHBOURHOOD, TREE.recordingLevel());
        assertEquals("N2", TREE.recordingArea(1, 3));
        assertArrayEquals(new String[0], AreaTree.empty().places(new GeoPoint(1, 1), null, false));
    }
}
