package org.assetatlas.report;

import java.util.Locale;

/** The files a report can be written as. */
public enum ReportFormat {
    /** The report to publish: A4, bookmarks, tagged for accessibility. */
    PDF("pdf", "PDF document"),
    /** The same report as a Word document, for officers to edit and brand. */
    DOCX("docx", "Word document"),
    /** The asset directory as a spreadsheet. */
    XLSX("xlsx", "Excel directory of assets");

    private final String extension;
    private final String label;

    ReportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    /** The file name ending, without the dot. */
    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** The format a file name asks for, or null when its ending is not one of ours. */
    public static ReportFormat ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
