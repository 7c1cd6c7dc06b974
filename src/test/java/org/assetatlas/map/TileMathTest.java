package org.assetatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TileMathTest {

    @Test
    void tilesOfKnownPlaces() {
        // London (51.5072 N, 0.1276 W) lies in tile 10/511/340 of the usual XYZ scheme.
        assertEquals(511, TileMath.tileXOfLon(-0.1276, 10));
        assertEquals(340, TileMath.tileYOfLat(51.5072, 10));
        // Colchester town centre: 10/514/338.
        assertEquals(514, TileMath.tileXOfLon(0.9, 10));
        assertEquals(338, TileMath.tileYOfLat(51.89, 10));
        // The whole world is tile 0/0/0; the edges clamp.
        assertEquals(0, TileMath.tileXOfLon(-180, 0));
        assertEquals(0, TileMath.tileYOfLat(89, 0));
        assertEquals(1023, TileMath.tileXOfLon(180, 10));
    }

    @Test
    void tileEdgesAndTmsRows() {
        assertEquals(0.5, TileMath.west(1, 1));
        assertEquals(0.25, TileMath.north(1, 2));
        assertEquals(0, TileMath.tmsRow(0, 0));
        assertEquals(1, TileMath.tmsRow(0, 1));
        assertEquals(1023 - 340, TileMath.tmsRow(340, 10));
        assertEquals(340, TileMath.tmsRow(TileMath.tmsRow(340, 10), 10));
    }

    @Test
    void drawsTheNearestWholeZoomWithinTheSourcesRange() {
        assertEquals(12, TileMath.zoomFor(12.4, 0, 19));
        assertEquals(13, TileMath.zoomFor(12.6, 0, 19));
        assertEquals(14, TileMath.zoomFor(17, 5, 14));
        assertEquals(5, TileMath.zoomFor(3, 5, 14));
    }
}
