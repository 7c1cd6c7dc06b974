package org.assetatlas.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.assetatlas.util.Progress;

/**
 * Joins report PDFs into one atlas: the reports of each area one after another (a page group per area), with
 * bookmarks area ▸ report ▸ section.
 */
public final class PdfAtlasWriter {

    /**
     * One report to include.
     *
     * @param group the page group it belongs to, e.g. the area's name
     * @param title its bookmark, e.g. the domain
     * @param pdf   the report's PDF file
     */
    public record Part(String group, String title, Path pdf) {
    }

    private record Mark(String title, int page) {
    }

    static {
        LibraryLogging.quiet();
    }

    private PdfAtlasWriter() {
    }

    /**
     * Writes the atlas.
     *
     * @param title    the document title
     * @param parts    the reports, in order; parts of a group should be together
     * @param progress told of each part joined; cancelling stops before the next part
     */
    public static void write(String title, List<Part> parts, Path out, Progress progress) throws IOException {
        Map<String, PDOutlineItem> groups = new LinkedHashMap<>();
        try (PDDocument atlas = new PDDocument(MemoryUsageSetting.setupTempFileOnly().streamCache)) {
            PDFMergerUtility merger = new PDFMergerUtility();
            PDDocumentOutline outline = new PDDocumentOutline();
            List<PDOutlineItem> reports = new ArrayList<>();
            List<List<Mark>> sections = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            int i = 0;
            for (Part p : parts) {
                progress.checkCancelled();
                progress.update(i, parts.size(), "Joining " + p.group() + " \u2013 " + p.title());
                try (PDDocument src = Loader.loadPDF(p.pdf().toFile())) {
                    sections.add(marks(src));
                    starts.add(atlas.getNumberOfPages());
                    merger.appendDocument(atlas, src);
                }
                i++;
            }
            for (int n = 0; n < parts.size(); n++) {
                Part p = parts.get(n);
                int start = starts.get(n);
                PDOutlineItem group = groups.get(p.group());
                if (group == null) {
                    group = item(atlas, p.group(), start);
                    outline.addLast(group);
                    groups.put(p.group(), group);
                }
                PDOutlineItem report = item(atlas, p.title(), start);
                group.addLast(report);
                for (Mark m : sections.get(n)) {
                    report.addLast(item(atlas, m.title(), start + m.page()));
                }
                reports.add(report);
            }
            atlas.getDocumentCatalog().setDocumentOutline(outline);
            for (PDOutlineItem g : groups.values()) {
                g.openNode();
            }
            PDDocumentInformation info = atlas.getDocumentInformation();
            info.setTitle(title);
            info.setProducer("Community Asset Atlas");
            atlas.getDocumentCatalog().setLanguage("en-GB");
            progress.update(parts.size(), parts.size(), "Saving " + out.getFileName());
            atlas.save(out.toFile());
        }
    }

    private static PDOutlineItem item(PDDocument doc, String title, int pageIndex) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(doc.getPage(Math.min(pageIndex, doc.getNumberOfPages() - 1)));
        item.setDestination(dest);
        return item;
    }

    /** The top-level bookmarks of a report and the page index each points at. */
    private static List<Mark> marks(PDDocument src) throws IOException {
        List<Mark> out = new ArrayList<>();
        PDDocumentOutline o = src.getDocumentCatalog().getDocumentOutline();
        if (o == null) {
            return out;
        }
        for (PDOutlineItem item : o.children()) {
            PDDestination d = item.getDestination();
            if (d == null && item.getAction() instanceof PDActionGoTo g) {
                d = g.getDestination();
            }
            if (d instanceof PDPageDestination pd) {
                int page = pd.retrievePageNumber();
                if (page >= 0) {
                    out.add(new Mark(item.getTitle(), page));
                }
            }
        }
        return out;
    }
}
