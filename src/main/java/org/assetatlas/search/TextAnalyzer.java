package org.assetatlas.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into index terms: runs of letters and digits, lower-cased, with accents removed ("Café" → "cafe") and
 * apostrophes inside words dropped ("carers'" → "carers", "St Anne's" → "st", "annes").
 */
public final class TextAnalyzer {

    /** Terms longer than this are cut, so that pasted junk cannot bloat the dictionary. */
    public static final int MAX_TERM_LENGTH = 40;

    private TextAnalyzer() {
    }

    /** The terms of the text in order, repeats kept; at most {@code max} of them. */
    public static List<String> terms(String text, int max) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String folded = fold(text);
        StringBuilder w = new StringBuilder();
        int n = folded.length();
        for (int i = 0; i < n && out.size() < max; i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (w.length() < MAX_TERM_LENGTH) {
                    w.append(c);
                }
            } else if ((c == '\'' || c == '\u2019') && w.length() > 0 && i + 1 < n
                    && Character.isLetterOrDigit(folded.charAt(i + 1))) {
                continue; // "anne's" reads as "annes"
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0 && out.size() < max) {
            out.add(w.toString());
        }
        return out;
    }

    /** Lower case without accents; characters outside the Basic Multilingual Plane (emoji) become spaces. */
    static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            b.append(Character.isSurrogate(c) ? ' ' : c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
