package org.assetatlas.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A resident's own words, with what they consented to.
 *
 * <p>The speaker's name is kept only with their consent to be named: a voice with a name and no consent to be named
 * cannot be made. {@link #speaker()} describes the speaker without identifying them (e.g. "parent, Greenstead").
 *
 * @param id           row id; 0 for a voice not yet stored
 * @param quote        the words
 * @param speaker      an anonymous description of the speaker, e.g. "unpaid carer, Colchester North"
 * @param name         the speaker's name, only when they agreed to be named; otherwise empty
 * @param consent      what may be done with the quote
 * @param factorIds    the factors the quote speaks to
 * @param domains      the domains it concerns
 * @param areaCodes    the areas it concerns
 * @param evidenceId   the engagement or source it was gathered in, or 0
 * @param date         when it was said, or null
 * @param illustrative made up for demonstration, not a real resident's words
 */
public record Voice(long id, String quote, String speaker, String name, VoiceConsent consent, List<Long> factorIds,
                    List<String> domains, List<String> areaCodes, long evidenceId, LocalDate date,
                    boolean illustrative) {

    public Voice {
        if (quote == null || quote.isBlank()) {
            throw new IllegalArgumentException("A voice needs the words that were said");
        }
        Objects.requireNonNull(consent, "consent");
        quote = quote.strip();
        speaker = speaker == null || speaker.isBlank() ? "a resident" : speaker.strip();
        name = name == null ? "" : name.strip();
        factorIds = factorIds == null ? List.of() : factorIds.stream().distinct().toList();
        domains = domains == null ? List.of() : List.copyOf(domains);
        areaCodes = areaCodes == null ? List.of() : List.copyOf(areaCodes);
    }

    /** Whether the speaker agreed to be named. */
    public boolean named() {
        return !name.isEmpty();
    }

    /** Who said it, as it may be shown: the name when the speaker agreed to be named, else the description. */
    public String attribution() {
        return named() ? name + " (" + speaker + ")" : speaker;
    }

    /** The same voice with another row id. */
    public Voice withId(long newId) {
        return new Voice(newId, quote, speaker, name, consent, factorIds, domains, areaCodes, evidenceId, date,
                illustrative);
    }

    /** The same voice linked to other factors. */
    public Voice withFactors(List<Long> ids) {
        return new Voice(id, quote, speaker, name, consent, ids, domains, areaCodes, evidenceId, date, illustrative);
    }
}
