package org.assetatlas.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.assetatlas.analysis.PersonalDetails;
import org.assetatlas.analysis.PersonalDetails.Individuals;
import org.assetatlas.geo.AreaTree;
import org.assetatlas.geo.BritishNationalGrid;
import org.assetatlas.io.AssetImportException;
import org.assetatlas.io.CsvAssetReader;
import org.assetatlas.io.CsvAssetReader.RejectedRow;
import org.assetatlas.io.CsvAssetWriter;
import org.assetatlas.io.RejectsWriter;
import org.assetatlas.model.Asset;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.store.AssetBulkWriter;
import org.assetatlas.store.PostcodeRepository;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.store.StoreException;
import org.assetatlas.util.DatabaseFile;
import org.assetatlas.util.Progress;

/**
 * Moving many assets in and out of one open project: CSV import (checked row by row, bad rows reported), CSV export
 * (individuals only when the user opts in), and adding generated assets in bulk. Imports and bulk additions are not
 * undoable: each is recorded in the project's history as one change and clears the assets' undo history. Obtained
 * from {@link AtlasProject#transfer()}; every method holds the project's lock for the whole transfer.
 */
public final class AssetTransfer {

    private static final int MAX_REPORTED_REJECTS = 200;

    private final AtlasProject project;
    private final ProjectStore store;
    private final Object lock;

    AssetTransfer(AtlasProject project, ProjectStore store) {
        this.project = project;
        this.store = store;
        this.lock = project.lock();
    }

    /**
     * Imports assets from a CSV file as one transaction: good rows are stored, bad rows are reported with their line
     * number and reason and written to {@code NAME.rejects.csv} beside the source. A row whose id matches an
     * existing asset replaces it; a second row with the same id in the file is rejected. If the import fails or is
     * cancelled part-way, nothing of it remains. The rejects file is written before the transaction commits, so
     * an import that cannot write it stores nothing (and says so), and an import that has stored its rows never
     * reports a failure afterwards.
     *
     * <p>The file is read and checked on a second thread while this one stores what has been read (see
     * {@link CsvAssetReader#readAhead}), through {@link AssetBulkWriter}. Areas named in the file are resolved, and
     * located assets placed in their areas, on the reading thread, from the areas as they were when the import
     * started. A row with a postcode and no location is placed at the postcode's centroid from the project's
     * postcode table, looked up on the reading thread too; a postcode the project does not know leaves the row
     * without a location and is counted as a warning on the report.
     *
     * @throws AssetImportException when the file cannot be read as an asset list (e.g. it has no name column, or is
     *         a project or other database)
     * @throws org.assetatlas.util.CancelledException when cancelled; the project is unchanged
     */
    public ImportReport importCsv(Path source, Progress progress) throws IOException {
        return importFile(source, false, progress);
    }

    /**
     * What {@link #importCsv} would do with the file — how many rows it would add, update, keep with something to
     * check and reject, and why — without changing the project or writing a rejects file: the import is made and
     * rolled back.
     */
    public ImportReport dryRun(Path source, Progress progress) throws IOException {
        return importFile(source, true, progress);
    }

    /** Thrown inside a dry run's transaction once everything is read, to roll it back. */
    private static final class DryRunDone extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient CsvAssetReader.Summary summary;

