package org.assetatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A barrier or an enabler: something that stops residents reaching what their community offers, or helps them to.
 *
 * @param id           row id; 0 for a factor not yet stored
 * @param kind         barrier or enabler
 * @param theme        one of the project's themes, e.g. "Transport" (see {@link FactorThemes})
 * @param description  what the factor is, in a sentence or two
 * @param domains      the health-and-wellbeing domains it affects (names from the project's framework)
 * @param areaCodes    the areas it applies to; empty for the whole project area
 * @param assetUids    assets it concerns, by their stable uid
 * @param strength     how strongly it was raised: the number of people or sources that raised it (at least 1)
 * @param evidenceIds  the evidence sources it cites
 * @param illustrative made up for demonstration, not real evidence
 */
public record Factor(long id, FactorKind kind, String theme, String description, List<String> domains,
                     List<String> areaCodes, List<String> assetUids, int strength, List<Long> evidenceIds,
                     boolean illustrative) {

    public Factor {
        Objects.requireNonNull(kind, "kind");
        if (theme == null || theme.isBlank()) {
            throw new IllegalArgumentException("A factor needs a theme");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("A factor needs a description");
        }
        if (strength < 1) {
            throw new IllegalArgumentException("Strength is the number of people or sources that raised the factor:"
                    + " at least 1, not " + strength);
        }
        theme = theme.strip();
        description = description.strip();
        domains = distinct(domains);
        areaCodes = distinct(areaCodes);
        assetUids = distinct(assetUids);
        evidenceIds = evidenceIds == null ? List.of() : evidenceIds.stream().distinct().toList();
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }

    /** The same factor with another row id. */
    public Factor withId(long newId) {
        return new Factor(newId, kind, theme, description, domains, areaCodes, assetUids, strength, evidenceIds,
                illustrative);
    }

    /** Whether the factor is recorded against the domain (compared as domain names are, ignoring case). */
    public boolean inDomain(String domain) {
        return domains.stream().anyMatch(d -> Labelled.squash(d).equals(Labelled.squash(domain)));
    }

    /** Whether the factor applies to the area: listed for it, or listed for no area (the whole project). */
    public boolean appliesTo(String areaCode) {
        return areaCodes.isEmpty() || areaCodes.contains(areaCode);
    }
}
