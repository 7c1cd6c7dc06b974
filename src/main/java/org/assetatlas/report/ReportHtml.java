package org.assetatlas.report;

import static org.assetatlas.report.Text.css;
import static org.assetatlas.report.Text.xml;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.assetatlas.model.ReferenceSource;
import org.assetatlas.report.ReportContent.Count;
import org.assetatlas.report.ReportContent.Coverage;
import org.assetatlas.report.ReportContent.CoverageRow;
import org.assetatlas.report.ReportContent.DirectoryEntry;
import org.assetatlas.report.ReportContent.DirectoryGroup;
import org.assetatlas.report.ReportContent.Summary;
import org.assetatlas.report.ReportEvidence.Factor;
import org.assetatlas.report.ReportEvidence.Theme;
import org.assetatlas.report.ReportEvidence.Voice;

/**
 * Lays a report out as XHTML for openhtmltopdf: an A4 document with a title page, numbered sections, a contents
 * list with page numbers, bookmarks, running footer and page numbers, tables whose headings repeat on every page and
 * whose rows never split.
 */
final class ReportHtml {

    /** The sections in order: id and heading. Shared with the Word writer so both read the same. */
    static final List<String[]> SECTIONS = List.of(
            new String[] {"summary", "1. At a glance"},
            new String[] {"map", "2. Map of assets"},
            new String[] {"coverage", "3. Coverage and gaps"},
            new String[] {"factors", "4. Barriers and enablers"},
            new String[] {"themes", "5. Cross-cutting themes"},
            new String[] {"actions", "6. Calls to action"},
            new String[] {"directory", "Appendix A. Asset directory"},
            new String[] {"sources", "Appendix B. Sources, data licences and attribution"});

    static final String FONT = "Liberation Sans";

    private final ReportContent r;
    private final StringBuilder h = new StringBuilder(64 * 1024);

    private ReportHtml(ReportContent r) {
        this.r = r;
    }

    /** The report as an XHTML document. */
    static String of(ReportContent r) {
        return new ReportHtml(r).build();
    }

    private String build() {
        String primary = r.branding().primary();
        String accent = r.branding().accent();
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
                .append("<meta charset=\"UTF-8\"/>")
                .append("<title>").append(xml(r.title())).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(xml(r.subtitle())).append("\"/>")
                .append("<meta name=\"author\" content=\"").append(xml(author())).append("\"/>")
                .append("<meta name=\"description\" content=\"").append(xml(r.subtitle() + ": " + r.title()))
                .append("\"/>")
                .append("<style>").append(stylesheet(primary, accent)).append("</style>");
        h.append("<bookmarks>");
        for (String[] s : SECTIONS) {
            h.append("<bookmark name=\"").append(xml(s[1])).append("\" href=\"#").append(s[0]).append("\"/>");
        }
        h.append("</bookmarks></head><body>");
        cover();
        summary();
        map();
        coverage();
        factors();
        themes();
        actions();
        directory();
        sources();
        h.append("</body></html>");
        return h.toString();
    }

    private String author() {
        return r.branding().organisation().isEmpty() ? r.projectName() : r.branding().organisation();
    }