        DryRunDone(CsvAssetReader.Summary summary) {
            super(null, null, false, false);
            this.summary = summary;
        }
    }

    private ImportReport importFile(Path source, boolean dryRun, Progress progress) throws IOException {
        Optional<DatabaseFile> database = DatabaseFile.read(source);
        if (database.isPresent()) {
            throw new AssetImportException(source.getFileName() + " is "
                    + (database.get().atlasProject() ? "an Atlas project" : "a database") + ", not a CSV file");
        }
        synchronized (lock) {
            if (!dryRun) {
                project.backups().before("import");
            }
            CsvAssetReader reader = new CsvAssetReader(project.framework(), BritishNationalGrid::toWgs84);
            AreaTree placing = project.placement().tree(); // used by the reading thread alone until the end
            Instant now = Instant.now();
            List<RejectedRow> rejects = new ArrayList<>();
            long[] counts = new long[2]; // imported, updated
            // Postcodes are looked up on the reading thread through a connection of their own, only when the
            // project has any.
            PostcodeRepository.Lookup postcodes = store.postcodes().count() > 0 ? store.postcodes().openLookup() : null;
            PostcodeTally tally = new PostcodeTally(); // written by the reading thread alone until the end
            ExecutorService reading = Executors.newSingleThreadExecutor(AssetTransfer::importThread);
            CsvAssetReader.Summary summary;
            Path[] rejectsFile = {null}; // in place before the commit; removed again if the commit does not happen
            try {
                summary = AssetBulkWriter.write(store, progress, writer -> {
                    CsvAssetReader.Summary read = reader.readAhead(source, reading,
                        asset -> {
                            Asset located = postcodes == null ? asset
                                    : PostcodeLocating.locate(asset, postcodes::find, false);
                            Asset ready = AreaPlacement.forImport(located, placing, now);
                            tally.count(ready);
                            return writer.prepare(ready);
                        }, batch -> {
                            for (AssetBulkWriter.Row row : batch) {
                                if (writer.add(row)) {
                                    counts[1]++;
                                }
                                counts[0]++;
                            }
                        }, rejects::add, progress);
                    if (dryRun) {
                        throw new DryRunDone(read);
                    }
                    if (!rejects.isEmpty()) {
                        progress.checkCancelled();
                        rejectsFile[0] = RejectsWriter.writeForImport(source, rejects, project.file());
                    }
                    return read;
                });
            } catch (DryRunDone done) {
                summary = done.summary; // rolled back: nothing stored
            } catch (RuntimeException | Error e) {
                if (rejectsFile[0] != null) {
                    Files.deleteIfExists(rejectsFile[0]);
                }
                // The transaction wraps what the reading threw; the caller is promised the reader's own exception.
                if (e instanceof StoreException se && unwrap(se) != null) {
                    throw unwrap(se);
                }
                throw e;
            } finally {
                reading.shutdownNow();
                if (postcodes != null) {
                    postcodes.close();
                }
            }
            if (!dryRun) {
                project.clearUndo(ChangeScope.ASSETS, "import " + source.getFileName() + " (" + (counts[0] - counts[1])
                        + " added, " + counts[1] + " updated)");
                project.changed(ChangeScope.ASSETS);
            }
            return new ImportReport(counts[0], counts[1], rejects.size(),
                    List.copyOf(rejects.subList(0, Math.min(rejects.size(), MAX_REPORTED_REJECTS))), rejectsFile[0],
                    summary.unknownColumns(), tally.located, tally.unknown, List.copyOf(tally.examples),
                    tally.toCheck, List.copyOf(tally.toCheckExamples));
        }
    }

    private static IOException unwrap(StoreException e) {
        return e.getCause() instanceof IOException io && java.util.Objects.equals(e.getMessage(), io.getMessage())
                ? io : null;
    }

    /** What placing by postcode did to the rows of an import. */
    private static final class PostcodeTally {
        long located;
        long unknown;
        final Set<String> examples = new LinkedHashSet<>();
        long toCheck;
        final List<String> toCheckExamples = new ArrayList<>();

        void count(Asset ready) {
            if (!ready.needsChecking().isEmpty()) {
                toCheck++;
                if (toCheckExamples.size() < ImportReport.POSTCODE_EXAMPLES) {
                    toCheckExamples.add(ready.name() + ": " + ready.needsChecking().replace("\n", "; "));
                }
            }
            if (ready.locatedByPostcode()) {
                located++;
            } else if (PostcodeLocating.unplaced(ready)) {
                unknown++;
                if (examples.size() < ImportReport.POSTCODE_EXAMPLES) {
                    examples.add(ready.postcode());
                }
            }
        }
    }

    /** The thread that reads a file being imported: a daemon, so that it never keeps the application alive. */
    private static Thread importThread(Runnable r) {
        Thread t = Executors.defaultThreadFactory().newThread(r);
        t.setName("csv-import-reader");
        t.setDaemon(true);
        return t;
    }

    /**
     * Adds many assets in one transaction (no validation beyond the store's own constraints; for generated data),
     * placing each in its area. Not undoable; the assets' undo history is cleared.
     *
     * @return how many were added
     */
    public long addAll(Iterable<Asset> assets, long expected, Progress progress) {
        synchronized (lock) {
            boolean byPostcode = store.postcodes().count() > 0;
            Map<String, GeoPoint> centroids = new HashMap<>();
            Function<String, GeoPoint> centroid = code -> centroids.computeIfAbsent(code,
                    c -> store.postcodes().find(c).orElse(null));
            long added = store.inTransaction(() -> {
                long n = 0;
                for (Asset a : assets) {
                    Asset located = byPostcode ? PostcodeLocating.locate(a, centroid, false) : a;
                    store.assets().insert(project.placement().place(located));
                    if (++n % 1000 == 0) {
                        progress.update(n, expected, "Adding assets");
                        progress.checkCancelled();
                    }
                }
                return n;
            });
            project.clearUndo(ChangeScope.ASSETS, "add " + added + (added == 1 ? " asset" : " assets") + " at once");
            project.changed(ChangeScope.ASSETS);
            return added;
        }
    }

    /**
     * What {@link #exportCsv} would write now, without writing anything: for a warning or a question before the
     * export.
     */
    public AssetExport planExport(Individuals individuals) {
        synchronized (lock) {
            return AssetExport.of(PersonalDetails.release(all(), individuals));
        }
    }

    /**
     * Writes the assets to a CSV file (replacing it whole), in the format {@link #importCsv} reads. Individuals are
     * written, with their personal details, only when {@code individuals} is {@link Individuals#INCLUDE}; by default
     * they are left out whole and counted (the rule is {@link PersonalDetails}). Whatever is written reads back as
     * the same assets.
     *
     * @throws org.assetatlas.util.OutputRefusedException when {@code out} is this project, another project or
     *         database, or a folder; nothing is then written
     */
    public AssetExport exportCsv(Path out, Individuals individuals, Progress progress) throws IOException {
        synchronized (lock) {
            PersonalDetails.Release shared = PersonalDetails.release(all(), individuals);
            new CsvAssetWriter().write(shared.assets(), out, progress, project.file());
            return AssetExport.of(shared);
        }
    }

    private List<Asset> all() {
        List<Asset> all = new ArrayList<>();
        store.assets().forEach(all::add);
        return all;
    }
}
