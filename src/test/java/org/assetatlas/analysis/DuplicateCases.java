package org.assetatlas.analysis;

import java.util.List;
import org.assetatlas.model.Asset;
import org.assetatlas.model.GeoPoint;

/**
 * One table of duplicate and distinct pairs in Colchester, run through the rule, the service and the command line
 * so that they cannot drift apart. Real places; the groups and their contact details are illustrative.
 */
public final class DuplicateCases {

    private DuplicateCases() {
    }

    /**
     * One case.
     *
     * @param what   what it shows
     * @param a      the first record (saved first)
     * @param b      the second record
     * @param reason the start of the reason given, or null when the two are not duplicates
     */
    public record Case(String what, Asset a, Asset b, String reason) {
        public boolean duplicate() {
            return reason != null;
        }

        @Override
        public String toString() {
            return what;
        }
    }

    private static Asset.Builder asset(String uid, String name, String postcode, double lat, double lon) {
        return Asset.builder().uid(uid).name(name).postcode(postcode)
                .location(Double.isNaN(lat) ? null : new GeoPoint(lat, lon)).illustrative(true);
    }

    /** The cases: three duplicates and four hard non-duplicates. */
    public static List<Case> all() {
        return List.of(
                new Case("one centre from two spreadsheets: abbreviations, apostrophe, phone format, no location",
                        asset("anne-1", "St Anne's Community Centre", "CO4 0PY", 51.8929, 0.9310)
                                .phone("01632 960118").build(),
                        asset("anne-2", "St. Annes Comm. Centre", "CO4 0PY", Double.NaN, 0)
                                .phone("(01632) 960118").build(),
                        "same postcode and phone"),
                new Case("two branches of one charity: same e-mail and web site, 4 km apart",
                        asset("foodbank-1", "Colchester Foodbank Greenstead", "CO4 3QE", 51.891394, 0.936914)
                                .email("info@foodbank.example.org").website("https://foodbank.example.org/greenstead")
                                .build(),
                        asset("foodbank-2", "Colchester Foodbank Stanway", "CO3 8LR", 51.8861, 0.8785)
                                .email("info@foodbank.example.org").website("https://foodbank.example.org/stanway")
                                .build(),
                        null),
                new Case("a typo and a missing apostrophe, 150 m apart",
                        asset("shed-1", "Highwoods Men's Shed", "CO4 9PE", 51.9105, 0.9060).build(),
                        asset("shed-2", "Highwods Mens Shed", "", 51.9118, 0.9065).build(),
                        "names 0.9"),
                new Case("one kind of service in two places: real libraries",
                        asset("lib-1", "Greenstead Library", "CO4 3QE", 51.891394, 0.936914).build(),
                        asset("lib-2", "Prettygate Library", "CO3 4NW", 51.8806, 0.8737).build(),
                        null),
                new Case("same building, different groups",
                        asset("hall-1", "Mile End Craft and Chat", "CO4 5HX", 51.9120, 0.8990)
                                .phone("01632 960301").build(),
                        asset("hall-2", "Mile End Walking Group", "CO4 5HX", 51.9120, 0.8990)
                                .phone("01632 960302").build(),
                        null),
                new Case("renamed by the other partner, same e-mail",
                        asset("repair-1", "Wivenhoe Repair Cafe", "CO7 9DE", 51.8560, 0.9590)
                                .email("repair@wivenhoe.example.org").build(),
                        asset("repair-2", "Wivenhoe Fix-It Saturdays", "CO7 9DE", 51.8562, 0.9593)
                                .email("Repair@Wivenhoe.example.org").build(),
                        "same e-mail"),
                new Case("numbered groups of one organisation",
                        asset("scouts-1", "1st Stanway Scout Group", "CO3 8LR", 51.8861, 0.8785).build(),
                        asset("scouts-2", "2nd Stanway Scout Group", "CO3 8LR", 51.8866, 0.8790).build(),
                        null));
    }
}
