package org.assetatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.assetatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BritishNationalGridTest {

    /**
     * Reference points from the Code-Point Open 2014 file shipped with the demo, whose WGS84 columns were computed
     * by GDAL/PROJ from the published grid references.
     */
    @ParameterizedTest
    @CsvSource({
        "594479, 214543, 51.795714, 0.818846",
        "599644, 225077, 51.888485, 0.899719",
    })
    void convertsGridReferencesToWgs84WithinAMetre(double e, double n, double lat, double lon) {
        GeoPoint p = BritishNationalGrid.toWgs84(e, n);
        assertEquals(lat, p.lat(), 1e-5);
        assertEquals(lon, p.lon(), 1e-5);
    }

    @Test
    void roundTripsToTheMillimetre() {
        double[] en = BritishNationalGrid.fromWgs84(BritishNationalGrid.toWgs84(599690, 225245));
        assertEquals(599690, en[0], 0.001);
        assertEquals(225245, en[1], 0.001);
    }

    @Test
    void refusesReferencesOffTheGrid() {
        assertThrows(IllegalArgumentException.class, () -> BritishNationalGrid.toWgs84(-5, 100));
        assertThrows(IllegalArgumentException.class, () -> BritishNationalGrid.toWgs84(100, 2_000_000));
    }
}
