package org.assetatlas.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a report as a PDF: real text in an embedded font (Liberation Sans, SIL Open Font License), a bookmark per
 * section, document title and language, alternative text on images, and the PDF/UA structure tags openhtmltopdf
 * produces.
 */
public final class PdfReportWriter {

    private static final String FONT_DIR = "/org/assetatlas/report/fonts/";
    private static volatile byte[][] fonts;

    static {
        // openhtmltopdf logs timings and accessibility hints for every document at INFO; keep the console quiet.
        XRLog.setLoggingEnabled(false);
        LibraryLogging.quiet();
    }

    private PdfReportWriter() {
    }

    /** Writes the report; the stream is left open. */
    public static void write(ReportContent report, OutputStream out) throws IOException {
        render(ReportHtml.of(report), out);
    }

    /** The report as PDF bytes. */
    public static byte[] bytes(ReportContent report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        write(report, out);
        return out.toByteArray();
    }

    /** Renders XHTML laid out for the report fonts. */
    static void render(String xhtml, OutputStream out) throws IOException {
        byte[][] f = fonts();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.usePDDocument(doc);
            b.useFastMode();
            b.usePdfUaAccessibility(true);
            b.useFont(new PDFontSupplier(load(doc, f[0])), ReportHtml.FONT, 400, FontStyle.NORMAL, true);
            b.useFont(new PDFontSupplier(load(doc, f[1])), ReportHtml.FONT, 700, FontStyle.NORMAL, true);
            b.useFont(new PDFontSupplier(load(doc, f[2])), ReportHtml.FONT, 400, FontStyle.ITALIC, true);
            b.withProducer("Community Asset Atlas");
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            try {
                b.run();
            } catch (IOException | RuntimeException e) {
                throw new IOException("Cannot lay out the report as PDF: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Loads a report font for embedding as a subset, without its glyph substitution (GSUB) table. PDFBox applies GSUB
     * to every run of text it writes, compiling regular expressions each time; for a report that was most of the
     * time spent writing the PDF. Report text in Latin script loses only the optional fi/fl ligatures.
     */
    private static PDFont load(PDDocument doc, byte[] bytes) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        ttf.getTableMap().remove("GSUB");
        return PDType0Font.load(doc, ttf, true);
    }

    private static byte[][] fonts() {
        byte[][] f = fonts;
        if (f == null) {
            f = new byte[][] {font("LiberationSans-Regular.ttf"), font("LiberationSans-Bold.ttf"),
                font("LiberationSans-Italic.ttf")};
            fonts = f;
        }
        return f;
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfReportWriter.class.getResourceAsStream(FONT_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + name + " is missing from this build of the app");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report font " + name, e);
        }
    }
}
