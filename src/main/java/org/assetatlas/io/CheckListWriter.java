package org.assetatlas.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assetatlas.model.Asset;
import org.assetatlas.util.SafeOutput;
import org.assetatlas.util.SpreadsheetCells;

/**
 * The "please check your entry" list for a mail merge: one row per asset due to be checked, with its contacts as the
 * directory holds them and what to check, UTF-8 CSV with a byte-order mark (which Excel needs to read it as UTF-8),
 * written whole through {@link SafeOutput}, formula-like cells guarded ({@link SpreadsheetCells}).
 */
public final class CheckListWriter {

    private CheckListWriter() {
    }

    /**
     * Writes the list.
     *
     * @param why the reasons each asset is due, in words
     * @return how many rows were written
     */
    public static int write(Path out, List<Asset> assets, Function<Asset, List<String>> why, Path... protect)
            throws IOException {
        SafeOutput.writeText(out, w -> {
            w.write('\uFEFF');
            CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("id", "name", "organisation",
                    "email", "phone", "website", "address", "postcode", "last_verified", "to_check").build());
            for (Asset a : assets) {
                LocalDate v = a.lastVerified();
                p.printRecord(Stream.of(a.uid(), a.name(), a.organisation(), a.email(), a.phone(), a.website(),
                        a.address(), a.postcode(), v == null ? "" : v.toString(), String.join("; ", why.apply(a)))
                        .map(SpreadsheetCells::guard).toList());
            }
            p.flush();
        }, protect);
        return assets.size();
    }
}