    private static String stylesheet(String primary, String accent) {
        return """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
              @bottom-left { content: element(footer); vertical-align: top; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: '%1$s';
                font-size: 8pt; color: #555; vertical-align: top; padding-top: 4mm; } }
            @page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
            body { font-family: '%1$s'; font-size: 10pt; line-height: 1.38; color: #1d1d1b; }
            .footer { position: running(footer); font-size: 8pt; color: #555; padding-top: 4mm; }
            .cover { page-break-after: always; }
            .band { background: %2$s; color: #fff; padding: 12mm 12mm 10mm 12mm; min-height: 70mm; }
            .band .org { font-size: 13pt; font-weight: bold; letter-spacing: 0.2pt; }
            .band img.logo { height: 18mm; float: right; }
            .band .kicker { margin-top: 22mm; font-size: 11pt; text-transform: uppercase; letter-spacing: 1.5pt;
              color: #ffffff; }
            .band h1 { font-size: 34pt; line-height: 1.1; margin: 3mm 0 0 0; color: #fff; }
            .band .where { font-size: 18pt; margin-top: 2mm; }
            .rule { height: 3mm; background: %3$s; }
            .coverbody { padding: 10mm 0 0 0; }
            .meta { color: #444; font-size: 10pt; }
            .toc { margin-top: 8mm; width: 100%%; border-collapse: collapse; }
            .toc td { padding: 1.6mm 0; border-bottom: 0.4pt solid #ccc; font-size: 10.5pt; }
            .toc td.pg { text-align: right; width: 16mm; color: #555; }
            .toc a { color: #1d1d1b; text-decoration: none; }
            .toc a.pg::after { content: target-counter(attr(href), page); }
            .notes { margin-top: 8mm; border-left: 2.5mm solid %3$s; background: #f6f3ee; padding: 3mm 4mm;
              font-size: 9pt; }
            .notes p { margin: 0 0 1.5mm 0; }
            .coverfoot { margin-top: 10mm; font-size: 8.5pt; color: #555; }
            h2 { font-size: 17pt; color: %2$s; margin: 0 0 4mm 0; padding-bottom: 1.5mm;
              border-bottom: 0.8pt solid %3$s; page-break-after: avoid; }
            h2.section { page-break-before: always; }
            h2.cont { margin-top: 9mm; }
            h3 { font-size: 12pt; color: %2$s; margin: 5mm 0 2mm 0; page-break-after: avoid; }
            h4 { font-size: 10.5pt; margin: 3mm 0 1mm 0; page-break-after: avoid; }
            p { margin: 0 0 2.5mm 0; }
            .lead { font-size: 11pt; }
            .muted { color: #555; }
            .small { font-size: 8.5pt; }
            table.tiles { width: 100%%; border-collapse: separate; border-spacing: 2.5mm 0;
              margin: 0 -2.5mm 5mm -2.5mm; }
            table.tiles td { background: #f3f5f6; border-top: 1.2mm solid %3$s; padding: 3mm 3mm 3.5mm 3mm;
              vertical-align: top; width: 25%%; }
            .tile-n { font-size: 22pt; font-weight: bold; color: %2$s; line-height: 1.1; }
            .tile-l { font-size: 8.5pt; color: #444; margin-top: 1mm; }
            table.data { width: 100%%; border-collapse: collapse; margin: 1mm 0 4mm 0; font-size: 9pt;
              -fs-table-paginate: paginate; }
            table.data thead { display: table-header-group; }
            table.data tr { page-break-inside: avoid; }
            table.data th { background: %2$s; color: #fff; text-align: left; padding: 1.6mm 2mm; font-weight: bold;
              vertical-align: bottom; }
            table.data td { padding: 1.5mm 2mm; border-bottom: 0.4pt solid #d5d8dc; vertical-align: top; }
            table.data td.n, table.data th.n { text-align: right; }
            table.data tr.current td { background: #fdf1e6; font-weight: bold; }
            table.data tr.total td { border-top: 0.9pt solid #333; font-weight: bold; }
            .swatch { display: inline-block; width: 3mm; height: 3mm; margin-right: 1.5mm; border-radius: 0.6mm; }
            .bar { height: 2.6mm; background: %2$s; }
            table.two { width: 100%%; border-collapse: collapse; }
            table.two > tbody > tr > td { vertical-align: top; width: 50%%; padding: 0; }
            table.two > tbody > tr > td.gap { width: 6mm; }
            img.map { width: 100%%; border: 0.4pt solid #bbb; }
            .legend { font-size: 8.5pt; margin: 2mm 0 1mm 0; }
            .legend span.item { margin-right: 4mm; white-space: nowrap; }
            .caption { font-size: 8pt; color: #555; }
            .factor { page-break-inside: avoid; margin-bottom: 4mm; padding: 2.5mm 3.5mm; background: #f6f7f8;
              border-left: 1.5mm solid %2$s; }
            .factor.barrier { border-left-color: %3$s; }
            .chip { font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.8pt; color: #555; }
            blockquote { margin: 2mm 0 2mm 0; padding: 0 0 0 4mm; border-left: 0.8mm solid #bbb; font-style: italic; }
            blockquote .who { font-style: normal; font-size: 8.5pt; color: #555; }
            ol.actions li { margin-bottom: 2.5mm; padding-left: 1mm; }
            .empty { border: 0.5pt dashed #aaa; padding: 3mm 4mm; color: #444; background: #fafafa; }
            table.dir { table-layout: fixed; }
            table.dir td, table.dir th { word-wrap: break-word; }
            table.dir .c1 { width: 31%%; } table.dir .c2 { width: 22%%; } table.dir .c3 { width: 23%%; }
            table.dir .c4 { width: 24%%; }
            table.dir .desc { font-size: 8pt; color: #444; font-weight: normal; }
            .badge { font-size: 7pt; color: #7a4b00; }
            ul.sources li { margin-bottom: 1.6mm; font-size: 9pt; }
            """.formatted(FONT, primary, accent);
    }

