package org.assetatlas.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reference file loaded into the project (postcode centroids, deprivation, population), kept so that the app and
 * reports can say where the figures come from, under which licence, and how old they are.
 *
 * @param kind      what the file holds
 * @param title     the dataset, e.g. "English Indices of Deprivation 2019"
 * @param publisher who publishes it, e.g. "Ministry of Housing, Communities and Local Government"
 * @param licence   its licence, e.g. "Open Government Licence v3.0"
 * @param vintage   the edition or reference date, e.g. "2019" or "mid-2015"; empty when the file does not say
 * @param file      the name of the file loaded (no folder)
 * @param loaded    the day it was loaded
 * @param rows      the rows stored from it
 */
public record ReferenceSource(Kind kind, String title, String publisher, String licence, String vintage, String file,
                              LocalDate loaded, long rows) {

    /** The kinds of reference file a partnership loads. */
    public enum Kind {
        POSTCODES("Postcode centroids"),
        DEPRIVATION("Indices of Deprivation"),
        POPULATION("Population by age");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The kind in words, e.g. "Postcode centroids". */
        public String label() {
            return label;
        }
    }

    public ReferenceSource {
        Objects.requireNonNull(kind, "kind");
        title = Objects.requireNonNullElse(title, "").strip();
        publisher = Objects.requireNonNullElse(publisher, "").strip();
        licence = Objects.requireNonNullElse(licence, "").strip();
        vintage = Objects.requireNonNullElse(vintage, "").strip();
        file = Objects.requireNonNullElse(file, "").strip();
        Objects.requireNonNull(loaded, "loaded");
    }

    /** One line for a list or a report: title, vintage, publisher and licence. */
    public String citation() {
        StringBuilder b = new StringBuilder(title);
        if (!vintage.isEmpty() && !title.contains(vintage)) {
            b.append(" (").append(vintage).append(')');
        }
        if (!publisher.isEmpty()) {
            b.append(", ").append(publisher);
        }
        if (!licence.isEmpty()) {
            b.append(". ").append(licence);
        }
        return b.toString();
    }
}
