package org.assetatlas.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1)|'=SUM(A1)",
            "+44 1206 500000|'+44 1206 500000",
            "-2+3|'-2+3",
            "@cmd|'@cmd",
            "'=kept|''=kept",
            "''|'''",
            "'plain|'plain",
            "'|'",
            "-1.25|-1.25",
            "+3|+3",
            "-|'-",
            "plain|plain",
            "a=b|a=b"})
    void guardsFormulasButNotNumbersAndReadsBackWhatItGuarded(String value, String written) {
        assertEquals(written, SpreadsheetCells.guard(value));
        assertEquals(value, SpreadsheetCells.unguard(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t=1+2", "\r=1+2", "\t"})
    void guardsALeadingTabOrCarriageReturn(String value) {
        assertEquals("'" + value, SpreadsheetCells.guard(value));
        assertEquals(value, SpreadsheetCells.unguard("'" + value));
    }
}
