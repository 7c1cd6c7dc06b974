package org.assetatlas.util;

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

    /**
     * A message for the user that may quote a file's text: control characters other than line breaks and tabs shown
     * as U+FFFD, nothing cut. Exceptions about users' files pass their messages through this.
     */
    public static String message(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F;
            if (control && b == null) {
                b = new StringBuilder(text.substring(0, i));
            }
            if (b != null) {
                b.append(control ? '\uFFFD' : c);
            }
        }
        return b == null ? text : b.toString();
    }
}
