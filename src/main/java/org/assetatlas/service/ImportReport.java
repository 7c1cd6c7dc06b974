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
 */
public record ImportReport(long imported, long updated, long rejected, List<RejectedRow> rejects, Path rejectsFile,
                           List<String> unknownColumns) {

    /** The one-line summary, e.g. {@code imported 298, rejected 2}. */
    public String summary() {
        return "imported " + imported + ", rejected " + rejected;
    }
}
