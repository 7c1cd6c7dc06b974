package org.assetatlas.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.assetatlas.report.ReportContent.Count;
import org.assetatlas.report.ReportContent.Coverage;
import org.assetatlas.report.ReportContent.CoverageRow;
import org.assetatlas.report.ReportContent.DirectoryEntry;
import org.assetatlas.report.ReportContent.DirectoryGroup;
import org.assetatlas.report.ReportContent.Summary;
import org.assetatlas.report.ReportEvidence.Factor;
import org.assetatlas.report.ReportEvidence.Theme;
import org.assetatlas.report.ReportEvidence.Voice;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a report as a Word document that officers can edit and brand: the same sections as the PDF, with headings
 * in Word's own Title and Heading 1–3 styles (so the navigation pane, a table of contents and a house template all
 * work), tables whose heading rows repeat and whose rows do not split across pages, and the map as a picture with
 * alternative text.
 */
public final class DocxReportWriter {

    private static final String FONT = "Arial";
    /** Text width of an A4 page with 2 cm margins, in points. */
    private static final double TEXT_WIDTH_PT = 453;

    private final ReportContent r;
    private final XWPFDocument doc = new XWPFDocument();
    private final String primary;
    private final String accent;

    private DocxReportWriter(ReportContent r) {
        this.r = r;
        this.primary = r.branding().primary().substring(1);
        this.accent = r.branding().accent().substring(1);
    }

    /** Writes the document; the stream is left open. */
    public static void write(ReportContent r, OutputStream out) throws IOException {
        DocxReportWriter w = new DocxReportWriter(r);
        try (XWPFDocument d = w.doc) {
            w.build();
            d.write(out);
        } catch (InvalidFormatException e) {
            throw new IOException("Cannot write the Word document: " + e.getMessage(), e);
        }
    }

    private void build() throws IOException, InvalidFormatException {
        styles();
        doc.getProperties().getCoreProperties().setTitle(r.title());
        doc.getProperties().getCoreProperties().setSubjectProperty(r.subtitle());
        doc.getProperties().getCoreProperties().setCreator(r.branding().organisation().isEmpty() ? r.projectName()
                : r.branding().organisation());
        footer();
        cover();
        summary();
        map();
        coverage();
        factors();
        themes();
        actions();
        directory();
        sources();
    }

    // ---- Styles -------------------------------------------------------------------------------------------------

    private void styles() {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Normal", "Normal", null, 10, false, null, -1);
        style(styles, "Title", "Title", "Normal", 30, true, primary, -1);
        style(styles, "Subtitle", "Subtitle", "Normal", 14, false, "444444", -1);
        style(styles, "Heading1", "heading 1", "Normal", 17, true, primary, 0);
        style(styles, "Heading2", "heading 2", "Normal", 13, true, primary, 1);
        style(styles, "Heading3", "heading 3", "Normal", 11, true, "1D1D1B", 2);
        style(styles, "Quote", "Quote", "Normal", 10, false, "333333", -1);
        style(styles, "Caption", "caption", "Normal", 8, false, "555555", -1);
    }

