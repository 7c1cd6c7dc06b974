package org.assetatlas.report;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How reports look for the organisation that publishes them.
 *
 * @param organisation shown on the title page and in the page header, e.g. "Colchester Community Partnership"
 * @param primary      main colour as {@code #RRGGBB}: title page band, headings, table heads
 * @param accent       second colour as {@code #RRGGBB}: figure tiles, rules
 * @param footer       text at the foot of every page, e.g. "OFFICIAL - for publication"
 * @param logoPng      the logo as PNG bytes, or null for none
 */
public record ReportBranding(String organisation, String primary, String accent, String footer, byte[] logoPng) {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    /** The default colours: a dark teal and a warm orange that print well in greyscale too. */
    public static final String DEFAULT_PRIMARY = "#1F4E5F";
    public static final String DEFAULT_ACCENT = "#C8553D";

    public ReportBranding {
        organisation = organisation == null ? "" : organisation.strip();
        primary = colour(primary, DEFAULT_PRIMARY);
        accent = colour(accent, DEFAULT_ACCENT);
        footer = footer == null ? "" : footer.strip();
        logoPng = logoPng == null || logoPng.length == 0 ? null : logoPng.clone();
    }

    /** Plain branding with the default colours and no logo. */
    public static ReportBranding standard(String organisation) {
        return new ReportBranding(organisation, DEFAULT_PRIMARY, DEFAULT_ACCENT, "", null);
    }

    /** Whether text is a colour this class accepts ({@code #RRGGBB}). */
    public static boolean isColour(String text) {
        return text != null && HEX.matcher(text.strip()).matches();
    }

    private static String colour(String value, String fallback) {
        return isColour(value) ? value.strip().toUpperCase(Locale.ROOT) : fallback;
    }

    /** A colour as 0xRRGGBB. */
    public static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }
}
