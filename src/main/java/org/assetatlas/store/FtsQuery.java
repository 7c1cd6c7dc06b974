package org.assetatlas.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns whatever a user typed into a safe FTS5 query: the text is cut into words (letters and digits), each word
 * becomes a quoted prefix term and all must match. FTS5 operators typed by the user ({@code AND}, {@code NEAR(},
 * {@code *}, quotes, brackets, {@code -}) are treated as ordinary text, so no input can be a syntax error.
 */
public final class FtsQuery {

    /** Words beyond this many are ignored, so a pasted essay stays a quick search. */
    public static final int MAX_TERMS = 12;
    private static final int MAX_TERM_LENGTH = 40;

    private FtsQuery() {
    }

    /** The words of the text, lower-cased, at most {@link #MAX_TERMS}. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder w = new StringBuilder();
        int i = 0;
        while (i <= text.length() && out.size() < MAX_TERMS) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(cp)) {
                if (w.length() < MAX_TERM_LENGTH) {
                    w.appendCodePoint(Character.toLowerCase(cp));
                }
            } else if (w.length() > 0) {
                out.add(w.toString().toLowerCase(Locale.ROOT));
                w.setLength(0);
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }

    /** The FTS5 MATCH expression for the text, or null when it holds no words. */
    public static String of(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append('"').append(w).append("\"*");
        }
        return b.toString();
    }
}
