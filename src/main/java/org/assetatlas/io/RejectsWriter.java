package org.assetatlas.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assetatlas.io.CsvAssetReader.RejectedRow;
import org.assetatlas.util.SafeOutput;
import org.assetatlas.util.SpreadsheetCells;

/**
 * Writes the rows an import rejected to a CSV file beside the source, {@code assets.csv} →
 * {@code assets.rejects.csv}, so the user can fix them in a spreadsheet and import that file again.
 *
 * <p>The columns are {@code line} and {@code reason}, then the source's own header columns with the row's original
 * values. The header comes from the first row; every row must come from the same source file. The file is written
 * as it goes, so it accepts rows straight from {@link CsvAssetReader#read} as its rejected-row callback. It is
 * started when the first row arrives and appears, whole, when the writer is closed (through {@link SafeOutput}),
 * replacing any earlier rejects file of that name; with no rows nothing is written. Formula-like cells are guarded
 * as in an export ({@link SpreadsheetCells}).
 *
 * <p>Unlike an export the file starts with a UTF-8 byte-order mark, without which Excel would read it as
 * Windows-1252 and garble any accented letter or {@code £}; {@link TextEncoding} skips the mark on import.
 */
public final class RejectsWriter implements Consumer<RejectedRow>, Closeable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Path path;
    private final Path[] protect;
    private SafeOutput.Pending output;
    private CSVPrinter printer;
    private List<String> columns;
    private long count;

    /**
     * A writer for the rejects of {@code source}; nothing is written until the first row.
     *
     * @param protect files besides the source that the rejects file must not replace (the project, say)
     */
    public RejectsWriter(Path source, Path... protect) {
        this.path = rejectsPathFor(source);
        this.protect = new Path[protect.length + 1];
        this.protect[0] = source;
        System.arraycopy(protect, 0, this.protect, 1, protect.length);
    }

    /**
     * Writes all the rows to the rejects file of {@code source}.
     *
     * @return the rejects file, which exists only when there was at least one row
     * @throws org.assetatlas.util.OutputRefusedException when the rejects file would replace the source, a project
     *         or a database; nothing is then written
     */
    public static Path write(Path source, Iterable<RejectedRow> rows, Path... protect) throws IOException {
        RejectsWriter w = new RejectsWriter(source, protect);
        try {
            for (RejectedRow row : rows) {
                w.add(row);
            }
            w.close();
            return w.path();
        } finally {
            w.discard(); // after a failure; nothing to do once closed
        }
    }

    /**
     * Writes the rejects of an import that has not yet committed, as {@link #write} does, with a message for the
     * user when it cannot: the import is then to be abandoned, and the message says so.
     *
     * @throws IOException "The rejected rows could not be written to …, so nothing was imported; …"
     */
    public static Path writeForImport(Path source, Iterable<RejectedRow> rows, Path... protect) throws IOException {
        try {
            return write(source, rows, protect);
        } catch (IOException e) {
            throw new IOException("The rejected rows could not be written to " + rejectsPathFor(source) + " ("
                    + e.getMessage() + "), so nothing was imported; the project is unchanged", e);
        }
    }

    /**
     * The rejects file for a source file: the same folder and name, with {@code .csv} (in any case) replaced by
     * {@code .rejects.csv}, or {@code .rejects.csv} appended when the name does not end in {@code .csv}.
     */
    public static Path rejectsPathFor(Path source) {
        String name = source.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith(".csv") ? name.substring(0, name.length() - 4)
                : lower.endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
        return source.resolveSibling(stem + ".rejects.csv");
    }

    /** Writes one row. */
    public void add(RejectedRow row) throws IOException {
        if (printer == null) {
            columns = new ArrayList<>(row.values().keySet());
            List<String> header = new ArrayList<>(columns.size() + 2);
            header.add("line");
            header.add("reason");
            header.addAll(columns);
            output = SafeOutput.open(path, protect);
            Writer w = new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8);
            w.write('\uFEFF');
            printer = new CSVPrinter(w, FORMAT);
            printer.printRecord(header);
        }
        List<String> cells = new ArrayList<>(columns.size() + 2);
        cells.add(Long.toString(row.line()));
        cells.add(SpreadsheetCells.guard(row.reason()));
        for (String c : columns) {
            cells.add(SpreadsheetCells.guard(row.values().getOrDefault(c, "")));
        }
        printer.printRecord(cells);
        count++;
    }

    /**
     * Writes one row; for use as a callback.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    @Override
    public void accept(RejectedRow row) {
        try {
            add(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rejects file, whether or not it has been written. */
    public Path path() {
        return path;
    }

    /** The rows written so far. */
    public long count() {
        return count;
    }

    /**
     * Finishes the file: it appears, whole, only now, replacing any earlier rejects file. To give up on the rows
     * written instead, call {@link #discard}.
     */
    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.flush();
            output.commit();
            printer = null;
        }
    }

    /** Gives up the rows written: no rejects file is written and an earlier one is left as it was. */
    public void discard() throws IOException {
        if (output != null && printer != null) {
            output.close();
            printer = null;
        }
    }
}
