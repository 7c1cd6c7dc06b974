package org.assetatlas.io;

import org.assetatlas.util.Printable;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assetatlas.io.CsvAssetReader.RejectedRow;
import org.assetatlas.util.Progress;

/**
 * Reads a statistic about areas from a CSV file with a header: one row per area, an area code column and a value
 * column, e.g. the English Indices of Deprivation files ({@code LSOA code (2011)}, {@code ... Decile}).
 *
 * <p>Rows that cannot be used are rejected with their line number and reason and reading carries on: an empty
 * area code, an empty or non-numeric value, or an area code given twice (the later row is rejected). Numbers may
 * carry thousands separators ({@code "9,750"}) and a trailing {@code %}. The encoding (UTF-8 or Windows-1252) is
 * detected.
 */
public final class AreaValuesReader {

    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    /**
     * What was read: the values by area code (in file order), the line each came from, the rejected rows and the
     * columns used.
     */
    public record Result(String codeColumn, String valueColumn, Map<String, Double> values, Map<String, Long> lines,
                         List<RejectedRow> rejects, long rows) {
        /** The line of the file an area's value came from, or -1. */
        public long lineOf(String code) {
            return lines.getOrDefault(code, -1L);
        }
    }

    private AreaValuesReader() {
    }

    /**
     * Reads the file.
     *
     * @param codeColumn  the header of the area code column, or null to take the first whose header mentions
     *                    "code" (else the first column)
     * @param valueColumn the header of the value column, matched ignoring case, spaces and punctuation; a header
     *                    that merely starts with it is accepted when only one does
     * @throws AssetImportException when the file is empty, has no such column, or is not valid CSV
     */
    public static Result read(Path file, String codeColumn, String valueColumn, Progress progress) throws IOException {
        if (valueColumn == null || valueColumn.isBlank()) {
            throw new AssetImportException("Say which column holds the values");
        }
        return readColumns(file, codeColumn, List.of(valueColumn), progress).get(0);
    }

    /**
     * The header row of a file, as written (encoding detected).
     *
     * @throws AssetImportException when the file is empty or not valid CSV
     */
    public static List<String> headers(Path file) throws IOException {
        try (Reader in = TextEncoding.open(file); CSVParser parser = format().parse(in)) {
            List<String> headers = parser.getHeaderNames();
            if (headers.isEmpty()) {
                throw new AssetImportException(file.getFileName() + " is empty: it has no header row");
            }
            return List.copyOf(headers);
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new AssetImportException(file.getFileName() + " is not valid CSV on line 1: " + e.getMessage(), e);
        }
    }

    /**
     * Reads several value columns of the file in one pass, each checked as {@link #read} checks its one column.
     *
     * @return one result per value column, in the order given
     * @throws AssetImportException when the file is empty, lacks one of the columns, or is not valid CSV (naming
     *                              the line)
     */
    public static List<Result> readColumns(Path file, String codeColumn, List<String> valueColumns,
                                           Progress progress) throws IOException {
        if (valueColumns.isEmpty()) {
            throw new AssetImportException("Say which column holds the values");
        }
        try (Reader in = TextEncoding.open(file); CSVParser parser = format().parse(in)) {
            List<String> headers = parser.getHeaderNames();
            if (headers.isEmpty()) {
                throw new AssetImportException(file.getFileName() + " is empty: it has no header row");
            }
            int codeIndex = codeColumn == null ? guessCodeColumn(headers) : column(headers, codeColumn, "area code");
            int n = valueColumns.size();
            int[] valueIndex = new int[n];
            List<Map<String, Double>> values = new ArrayList<>();
            List<Map<String, Long>> firstLine = new ArrayList<>();
            List<List<RejectedRow>> rejects = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                valueIndex[k] = column(headers, valueColumns.get(k), "value");
                values.add(new LinkedHashMap<>());
                firstLine.add(new HashMap<>());
                rejects.add(new ArrayList<>());
            }
            long rows = 0;
            long lastLine = 1;
            try {
                for (CSVRecord r : parser) {
                    rows++;
                    long line = parser.getCurrentLineNumber();
                    lastLine = line;
                    String code = r.size() > codeIndex ? r.get(codeIndex).strip() : "";
                    for (int k = 0; k < n; k++) {
                        String text = r.size() > valueIndex[k] ? r.get(valueIndex[k]).strip() : "";
                        String reason = null;
                        Double value = null;
                        Map<String, Long> seen = firstLine.get(k);
                        if (code.isEmpty()) {
                            reason = "No area code in column \"" + headers.get(codeIndex) + "\"";
                        } else if (seen.containsKey(code)) {
                            reason = "Area " + code + " is given twice (first on line " + seen.get(code) + ")";
                        } else if (text.isEmpty()) {
                            reason = "No value for area " + code + (n > 1 ? " in column \""
                                    + headers.get(valueIndex[k]) + "\"" : "");
                        } else {
                            value = parseNumber(text);
                            if (value == null) {
                                reason = "\"" + text + "\" is not a number (area " + code + (n > 1 ? ", column \""
                                        + headers.get(valueIndex[k]) + "\"" : "") + ")";
                            }
                        }
                        if (reason == null) {
                            values.get(k).put(code, value);
                            seen.put(code, line);
                        } else {
                            rejects.get(k).add(new RejectedRow(line, reason, asMap(headers, r)));
                        }
                    }
                    if (rows % 1000 == 0) {
                        progress.update(rows, -1, "Reading " + file.getFileName());
                        progress.checkCancelled();
                    }
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                throw new AssetImportException(file.getFileName() + " is not valid CSV: the row starting on line "
                        + (lastLine + 1) + " " + "cannot be read: " + CsvSyntax.describe(e) + " (reading stopped on line "
                        + parser.getCurrentLineNumber() + "). Nothing was imported.", e);
            }
            List<Result> out = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                out.add(new Result(headers.get(codeIndex), headers.get(valueIndex[k]), values.get(k),
                        firstLine.get(k), rejects.get(k), rows));
            }
            return out;
        }
    }

    private static CSVFormat format() {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).build();
    }

    /** A number as written in statistics files: {@code 12}, {@code -0.5}, {@code "9,750"}, {@code 12.5%}. */
    static Double parseNumber(String text) {
        String t = text.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) && !t.toLowerCase(Locale.ROOT).contains("x") ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int guessCodeColumn(List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i) != null && headers.get(i).toLowerCase(Locale.ROOT).contains("code")) {
                return i;
            }
        }
        return 0;
    }

    private static int column(List<String> headers, String wanted, String what) throws AssetImportException {
        String w = squash(wanted);
        for (int i = 0; i < headers.size(); i++) {
            if (squash(headers.get(i)).equals(w)) {
                return i;
            }
        }
        int found = -1;
        for (int i = 0; i < headers.size(); i++) {
            if (!w.isEmpty() && squash(headers.get(i)).startsWith(w)) {
                if (found >= 0) {
                    throw new AssetImportException("More than one column starts with \"" + wanted + "\": \""
                            + headers.get(found) + "\" and \"" + headers.get(i) + "\"; give the whole header");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new AssetImportException("There is no " + what + " column \"" + wanted + "\"; the columns are: "
                    + Printable.of(String.join(", ", headers), 400));
        }
        return found;
    }

    private static String squash(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, String> asMap(List<String> headers, CSVRecord r) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < headers.size() && i < r.size(); i++) {
            m.put(headers.get(i) == null || headers.get(i).isEmpty() ? "column " + (i + 1) : headers.get(i), r.get(i));
        }
        return m;
    }
}
