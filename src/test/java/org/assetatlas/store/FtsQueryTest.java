package org.assetatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FtsQueryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "carer support|\"carer\"* \"support\"*",
        "Café|\"café\"*",
        "NEAR(a b)|\"near\"* \"a\"* \"b\"*",
        "\"dementia\" -cafe*|\"dementia\"* \"cafe\"*",
        "St Anne's|\"st\"* \"anne\"* \"s\"*",
    })
    void turnsTextIntoQuotedPrefixTerms(String text, String expected) {
        assertEquals(expected, FtsQuery.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'   '", "'***'", "'()-\"'", "'😀'"})
    void textWithoutWordsIsNoQuery(String text) {
        assertNull(FtsQuery.of(text));
    }
}
