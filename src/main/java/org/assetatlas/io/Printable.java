package org.assetatlas.io;

/**
 * Text from a user's file made fit to quote in a message: control characters (which could move a terminal's cursor
 * or hide what follows) shown as U+FFFD, and very long values cut short with an ellipsis.
 */
public final class Printable {

    private Printable() {
    }

    /** The text with control characters replaced, cut to {@code max} characters (an ellipsis marks the cut). */
    public static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), max + 1));
        for (int i = 0; i < text.length() && b.length() < max; i++) {
            char c = text.charAt(i);
            b.append(c < 0x20 || c >= 0x7F && c <= 0x9F ? '\uFFFD' : c);
        }
        return b.length() < text.length() ? b.append('\u2026').toString() : b.toString();
    }
}