    private static void style(XWPFStyles styles, String id, String name, String basedOn, int sizePt, boolean bold,
                              String colour, int outlineLevel) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        s.addNewQFormat();
        s.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel >= 0 ? 9 + outlineLevel : 10));
        CTPPrGeneral p = s.addNewPPr();
        p.addNewSpacing().setAfter(BigInteger.valueOf(outlineLevel >= 0 ? 120 : 100));
        if (outlineLevel >= 0) {
            p.getSpacing().setBefore(BigInteger.valueOf(outlineLevel == 0 ? 0 : 200));
            p.addNewKeepNext();
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr rp = s.addNewRPr();
        CTFonts f = rp.addNewRFonts();
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        rp.addNewSz().setVal(BigInteger.valueOf(sizePt * 2L));
        rp.addNewSzCs().setVal(BigInteger.valueOf(sizePt * 2L));
        if (bold) {
            rp.addNewB();
        }
        if (colour != null) {
            rp.addNewColor().setVal(colour);
        }
        if ("Quote".equals(id)) {
            rp.addNewI();
        }
        styles.addStyle(new XWPFStyle(s, styles));
    }

    // ---- Building blocks ----------------------------------------------------------------------------------------

    private XWPFParagraph para(String text) {
        XWPFParagraph p = doc.createParagraph();
        if (text != null && !text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    private XWPFParagraph styled(String style, String text) {
        XWPFParagraph p = para(text);
        p.setStyle(style);
        return p;
    }

    private void heading1(int section, boolean newPage) {
        XWPFParagraph p = styled("Heading1", ReportHtml.SECTIONS.get(section)[1]);
        p.setPageBreak(newPage);
    }

    private XWPFTable table(List<String> headings, List<Boolean> numeric) {
        XWPFTable t = doc.createTable(1, headings.size());
        t.setWidth("100%");
        t.setTableAlignment(TableRowAlign.LEFT);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < headings.size(); i++) {
            XWPFTableCell c = head.getCell(i);
            shade(c, primary);
            XWPFParagraph p = c.getParagraphs().get(0);
            if (numeric.get(i)) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            XWPFRun run = p.createRun();
            run.setText(headings.get(i));
            run.setBold(true);
            run.setColor("FFFFFF");
            run.setFontSize(9);
        }
        return t;
    }

    private static void row(XWPFTable t, List<String> cells, List<Boolean> numeric, boolean bold) {
        XWPFTableRow row = t.createRow();
        row.setCantSplitRow(true);
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell c = row.getCell(i);
            XWPFParagraph p = c.getParagraphs().get(0);
            if (numeric.get(i)) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            String[] lines = cells.get(i).split("\n");
            XWPFRun run = p.createRun();
            run.setFontSize(9);
            run.setBold(bold || (i == 0 && lines.length > 1));
            for (int l = 0; l < lines.length; l++) {
                if (l > 0) {
                    run.addBreak();
                    if (l == 1 && i == 0) {
                        run = p.createRun();
                        run.setFontSize(8);
                    }
                }
                run.setText(lines[l]);
            }
        }
    }

    private static void shade(XWPFTableCell c, String hex) {
        var pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
        CTShd shd = pr.isSetShd() ? pr.getShd() : pr.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(hex);
    }

    private static List<Boolean> numeric(int textColumns, int numberColumns) {
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < textColumns; i++) {
            out.add(false);
        }
        for (int i = 0; i < numberColumns; i++) {
            out.add(true);
        }
        return out;
    }

    private void picture(byte[] data, int type, double widthPt, double heightPt, String name, String alt)
            throws IOException, InvalidFormatException {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.addPicture(new ByteArrayInputStream(data), type, name, Units.toEMU(widthPt),
                Units.toEMU(heightPt));
        var drawings = run.getCTR().getDrawingList();
        if (!drawings.isEmpty() && drawings.get(0).sizeOfInlineArray() > 0) {
            drawings.get(0).getInlineArray(0).getDocPr().setDescr(alt);
        }
    }

    // ---- Sections -----------------------------------------------------------------------------------------------

    private void footer() {
        XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = f.createParagraph();
        String text = (r.branding().footer().isEmpty() ? "" : r.branding().footer() + " \u00B7 ") + r.title()
                + " \u00B7 " + Text.date(r.generated()) + " \u00B7 Page ";
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(8);
        CTSimpleField page = p.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        page.addNewR().addNewT().setStringValue("1");
    }

    private void cover() throws IOException, InvalidFormatException {
        if (r.branding().logoPng() != null) {
            BufferedImage logo = ImageIO.read(new ByteArrayInputStream(r.branding().logoPng()));
            if (logo != null) {
                double h = 48;
                double w = h * logo.getWidth() / Math.max(1, logo.getHeight());
                picture(r.branding().logoPng(), Document.PICTURE_TYPE_PNG, Math.min(w, 200), h, "logo.png",
                        r.branding().organisation() + " logo");
            }
        }
        XWPFRun o = para(null).createRun();
        o.setText(r.branding().organisation().isEmpty() ? r.projectName() : r.branding().organisation());
        o.setBold(true);
        o.setColor(primary);
        o.setFontSize(13);
        styled("Subtitle", r.subtitle().toUpperCase(Text.UK));
        XWPFParagraph title = styled("Title", r.title());
        title.setBorderBottom(Borders.THICK);
        title.getCTPPr().getPBdr().getBottom().setColor(accent);
        styled("Subtitle", Text.date(r.generated()) + " \u00B7 " + Text.count(r.summary().assets())
                + " community assets \u00B7 from the project \u201C" + r.projectName() + "\u201D");
        for (String n : r.notes()) {
            XWPFParagraph p = para(n);
            p.setBorderLeft(Borders.SINGLE);
            p.setIndentationLeft(200);
        }
    }

    private void summary() {
        Summary s = r.summary();
        heading1(0, true);
        para(ReportWords.summarySentence(r));
        List<String> headings = List.of("Assets", "Residents", "Per 1,000 residents",
                s.baseline() == null ? "Change" : "Change since " + s.baseline().label());
        XWPFTable tiles = table(headings, numeric(0, 4));
        row(tiles, List.of(Text.count(s.assets()), Text.count(s.population()), Text.decimal(s.perThousand()),
                s.baseline() == null ? "no earlier snapshot" : Text.change(s.assets() - s.baseline().assets())),
                numeric(0, 4), true);
        if (!s.populationNote().isEmpty()) {
            styled("Caption", "Residents: " + s.populationNote() + ".");
        }
        styled("Heading2", "By ABCD category");
        counts("Category", s.byCategory(), s.assets());
        styled("Heading2", "By kind of asset");
        counts("Kind", s.byKind(), s.assets());
    }

    private void counts(String heading, List<Count> counts, long total) {
        boolean change = counts.stream().anyMatch(c -> c.previous() != null);
        List<String> heads = new ArrayList<>(List.of(heading, "Assets", "Share"));
        if (change) {
            heads.add("Change");
        }
        List<Boolean> num = numeric(1, heads.size() - 1);
        XWPFTable t = table(heads, num);
        for (Count c : counts) {
            List<String> cells = new ArrayList<>(List.of(c.label(), Text.count(c.count()),
                    Text.share(c.count(), total)));
            if (change) {
                cells.add(Text.change(c.change()));
            }
            row(t, cells, num, false);
        }
        List<String> last = new ArrayList<>(List.of("Total", Text.count(total), ""));
        if (change) {
            last.add("");
        }
        row(t, last, num, true);
    }

    private void map() throws IOException, InvalidFormatException {
        heading1(1, true);
        if (r.map() == null) {
            para("No area boundaries or located assets to draw.");
            return;
        }
        double h = TEXT_WIDTH_PT * r.map().getHeight() / r.map().getWidth();
        picture(MapImages.jpeg(r.map()), Document.PICTURE_TYPE_JPEG, TEXT_WIDTH_PT, h, "map.jpg",
                ReportWords.mapAlt(r));
        List<String> legend = new ArrayList<>();
        for (Count c : r.summary().byCategory()) {
            legend.add(c.label());
        }
        styled("Caption", "Colours: " + String.join(", ", legend) + " (ABCD categories). " + r.mapNote());
    }

    private void coverage() {
        Coverage c = r.coverage();
        heading1(2, true);
        for (String s : ReportWords.coverageSentences(r)) {
            para(s);
        }
        int focus = r.domain() == null ? -1 : c.domains().indexOf(r.domain());
        List<String> heads = new ArrayList<>(List.of("Area", "Residents"));
        heads.addAll(c.domains());
        heads.add("All assets");
        heads.add(focus >= 0 ? r.domain() + " per 1,000" : "Per 1,000");
        if (c.deprivationLabel() != null) {
            heads.add(c.deprivationLabel());
        }
        List<Boolean> num = numeric(1, heads.size() - 1);
        XWPFTable t = table(heads, num);
        for (CoverageRow row : c.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.areaName());
            cells.add(row.population() == null ? "–" : Text.count(row.population()));
            for (long n : row.counts()) {
                cells.add(Text.count(n));
            }
            cells.add(Text.count(row.assets()));
            long base = focus >= 0 ? row.counts()[focus] : row.assets();
            cells.add(Text.decimal(ReportContent.perThousand(base, row.population())));
            if (c.deprivationLabel() != null) {
                cells.add(row.deprivation() == null ? "–" : row.deprivation());
            }
            row(t, cells, num, row.current());
        }
        styled("Caption", c.note());
    }

    private void factors() {
        heading1(3, true);
        ReportEvidence e = r.evidence();
        if (e.barriers().isEmpty() && e.enablers().isEmpty()) {
            para(ReportWords.noFactors(r));
            return;
        }
        styled("Heading2", "Barriers");
        factorList(e.barriers());
        styled("Heading2", "Enablers");
        factorList(e.enablers());
    }

    private void factorList(List<Factor> list) {
        if (list.isEmpty()) {
            para("None recorded.");
        }
        for (Factor f : list) {
            styled("Heading3", f.title() + (f.category().isEmpty() ? "" : " (" + f.category() + ")"));
            if (!f.description().isEmpty()) {
                para(f.description());
            }
            for (ReportEvidence.Evidence ev : f.evidence()) {
                para("Evidence: " + ev.type() + " \u2013 " + ev.source()
                        + (ev.summary() == null || ev.summary().isEmpty() ? "" : ": " + ev.summary()));
            }
            for (Voice v : f.publishableVoices()) {
                styled("Quote", "\u201C" + v.quote() + "\u201D \u2014 " + v.attribution());
            }
        }
    }

    private void themes() {
        heading1(4, false);
        if (r.evidence().themes().isEmpty()) {
            para("No cross-cutting themes have been recorded yet.");
            return;
        }
        for (Theme t : r.evidence().themes()) {
            styled("Heading2", t.name());
            if (!t.description().isEmpty()) {
                para(t.description());
            }
            if (!t.factors().isEmpty()) {
                styled("Caption", "Links: " + String.join("; ", t.factors()));
            }
        }
    }

    private void actions() {
        heading1(5, true);
        if (r.callsToAction().isEmpty()) {
            para(ReportWords.noActions(r));
            return;
        }
        int n = 1;
        for (String a : r.callsToAction()) {
            XWPFParagraph p = para((n++) + ".\t" + a);
            p.setIndentationLeft(360);
            p.setIndentationHanging(360);
        }
    }

    private void directory() {
        heading1(6, true);
        para(ReportWords.directoryIntro(r));
        List<Boolean> num = numeric(4, 0);
        for (DirectoryGroup g : r.directory().groups()) {
            styled("Heading2", g.category() + " (" + g.entries().size() + ")");
            XWPFTable t = table(List.of("Asset", "Where", "Contact", "When and cost"), num);
            for (DirectoryEntry e : g.entries()) {
                String name = e.name() + (e.illustrative() ? " (illustrative)" : "") + "\n" + e.kind()
                        + (e.organisation().isEmpty() ? "" : " \u00B7 " + e.organisation());
                row(t, List.of(name, lines(e.address(), e.postcode(), e.area()), lines(e.phone(), e.email(),
                        e.website()), lines(e.openingHours(), e.cost())), num, false);
            }
        }
    }

    private static String lines(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out.isEmpty() ? "–" : String.join("\n", out);
    }

    private void sources() {
        heading1(7, true);
        para(ReportWords.methodNote(r));
        if (!r.dataSources().isEmpty()) {
            styled("Heading2", "Data sources");
            List<Boolean> num = numeric(ReportHtml.DATA_SOURCE_HEADINGS.size(), 0);
            XWPFTable t = table(ReportHtml.DATA_SOURCE_HEADINGS, num);
            for (org.assetatlas.model.ReferenceSource s : r.dataSources()) {
                row(t, ReportHtml.dataSourceCells(s).stream().map(c -> c.isEmpty() ? "\u2013" : c).toList(), num,
                        false);
            }
        }
        styled("Heading2", "Data licences and attribution");
        for (String s : r.sources()) {
            para("\u2022 " + s);
        }
    }
}
