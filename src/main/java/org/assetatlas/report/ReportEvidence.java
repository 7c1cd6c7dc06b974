package org.assetatlas.report;

import java.util.List;

/**
 * Barriers and enablers with their evidence and residents' voices, and the themes that cut across domains.
 *
 * @param barriers what stops residents reaching what their community offers
 * @param enablers what helps them
 * @param themes   cross-cutting themes
 */
public record ReportEvidence(List<Factor> barriers, List<Factor> enablers, List<Theme> themes) {

    /** Nothing recorded. */
    public static final ReportEvidence EMPTY = new ReportEvidence(List.of(), List.of(), List.of());

    public ReportEvidence {
        barriers = List.copyOf(barriers);
        enablers = List.copyOf(enablers);
        themes = List.copyOf(themes);
    }

    /** Whether there is anything to report. */
    public boolean isEmpty() {
        return barriers.isEmpty() && enablers.isEmpty() && themes.isEmpty();
    }

    /**
     * A barrier or an enabler.
     *
     * @param title       short name, e.g. "No evening bus to Highwoods"
     * @param description what it is and whom it affects
     * @param category    e.g. "Transport", or empty
     * @param evidence    what it rests on
     * @param voices      residents' words about it
     */
    public record Factor(String title, String description, String category, List<Evidence> evidence,
                         List<Voice> voices) {
        public Factor {
            description = description == null ? "" : description;
            category = category == null ? "" : category;
            evidence = List.copyOf(evidence);
            voices = List.copyOf(voices);
        }

        /** The voices that may appear in a published report. */
        public List<Voice> publishableVoices() {
            return voices.stream().filter(Voice::publishable).toList();
        }
    }

    /**
     * One piece of evidence.
     *
     * @param type    e.g. "Survey", "Focus group"
     * @param source  who or what, e.g. "Residents' survey 2025 (n = 412)"
     * @param summary what it shows
     */
    public record Evidence(String type, String source, String summary) {
    }

    /**
     * A resident's words.
     *
     * @param quote       what they said
     * @param attribution how they may be described, e.g. "Resident, 70s, Highwoods"
     * @param publishable whether they consented to publication in reports
     */
    public record Voice(String quote, String attribution, boolean publishable) {
    }

    /**
     * A cross-cutting theme.
     *
     * @param name        e.g. "Getting there"
     * @param description what it is about
     * @param factors     titles of the barriers and enablers it links
     */
    public record Theme(String name, String description, List<String> factors) {
        public Theme {
            description = description == null ? "" : description;
            factors = List.copyOf(factors);
        }
    }
}
