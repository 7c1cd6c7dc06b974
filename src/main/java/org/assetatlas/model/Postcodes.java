package org.assetatlas.model;

import java.util.regex.Pattern;

/** UK postcode checks and normal form ({@code "co11jb"} → {@code "CO1 1JB"}). */
public final class Postcodes {

    /** Outward code + inward code, per the Royal Mail format rules (letters the format forbids are rejected). */
    private static final Pattern FULL = Pattern.compile(
            "^(GIR0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)[0-9][ABD-HJLNP-UW-Z]{2})$");

    private Postcodes() {
    }

    /** Whether the text is a well-formed full UK postcode, in any case and spacing. */
    public static boolean isValid(String text) {
        return text != null && FULL.matcher(compact(text)).matches();
    }

    /**
     * The postcode in upper case with one space before the inward code.
     *
     * @throws IllegalArgumentException when the text is not a well-formed postcode
     */
    public static String normalise(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("Not a UK postcode: \"" + text + "\"");
        }
        String c = compact(text);
        return c.substring(0, c.length() - 3) + " " + c.substring(c.length() - 3);
    }

    /** Upper case with all white space removed, e.g. the key used to look a postcode up. */
    public static String compact(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }
}
