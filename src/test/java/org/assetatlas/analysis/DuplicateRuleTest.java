package org.assetatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateRuleTest {

    static Stream<DuplicateCases.Case> cases() {
        return DuplicateCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judgesEachCaseWithItsReason(DuplicateCases.Case c) {
        Optional<DuplicateRule.Match> m = DuplicateRule.judge(c.a(), c.b());
        assertEquals(c.duplicate(), m.isPresent(), m.map(DuplicateRule.Match::reason).orElse("not a duplicate"));
        if (c.duplicate()) {
            assertTrue(m.get().reason().startsWith(c.reason()), m.get().reason());
            assertEquals(m.get().reason(), DuplicateRule.judge(c.b(), c.a()).orElseThrow().reason(),
                    "the rule is the same both ways round");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFinderFindsWhatTheRuleFinds(DuplicateCases.Case c) {
        assertEquals(c.duplicate() ? 1 : 0, DuplicateFinder.find(List.of(c.a(), c.b())).size());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "St Anne's Community Centre|saint annes community centre",
        "St. Annes Comm. Centre|saint annes community centre",
        "The Old School House & Gardens|old school house gardens",
        "North St Comm Ctr|north street community centre",
        "Café Crème Assoc.|cafe creme association",
        "Tiptree Carers Grp (CIC)|tiptree carers group",
        "Saint John's Hall|saint johns hall",
        "''|''"})
    void normalisesNamesAsSpreadsheetsWriteThem(String name, String expected) {
        assertEquals(expected, AssetNames.normalise(name));
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({"MARTHA,MARHTA,0.961", "DWAYNE,DUANE,0.840", "DIXON,DICKSONX,0.813", "abc,abc,1.000",
        "abc,xyz,0.000", "'',abc,0.000"})
    void jaroWinklerGivesThePublishedValues(String a, String b, double expected) {
        assertEquals(expected, JaroWinkler.similarity(a, b), 0.0005);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"01206 123456,01206123456", "+44 1206 123456,01206123456", "+44 (0)1206 123456,01206123456",
        "0044 1206 123456,01206123456", "(01206) 123 456,01206123456", "123456,''"})
    void readsPhonesByTheirDigits(String phone, String expected) {
        assertEquals(expected, DuplicateRule.Keys.phone(phone));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"https://www.Example.org/Clacton/,example.org/clacton", "example.org/clacton?ref=1,example.org/clacton",
        "http://example.org/index.html,example.org", "not a web address,''"})
    void readsWebAddressesByHostAndPath(String url, String expected) {
        assertEquals(expected, DuplicateRule.Keys.web(url));
    }

    @org.junit.jupiter.api.Test
    void farApartRecordsAreNotDuplicatesByNameButArePostcodeAndPhone() {
        var a = org.assetatlas.model.Asset.builder().name("Clacton Library").postcode("CO15 1SF")
                .location(new org.assetatlas.model.GeoPoint(51.792145, 1.154557)).phone("01255 123456").build();
        var far = a.toBuilder().location(new org.assetatlas.model.GeoPoint(51.830454, 1.244625)).phone("").build();
        assertTrue(DuplicateRule.judge(a, far).isEmpty());
        var farSamePhone = far.toBuilder().phone("+44 1255 123456").build();
        assertEquals("same postcode and phone", DuplicateRule.judge(a, farSamePhone).orElseThrow().reason());
    }
}
