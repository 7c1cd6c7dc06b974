package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.assetatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;

class PostcodeDirectoryTest {

    @Test
    void findsABundledPostcodeWrittenAnyWay() {
        PostcodeDirectory d = PostcodeDirectory.bundled();
        assertTrue(d.size() > 1000);
        GeoPoint p = d.find("co11ag").orElseThrow();
        assertEquals(51.898868, p.lat(), 1e-6);
        assertEquals(0.896623, p.lon(), 1e-6);
        assertEquals(p, d.find(" CO1  1AG ").orElseThrow());
    }

    @Test
    void findsNothingForUnknownOrMalformedText() throws Exception {
        PostcodeDirectory d = PostcodeDirectory.read(new StringReader(
                "Postcode,Eastings,Northings,Longitude,Latitude\nCO1 1AG,599385,226223,0.896623,51.898868\n"));
        assertEquals(1, d.size());
        assertTrue(d.find("CO4 9ZZ").isEmpty());
        assertTrue(d.find("not a postcode").isEmpty());
        assertTrue(d.find(null).isEmpty());
    }
}
