package org.assetatlas.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assetatlas.report.ReportContent.DirectoryEntry;
import org.assetatlas.util.SpreadsheetCells;

/**
 * Writes a report's asset directory as a spreadsheet: one row per listed asset with a frozen, filterable heading
 * row, and a second sheet saying what the list is, what was left out and where the data comes from. A cell whose
 * text a spreadsheet could take for a formula ({@link SpreadsheetCells#formulaLike}) is marked "quote prefixed", so
 * it is shown and kept as the text it is.
 */
public final class XlsxDirectoryWriter {

    private static final String[] HEADINGS = {"Name", "Category", "Kind", "Description", "Organisation", "Address",
        "Postcode", "Phone", "E-mail", "Website", "Opening hours", "Cost", "Accessibility", "Domains", "Area",
        "Status", "Illustrative"};
    private static final int[] WIDTHS = {34, 18, 12, 60, 26, 40, 10, 16, 30, 30, 30, 18, 30, 30, 14, 10, 11};

    static {
        LibraryLogging.quiet();
    }

    private XlsxDirectoryWriter() {
    }

    /** Writes the workbook; the stream is left open. */
    public static void write(ReportContent r, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            CellStyle literal = wb.createCellStyle();
            literal.setQuotePrefixed(true); // shown and kept as text, never taken for a formula

            Sheet s = wb.createSheet("Assets");
            Row h = s.createRow(0);
            for (int i = 0; i < HEADINGS.length; i++) {
                h.createCell(i).setCellValue(HEADINGS[i]);
                h.getCell(i).setCellStyle(head);
                s.setColumnWidth(i, WIDTHS[i] * 256);
            }
            List<DirectoryEntry> entries = r.directory().entries();
            int n = 1;
            for (DirectoryEntry e : entries) {
                Row row = s.createRow(n++);
                String[] v = {e.name(), e.category(), e.kind(), e.description(), e.organisation(), e.address(),
                    e.postcode(), e.phone(), e.email(), e.website(), e.openingHours(), e.cost(), e.accessibility(),
                    e.domains(), e.area(), e.status(), e.illustrative() ? "yes" : "no"};
                for (int i = 0; i < v.length; i++) {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(v[i]);
                    if (SpreadsheetCells.formulaLike(v[i])) {
                        cell.setCellStyle(literal);
                    }
                }
            }
            s.createFreezePane(1, 1);
            s.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, HEADINGS.length - 1));

            Sheet about = wb.createSheet("About");
            about.setColumnWidth(0, 110 * 256);
            int a = 0;
            about.createRow(a++).createCell(0).setCellValue(r.title() + " \u2013 asset directory");
            about.getRow(0).getCell(0).setCellStyle(head);
            about.createRow(a++).createCell(0).setCellValue(r.subtitle() + ", " + Text.date(r.generated())
                    + ", from the project \u201C" + r.projectName() + "\u201D.");
            about.createRow(a++).createCell(0).setCellValue(Text.count(entries.size()) + " assets listed.");
            if (r.directory().withheldIndividuals() > 0) {
                about.createRow(a++).createCell(0).setCellValue(r.directory().withheldIndividuals()
                        + " individuals are counted in the report but not listed, to protect their personal details.");
            }
            for (String note : r.notes()) {
                about.createRow(a++).createCell(0).setCellValue(note);
            }
            a++;
            about.createRow(a++).createCell(0).setCellValue("Sources, data licences and attribution");
            about.getRow(a - 1).getCell(0).setCellStyle(head);
            for (String src : r.sources()) {
                about.createRow(a++).createCell(0).setCellValue(src);
            }
            wb.getProperties().getCoreProperties().setTitle(r.title() + " \u2013 asset directory");
            wb.getProperties().getCoreProperties().setCreator(r.branding().organisation().isEmpty()
                    ? r.projectName() : r.branding().organisation());
            wb.write(out);
        }
    }
}
