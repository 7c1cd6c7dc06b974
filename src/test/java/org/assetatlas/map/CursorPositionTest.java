package org.assetatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CursorPositionTest {

    @Test
    void gridReferencesHaveTheOrdnanceSurveyLetters() {
        assertEquals("TL 99512 25012", CursorPosition.gridReference(599512, 225012));
        assertEquals("SU 37851 14502", CursorPosition.gridReference(437851, 114502));
        assertEquals("NN 16667 71285", CursorPosition.gridReference(216667, 771285));
        assertEquals("SV 00000 00000", CursorPosition.gridReference(0, 0));
    }

    @Test
    void describesDegreesAndTheNationalGridInBritain() {
        String s = CursorPosition.describe(0.9042, 51.8892);
        assertTrue(s.startsWith("51.88920° N  0.90420° E   BNG TL "), s);
    }

    @Test
    void leavesTheGridOutAbroad() {
        assertEquals("48.85660° N  2.35220° E", CursorPosition.describe(2.3522, 48.8566));
        assertEquals("40.71280° N  74.00600° W", CursorPosition.describe(-74.006, 40.7128));
    }
}
