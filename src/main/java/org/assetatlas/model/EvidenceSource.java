package org.assetatlas.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A source of evidence that factors cite: an interview, a focus group, a survey, public data, a local plan...
 *
 * @param id           row id; 0 for a source not yet stored
 * @param type         the kind of source
 * @param title        a short name, e.g. "Greenstead listening campaign"
 * @param citation     a full reference, e.g. the publisher, title and page
 * @param link         a web address, or empty
 * @param date         when it was gathered or published, or null
 * @param sampleSize   how many people it heard from, or null when not applicable
 * @param illustrative made up for demonstration, not real evidence
 */
public record EvidenceSource(long id, EvidenceType type, String title, String citation, String link, LocalDate date,
                             Integer sampleSize, boolean illustrative) {

    public EvidenceSource {
        Objects.requireNonNull(type, "type");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("An evidence source needs a title");
        }
        if (sampleSize != null && sampleSize < 0) {
            throw new IllegalArgumentException("A sample size cannot be negative");
        }
        title = title.strip();
        citation = citation == null ? "" : citation.strip();
        link = link == null ? "" : link.strip();
    }

    /** The same source with another row id. */
    public EvidenceSource withId(long newId) {
        return new EvidenceSource(newId, type, title, citation, link, date, sampleSize, illustrative);
    }
}
