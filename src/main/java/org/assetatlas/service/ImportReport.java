package org.assetatlas.service;

import java.nio.file.Path;
import java.util.List;
import org.assetatlas.io.CsvAssetReader.RejectedRow;

/**
 * What an import did.
 *
 * @param imported       rows stored (new assets and updates of assets with the same id)
 * @param updated        of those, rows that replaced an existing asset with the same id
 * @param rejected       rows refused
 * @param rejects        the first rejected rows (at most 200), with their line numbers and reasons
 * @param rejectsFile    the {@code *.rejects.csv} written beside the source, or null when nothing was rejected
 * @param unknownColumns columns of the source that were not recognised and so not imported
 * @param locatedByPostcode        rows stored at their postcode's centroid from the project's postcode table
 * @param unknownPostcodes         rows stored without a location because the project does not know their postcode
 *                                 (a warning: the rows are kept)
 * @param unknownPostcodeExamples  the first of those postcodes (at most 10, each once)
 * @param toCheck                  rows kept with something to check ({@code Asset#needsChecking}): a field that could
 *                                 not be taken as written, kept as written or noted, rather than the row thrown away
 * @param toCheckExamples          the first of those (at most 10), e.g. {@code Harwich Shed: "shed@example" is not
 *                                 an e-mail address}
 */
public record ImportReport(long imported, long updated, long rejected, List<RejectedRow> rejects, Path rejectsFile,
                           List<String> unknownColumns, long locatedByPostcode, long unknownPostcodes,
                           List<String> unknownPostcodeExamples, long toCheck, List<String> toCheckExamples) {

    /** At most this many unknown postcodes are given as examples. */
    public static final int POSTCODE_EXAMPLES = 10;

    /** A report of an import that placed nothing by postcode. */
    public ImportReport(long imported, long updated, long rejected, List<RejectedRow> rejects, Path rejectsFile,
                        List<String> unknownColumns) {
        this(imported, updated, rejected, rejects, rejectsFile, unknownColumns, 0, 0, List.of(), 0, List.of());
    }

    /**
     * The warning about rows kept with something to check, e.g. {@code 2 assets were kept with something to check
     * (in the review queue): Harwich Shed: "shed@example" is not an e-mail address; …}; empty when there is none.
     */
    public String checkWarning() {
        if (toCheck == 0) {
            return "";
        }
        return (toCheck == 1 ? "1 asset was" : toCheck + " assets were") + " kept with something to check, noted on"
                + " the asset as written: " + String.join("; ", toCheckExamples)
                + (toCheck > toCheckExamples.size() ? "; \u2026" : "") + ".";
    }

    /** The one-line summary, e.g. {@code imported 298, rejected 2}; postcodes are told in {@link #postcodeWarning}. */
    public String summary() {
        return "imported " + imported + ", rejected " + rejected;
    }

    /**
     * The warning about postcodes the project does not know, e.g. {@code 3 assets have a postcode this project does
     * not know (CO99 9ZZ, ...)}; empty when there is none.
     */
    public String postcodeWarning() {
        if (unknownPostcodes == 0) {
            return "";
        }
        return (unknownPostcodes == 1 ? "1 asset has a postcode" : unknownPostcodes + " assets have postcodes")
                + " this project's postcode list does not know, so " + (unknownPostcodes == 1 ? "it was" : "they were")
                + " imported without a location ("
                + String.join(", ", unknownPostcodeExamples) + (unknownPostcodes > unknownPostcodeExamples.size()
                && unknownPostcodeExamples.size() >= POSTCODE_EXAMPLES ? ", \u2026" : "")
                + "). Import a postcode file, then use Locate assets by postcode.";
    }

    /** How many rows were placed at their postcode's centroid, e.g. {@code 27 located by postcode}; empty if none. */
    public String locatedNote() {
        return locatedByPostcode == 0 ? "" : locatedByPostcode + " located by postcode (at the postcode's centroid)";
    }
}
