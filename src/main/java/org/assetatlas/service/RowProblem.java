package org.assetatlas.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assetatlas.io.CsvAssetReader.RejectedRow;

/**
 * A row of an imported file that was refused, as the UI and the command line show it: its line number (0 when not
 * known), the reason, and the values it had by column (empty when the reader does not keep them).
 *
 * <p>The import results carry the readers' own row types; these methods turn them into this one type, so that
 * callers of the service never depend on the file readers.
 */
public record RowProblem(long line, String reason, Map<String, String> values) {

    public RowProblem {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The rejected rows kept in an asset import (at most 200). */
    public static List<RowProblem> of(ImportReport report) {
        return fromRejects(report.rejects());
    }

    /** The rejected rows kept in an indicator import (at most 200). */
    public static List<RowProblem> of(AreaStatistics.IndicatorImport report) {
        return fromRejects(report.rejects());
    }

    /** The malformed rows of a postcode import. */
    public static List<RowProblem> of(SignpostService.PostcodeImport report) {
        return report.problems().stream().map(p -> new RowProblem(p.line(), p.reason(), Map.of())).toList();
    }

    /** The refused rows of a NaPTAN stops import. */
    public static List<RowProblem> of(TransportAccess.StopImport report) {
        return report.problems().stream().map(p -> new RowProblem(p.line(), p.reason(), Map.of())).toList();
    }

    private static List<RowProblem> fromRejects(List<RejectedRow> rows) {
        return rows.stream().map(r -> new RowProblem(r.line(), r.reason(), r.values())).toList();
    }

    /** The value in a column, or "" when the row had none. */
    public String value(String column) {
        String v = values.get(column);
        return v == null ? "" : v;
    }

    /** {@code line 12: reason}, or {@code row: reason} when the line is not known. */
    @Override
    public String toString() {
        return (line > 0 ? "line " + line : "row") + ": " + reason;
    }
}
