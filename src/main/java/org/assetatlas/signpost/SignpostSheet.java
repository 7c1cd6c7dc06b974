package org.assetatlas.signpost;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * The printable one-page signposting sheet: a plain-English A4 page for the resident with each shortlisted option
 * (what it is, when, cost, contact, where and how to get there, access), an optional small map with numbered dots,
 * and a large-print version. Written through openhtmltopdf with the PDF standard fonts.
 */
public final class SignpostSheet {

    /** Options that fit on one page in normal print. */
    public static final int MAX_OPTIONS = 4;
    /** Options that fit on one page in large print. */
    public static final int MAX_OPTIONS_LARGE = 2;

    /**
     * How the sheet looks.
     *
     * @param largePrint bigger type (16 pt) and fewer options per page
     * @param from       who prepared it (an organisation, never a person's private details), or ""
     * @param note       a line of the signposter's own, or ""
     */
    public record Options(boolean largePrint, String from, String note) {
    }

    private SignpostSheet() {
    }

    /** How many of the shortlist fit on the sheet. */
    public static int capacity(boolean largePrint) {
        return largePrint ? MAX_OPTIONS_LARGE : MAX_OPTIONS;
    }

    /**
     * The sheet as HTML (XHTML, what the PDF is made from).
     *
     * @param mapPng the small map, or null for none
     */
    public static String html(List<Suggestion> shortlist, String need, LocalDate date, Options o, byte[] mapPng) {
        int n = Math.min(shortlist.size(), capacity(o.largePrint()));
        double base = o.largePrint() ? 16 : 10.5;
        // Large print: the map goes below the options, full width, so the text keeps the whole line
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"/><title>Places that could help</title>");
        b.append("<style>");
        b.append("@page { size: A4; margin: 12mm 14mm 10mm 14mm; }");
        b.append("body { font-family: Helvetica, Arial, sans-serif; font-size: ").append(base).append("pt; color: #111;"
                + " line-height: 1.3; }");
        b.append("h1 { font-size: ").append(base * 1.9).append("pt; margin: 0 0 2pt 0; }");
        b.append(".sub { font-size: ").append(base).append("pt; color: #333; margin: 0 0 8pt 0; }");
        b.append(".opt { border-top: 1.5pt solid #0072B2; padding: 5pt 0 5pt 0; page-break-inside: avoid; }");
        b.append(".num { display: inline-block; background: #0072B2; color: #fff; font-weight: bold; width: ")
                .append(base * 1.6).append("pt; text-align: center; margin-right: 4pt; }");
        b.append("h2 { font-size: ").append(base * 1.25).append("pt; margin: 0 0 2pt 0; }");
        b.append("p { margin: 1pt 0; } .k { font-weight: bold; }");
        b.append(".check { color: #8a4b00; font-weight: bold; }");
        b.append(o.largePrint() ? ".map { width: 50mm; margin: 2pt 0 0 0; border: 0.5pt solid #999; }"
                : ".map { float: right; width: 66mm; margin: 0 0 6pt 8pt; border: 0.5pt solid #999; }");
        b.append(".foot { font-size: ").append(Math.max(9, base * 0.85)).append("pt; color: #333; margin-top: 8pt;"
                + " border-top: 0.5pt solid #999; padding-top: 4pt; }");
        b.append("</style></head><body>");
        b.append("<h1>Places that could help</h1>");
        StringBuilder sub = new StringBuilder();
        if (need != null && !need.isBlank()) {
            sub.append("You asked about: <b>").append(esc(abbreviate(need.strip(), 80))).append("</b>. ");
        }
        sub.append("Made on ").append(esc(date.format(HandOver.DATE)));
        if (!o.from().isBlank()) {
            sub.append(" by ").append(esc(o.from().strip()));
        }
        sub.append('.');
        b.append("<p class=\"sub\">").append(sub).append("</p>");
        String img = mapPng == null ? "" : "<img class=\"map\" alt=\"Map of the places, numbered as on this sheet\""
                + " src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(mapPng) + "\"/>";
        if (!o.largePrint()) {
            b.append(img);
        }
        if (!o.note().isBlank()) {
            b.append("<p>").append(esc(abbreviate(o.note().strip(), 300))).append("</p>");
        }
        for (int i = 0; i < n; i++) {
            HandOver.Item it = HandOver.item(shortlist.get(i));
            b.append("<div class=\"opt\">");
            b.append("<h2><span class=\"num\">").append(i + 1).append("</span>").append(esc(it.name())).append("</h2>");
            para(b, null, it.what());
            para(b, "When", it.when());
            para(b, "Cost", it.cost());
            para(b, "Contact", it.contact());
            para(b, "Where", it.where());
            para(b, "Getting there", it.gettingThere());
            para(b, "Access", it.access());
            para(b, null, it.howToJoin() + ".");
            if (it.unverified()) {
                b.append("<p class=\"check\">Please phone first: these details have not been confirmed in the last"
                        + " year.</p>");
            }
            b.append("</div>");
        }
        if (o.largePrint()) {
            b.append(img);
        }
        b.append("<div class=\"foot\">Times and details can change, so it is worth phoning before you go. "
                + "Places are usually closed on bank holidays.");
        if (shortlist.size() > n) {
            b.append(" Ask us about ").append(shortlist.size() - n).append(" more place")
                    .append(shortlist.size() - n == 1 ? "" : "s").append(" that could help.");
        }
        b.append("</div></body></html>");
        return b.toString();
    }

    private static void para(StringBuilder b, String label, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        b.append("<p>");
        if (label != null) {
            b.append("<span class=\"k\">").append(label).append(":</span> ");
        }
        b.append(esc(abbreviate(text, 300))).append("</p>");
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    /**
     * Escapes for XHTML and keeps to the characters the PDF standard fonts can show: Latin-1 and common
     * typographic punctuation; anything else (emoji, other scripts) is left out.
     */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c == '\n' || c == '\t') {
                        b.append(' ');
                    } else if ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xFF) || "–—‘’“”•…€".indexOf(c) >= 0) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Writes the sheet as a PDF. */
    public static void writePdf(List<Suggestion> shortlist, String need, LocalDate date, Options o, byte[] mapPng,
                                OutputStream out) throws IOException {
        String html = html(shortlist, need, date, o, mapPng);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }
}
