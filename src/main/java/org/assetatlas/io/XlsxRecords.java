package org.assetatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The rows of an Excel workbook ({@code .xlsx}) as records of text, streamed with POI's event API so that a sheet of
 * a million rows is never held in memory: cell values as stored (formulas as their cached results — nothing is
 * calculated, no macro or external link is touched), dates as ISO dates, numbers as Excel shows them in general
 * format. Read from the first sheet whose first filled row has a name column (else the first sheet).
 * POI's zip-bomb guard refuses a workbook whose parts inflate far beyond their size.
 */
final class XlsxRecords {

    /** Receives each row: its cells (blank cells as empty text) and its row number in the sheet, from 1. */
    interface Sink {
        void row(String[] cells, long row) throws IOException;
    }

    private XlsxRecords() {
    }

    /** Whether the file is a zip whose parts include a workbook (an .xlsx, whatever its name). */
    static boolean isXlsx(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                return false;
            }
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return zip.getEntry("xl/workbook.xml") != null || zip.getEntry("[Content_Types].xml") != null
                    && zip.stream().anyMatch(e -> e.getName().startsWith("xl/"));
        } catch (java.util.zip.ZipException e) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                throw new AssetImportException(file.getFileName() + " is a damaged Excel workbook (cut short, or"
                        + " not saved completely). Save it again from Excel and import that copy.");
            }
            return false; // not a workbook: read as text, which refuses a binary file by name
        }
    }

    /** Reads the chosen sheet, passing each row to the sink in order. */
    static void read(Path file, Sink sink) throws IOException {
        try {
            readSheets(file, sink);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void readSheets(Path file, Sink sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            int chosen = chooseSheet(reader, strings, styles);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int i = 0; sheets.hasNext(); i++) {
                try (InputStream sheet = sheets.next()) {
                    if (i == chosen) {
                        parse(sheet, strings, styles, new Rows(sink, Long.MAX_VALUE));
                        return;
                    }
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException
                 | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new AssetImportException(file.getFileName() + " is not an Excel workbook that can be read: "
                    + org.assetatlas.util.Printable.message(e.getMessage()));
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new AssetImportException(file.getFileName() + " is a damaged Excel workbook: "
                    + org.assetatlas.util.Printable.message(e.getMessage()));
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Zip bomb")) {
                throw new AssetImportException(file.getFileName() + " is refused: a part of it unpacks to far more "
                        + "than its size (a \"zip bomb\"), which no real spreadsheet does.");
            }
            throw e;
        } catch (org.apache.poi.ooxml.POIXMLException e) {
            throw new AssetImportException(file.getFileName() + " is not an Excel workbook that can be read (its"
                    + " parts are missing or broken)");
        } catch (org.apache.poi.util.RecordFormatException | IllegalStateException e) {
            throw new AssetImportException(file.getFileName() + " is a damaged Excel workbook: "
                    + org.assetatlas.util.Printable.message(e.getMessage()));
        }
    }

    /** The first sheet whose first filled row names a name column; the first sheet when none does. */
    private static int chooseSheet(XSSFReader reader, ReadOnlySharedStringsTable strings, StylesTable styles)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        for (int i = 0; sheets.hasNext(); i++) {
            List<String[]> first = new ArrayList<>();
            try (InputStream sheet = sheets.next()) {
                parse(sheet, strings, styles, new Rows((cells, row) -> {
                    for (String c : cells) {
                        if (!c.isBlank()) {
                            first.add(cells);
                            throw new Enough();
                        }
                    }
                }, 50));
            } catch (Enough stop) {
                // the first filled row is all we need
            }
            if (!first.isEmpty()) {
                for (String c : first.get(0)) {
                    if (Column.canonical(c) == Column.NAME || Column.variant(c) == Column.NAME) {
                        return i;
                    }
                }
            }
        }
        return 0;
    }

    /** Stops reading a sheet early. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }

    private static void parse(InputStream sheet, ReadOnlySharedStringsTable strings, StylesTable styles, Rows rows)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader(); // external entities and DTDs off
        xml.setContentHandler(new SheetHandler(strings, styles, rows));
        xml.parse(new InputSource(sheet));
    }

    /**
     * Reads a worksheet's XML: text cells (shared, inline, formula results) taken as they are, numbers formatted as
     * Excel shows them, dates as ISO dates. Lighter than POI's {@code XSSFSheetXMLHandler}, which builds a rich-text
     * object and runs the formatter for every cell.
     */
    private static final class SheetHandler extends org.xml.sax.helpers.DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Rows rows;
        private final DataFormatter numbers = new IsoDates();
        private final StringBuilder text = new StringBuilder();
        private boolean inValue;
        private boolean inInline;
        private String type;
        private String reference;
        private int style;
        private int rowNumber;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, Rows rows) {
            this.strings = strings;
            this.styles = styles;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    rows.startRow(rowNumber - 1);
                }
                case "c" -> {
                    type = atts.getValue("t");
                    reference = atts.getValue("r");
                    String s = atts.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    text.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    text.setLength(0);
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInline) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "c" -> rows.cell(reference, value(), null);
                case "row" -> rows.endRow(rowNumber - 1);
                default -> { }
            }
        }

        private String value() {
            String raw = text.toString();
            if (type == null || type.equals("n")) {
                if (raw.isEmpty()) {
                    return "";
                }
                double d;
                try {
                    d = Double.parseDouble(raw);
                } catch (NumberFormatException e) {
                    return raw;
                }
                int formatIndex = 0;
                String format = "General";
                if (style >= 0 && style < styles.getNumCellStyles()) {
                    var cs = styles.getStyleAt(style);
                    formatIndex = cs.getDataFormat();
                    format = cs.getDataFormatString();
                }
                return numbers.formatRawCellContents(d, formatIndex, format == null ? "General" : format);
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
                default -> raw; // inline strings, formula strings, errors as Excel shows them
            };
        }
    }

    /** Formats cells as Excel shows them in general format, dates as ISO dates (which the reader takes). */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.UK);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904);
                return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                        : t.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** Collects the cells of each row in column order, blank cells as empty text. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Sink sink;
        private final long limit;
        private final List<String> cells = new ArrayList<>();
        private long seen;

        Rows(Sink sink, long limit) {
            this.sink = sink;
            this.limit = limit;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (++seen > limit) {
                throw new Enough();
            }
            try {
                sink.row(cells.toArray(new String[0]), rowNum + 1L);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int col = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
