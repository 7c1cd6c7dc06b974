package org.assetatlas.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assetatlas.analysis.VoiceRelease;
import org.assetatlas.util.SafeOutput;
import org.assetatlas.util.SpreadsheetCells;

/**
 * Writes residents' quotes, already cleared by {@link VoiceRelease}, as CSV (UTF-8): quote, attribution, date,
 * domains, areas, factors, illustrative. The file is
 * replaced whole through {@link SafeOutput}; formula-like cells are guarded ({@link SpreadsheetCells}).
 */
public final class VoiceCsvWriter {

    private VoiceCsvWriter() {
    }

    /**
     * @param factorName the text shown for a factor id (e.g. "Transport barrier: …")
     */
    public static void write(List<VoiceRelease.Quote> quotes, Path out, LongFunction<String> factorName,
                             Path... protect) throws IOException {
        SafeOutput.writeText(out, w -> {
            CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("quote", "attribution", "date",
                    "domains", "areas", "factors", "illustrative").build());
            for (VoiceRelease.Quote q : quotes) {
                p.printRecord(Stream.of(q.text(), q.attribution(), q.date() == null ? "" : q.date().toString(),
                        String.join(";", q.domains()), String.join(";", q.areaCodes()),
                        String.join(";", q.factorIds().stream().map(factorName::apply).toList()),
                        q.illustrative() ? "yes" : "no").map(SpreadsheetCells::guard).toList());
            }
            p.flush();
        }, protect);
    }
}
