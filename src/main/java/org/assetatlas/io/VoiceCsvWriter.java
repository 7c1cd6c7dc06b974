package org.assetatlas.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assetatlas.analysis.VoiceRelease;

/**
 * Writes residents' quotes, already cleared by {@link VoiceRelease}, as CSV (UTF-8): quote, attribution, date,
 * domains, areas, factors, illustrative. The file is replaced atomically.
 */
public final class VoiceCsvWriter {

    private VoiceCsvWriter() {
    }

    /**
     * @param factorName the text shown for a factor id (e.g. "Transport barrier: …")
     */
    public static void write(List<VoiceRelease.Quote> quotes, Path out, LongFunction<String> factorName)
            throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(parent, ".voices", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("quote", "attribution", "date",
                         "domains", "areas", "factors", "illustrative").build())) {
                for (VoiceRelease.Quote q : quotes) {
                    p.printRecord(q.text(), q.attribution(), q.date() == null ? "" : q.date().toString(),
                            String.join(";", q.domains()), String.join(";", q.areaCodes()),
                            String.join(";", q.factorIds().stream().map(factorName::apply).toList()),
                            q.illustrative() ? "yes" : "no");
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
