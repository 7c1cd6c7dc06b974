package org.assetatlas.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.assetatlas.geo.AreaTree;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.geo.BritishNationalGrid;
import org.assetatlas.io.AssetImportException;
import org.assetatlas.io.CsvAssetReader;
import org.assetatlas.io.CsvAssetReader.RejectedRow;
import org.assetatlas.io.CsvAssetWriter;
import org.assetatlas.io.RejectsWriter;
import org.assetatlas.io.RowRejectedException;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.AssetValidator;
import org.assetatlas.model.Domain;
import org.assetatlas.model.Framework;
import org.assetatlas.store.AssetBulkWriter;
import org.assetatlas.store.AssetRepository;
import org.assetatlas.store.AssetRepository.AreaDomainCount;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.store.StoreException;
import org.assetatlas.util.Progress;

/**
 * An open project and everything that can be done with it: find, add, change and delete assets (with undo),
 * import and export CSV, count assets by area and domain.
 *
 * <p>Assets with a location are placed in the area that contains them, at the project's assignment level
 * (neighbourhoods when the project has any, otherwise the first level that has boundaries); an area chosen by hand
 * wins over the location. All methods are synchronised, so a background import and the user interface can share
 * one project. Listeners hear of every change on the thread that made it.
 */
public final class AtlasProject implements AutoCloseable {

    private static final String META_FRAMEWORK = "framework.name";
    private static final String META_NAME = "project.name";
    private static final String META_ATTRIBUTION = "attribution";
    private static final int MAX_REPORTED_REJECTS = 200;
    /** Set once every asset of the project has been placed at every level (schema version 10 on). */
    private static final String META_PLACES = "areas.places";
    private static final String PLACES_VERSION = "1";

    private final ProjectStore store;
    private final UndoStack undo = new UndoStack(100);
    private final AssetSearch search;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Framework framework;
    private AreaTree tree = AreaTree.empty();
    private SignpostService signposting;
    private FactorService factors;
    private ReportService reports;

    private AtlasProject(ProjectStore store) {
        this.store = store;
        this.search = new AssetSearch(store);
        reloadFramework();
        reloadAreas();
        if (!store.meta().get(META_PLACES).map(PLACES_VERSION::equals).orElse(false)) {
            // a project from before every asset was placed at every level: place them once, now
            placeAll(Progress.NONE, true);
        }
    }

