package org.assetatlas.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assetatlas.geo.AreaTree;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Domain;
import org.assetatlas.model.Framework;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.util.Progress;

/**
 * An open project: its file, framework, settings and areas, the one undo history and the one change notification
 * that every part of the project shares, and the services that work on it — {@link #assets()} (find, add, change and
 * delete assets), {@link #transfer()} (CSV import and export), {@link #factors()} (barriers, enablers and their
 * evidence), {@link #voices()} (residents' voices and engagement), {@link #transport()} (stops, services and
 * distances), {@link #signposting()}, {@link #reports()}, {@link #statistics()} and {@link #domains()} (the
 * framework's domains).
 *
 * <p>Assets with a location are placed in the area that contains them, at the project's assignment level
 * (neighbourhoods when the project has any, otherwise the first level that has boundaries); an area chosen by hand
 * wins over the location.
 *
 * <p>One lock guards the project: every read and write of the project file, by this class and by its services,
 * holds it, so a background import and the user interface can share one project. Listeners hear of every change
 * on the thread that made it, possibly while that thread holds the lock (see ADR 25).
 */
public final class AtlasProject implements AutoCloseable {

    private static final String META_FRAMEWORK = "framework.name";
    private static final String META_NAME = "project.name";
    private static final String META_ATTRIBUTION = "attribution";

    private record Listener(ChangeScope scope, Runnable action) {
    }

    private final Object lock = new Object();
    private final ProjectStore store;
    private final UndoStack history = new UndoStack(100);
    private final AssetSearch search;
    private final AreaPlacement placement;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Framework framework;
    private final AssetEditing assets;
    private final AssetTransfer transfer;
    private final SignpostService signposting;
    private final FactorService factors;
    private final VoiceService voices;
    private final TransportAccess transport;
    private final ReportService reports;
    private final AreaSetup areaSetup;
    private final DomainEditing domainEditing;
    private final Backups backups;
    private final History changes;

    /** Who has the project open for writing: this process, or null when it is open read-only. */
    private org.assetatlas.store.ProjectLock projectLock;

    private AtlasProject(ProjectStore store, boolean createdNow, String who) {
        this.store = store;
        this.changes = new History(this, store, who, java.time.Clock.systemUTC());
        this.backups = new Backups(this, store, createdNow, java.time.Clock.systemDefaultZone());
        this.search = new AssetSearch(store);
        this.placement = new AreaPlacement(this, store);
        reloadFramework();
        placement.reloadAreas();
        this.assets = new AssetEditing(this, store);
        this.transfer = new AssetTransfer(this, store);
        this.signposting = new SignpostService(this, store, search);
        this.factors = new FactorService(this, store);
        this.voices = new VoiceService(this, store);
        this.transport = new TransportAccess(this, store);
        this.reports = new ReportService(this, store);
        this.areaSetup = new AreaSetup(this);
        this.domainEditing = new DomainEditing(this, store);
        reports.setEvidenceSource(new FactorReportEvidence(factors, voices));
        if (!placement.placed()) {
            // a project from before every asset was placed at every level: place them once, now
            synchronized (lock) {
                placement.placeAll(Progress.NONE, true);
            }
        }
        if (store.readOnlyReason().isEmpty()) {
            for (ChangeScope scope : ChangeScope.values()) {
                changes.undoableFromEarlierSessions(scope).forEach(e -> history.done(scope, e));
            }
        }
    }

    /** Creates a new project file with the given framework and no areas or assets. */
    public static AtlasProject create(Path file, String name, Framework framework) {
        if (java.nio.file.Files.exists(file)) {
            ProjectStore.create(file).close(); // refuses, saying it exists
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new org.assetatlas.store.StoreException("Cannot create the folder for " + file + ": "
                    + e.getMessage(), e);
        }
        org.assetatlas.store.ProjectLock owner;
        try {
            owner = org.assetatlas.store.ProjectLock.acquire(file, null);
        } catch (org.assetatlas.store.ProjectLock.HeldException e) {
            throw new org.assetatlas.store.StoreException(file.getFileName() + " is being created by someone else: "
                    + e.getMessage());
        }
        ProjectStore store;
        try {
            store = ProjectStore.create(file);
        } catch (RuntimeException e) {
            owner.close();
            throw e;
        }
        try {
            store.inTransaction(() -> {
                store.domains().save(framework);
                store.meta().put(META_FRAMEWORK, framework.name());
                store.meta().put(META_NAME, name);
                return null;
            });
            AtlasProject p = new AtlasProject(store, true, owner.holder().user());
            p.projectLock = owner;
            return p;
        } catch (RuntimeException e) {
            store.close();
            owner.close();
            throw e;
        }
    }

