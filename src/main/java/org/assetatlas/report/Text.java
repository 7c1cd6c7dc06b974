package org.assetatlas.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number, date and XML text formatting shared by the report writers (British English). */
final class Text {

    static final Locale UK = Locale.UK;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", UK);

    private Text() {
    }

    static String count(long n) {
        return NumberFormat.getIntegerInstance(UK).format(n);
    }

    static String count(Integer n) {
        return n == null ? "not known" : count(n.longValue());
    }

    /** One decimal place: "2.4". */
    static String decimal(Double d) {
        return d == null ? "–" : String.format(UK, "%.1f", d);
    }

    /** "+3", "−2" or "no change". */
    static String change(Long delta) {
        if (delta == null) {
            return "";
        }
        if (delta == 0) {
            return "no change";
        }
        return (delta > 0 ? "+" : "\u2212") + count(Math.abs(delta));
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** Per cent of a whole, no decimals. */
    static String share(long part, long whole) {
        return whole <= 0 ? "–" : Math.round(part * 100.0 / whole) + "%";
    }

    /** Escapes text for XHTML content and attribute values, dropping characters XML cannot hold. */
    static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    } else if (c == '\r') {
                        b.append(' ');
                    }
                }
            }
        }
        return b.toString();
    }

    /** A colour as CSS {@code #RRGGBB}. */
    static String css(int rgb) {
        return String.format("#%06X", rgb & 0xFFFFFF);
    }
}
