package org.assetatlas.io;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Asset;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.util.Progress;
import org.assetatlas.util.SafeOutput;
import org.assetatlas.util.SpreadsheetCells;

/**
 * Writes assets as CSV in the format of {@code docs/csv-format.md}: UTF-8 without a byte-order mark, RFC 4180
 * quoting and line ends, and the canonical header in the documented order.
 *
 * <p>What is written reads back through {@link CsvAssetReader} as the same assets
 * ({@link Asset#sameContent(Asset)}): coordinates are written in full precision, enum values by their codes, lists
 * joined with {@code ;} and timestamps as ISO instants. Easting and northing are never written. The {@code area}
 * column is filled only for assets whose area was chosen by hand; for the others the area follows from the location
 * and is left empty. A list item that itself contains {@code ;} cannot survive the round trip.
 *
 * <p>A cell a spreadsheet would take for a formula is written with a leading apostrophe
 * ({@link SpreadsheetCells#guard}), which the reader removes again.
 */
public final class CsvAssetWriter {

    private static final int REPORT_EVERY = 1000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(Column.EXPORTED.stream().map(Column::header).toArray(String[]::new))
            .build();

    /**
     * Writes the assets to the file, replacing it only once everything is written (through {@link SafeOutput}): on
     * failure or cancellation the target is untouched.
     *
     * @param protect files that must not be written over, such as the project the assets come from
     * @throws org.assetatlas.util.OutputRefusedException when the target is a project, a database, a folder or one
     *         of {@code protect}; nothing is then written
     * @throws org.assetatlas.util.CancelledException when {@code progress} asks to stop
     */
    public void write(Iterable<Asset> assets, Path out, Progress progress, Path... protect) throws IOException {
        SafeOutput.writeText(out, w -> write(assets, w, progress), protect);
    }

    /**
     * Writes the assets to the writer, which is flushed but not closed.
     *
     * @throws org.assetatlas.util.CancelledException when {@code progress} asks to stop
     */
    public void write(Iterable<Asset> assets, Writer out, Progress progress) throws IOException {
        long total = assets instanceof Collection<?> c ? c.size() : -1;
        long done = 0;
        progress.checkCancelled();
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        List<String> cells = new ArrayList<>(Column.EXPORTED.size());
        for (Asset a : assets) {
            cells.clear();
            for (Column column : Column.EXPORTED) {
                cells.add(SpreadsheetCells.guard(cell(a, column)));
            }
            printer.printRecord(cells);
            done++;
            if (done % REPORT_EVERY == 0) {
                progress.checkCancelled();
                progress.update(done, total, "Writing asset " + done);
            }
        }
        printer.flush();
        progress.update(done, total < 0 ? done : total, "Wrote " + done + " assets");
    }

    /** The text of one cell of an asset's row, or null for an empty cell; also the attributes of a GIS export. */
    static String cell(Asset a, Column column) {
        GeoPoint at = a.location();
        return switch (column) {
            case ID -> a.uid();
            case NAME -> a.name();
            case DESCRIPTION -> a.description();
            case KIND -> a.kind().code();
            case CATEGORY -> a.category().code();
            case DOMAINS -> String.join(";", a.domains());
            case AREA -> a.areaChosen() ? a.areaCode() : null;
            case TAGS -> String.join(";", a.tags());
            case ORGANISATION -> a.organisation();
            case ADDRESS -> a.address();
            case POSTCODE -> a.postcode();
            case LATITUDE -> at == null ? null : degrees(at.lat());
            case LONGITUDE -> at == null ? null : degrees(at.lon());
            case EASTING, NORTHING -> null;
            case LOCATION_SOURCE -> a.locatedByPostcode() ? a.locationSource().code() : null; // empty: given
            case PHONE -> a.phone();
            case EMAIL -> a.email();
            case WEBSITE -> a.website();
            case OPENING_HOURS -> a.openingHours().format();
            case OPENING_NOTE -> a.openingNote();
            case COST -> a.cost().code();
            case COST_NOTE -> a.costNote();
            case ACCESSIBILITY -> features(a);
            case AGE_MIN -> a.ageMin() == null ? null : a.ageMin().toString();
            case AGE_MAX -> a.ageMax() == null ? null : a.ageMax().toString();
            case LANGUAGES -> String.join(";", a.languages());
            case REFERRAL -> a.referral().code();
            case STATUS -> a.status().code();
            case CAPACITY_NOTE -> a.capacityNote();
            case LAST_VERIFIED -> a.lastVerified() == null ? null : a.lastVerified().toString();
            case VERIFIED_BY -> a.verifiedBy();
            case SOURCE -> a.source();
            case ILLUSTRATIVE -> a.illustrative() ? "yes" : "no";
            case NEEDS_CHECKING -> a.needsChecking();
            case CREATED -> a.created() == null ? null : a.created().toString();
            case UPDATED -> a.updated() == null ? null : a.updated().toString();
        };
    }

    private static String features(Asset a) {
        StringBuilder b = new StringBuilder();
        for (AccessFeature f : a.accessibility()) {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(f.code());
        }
        return b.toString();
    }

    /**
     * The shortest decimal that parses back to the same double, in plain notation: spreadsheets show
     * {@code 1.0E-4} as text, and {@code 0.0001} as a number.
     */
    static String degrees(double value) {
        if (value == 0) {
            // Keeps the sign of -0.0, which GeoPoint's equality tells apart from 0.0.
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