    // ---- Title page ---------------------------------------------------------------------------------------------

    private void cover() {
        h.append("<div class=\"cover\"><div class=\"band\">");
        if (r.branding().logoPng() != null) {
            h.append("<img class=\"logo\" alt=\"").append(xml(r.branding().organisation())).append(" logo\" src=\"")
                    .append(dataUri(r.branding().logoPng())).append("\"/>");
        }
        h.append("<div class=\"org\">").append(xml(author())).append("</div>");
        h.append("<div class=\"kicker\">").append(xml(r.subtitle())).append("</div>");
        h.append("<h1>").append(xml(r.domain() == null ? "All domains" : r.domain())).append("</h1>");
        h.append("<div class=\"where\">").append(xml(r.areaName())).append("</div>");
        h.append("</div><div class=\"rule\"></div><div class=\"coverbody\">");
        h.append("<p class=\"meta\">").append(xml(Text.date(r.generated()))).append(" \u00B7 ")
                .append(Text.count(r.summary().assets())).append(" community assets \u00B7 from the project \u201C")
                .append(xml(r.projectName())).append("\u201D</p>");
        h.append("<table class=\"toc\" role=\"presentation\"><tbody>");
        for (String[] s : SECTIONS) {
            h.append("<tr><td><a href=\"#").append(s[0]).append("\">").append(xml(s[1])).append("</a></td>")
                    .append("<td class=\"pg\"><a class=\"pg\" href=\"#").append(s[0]).append("\"></a></td></tr>");
        }
        h.append("</tbody></table>");
        if (!r.notes().isEmpty()) {
            h.append("<div class=\"notes\">");
            for (String n : r.notes()) {
                h.append("<p>").append(xml(n)).append("</p>");
            }
            h.append("</div>");
        }
        h.append("<p class=\"coverfoot\">").append(xml(footerText())).append("</p></div></div>");
    }

    private String footerText() {
        String f = r.branding().footer();
        String base = r.title() + " \u00B7 " + Text.date(r.generated());
        return f.isEmpty() ? base : f + " \u00B7 " + base;
    }

    // ---- 1. Summary ---------------------------------------------------------------------------------------------

    private void summary() {
        Summary s = r.summary();
        h.append("<div class=\"footer\">").append(xml(footerText())).append("</div>");
        section(0, false);
        h.append("<p class=\"lead\">").append(xml(ReportWords.summarySentence(r))).append("</p>");
        h.append("<table class=\"tiles\" role=\"presentation\"><tbody><tr>");
        tile(Text.count(s.assets()), "community assets for " + r.domainLabel());
        tile(Text.count(s.population()),
                "residents" + (s.populationNote().isEmpty() ? "" : " (" + s.populationNote() + ")"));
        tile(Text.decimal(s.perThousand()), "assets per 1,000 residents");
        if (s.baseline() == null) {
            tile("\u2013", "change: no earlier snapshot to compare with");
        } else {
            tile(Text.change(s.assets() - s.baseline().assets()), "since " + s.baseline().label());
        }
        h.append("</tr></tbody></table>");

        h.append("<table class=\"two\" role=\"presentation\"><tbody><tr><td>");
        h.append("<h3>By ABCD category</h3>");
        countTable("Category", s.byCategory(), s.assets(), true);
        h.append("</td><td class=\"gap\"></td><td>");
        h.append("<h3>By kind of asset</h3>");
        countTable("Kind", s.byKind(), s.assets(), false);
        h.append("</td></tr></tbody></table>");
        if (s.baseline() != null) {
            h.append("<p class=\"small muted\">Change is measured against ").append(xml(s.baseline().label()))
                    .append(", when ").append(Text.count(s.baseline().assets()))
                    .append(" assets were recorded for this domain and area.</p>");
        }
    }

