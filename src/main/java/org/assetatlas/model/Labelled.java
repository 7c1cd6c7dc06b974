package org.assetatlas.model;

import java.util.Locale;

/** An enum constant with a human label and a stable code used in files and the project database. */
public interface Labelled {
    /** The text shown to users, e.g. {@code "Low cost"}. */
    String label();

    /** The stable code written to files and the database, e.g. {@code "low cost"}. */
    default String code() {
        if (this instanceof Enum<?> e) {
            return LabelCodes.of(e);
        }
        return label().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds the constant whose code, label or enum name matches {@code text}, ignoring case, spaces, hyphens
     * and underscores; {@code null} when nothing matches.
     */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String wanted = squash(text);
        if (wanted.isEmpty()) {
            return null;
        }
        return type.cast(LabelIndex.find(type, wanted));
    }

    /** Lower-cases and drops everything but letters and digits. */
    static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
