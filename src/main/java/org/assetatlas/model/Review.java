package org.assetatlas.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one rule for when an asset is due to be checked: it has never been verified, or not for
 * {@link #DEFAULT_MONTHS} months (a project can choose another period), or something on it needs checking
 * ({@link Asset#needsChecking()}). The verification date is kept apart from the date the record was last changed,
 * as directories such as ALISS and the DfE's keep them: an edit is not a check. The asset table, signposting results
 * and the review queue all ask this.
 */
public final class Review {

    /** How long a check lasts unless the project says otherwise. */
    public static final int DEFAULT_MONTHS = 12;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Review() {
    }

    /** Whether a record last verified on {@code lastVerified} (null: never) is overdue on {@code today}. */
    public static boolean overdue(LocalDate lastVerified, LocalDate today, int months) {
        return lastVerified == null || lastVerified.isBefore(today.minusMonths(months));
    }

    /** The day before which a verification is overdue on {@code today}. */
    public static LocalDate cutoff(LocalDate today, int months) {
        return today.minusMonths(months);
    }

    /** Whether the asset is due to be checked. */
    public static boolean due(Asset a, LocalDate today, int months) {
        return overdue(a.lastVerified(), today, months) || !a.needsChecking().isEmpty();
    }

    /**
     * Why the asset is due, in words, first what needs checking then the age of the last check, e.g.
     * {@code ["\"shed@example\" is not an e-mail address", "Not checked since 3 Mar 2025"]}; empty when it is not.
     */
    public static List<String> reasons(Asset a, LocalDate today, int months) {
        List<String> out = new ArrayList<>();
        if (!a.needsChecking().isEmpty()) {
            for (String line : a.needsChecking().split("\n")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        if (a.lastVerified() == null) {
            out.add("Never checked");
        } else if (overdue(a.lastVerified(), today, months)) {
            out.add("Not checked since " + DAY.format(a.lastVerified()));
        }
        return out;
    }
}
