package org.assetatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodesTest {

    @ParameterizedTest
    @CsvSource({"co11jb, CO1 1JB", "CO4 3QE, CO4 3QE", "'  sw1a 1aa ', SW1A 1AA", "M1 1AE, M1 1AE", "CM9 8HG, CM9 8HG",
        "EC1A1BB, EC1A 1BB", "W1A 0AX, W1A 0AX", "GIR 0AA, GIR 0AA"})
    void normalisesWellFormedPostcodes(String in, String out) {
        assertTrue(Postcodes.isValid(in));
        assertEquals(out, Postcodes.normalise(in));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CO1", "CO1 1J", "12345", "QO1 1JB", "CO1 1CB", "CO1 1JB X", "not a postcode"})
    void refusesMalformedPostcodes(String in) {
        assertFalse(Postcodes.isValid(in));
    }
}
