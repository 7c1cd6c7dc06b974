package org.assetatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnTest {

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = '|', textBlock = """
            name                | NAME
            Asset Name          | NAME
            ASSET_NAME          | NAME
            Organisation Name   | NAME
            LAT                 | LATITUDE
            y                   | LATITUDE
            Lng                 | LONGITUDE
            Long                | LONGITUDE
            E-mail              | EMAIL
            Email Address       | EMAIL
            Post Code           | POSTCODE
            postal.code         | POSTCODE
            Zip                 | POSTCODE
            Opening Times       | OPENING_HOURS
            opening-hours       | OPENING_HOURS
            Opening Times Note  | OPENING_NOTE
            Web Site            | WEBSITE
            Live Well Domain    | DOMAINS
            ABCD Category       | CATEGORY
            Address Line 1      | ADDRESS
            Run By              | ORGANISATION
            Organization        | ORGANISATION
            Access              | ACCESSIBILITY
            Access Route        | REFERRAL
            Date Verified       | LAST_VERIFIED
            Age From            | AGE_MIN
            Capacity            | CAPACITY_NOTE
            Easting             | EASTING
            """)
    void matchesHeaderIgnoringCaseAndSeparators(String header, Column expected) {
        Column found = Column.canonical(header) != null ? Column.canonical(header) : Column.variant(header);
        assertEquals(expected, found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"colour", "names", "latitude2", ""})
    void matchesNoColumnForOtherHeaders(String header) {
        assertNull(Column.canonical(header));
        assertNull(Column.variant(header));
    }

    @Test
    void exportsTheCanonicalHeaderInSpecOrder() {
        assertEquals(List.of("id", "name", "description", "kind", "category", "domains", "area", "tags",
                        "organisation", "address", "postcode", "latitude", "longitude",
                        "location_source", "phone", "email", "website",
                        "opening_hours", "opening_note", "cost", "cost_note", "accessibility", "age_min", "age_max",
                        "languages", "referral", "status", "capacity_note", "last_verified", "verified_by", "source",
                        "illustrative", "needs_checking", "created", "updated"),
                Column.EXPORTED.stream().map(Column::header).toList());
    }
}