    /** Creates a new project file with the given framework and no areas or assets. */
    public static AtlasProject create(Path file, String name, Framework framework) {
        ProjectStore store = ProjectStore.create(file);
        try {
            store.inTransaction(() -> {
                store.domains().save(framework);
                store.meta().put(META_FRAMEWORK, framework.name());
                store.meta().put(META_NAME, name);
                return null;
            });
            return new AtlasProject(store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Opens an existing project file. */
    public static AtlasProject open(Path file) {
        return new AtlasProject(ProjectStore.open(file));
    }

    // ---- Project ------------------------------------------------------------------------------------------------

    public Path file() {
        return store.file();
    }

    public synchronized String name() {
        return store.meta().get(META_NAME).orElse(fileStem());
    }

    private String fileStem() {
        String n = store.file().getFileName().toString();
        return n.endsWith(ProjectStore.EXTENSION) ? n.substring(0, n.length() - ProjectStore.EXTENSION.length()) : n;
    }

    public synchronized Framework framework() {
        return framework;
    }

    /** Replaces the framework; assets keep the domains whose names remain. */
    public synchronized void setFramework(Framework f) {
        store.inTransaction(() -> {
            store.domains().save(f);
            store.meta().put(META_FRAMEWORK, f.name());
            return null;
        });
        reloadFramework();
        undo.clear();
        changed();
    }

    private void reloadFramework() {
        List<Domain> domains = store.domains().load();
        framework = new Framework(store.meta().get(META_FRAMEWORK).orElse("Framework"), domains);
    }

    /** Data licences and attributions to show wherever the project's data appears. */
    public synchronized String attribution() {
        return store.meta().get(META_ATTRIBUTION).orElse("");
    }

    public synchronized void setAttribution(String text) {
        store.meta().put(META_ATTRIBUTION, text);
    }

    /** A free-form project setting. */
    public synchronized Optional<String> setting(String key) {
        return store.meta().get(key);
    }

    public synchronized void setSetting(String key, String value) {
        store.meta().put(key, value);
    }

    // ---- Areas --------------------------------------------------------------------------------------------------

    public synchronized List<Area> areas() {
        return store.areas().findAll();
    }

    public synchronized List<Area> areas(AreaLevel level) {
        return store.areas().findByLevel(level);
    }

    /** The area with this code, or else this name ignoring case (see {@link AreaTree#find}). */
    public synchronized Optional<Area> area(String codeOrName) {
        return tree.find(codeOrName);
    }

    /**
     * The project's areas as a tree, and the one rule for what belongs to an area: every screen and command that
     * asks "which assets, factors, voices or figures belong to this area" asks it.
     */
    public synchronized AreaTree areaTree() {
        return tree;
    }

    /** The level at which assets are placed from their location, or null when the project has no boundaries. */
    public synchronized AreaLevel assignmentLevel() {
        return tree.recordingLevel();
    }

    /** Adds or replaces areas in one transaction, then places every asset afresh at every level. */
    public synchronized void saveAreas(List<Area> areas, Progress progress) {
        store.inTransaction(() -> {
            for (Area a : areas) {
                store.areas().save(a);
            }
            return null;
        });
        reloadAreas();
        placeAll(progress, true);
    }

    private void reloadAreas() {
        AreaTree t = AreaTree.of(store.areas().findAll());
        tree = t;
        store.assets().setPlacer(a -> t.places(a.location(), a.areaCode(), a.areaChosen()));
    }

    /** The code of the area at the assignment level containing the point, or null. */
    public synchronized String locateArea(double lat, double lon) {
        return tree.recordingArea(lat, lon);
    }

    /**
     * Places every asset in its areas afresh, in one transaction: its own area from its location (unless chosen by
     * hand) and every area it is in at every level (see {@link AreaTree#places}).
     *
     * @return how many assets changed their own area
     */
    public synchronized int assignAreas(Progress progress) {
        return placeAll(progress, false);
    }

    /** Assets placed between two checks for cancellation, and per task within such a block. */
    private static final int PLACE_BLOCK = 32_768;
    private static final int PLACE_CHUNK = 4_096;

    /**
     * Places every asset and writes the results: every asset's places when {@code everyOne} (or when the places are
     * not known yet), else only those whose own area changed.
     */
    private int placeAll(Progress progress, boolean everyOne) {
        AssetRepository.Placing rows = store.assets().placing();
        AreaTree t = tree;
        int total = rows.size();
        String[] own = new String[total];
        String[][] places = new String[total][];
        // placed in blocks, each block spread over the cores (the tree is thread-safe), so progress and
        // cancellation are checked between blocks
        for (int from = 0; from < total; from += PLACE_BLOCK) {
            int to = Math.min(total, from + PLACE_BLOCK);
            int blockStart = from;
            IntStream.range(0, (to - from + PLACE_CHUNK - 1) / PLACE_CHUNK).parallel().forEach(chunk -> {
                int start = blockStart + chunk * PLACE_CHUNK;
                int end = Math.min(to, start + PLACE_CHUNK);
                for (int i = start; i < end; i++) {
                    boolean located = !Double.isNaN(rows.lats()[i]) && !Double.isNaN(rows.lons()[i]);
                    GeoPoint at = located ? new GeoPoint(rows.lats()[i], rows.lons()[i]) : null;
                    String recorded = rows.areaCodes()[i];
                    if (!rows.chosen()[i] && located) {
                        recorded = t.recordingArea(at.lat(), at.lon());
                    }
                    own[i] = recorded;
                    places[i] = t.places(at, recorded, rows.chosen()[i]);
                }
            });
            progress.update(to, total, "Placing assets in areas");
            progress.checkCancelled();
        }
        boolean all = everyOne || !store.meta().get(META_PLACES).map(PLACES_VERSION::equals).orElse(false);
        long[] ids = new long[total];
        String[] codes = new String[total];
        String[][] placed = new String[total][];
        int n = 0;
        int moved = 0;
        for (int i = 0; i < total; i++) {
            boolean changed = !Objects.equals(own[i], rows.areaCodes()[i]);
            if (changed) {
                moved++;
            }
            if (all || changed) {
                ids[n] = rows.ids()[i];
                codes[n] = own[i];
                placed[n] = places[i];
                n++;
            }
        }
        int written = n;
        if (written > 0 || all) {
            store.inTransaction(() -> {
                store.assets().setAreas(Arrays.copyOf(ids, written), Arrays.copyOf(codes, written),
                        Arrays.copyOf(placed, written));
                store.meta().put(META_PLACES, PLACES_VERSION);
                return null;
            });
            changed();
        }
        return everyOne ? written : moved;
    }

    /**
     * Places every asset afresh at every level and writes every result, in one transaction.
     *
     * @return how many assets were written
     */
    public synchronized int reassignAllAreas(Progress progress) {
        return placeAll(progress, true);
    }

    // ---- Assets -------------------------------------------------------------------------------------------------

    public synchronized long assetCount() {
        return store.assets().count();
    }

    /**
     * The assets matching the query: by relevance through the in-memory search index when it has words (built on
     * first use), otherwise in name order from the database.
     */
    public synchronized List<Asset> find(AssetQuery q) {
        if (AssetSearch.hasWords(q)) {
            return search.find(q, framework.names());
        }
        return store.assets().search(q);
    }

    /** Signposting for this project: needs answered, places, thesaurus, postcodes, the log, demand and supply. */
    public synchronized SignpostService signposting() {
        if (signposting == null) {
            signposting = new SignpostService(this, store, search);
        }
        return signposting;
    }

    /** Builds the search index now if needed, so that the first search is quick; call off the UI thread. */
    public synchronized void warmUpSearch() {
        search.warmUp();
    }

    /**
     * Every located asset as a map point (row id, projected location, category, status, first domain), read with a
     * compact query rather than as full assets: for drawing all assets, e.g. in the map command and the benchmark.
     */
    public synchronized org.assetatlas.map.AssetPoints mapPoints() {
        org.assetatlas.map.AssetPoints.Builder b = org.assetatlas.map.AssetPoints.builder((int) assetCount());
        store.assets().forEachMapPoint((id, lat, lon, category, status, domain) ->
                b.add(id, lon, lat, category, status, domain));
        return b.build();
    }

    public synchronized Optional<Asset> asset(long id) {
        return store.assets().findById(id);
    }

    public synchronized Optional<Asset> assetByUid(String uid) {
        return store.assets().findByUid(uid);
    }

    /** The rules an asset breaks in this project (empty when it can be saved). */
    public synchronized List<AssetValidator.Problem> check(Asset a) {
        List<AssetValidator.Problem> problems = new ArrayList<>(new AssetValidator(framework).check(a));
        if (a.areaChosen() && a.areaCode() != null && store.areas().findByCode(a.areaCode()).isEmpty()) {
            problems.add(new AssetValidator.Problem("area", "The project has no area " + a.areaCode()));
        }
        return problems;
    }

    /**
     * Adds a new asset (row id 0) or saves changes to an existing one, placing it in its area; undoable.
     *
     * @return the stored asset
     * @throws ValidationException when the asset breaks a rule; nothing is saved
     */
    public synchronized Asset save(Asset a) {
        List<AssetValidator.Problem> problems = check(a);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Asset placed = place(a);
        if (a.id() == 0) {
            Asset stored = store.inTransaction(() -> store.assets().insert(placed));
            undo.done(new Edit() {
                @Override
                public String description() {
                    return "add \u201c" + stored.name() + "\u201d";
                }

                @Override
                public void undo() {
                    store.inTransaction(() -> store.assets().delete(stored.id()));
                }

                @Override
                public void redo() {
                    store.inTransaction(() -> store.assets().insert(stored));
                }

                @Override
                public long assetId() {
                    return stored.id();
                }
            });
            assetChanged(stored.id());
            return stored;
        }
        Asset before = store.assets().findById(a.id())
                .orElseThrow(() -> new StoreException("The asset \u201c" + a.name() + "\u201d no longer exists"));
        Asset stored = store.inTransaction(() -> store.assets().update(placed));
        undo.done(new Edit() {
            @Override
            public String description() {
                return "edit \u201c" + stored.name() + "\u201d";
            }

            @Override
            public void undo() {
                store.inTransaction(() -> store.assets().update(before));
            }

            @Override
            public void redo() {
                store.inTransaction(() -> store.assets().update(stored));
            }

            @Override
            public long assetId() {
                return stored.id();
            }
        });
        assetChanged(stored.id());
        return stored;
    }

    private Asset place(Asset a) {
        if (a.areaChosen() || a.location() == null) {
            return a;
        }
        return a.toBuilder().areaCode(tree.recordingArea(a.location().lat(), a.location().lon())).build();
    }

    /**
     * Deletes an asset; undoable (undo restores it with the same id and links).
     *
     * @return false when there was no such asset
     */
    public synchronized boolean delete(long id) {
        Optional<Asset> gone = store.assets().findById(id);
        if (gone.isEmpty()) {
            return false;
        }
        Asset asset = gone.get();
        store.inTransaction(() -> store.assets().delete(id));
        undo.done(new Edit() {
            @Override
            public String description() {
                return "delete \u201c" + asset.name() + "\u201d";
            }

            @Override
            public void undo() {
                store.inTransaction(() -> store.assets().insert(asset));
            }

            @Override
            public void redo() {
                store.inTransaction(() -> store.assets().delete(id));
            }

            @Override
            public long assetId() {
                return id;
            }
        });
        assetChanged(id);
        return true;
    }

    /**
     * The best full-text matches straight from the index, with no filters and no rows loaded: the physical floor
     * that the benchmark measures {@link #find} against.
     */
    public synchronized long[] rawFullTextIds(String text, int limit) {
        return store.assets().rawFullTextIds(text, limit);
    }

    // ---- Undo ---------------------------------------------------------------------------------------------------

    public synchronized boolean canUndo() {
        return undo.canUndo();
    }

    public synchronized boolean canRedo() {
        return undo.canRedo();
    }

    /** What Undo would undo, e.g. {@code delete “Mile End Men's Shed”}. */
    public synchronized Optional<String> nextUndo() {
        return undo.nextUndo();
    }

    public synchronized Optional<String> nextRedo() {
        return undo.nextRedo();
    }

    public synchronized boolean undo() {
        Optional<Edit> done = undo.undo();
        done.ifPresent(e -> assetChanged(e.assetId()));
        return done.isPresent();
    }

    public synchronized boolean redo() {
        Optional<Edit> done = undo.redo();
        done.ifPresent(e -> assetChanged(e.assetId()));
        return done.isPresent();
    }

    // ---- Import and export ----------------------------------------------------------------------------------------

    /**
     * Imports assets from a CSV file as one transaction: good rows are stored, bad rows are reported with their line
     * number and reason and written to {@code NAME.rejects.csv} beside the source. A row whose id matches an
     * existing asset replaces it. If the import fails or is cancelled part-way, nothing of it remains.
     *
     * <p>The file is read and checked on a second thread while this one stores what has been read (see
     * {@link CsvAssetReader#readAhead}), through {@link AssetBulkWriter}. Areas named in the file are resolved, and
     * located assets placed in their areas, on the reading thread, from the areas as they were when the import
     * started.
     *
     * @throws AssetImportException when the file cannot be read as an asset list (e.g. it has no name column)
     * @throws org.assetatlas.util.CancelledException when cancelled; the project is unchanged
     */
    public synchronized ImportReport importCsv(Path source, Progress progress) throws IOException {
        CsvAssetReader reader = new CsvAssetReader(framework, BritishNationalGrid::toWgs84);
        AreaTree placing = tree; // used by the reading thread alone until the import ends
        Instant now = Instant.now();
        List<RejectedRow> rejects = new ArrayList<>();
        long[] counts = new long[2]; // imported, updated
        ExecutorService reading = Executors.newSingleThreadExecutor(AtlasProject::importThread);
        CsvAssetReader.Summary summary;
        try {
            summary = AssetBulkWriter.write(store, progress, writer -> reader.readAhead(source, reading,
                    asset -> writer.prepare(forImport(asset, placing, now)), batch -> {
                        for (AssetBulkWriter.Row row : batch) {
                            if (writer.add(row)) {
                                counts[1]++;
                            }
                            counts[0]++;
                        }
                    }, rejects::add, progress));
        } catch (StoreException e) {
            // The transaction wraps what the reading threw; the caller is promised the reader's own exception.
            if (e.getCause() instanceof IOException io && java.util.Objects.equals(e.getMessage(), io.getMessage())) {
                throw io;
            }
            throw e;
        } finally {
            reading.shutdownNow();
        }
        Path rejectsFile = null;
        if (!rejects.isEmpty()) {
            rejectsFile = RejectsWriter.write(source, rejects);
        }
        undo.clear();
        changed();
        return new ImportReport(counts[0], counts[1], rejects.size(),
                List.copyOf(rejects.subList(0, Math.min(rejects.size(), MAX_REPORTED_REJECTS))), rejectsFile,
                summary.unknownColumns());
    }

    /**
     * An asset read from a file, ready to store: its area resolved or, when it follows its location, placed as
     * {@link #place} does, and missing times set to {@code now}; built once, as this runs for every row.
     */
    private static Asset forImport(Asset a, AreaTree tree, Instant now) {
        String area = a.areaCode();
        if (a.areaChosen() && area != null) {
            area = tree.find(a.areaCode()).map(Area::code).orElse(null);
            if (area == null) {
                throw new RowRejectedException("Unknown area \"" + a.areaCode() + "\" (the project has no area with"
                        + " that name or code)");
            }
        } else if (!a.areaChosen() && a.location() != null) {
            area = tree.recordingArea(a.location().lat(), a.location().lon());
        }
        if (java.util.Objects.equals(area, a.areaCode()) && a.created() != null && a.updated() != null) {
            return a;
        }
        return a.toBuilder()
                .areaCode(area)
                .created(a.created() != null ? a.created() : now)
                .updated(a.updated() != null ? a.updated() : a.created() != null ? a.created() : now)
                .build();
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
     * placing each in its area. Not undoable; the undo history is cleared.
     *
     * @return how many were added
     */
    public synchronized long addAll(Iterable<Asset> assets, long expected, Progress progress) {
        long added = store.inTransaction(() -> {
            long n = 0;
            for (Asset a : assets) {
                store.assets().insert(place(a));
                if (++n % 1000 == 0) {
                    progress.update(n, expected, "Adding assets");
                    progress.checkCancelled();
                }
            }
            return n;
        });
        undo.clear();
        changed();
        return added;
    }

    /** Writes every asset to a CSV file (replacing it atomically), in the format {@link #importCsv} reads. */
    public synchronized long exportCsv(Path out, Progress progress) throws IOException {
        List<Asset> all = new ArrayList<>();
        store.assets().forEach(all::add);
        new CsvAssetWriter().write(all, out, progress);
        return all.size();
    }

    // ---- Analysis -----------------------------------------------------------------------------------------------

    /**
     * Asset counts by area at the assignment level and domain, with a "No area" row when some assets are in none.
     */
    public synchronized AreaDomainTable areaDomainTable() {
        return areaDomainTable(tree.recordingLevel());
    }

    /**
     * Asset counts by area at one level and domain, with a "No area" row for the assets in no area of that level.
     * An asset counts in an area when the project's area rule puts it there ({@link AreaTree#places}).
     */
    public synchronized AreaDomainTable areaDomainTable(AreaLevel level) {
        List<String> domains = framework.names();
        List<Area> areas = level == null ? List.of() : store.areas().findByLevel(level);
        Map<String, long[]> counts = new HashMap<>();
        for (AreaDomainCount c : store.assets().countByAreaAndDomain()) {
            int i = domains.indexOf(c.domain());
            if (i >= 0 && c.areaCode() != null) {
                counts.computeIfAbsent(c.areaCode(), k -> new long[domains.size()])[i] += c.count();
            }
        }
        long[] total = new long[domains.size()];
        Map<String, Long> perDomain = store.assets().countByDomain();
        for (int i = 0; i < total.length; i++) {
            total[i] = perDomain.getOrDefault(domains.get(i), 0L);
        }
        Map<String, Long> perArea = store.assets().countByArea();
        List<AreaDomainTable.Row> rows = new ArrayList<>();
        long listed = 0;
        long[] rest = total.clone();
        for (Area a : areas) {
            long n = perArea.getOrDefault(a.code(), 0L);
            listed += n;
            long[] row = counts.getOrDefault(a.code(), new long[domains.size()]);
            for (int i = 0; i < rest.length; i++) {
                rest[i] -= row[i];
            }
            rows.add(new AreaDomainTable.Row(a.code(), a.name(), row, n));
        }
        long all = store.assets().count();
        long other = all - listed;
        if (other > 0) {
            rows.add(new AreaDomainTable.Row(null, "No area", rest, other));
        }
        return new AreaDomainTable(domains, rows, total, all);
    }

    // ---- Barriers and enablers ------------------------------------------------------------------------------------

    /** Barriers and enablers, evidence, voices and transport of this project. */
    public synchronized FactorService factors() {
        if (factors == null) {
            factors = new FactorService(this, store);
        }
        return factors;
    }

    // ---- Reports ------------------------------------------------------------------------------------------------

    /** Deep-dive reports on this project: branding, calls to action, snapshots and report files. */
    public synchronized ReportService reports() {
        if (reports == null) {
            reports = new ReportService(this, store);
            reports.setEvidenceSource(new FactorReportEvidence(factors()));
        }
        return reports;
    }

    /** Numbers per area for choropleth maps: asset counts, assets per 1,000 residents, imported statistics. */
    public AreaStatistics statistics() {
        return new AreaStatistics(this, store);
    }

    // ---- Change notification --------------------------------------------------------------------------------------

    /** Hears of every change to the project's assets or areas, on the thread that made it. */
    public void addChangeListener(Runnable r) {
        listeners.add(r);
    }

    public void removeChangeListener(Runnable r) {
        listeners.remove(r);
    }

    /** After a change to many assets, areas or the framework: the search index is rebuilt when next needed. */
    private void changed() {
        search.invalidate();
        if (signposting != null) {
            signposting.invalidate();
        }
        notifyListeners();
    }

    /** After the project's stops change: the search index works out distances to the nearest stop again. */
    void stopsChanged() {
        search.stopsChanged();
    }

    /** After a change to one asset (0 = unknown: treat as many). */
    private void assetChanged(long id) {
        if (id == 0) {
            search.invalidate();
        } else {
            search.refresh(id);
        }
        notifyListeners();
    }

    private void notifyListeners() {
        for (Runnable r : listeners) {
            r.run();
        }
    }

    @Override
    public synchronized void close() {
        store.close();
    }
}