    private void tile(String number, String label) {
        h.append("<td><div class=\"tile-n\">").append(xml(number)).append("</div><div class=\"tile-l\">")
                .append(xml(label)).append("</div></td>");
    }

    private void countTable(String heading, List<Count> counts, long total, boolean bars) {
        boolean change = counts.stream().anyMatch(c -> c.previous() != null);
        long max = counts.stream().mapToLong(Count::count).max().orElse(1);
        h.append("<table class=\"data\"><thead><tr><th scope=\"col\">").append(heading)
                .append("</th><th scope=\"col\" class=\"n\">Assets</th><th scope=\"col\" class=\"n\">Share</th>");
        if (change) {
            h.append("<th scope=\"col\" class=\"n\">Change</th>");
        }
        h.append("</tr></thead><tbody>");
        for (Count c : counts) {
            h.append("<tr><td>");
            if (c.rgb() >= 0) {
                h.append("<span class=\"swatch\" style=\"background:").append(css(c.rgb())).append("\"></span>");
            }
            h.append(xml(c.label()));
            if (bars && max > 0) {
                h.append("<div class=\"bar\" style=\"width:").append(Math.max(1, Math.round(c.count() * 100.0 / max)))
                        .append("%;").append(c.rgb() >= 0 ? "background:" + css(c.rgb()) : "").append("\"></div>");
            }
            h.append("</td><td class=\"n\">").append(Text.count(c.count())).append("</td><td class=\"n\">")
                    .append(Text.share(c.count(), total)).append("</td>");
            if (change) {
                h.append("<td class=\"n\">").append(xml(Text.change(c.change()))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("<tr class=\"total\"><td>Total</td><td class=\"n\">").append(Text.count(total))
                .append("</td><td class=\"n\"></td>");
        if (change) {
            h.append("<td class=\"n\"></td>");
        }
        h.append("</tr></tbody></table>");
    }

    // ---- 2. Map -------------------------------------------------------------------------------------------------

    private void map() {
        section(1, true);
        if (r.map() == null) {
            h.append("<p class=\"empty\">No area boundaries or located assets to draw.</p>");
            return;
        }
        h.append("<img class=\"map\" alt=\"").append(xml(ReportWords.mapAlt(r))).append("\" src=\"")
                .append(dataUri(r.map())).append("\"/>");
        h.append("<div class=\"legend\">");
        for (Count c : r.summary().byCategory()) {
            if (c.rgb() >= 0) {
                h.append("<span class=\"item\"><span class=\"swatch\" style=\"background:").append(css(c.rgb()))
                        .append("\"></span>").append(xml(c.label())).append("</span> ");
            }
        }
        h.append("</div><p class=\"caption\">").append(xml(r.mapNote())).append("</p>");
    }

    // ---- 3. Coverage --------------------------------------------------------------------------------------------

    private void coverage() {
        Coverage c = r.coverage();
        section(2, true);
        for (String para : ReportWords.coverageSentences(r)) {
            h.append("<p>").append(xml(para)).append("</p>");
        }
        int focus = r.domain() == null ? -1 : c.domains().indexOf(r.domain());
        h.append("<table class=\"data\"><thead><tr><th scope=\"col\">Area</th>")
                .append("<th scope=\"col\" class=\"n\">Residents</th>");
        for (String d : c.domains()) {
            h.append("<th scope=\"col\" class=\"n\">").append(xml(d)).append("</th>");
        }
        h.append("<th scope=\"col\" class=\"n\">All assets</th><th scope=\"col\" class=\"n\">")
                .append(focus >= 0 ? xml(r.domain()) + " per 1,000" : "Per 1,000").append("</th>");
        if (c.deprivationLabel() != null) {
            h.append("<th scope=\"col\" class=\"n\">").append(xml(c.deprivationLabel())).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (CoverageRow row : c.rows()) {
            h.append(row.current() ? "<tr class=\"current\">" : "<tr>");
            h.append("<td>").append(xml(row.areaName())).append("</td><td class=\"n\">")
                    .append(row.population() == null ? "–" : Text.count(row.population())).append("</td>");
            for (long n : row.counts()) {
                h.append("<td class=\"n\">").append(Text.count(n)).append("</td>");
            }
            long base = focus >= 0 ? row.counts()[focus] : row.assets();
            h.append("<td class=\"n\">").append(Text.count(row.assets())).append("</td><td class=\"n\">")
                    .append(Text.decimal(ReportContent.perThousand(base, row.population()))).append("</td>");
            if (c.deprivationLabel() != null) {
                h.append("<td class=\"n\">").append(xml(row.deprivation() == null ? "–" : row.deprivation()))
                        .append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
        h.append("<p class=\"small muted\">").append(xml(c.note())).append("</p>");
    }

    // ---- 4, 5. Evidence -----------------------------------------------------------------------------------------

    private void factors() {
        section(3, false);
        ReportEvidence e = r.evidence();
        if (e.barriers().isEmpty() && e.enablers().isEmpty()) {
            h.append("<p class=\"empty\">").append(xml(ReportWords.noFactors(r))).append("</p>");
            return;
        }
        h.append("<h3>Barriers</h3>");
        factorList(e.barriers(), true);
        h.append("<h3>Enablers</h3>");
        factorList(e.enablers(), false);
    }

    private void factorList(List<Factor> list, boolean barrier) {
        if (list.isEmpty()) {
            h.append("<p class=\"muted\">None recorded.</p>");
            return;
        }
        for (Factor f : list) {
            h.append("<div class=\"factor").append(barrier ? " barrier" : "").append("\">");
            if (!f.category().isEmpty()) {
                h.append("<div class=\"chip\">").append(xml(f.category())).append("</div>");
            }
            h.append("<h4>").append(xml(f.title())).append("</h4>");
            if (!f.description().isEmpty()) {
                h.append("<p>").append(xml(f.description())).append("</p>");
            }
            if (!f.evidence().isEmpty()) {
                h.append("<p class=\"small\"><b>Evidence:</b> ");
                List<String> parts = new ArrayList<>();
                for (ReportEvidence.Evidence ev : f.evidence()) {
                    parts.add(xml(ev.type()) + " \u2013 " + xml(ev.source())
                            + (ev.summary() == null || ev.summary().isEmpty() ? "" : ": " + xml(ev.summary())));
                }
                h.append(String.join("; ", parts)).append("</p>");
            }
            for (Voice v : f.publishableVoices()) {
                h.append("<blockquote><p>\u201C").append(xml(v.quote())).append("\u201D</p><p class=\"who\">\u2014 ")
                        .append(xml(v.attribution())).append("</p></blockquote>");
            }
            h.append("</div>");
        }
    }

    private void themes() {
        section(4, false);
        List<Theme> themes = r.evidence().themes();
        if (themes.isEmpty()) {
            h.append("<p class=\"empty\">No cross-cutting themes have been recorded yet.</p>");
            return;
        }
        for (Theme t : themes) {
            h.append("<h3>").append(xml(t.name())).append("</h3>");
            if (!t.description().isEmpty()) {
                h.append("<p>").append(xml(t.description())).append("</p>");
            }
            if (!t.factors().isEmpty()) {
                h.append("<p class=\"small muted\">Links: ").append(xml(String.join("; ", t.factors()))).append("</p>");
            }
        }
    }

    // ---- 6. Calls to action -------------------------------------------------------------------------------------

    private void actions() {
        section(5, false);
        if (r.callsToAction().isEmpty()) {
            h.append("<p class=\"empty\">").append(xml(ReportWords.noActions(r))).append("</p>");
            return;
        }
        h.append("<ol class=\"actions\">");
        for (String a : r.callsToAction()) {
            h.append("<li>").append(xml(a)).append("</li>");
        }
        h.append("</ol>");
    }

    // ---- Appendices ---------------------------------------------------------------------------------------------

    private void directory() {
        section(6, true);
        h.append("<p>").append(xml(ReportWords.directoryIntro(r))).append("</p>");
        for (DirectoryGroup g : r.directory().groups()) {
            h.append("<h3><span class=\"swatch\" style=\"background:").append(css(g.rgb())).append("\"></span>")
                    .append(xml(g.category())).append(" (").append(g.entries().size()).append(")</h3>");
            h.append("<table class=\"data dir\"><thead><tr><th scope=\"col\" class=\"c1\">Asset</th>")
                    .append("<th scope=\"col\" class=\"c2\">Where</th><th scope=\"col\" class=\"c3\">Contact</th>")
                    .append("<th scope=\"col\" class=\"c4\">When and cost</th></tr></thead><tbody>");
            for (DirectoryEntry e : g.entries()) {
                h.append("<tr><td class=\"name\"><b>").append(xml(e.name())).append("</b>");
                if (e.illustrative()) {
                    h.append(" <span class=\"badge\">(illustrative)</span>");
                }
                h.append("<div class=\"desc\">").append(xml(e.kind()));
                if (!e.organisation().isEmpty()) {
                    h.append(" \u00B7 ").append(xml(e.organisation()));
                }
                h.append("</div></td><td>").append(lines(e.address(), e.postcode())).append("</td><td>")
                        .append(lines(e.phone(), e.email(), e.website())).append("</td><td>")
                        .append(lines(e.openingHours(), e.cost())).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        if (r.directory().groups().isEmpty()) {
            h.append("<p class=\"empty\">No assets to list.</p>");
        }
    }

    private static String lines(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(xml(p));
            }
        }
        return out.isEmpty() ? "<span class=\"muted\">–</span>" : String.join("<br/>", out);
    }

    /** Column headings of the "Data sources" table, shared with the Word report. */
    static final List<String> DATA_SOURCE_HEADINGS = List.of("Dataset", "Publisher", "Vintage", "Licence");

    /** A reference dataset's cells in the "Data sources" table, in the order of {@link #DATA_SOURCE_HEADINGS}. */
    static List<String> dataSourceCells(ReferenceSource s) {
        return List.of(s.title(), s.publisher(), s.vintage(), s.licence());
    }

    private void sources() {
        section(7, true);
        h.append("<p>").append(xml(ReportWords.methodNote(r))).append("</p>");
        if (!r.dataSources().isEmpty()) {
            h.append("<h3>Data sources</h3><table class=\"data\"><thead><tr>");
            for (String head : DATA_SOURCE_HEADINGS) {
                h.append("<th scope=\"col\">").append(xml(head)).append("</th>");
            }
            h.append("</tr></thead><tbody>");
            for (ReferenceSource s : r.dataSources()) {
                h.append("<tr>");
                for (String cell : dataSourceCells(s)) {
                    h.append("<td>").append(cell.isEmpty() ? "<span class=\"muted\">–</span>" : xml(cell))
                            .append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("<h3>Data licences and attribution</h3><ul class=\"sources\">");
        for (String s : r.sources()) {
            h.append("<li>").append(xml(s)).append("</li>");
        }
        h.append("</ul>");
        h.append("<p class=\"small muted\">Typeset in Liberation Sans (SIL Open Font License 1.1). Produced with ")
                .append("Community Asset Atlas.</p>");
    }

    private void section(int index, boolean newPage) {
        String[] s = SECTIONS.get(index);
        h.append("<h2 id=\"").append(s[0]).append("\" class=\"").append(newPage ? "section" : "cont").append("\">")
                .append(xml(s[1])).append("</h2>");
    }

    // ---- Images -------------------------------------------------------------------------------------------------

    private static String dataUri(BufferedImage image) {
        try {
            return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(MapImages.jpeg(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
