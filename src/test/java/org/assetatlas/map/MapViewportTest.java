package org.assetatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MapViewportTest {

    private static final double COLCHESTER_LON = 0.9042;
    private static final double COLCHESTER_LAT = 51.8892;

    private final MapViewport colchester = MapViewport.centredOn(COLCHESTER_LON, COLCHESTER_LAT, 13, 800, 600);

    @Test
    void projectsGreenwichEquatorToTheMiddleOfTheWorld() {
        assertEquals(0.5, MapViewport.mercatorX(0), 1e-12);
        assertEquals(0.5, MapViewport.mercatorY(0), 1e-12);
    }

    @Test
    void clampsLatitudeToTheMercatorSquare() {
        assertEquals(0.0, MapViewport.mercatorY(90), 1e-9);
        assertEquals(1.0, MapViewport.mercatorY(-90), 1e-9);
    }

    @Test
    void placesTheCentreInTheMiddleOfTheScreen() {
        assertEquals(400, colchester.screenX(COLCHESTER_LON), 1e-6);
        assertEquals(300, colchester.screenY(COLCHESTER_LAT), 1e-6);
    }

    @ParameterizedTest
    @CsvSource({"0.85,51.85", "0.95,51.93", "-3.1883,55.9533", "-5.7,50.06", "1.75,52.48"})
    void roundTripsLonLatThroughScreenPixels(double lon, double lat) {
        MapViewport v = MapViewport.centredOn(-1.5, 53.0, 7.3, 1024, 768);
        double x = v.screenX(lon);
        double y = v.screenY(lat);
        assertEquals(lon, v.longitudeAt(x), 1e-9);
        assertEquals(lat, v.latitudeAt(y), 1e-9);
    }

    @Test
    void northIsUpAndEastIsRight() {
        assertTrue(colchester.screenX(COLCHESTER_LON + 0.01) > 400);
        assertTrue(colchester.screenY(COLCHESTER_LAT + 0.01) < 300);
    }

    @Test
    void doublesThePixelDistanceForEachZoomLevel() {
        MapViewport closer = colchester.zoomAbout(400, 300, 14);
        double before = colchester.screenX(COLCHESTER_LON + 0.01) - 400;
        double after = closer.screenX(COLCHESTER_LON + 0.01) - 400;
        assertEquals(2 * before, after, 1e-6);
    }

    @ParameterizedTest
    @CsvSource({"0,0,14.5", "800,600,11.25", "123.5,456.25,16", "700,40,3.5"})
    void zoomAboutAPointKeepsThatPointFixed(double px, double py, double newZoom) {
        double lon = colchester.longitudeAt(px);
        double lat = colchester.latitudeAt(py);
        MapViewport z = colchester.zoomAbout(px, py, newZoom);
        assertEquals(newZoom, z.zoom(), 1e-12);
        assertEquals(px, z.screenX(lon), 1e-6);
        assertEquals(py, z.screenY(lat), 1e-6);
    }

    @Test
    void panningMovesContentByThePixelsDragged() {
        double lon = 0.93;
        double lat = 51.87;
        double x = colchester.screenX(lon);
        double y = colchester.screenY(lat);
        MapViewport moved = colchester.panBy(37, -12.5);
        assertEquals(x + 37, moved.screenX(lon), 1e-6);
        assertEquals(y - 12.5, moved.screenY(lat), 1e-6);
    }

    @ParameterizedTest
    @CsvSource({"25", "2", "-4"})
    void clampsZoomToThreeToNineteen(double wanted) {
        double z = colchester.zoomAbout(10, 10, wanted).zoom();
        assertEquals(Math.max(3, Math.min(19, wanted)), z, 1e-12);
    }

    @Test
    void fitsAnEnvelopeWithPaddingAndFillsOneDirection() {
        double minLon = 0.76;
        double minLat = 51.75;
        double maxLon = 1.05;
        double maxLat = 51.98;
        MapViewport v = colchester.fit(minLon, minLat, maxLon, maxLat, 20);
        double left = v.screenX(minLon);
        double right = v.screenX(maxLon);
        double top = v.screenY(maxLat);
        double bottom = v.screenY(minLat);
        assertTrue(left >= 20 - 1e-6 && right <= 780 + 1e-6, "fits across: " + left + ".." + right);
        assertTrue(top >= 20 - 1e-6 && bottom <= 580 + 1e-6, "fits down: " + top + ".." + bottom);
        boolean tightAcross = Math.abs(left - 20) < 1e-6 && Math.abs(right - 780) < 1e-6;
        boolean tightDown = Math.abs(top - 20) < 1e-6 && Math.abs(bottom - 580) < 1e-6;
        assertTrue(tightAcross || tightDown, "the box touches the padding on one axis");
        assertEquals(400, (left + right) / 2, 1e-6);
        assertEquals(300, (top + bottom) / 2, 1e-6);
    }

    @Test
    void fitsASinglePointAtStreetZoom() {
        MapViewport v = colchester.fit(0.9, 51.9, 0.9, 51.9, 20);
        assertEquals(MapViewport.POINT_ZOOM, v.zoom(), 1e-12);
        assertEquals(400, v.screenX(0.9), 1e-6);
    }

    @Test
    void keepsTheCentreWhenResized() {
        MapViewport v = colchester.withSize(300, 200);
        assertEquals(150, v.screenX(COLCHESTER_LON), 1e-6);
        assertEquals(100, v.screenY(COLCHESTER_LAT), 1e-6);
    }

    @Test
    void visibleEnvelopeMatchesTheScreenCorners() {
        var e = colchester.visibleMercator();
        assertEquals(colchester.mercatorXAt(0), e.getMinX(), 1e-12);
        assertEquals(colchester.mercatorXAt(800), e.getMaxX(), 1e-12);
        assertEquals(colchester.mercatorYAt(0), e.getMinY(), 1e-12);
        assertEquals(colchester.mercatorYAt(600), e.getMaxY(), 1e-12);
    }

    @Test
    void showsOnlyPositionsInsideTheMargin() {
        assertTrue(colchester.shows(COLCHESTER_LON, COLCHESTER_LAT, 40));
        assertTrue(!colchester.shows(COLCHESTER_LON + 1, COLCHESTER_LAT, 0));
    }
}