    /** Opens an existing project file, for editing when it can be, as this computer's user. */
    public static AtlasProject open(Path file) {
        return open(file, null);
    }

    /**
     * Opens an existing project file: for editing, unless someone else has it open for editing (then read-only,
     * saying who — "Sam Jones on LAPTOP-12 has it open since 10:42") or the file or its folder cannot be written to
     * (read-only too, saying so). See {@link #readOnlyReason()}.
     *
     * @param user the name others see while this has it open; null for the computer's user name
     */
    public static AtlasProject open(Path file, String user) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            ProjectStore.open(file).close(); // refuses, saying there is no such file
        }
        org.assetatlas.store.ProjectLock owner = null;
        String reason = null;
        try {
            owner = org.assetatlas.store.ProjectLock.acquire(file, user);
        } catch (org.assetatlas.store.ProjectLock.HeldException e) {
            reason = e.getMessage();
        } catch (org.assetatlas.store.StoreException e) {
            reason = "its folder cannot be written to";
        }
        if (reason == null && !java.nio.file.Files.isWritable(file)) {
            owner.close();
            owner = null;
            reason = "the file is read-only";
        }
        ProjectStore store;
        try {
            store = reason == null ? ProjectStore.open(file) : ProjectStore.openReadOnly(file, reason);
        } catch (RuntimeException e) {
            if (owner != null) {
                owner.close();
            }
            throw e;
        }
        AtlasProject p;
        try {
            p = new AtlasProject(store, false,
                    owner != null ? owner.holder().user() : org.assetatlas.store.ProjectLock.me(user).user());
        } catch (RuntimeException e) {
            store.close();
            if (owner != null) {
                owner.close();
            }
            throw e;
        }
        p.projectLock = owner;
        p.backups.daily();
        return p;
    }

    /**
     * Why the project is open read-only — "Sam Jones on LAPTOP-12 has it open since 10:42", "the file is
     * read-only" — or empty when it is open for editing. Every change is then refused with this reason.
     */
    public Optional<String> readOnlyReason() {
        return store.readOnlyReason();
    }

    /** Whether the project uses SQLite's write-ahead log; false on a network drive, where the rollback journal is. */
    public boolean writeAheadLog() {
        return store.writeAheadLog();
    }

    // ---- Project ------------------------------------------------------------------------------------------------

    public Path file() {
        return store.file();
    }

    public String name() {
        synchronized (lock) {
            return store.meta().get(META_NAME).orElse(fileStem());
        }
    }

    private String fileStem() {
        String n = store.file().getFileName().toString();
        return n.endsWith(ProjectStore.EXTENSION) ? n.substring(0, n.length() - ProjectStore.EXTENSION.length()) : n;
    }

    public Framework framework() {
        synchronized (lock) {
            return framework;
        }
    }

    /** Replaces the framework; assets keep the domains whose names remain. The undo history is cleared. */
    public void setFramework(Framework f) {
        synchronized (lock) {
            store.inTransaction(() -> {
                store.domains().save(f);
                store.meta().put(META_FRAMEWORK, f.name());
                return null;
            });
            reloadFramework();
            history.clear();
            changes.bulk(ChangeScope.ASSETS, "change the framework to \u201c" + f.name() + "\u201d");
            changed(ChangeScope.ASSETS);
        }
    }

    private void reloadFramework() {
        List<Domain> domains = store.domains().load();
        framework = new Framework(store.meta().get(META_FRAMEWORK).orElse("Framework"), domains);
    }

    /** Data licences and attributions to show wherever the project's data appears. */
    public String attribution() {
        synchronized (lock) {
            return store.meta().get(META_ATTRIBUTION).orElse("");
        }
    }

    public void setAttribution(String text) {
        synchronized (lock) {
            store.meta().put(META_ATTRIBUTION, text);
        }
    }

    /** A free-form project setting. */
    public Optional<String> setting(String key) {
        synchronized (lock) {
            return store.meta().get(key);
        }
    }

    public void setSetting(String key, String value) {
        synchronized (lock) {
            store.meta().put(key, value);
        }
    }

    // ---- Areas --------------------------------------------------------------------------------------------------

    public List<Area> areas() {
        synchronized (lock) {
            return store.areas().findAll();
        }
    }

    public List<Area> areas(AreaLevel level) {
        synchronized (lock) {
            return store.areas().findByLevel(level);
        }
    }

    /** The area with this code, or else this name ignoring case (see {@link AreaTree#find}). */
    public Optional<Area> area(String codeOrName) {
        return placement.tree().find(codeOrName);
    }

    /** Setting up the project's own geography: boundaries at each level, neighbourhoods, what does not nest. */
    public AreaSetup areaSetup() {
        return areaSetup;
    }

    /**
     * The project's areas as a tree, and the one rule for what belongs to an area: every screen and command that
     * asks "which assets, factors, voices or figures belong to this area" asks it.
     */
    public AreaTree areaTree() {
        return placement.tree();
    }

    /** The level at which assets are placed from their location, or null when the project has no boundaries. */
    public AreaLevel assignmentLevel() {
        return placement.assignmentLevel();
    }

    /** Adds or replaces areas in one transaction, then places every asset afresh at every level. */
    public void saveAreas(List<Area> areas, Progress progress) {
        backups.before("areas change");
        synchronized (lock) {
            java.util.Set<String> had = store.areas().codes();
            long changed = areas.stream().filter(a -> had.contains(a.code())).count();
            store.inTransaction(() -> {
                store.areas().saveAll(areas);
                changes.bulk(ChangeScope.ASSETS, "save " + areas.size() + (areas.size() == 1 ? " area" : " areas")
                        + " (" + (areas.size() - changed) + " new, " + changed + " replaced)");
                return null;
            });
            placement.reloadAreas(areas);
            placement.placeAll(progress, true);
        }
    }

    /** The code of the area at the assignment level containing the point, or null. */
    public String locateArea(double lat, double lon) {
        return placement.locateArea(lat, lon);
    }

    /**
     * Places every asset afresh at every level (its own area from its location unless chosen by hand) and writes
     * every result, in one transaction.
     *
     * @return how many assets were written
     */
    public int reassignAllAreas(Progress progress) {
        synchronized (lock) {
            return placement.placeAll(progress, true);
        }
    }

    /**
     * Asset counts by area at the assignment level and domain, with a "No area" row when some assets are in none.
     */
    public AreaDomainTable areaDomainTable() {
        return areaDomainTable(assignmentLevel());
    }

    /**
     * Asset counts by area at one level and domain, with a "No area" row for the assets in no area of that level;
     * an asset counts in every area the project's area rule puts it in.
     */
    public AreaDomainTable areaDomainTable(AreaLevel level) {
        synchronized (lock) {
            return placement.areaDomainTable(level);
        }
    }

    // ---- Services -----------------------------------------------------------------------------------------------

    /** Finding, checking, adding, changing and deleting assets (undoable), and the map's points. */
    public AssetEditing assets() {
        return assets;
    }

    /** Importing and exporting assets as CSV, and adding many assets at once. */
    public AssetTransfer transfer() {
        return transfer;
    }

    /** Exporting the project's assets, areas, barriers and enablers and stops for GIS: GeoPackage or GeoJSON. */
    public GisExport gis() {
        return new GisExport(this, store);
    }

    /** Signposting for this project: needs answered, places, thesaurus, postcodes, the log, demand and supply. */
    public SignpostService signposting() {
        return signposting;
    }

    /** Barriers and enablers, their themes and the evidence they cite, and the theme × domain matrix. */
    public FactorService factors() {
        return factors;
    }

    /** Residents' voices, the only way their words leave the app, and engagement summaries. */
    public VoiceService voices() {
        return voices;
    }

    /** Public transport stops and services, and each asset's distance to the nearest stop. */
    public TransportAccess transport() {
        return transport;
    }

    /** Deep-dive reports on this project: branding, calls to action, snapshots and report files. */
    public ReportService reports() {
        return reports;
    }

    /** Adding, renaming, reordering, merging, retiring and restoring the framework's domains (undoable). */
    public DomainEditing domains() {
        return domainEditing;
    }

    /** Reference data (postcodes, deprivation, population) with source, licence and vintage. */
    /** The project's backups: taken before large changes and daily, listed, pruned, restored. */
    public Backups backups() {
        return backups;
    }

    public ReferenceData reference() {
        return new ReferenceData(this, store);
    }

    /** Numbers per area for choropleth maps: asset counts, assets per 1,000 residents, imported statistics. */
    public AreaStatistics statistics() {
        return new AreaStatistics(this, store);
    }

    /** The assets due to be checked, and checking them: verified, paused, closed. */
    public ReviewQueue review() {
        return new ReviewQueue(this, store, java.time.Clock.systemDefaultZone());
    }

    /** Records that describe the same asset twice, each pair with the reason it was found. */
    public Duplicates duplicates() {
        return new Duplicates(this);
    }

    /** Who changed what and when: the history of the project's records, with earlier versions to restore. */
    public History history() {
        return changes;
    }

    /** Builds the search index now if needed, so that the first search is quick; call off the UI thread. */
    public void warmUpSearch() {
        synchronized (lock) {
            search.warmUp();
        }
    }

    // ---- Undo ---------------------------------------------------------------------------------------------------

    public boolean canUndo(ChangeScope scope) {
        synchronized (lock) {
            return history.canUndo(scope);
        }
    }

    public boolean canRedo(ChangeScope scope) {
        synchronized (lock) {
            return history.canRedo(scope);
        }
    }

    /** What Undo would undo in the scope, e.g. {@code delete “Mile End Men's Shed”}. */
    public Optional<String> nextUndo(ChangeScope scope) {
        synchronized (lock) {
            return history.nextUndo(scope);
        }
    }

    /** What Redo would redo in the scope. */
    public Optional<String> nextRedo(ChangeScope scope) {
        synchronized (lock) {
            return history.nextRedo(scope);
        }
    }

    /** Undoes the newest edit of the scope; false when there is none. */
    public boolean undo(ChangeScope scope) {
        synchronized (lock) {
            Optional<Edit> done = store.inTransaction(() -> {
                Optional<Edit> e = history.undo(scope);
                e.filter(x -> x.step() > 0).ifPresent(x -> changes.undone(x.step()));
                return e;
            });
            done.ifPresent(e -> edited(scope, e.assetId()));
            return done.isPresent();
        }
    }

    /** Redoes the edit of the scope undone last; false when there is none. */
    public boolean redo(ChangeScope scope) {
        synchronized (lock) {
            Optional<Edit> done = store.inTransaction(() -> {
                Optional<Edit> e = history.redo(scope);
                e.filter(x -> x.step() > 0).ifPresent(x -> changes.redone(x.step()));
                return e;
            });
            done.ifPresent(e -> edited(scope, e.assetId()));
            return done.isPresent();
        }
    }

    // ---- Change notification --------------------------------------------------------------------------------------

    /** Hears of every change in the scope, on the thread that made it (see the class comment). */
    public void addChangeListener(ChangeScope scope, Runnable r) {
        listeners.add(new Listener(scope, r));
    }

    /** Stops a listener hearing of changes, in whichever scopes it was added. */
    public void removeChangeListener(Runnable r) {
        listeners.removeIf(l -> l.action() == r);
    }

    @Override
    public void close() {
        synchronized (lock) {
            store.close();
            if (projectLock != null) {
                projectLock.close();
                projectLock = null;
            }
        }
    }

    // ---- For the services -----------------------------------------------------------------------------------------

    /** The one monitor that guards the project file and every service's state derived from it. */
    Object lock() {
        return lock;
    }

    AreaPlacement placement() {
        return placement;
    }

    AssetSearch search() {
        return search;
    }

    /**
     * After the domains were edited (or such an edit undone): reloads the framework, forgets the factors' undo
     * history, whose edits name domains, and tells the factors' listeners. The caller holds the lock and tells the
     * assets' listeners.
     */
    void frameworkEdited() {
        reloadFramework();
        history.clear(ChangeScope.FACTORS);
        changed(ChangeScope.FACTORS);
    }

    /** Records an undoable edit just done; the caller holds the lock. */
    void done(ChangeScope scope, Edit e) {
        if (e.step() == 0) {
            changes.bulk(scope, e.description());
        }
        history.done(scope, e);
    }

    /**
     * After a change to many records that cannot be undone (an import, seeding a new project): records it in the
     * history as {@code what} and forgets the undo history of the scope.
     */
    void clearUndo(ChangeScope scope, String what) {
        synchronized (lock) {
            changes.bulk(scope, what);
            history.clear(scope);
        }
    }

    /**
     * After an edit in a scope: one asset (its row id) or, for 0, many. The search index is refreshed and listeners
     * told.
     */
    void edited(ChangeScope scope, long assetId) {
        if (scope == ChangeScope.ASSETS && assetId != 0) {
            search.refresh(assetId);
            notifyListeners(scope);
        } else {
            changed(scope);
        }
    }

    /**
     * After a change to many things in a scope. For assets, areas or the framework the search index is rebuilt when
     * next needed; then the scope's listeners are told.
     */
    void changed(ChangeScope scope) {
        if (scope == ChangeScope.ASSETS) {
            search.invalidate();
            signposting.invalidate();
        }
        notifyListeners(scope);
    }

    /**
     * After area statistics or residents change (reference data loaded): the map and counts are redrawn by the
     * scope's listeners; the search index does not depend on them and is kept.
     */
    void statisticsChanged() {
        notifyListeners(ChangeScope.ASSETS);
    }

    /** After the project's stops change: the search index works out distances to the nearest stop again. */
    void stopsChanged() {
        search.stopsChanged();
    }

    private void notifyListeners(ChangeScope scope) {
        for (Listener l : listeners) {
            if (l.scope() == scope) {
                l.action().run();
            }
        }
    }
}
