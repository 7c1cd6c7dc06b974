package org.assetatlas.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the anonymous signposting log: no names, contact details or full postcodes.
 *
 * @param id       row id (0 before it is stored)
 * @param date     the day the resident was signposted
 * @param need     the need in the words used, with anything that looks personal taken out
 * @param areaCode the area the need was for (at most a neighbourhood), or null when not known
 * @param place    how the place was given, coarsened: a postcode district ("CO4"), "map point", an area name, or ""
 * @param domain   the domain the need falls in, or "" when not known
 * @param options  the names of the options given, in order
 * @param results  how many results the search found
 * @param unmet    true when the search found nothing good: evidence of a gap
 * @param outcome  what came of it, added later ("" until then)
 */
public record SignpostLogEntry(long id, LocalDate date, String need, String areaCode, String place, String domain,
                               List<String> options, int results, boolean unmet, String outcome) {

    public SignpostLogEntry {
        need = need == null ? "" : need;
        place = place == null ? "" : place;
        domain = domain == null ? "" : domain;
        options = options == null ? List.of() : List.copyOf(options);
        outcome = outcome == null ? "" : outcome;
    }

    public SignpostLogEntry withId(long newId) {
        return new SignpostLogEntry(newId, date, need, areaCode, place, domain, options, results, unmet, outcome);
    }
}
