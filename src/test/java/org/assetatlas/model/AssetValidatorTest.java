package org.assetatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssetValidatorTest {

    private final AssetValidator validator = new AssetValidator(Framework.liveWell());

    private List<String> fields(Asset a) {
        return validator.check(a).stream().map(AssetValidator.Problem::field).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postcode|CO1 1JB|",
        "postcode|co11jb|",
        "postcode|CO1|postcode",
        "email|help@example.org|",
        "email|help@example|email",
        "email|@example.org|email",
        "website|https://example.org/carers|",
        "website|example.org|",
        "website|not a url|website",
        "phone|01632 960123|",
        "phone|+44 1632 960123|",
        "phone|(01632) 960-123|",
        "phone|123|phone",
        "phone|call me|phone",
    })
    void checksContactFields(String field, String value, String problem) {
        Asset.Builder b = Asset.builder().name("X");
        switch (field) {
            case "postcode" -> b.postcode(value);
            case "email" -> b.email(value);
            case "website" -> b.website(value);
            default -> b.phone(value);
        }
        assertEquals(problem == null ? List.of() : List.of(problem), fields(b.build()));
    }

    @ParameterizedTest
    @CsvSource({"51.89, 0.90, ''", "40.7, -74.0, location", "51.89, 3.5, location", "60.15, -1.15, ''"})
    void wantsLocationsInTheUk(double lat, double lon, String problem) {
        List<String> expected = problem.isEmpty() ? List.of() : List.of(problem);
        assertEquals(expected, fields(Asset.builder().name("X").location(new GeoPoint(lat, lon)).build()));
    }

    @ParameterizedTest
    @CsvSource({"'Age Well', ''", "'age well', ''", "'Swim Well', domains"})
    void wantsDomainsFromTheFramework(String domain, String problem) {
        List<String> expected = problem.isEmpty() ? List.of() : List.of(problem);
        assertEquals(expected, fields(Asset.builder().name("X").domains(List.of(domain)).build()));
    }

    @ParameterizedTest
    @CsvSource({"0, 4, ''", "60, , ''", "18, 11, ageMax", "-1, 5, ageMin", "5, 130, ageMax"})
    void wantsASensibleAgeRange(Integer min, Integer max, String problem) {
        List<String> expected = problem.isEmpty() ? List.of() : List.of(problem);
        assertEquals(expected, fields(Asset.builder().name("X").ageMin(min).ageMax(max).build()));
    }

    @org.junit.jupiter.api.Test
    void wantsAName() {
        assertEquals(List.of("name"), fields(Asset.builder().name("   ").build()));
    }
}
