package org.assetatlas.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assetatlas.analysis.ThemeDomainMatrix;
import org.assetatlas.analysis.VoiceRelease;
import org.assetatlas.geo.BritishNationalGrid;
import org.assetatlas.geo.NearestStops;
import org.assetatlas.io.NaptanStops;
import org.assetatlas.io.VoiceCsvWriter;
import org.assetatlas.geo.AreaTree;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.EngagementSummary;
import org.assetatlas.model.EvidenceSource;
import org.assetatlas.model.Factor;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.Labelled;
import org.assetatlas.model.TransportService;
import org.assetatlas.model.Voice;
import org.assetatlas.model.VoiceConsent;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.store.StoreException;
import org.assetatlas.util.Progress;

/**
 * Barriers and enablers of one open project: factors, the evidence they cite, residents' voices, engagement
 * summaries, transport stops and services, and their analysis — the theme × domain matrix, factor lists per area and
 * domain, and each asset's distance to the nearest stop. Obtained from {@link AtlasProject#factors()}.
 *
 * <p>Shares the project's lock, so it is safe beside background work on the project. Recording, changing and
 * deleting a factor or a voice can be undone ({@link #undo}); listeners hear of every change.
 */
public final class FactorService {

    /**
     * How close one of a service's stops must be for the service to reach an asset, in metres: about five minutes'
     * walk, the distance commonly used for access to a bus stop.
     */
    public static final double SERVICE_STOP_REACH_METRES = 400;
    /** The distance beyond which an asset counts as far from public transport unless told otherwise. */
    public static final double DEFAULT_FAR_METRES = 800;

    /** An asset with its distance to the nearest stop and whether a recorded service reaches it. */
    public record StopAccess(Asset asset, BusStop nearestStop, double metres, boolean served) {
        /** Whether the distance is known (the asset is located and the project has stops). */
        public boolean known() {
            return nearestStop != null;
        }
    }

    /** What a NaPTAN import did. */
    public record StopImport(int stored, int inactive, List<NaptanStops.Problem> problems) {
        /** A one-line summary, e.g. "imported 1,110 stops; skipped 12 inactive; 2 rows rejected". */
        public String summary() {
            return String.format("imported %,d stops; skipped %,d inactive; %,d rows rejected", stored, inactive,
                    problems.size());
        }
    }

    private final AtlasProject project;
    private final ProjectStore store;
    private final UndoStack undo = new UndoStack(100);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile NearestStops nearest;
    private Map<String, double[]> stopGrid;
    private volatile Map<Long, NearestStops.Nearest> distances;
    /** Bumped whenever assets or stops change, so that a computation started before the change is not kept. */
    private long distancesVersion;
    private List<TransportService> services;

    FactorService(AtlasProject project, ProjectStore store) {
        this.project = project;
        this.store = store;
        project.addChangeListener(() -> {
            synchronized (project) {
                distances = null;
                distancesVersion++;
            }
        });
    }

    // ---- themes -------------------------------------------------------------------------------------------------

    /** The project's factor themes, in display order. */
    public List<String> themes() {
        synchronized (project) {
            return store.factors().themes();
        }
    }

    /** Replaces the theme list; blank and repeated names are dropped. Factors keep their themes. Undoable. */
    public void setThemes(List<String> themes) {
        List<String> clean = cleanThemes(themes);
        synchronized (project) {
            List<String> before = store.factors().themes();
            if (before.equals(clean)) {
                return;
            }
            saveThemes(clean);
            undo.done(Edit.of("change the theme list", () -> {
                saveThemes(before);
            }, () -> {
                saveThemes(clean);
            }));
        }
        notifyListeners();
    }

    /**
     * Renames a theme in the list and on every factor of that theme, in one transaction; undoable. Renaming to a
     * theme already in the list merges the two.
     *
     * @throws IllegalArgumentException when the new name is blank or the old theme is unknown
     */
    public void renameTheme(String from, String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("A theme needs a name");
        }
        String key = Labelled.squash(from);
        String name = to.strip();
        synchronized (project) {
            List<String> before = store.factors().themes();
            List<Factor> affected = store.factors().factors().stream()
                    .filter(f -> Labelled.squash(f.theme()).equals(key)).toList();
            if (before.stream().noneMatch(t -> Labelled.squash(t).equals(key)) && affected.isEmpty()) {
                throw new IllegalArgumentException("There is no theme \u201c" + from + "\u201d");
            }
            List<String> after = cleanThemes(before.stream()
                    .map(t -> Labelled.squash(t).equals(key) ? name : t).toList());
            Runnable apply = () -> store.inTransaction(() -> {
                store.factors().saveThemes(after);
                for (Factor f : affected) {
                    store.factors().update(withTheme(f, name));
                }
                return null;
            });
            apply.run();
            undo.done(Edit.of("rename theme \u201c" + from + "\u201d", () -> {
                store.inTransaction(() -> {
                    store.factors().saveThemes(before);
                    for (Factor f : affected) {
                        store.factors().update(f);
                    }
                    return null;
                });
            }, () -> {
                apply.run();
            }));
        }
        notifyListeners();
    }

    private static Factor withTheme(Factor f, String theme) {
        return new Factor(f.id(), f.kind(), theme, f.description(), f.domains(), f.areaCodes(), f.assetUids(),
                f.strength(), f.evidenceIds(), f.illustrative());
    }

    private void saveThemes(List<String> themes) {
        store.inTransaction(() -> {
            store.factors().saveThemes(themes);
            return null;
        });
    }

    private static List<String> cleanThemes(List<String> themes) {
        List<String> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String t : themes) {
            if (t != null && !t.isBlank() && seen.add(Labelled.squash(t))) {
                clean.add(t.strip());
            }
        }
        return clean;
    }

    // ---- factors and evidence -----------------------------------------------------------------------------------

    /** Every factor. */
    public List<Factor> factors() {
        synchronized (project) {
            return store.factors().factors();
        }
    }

    public Optional<Factor> factor(long id) {
        return factors().stream().filter(f -> f.id() == id).findFirst();
    }

    /**
     * The factors that bear on a domain and an area: recorded for the domain (any domain when null) and for the
     * area, an area inside it, an area containing it, or the whole project (any area when null) — the project's one
     * area rule ({@link AreaTree#relation(String, java.util.Collection)}).
     */
    public List<Factor> factors(String domain, String areaCode) {
        return factorsIn(domain, areaCode).stream().map(AreaTree.Found::item).toList();
    }

    /** The project's areas and area rule. */
    AreaTree areaTree() {
        return project.areaTree();
    }

    /**
     * The factors that bear on a domain and an area, each with how it stands to the area: recorded for the area
     * itself, for an area inside it, or for a larger area (or the whole project) that it lies in.
     */
    public List<AreaTree.Found<Factor>> factorsIn(String domain, String areaCode) {
        AreaTree tree = project.areaTree();
        List<AreaTree.Found<Factor>> out = new ArrayList<>();
        for (Factor f : factors()) {
            if (domain != null && !f.inDomain(domain)) {
                continue;
            }
            AreaTree.Relation r = tree.relation(areaCode, f.areaCodes());
            if (r.bears()) {
                out.add(new AreaTree.Found<>(f, r));
            }
        }
        return out;
    }

    /** The factors in one cell of the matrix: of the theme, in the domain. */
    public List<Factor> factorsInCell(String theme, String domain) {
        String key = Labelled.squash(theme);
        return factors().stream().filter(f -> Labelled.squash(f.theme()).equals(key) && f.inDomain(domain)).toList();
    }

    /** The theme × domain matrix over every factor. */
    public ThemeDomainMatrix matrix() {
        synchronized (project) {
            return ThemeDomainMatrix.of(store.factors().themes(), project.framework().names(),
                    store.factors().factors());
        }
    }

    /** The theme × domain matrix over the factors that bear on an area (see {@link #factors(String, String)}). */
    public ThemeDomainMatrix matrix(String areaCode) {
        List<Factor> inArea = factors(null, areaCode);
        synchronized (project) {
            return ThemeDomainMatrix.of(store.factors().themes(), project.framework().names(), inArea);
        }
    }

    /** Every evidence source. */
    public List<EvidenceSource> evidence() {
        synchronized (project) {
            return store.factors().evidence();
        }
    }

    /** The evidence a factor cites. */
    public List<EvidenceSource> evidenceFor(Factor f) {
        return evidence().stream().filter(e -> f.evidenceIds().contains(e.id())).toList();
    }

    /** Adds an evidence source on its own (not undoable: a source nobody cites loses nothing). */
    public EvidenceSource addEvidence(EvidenceSource e) {
        EvidenceSource stored;
        synchronized (project) {
            stored = store.inTransaction(() -> store.factors().insert(e));
        }
        notifyListeners();
        return stored;
    }

    /**
     * Records a factor with the new evidence it cites, in one transaction; undoable. The factor's own evidence ids
     * (existing sources) are kept and the new sources' ids added.
     *
     * @throws ValidationException when the factor names a domain the project lacks or an unknown area
     */
    public Factor record(Factor f, List<EvidenceSource> newEvidence) {
        check(f);
        Factor stored;
        List<EvidenceSource> added = new ArrayList<>();
        synchronized (project) {
            stored = store.inTransaction(() -> {
                List<Long> ids = new ArrayList<>(f.evidenceIds());
                for (EvidenceSource e : newEvidence) {
                    EvidenceSource s = store.factors().insert(e);
                    added.add(s);
                    ids.add(s.id());
                }
                long id = store.factors().insert(new Factor(0, f.kind(), f.theme(), f.description(), f.domains(),
                        f.areaCodes(), f.assetUids(), f.strength(), ids, f.illustrative())).id();
                return store.factors().factor(id).orElseThrow(); // as stored: domains in framework order
            });
            String what = "record " + stored.kind().label().toLowerCase(java.util.Locale.ROOT) + " \u201c"
                    + shorten(stored.description()) + "\u201d";
            undo.done(Edit.of(what, () -> {
                store.inTransaction(() -> {
                    store.factors().deleteFactor(stored.id());
                    for (EvidenceSource e : added) {
                        store.factors().deleteEvidence(e.id());
                    }
                    return null;
                });
            }, () -> {
                store.inTransaction(() -> {
                    for (EvidenceSource e : added) {
                        store.factors().insert(e);
                    }
                    return store.factors().insert(stored);
                });
            }));
        }
        notifyListeners();
        return stored;
    }

    /** Saves changes to a stored factor; undoable. */
    public Factor update(Factor f) {
        check(f);
        synchronized (project) {
            Factor before = store.factors().factor(f.id())
                    .orElseThrow(() -> new StoreException("The factor no longer exists"));
            Factor stored = store.inTransaction(() -> store.factors().update(f));
            undo.done(Edit.of("edit \u201c" + shorten(stored.description()) + "\u201d", () -> {
                store.inTransaction(() -> store.factors().update(before));
            }, () -> {
                store.inTransaction(() -> store.factors().update(stored));
            }));
        }
        notifyListeners();
        return f;
    }

    /** Deletes a factor; undoable (undo restores it with its links, and the voices' links to it). */
    public boolean delete(long id) {
        synchronized (project) {
            Optional<Factor> gone = store.factors().factor(id);
            if (gone.isEmpty()) {
                return false;
            }
            Factor f = gone.get();
            List<Voice> linked = store.factors().voices().stream().filter(v -> v.factorIds().contains(id)).toList();
            store.inTransaction(() -> {
                store.factors().deleteFactor(id);
                return null;
            });
            undo.done(Edit.of("delete \u201c" + shorten(f.description()) + "\u201d", () -> {
                store.inTransaction(() -> {
                    store.factors().insert(f);
                    for (Voice v : linked) {
                        store.factors().deleteVoice(v.id());
                        store.factors().insert(v);
                    }
                    return null;
                });
            }, () -> {
                store.inTransaction(() -> {
                    store.factors().deleteFactor(id);
                    return null;
                });
            }));
        }
        notifyListeners();
        return true;
    }

    private void check(Factor f) {
        List<org.assetatlas.model.AssetValidator.Problem> problems = new ArrayList<>();
        for (String d : f.domains()) {
            if (project.framework().find(d).isEmpty()) {
                problems.add(new org.assetatlas.model.AssetValidator.Problem("domains",
                        "The project has no domain \u201c" + d + "\u201d"));
            }
        }
        for (String a : f.areaCodes()) {
            if (project.area(a).isEmpty()) {
                problems.add(new org.assetatlas.model.AssetValidator.Problem("areas", "The project has no area " + a));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "\u2026";
    }

    // ---- voices and engagement ----------------------------------------------------------------------------------

    /** Every voice, as recorded (for the team inside the app; to let words out use {@link #release}). */
    public List<Voice> voices() {
        synchronized (project) {
            return store.factors().voices();
        }
    }

    /** The voices linked to a factor. */
    public List<Voice> voicesFor(Factor f) {
        return voices().stream().filter(v -> v.factorIds().contains(f.id())).toList();
    }

    /** Adds a voice. */
    public Voice addVoice(Voice v) {
        Voice stored;
        synchronized (project) {
            stored = store.inTransaction(() -> store.factors().insert(v));
        }
        notifyListeners();
        return stored;
    }

    /** The consent a new voice starts with: the safe one, until the speaker's agreement is recorded. */
    public static final VoiceConsent DEFAULT_CONSENT = VoiceConsent.NO;

    /**
     * Records a resident's voice; undoable. The factors it is linked to must exist, and its domains and areas must be
     * the project's.
     *
     * @throws ValidationException when a linked factor, domain or area is unknown
     */
    public Voice recordVoice(Voice v) {
        List<org.assetatlas.model.AssetValidator.Problem> problems = new ArrayList<>();
        synchronized (project) {
            Set<Long> known = new HashSet<>();
            for (Factor f : store.factors().factors()) {
                known.add(f.id());
            }
            for (Long id : v.factorIds()) {
                if (!known.contains(id)) {
                    problems.add(new org.assetatlas.model.AssetValidator.Problem("factors",
                            "The barrier or enabler " + id + " no longer exists"));
                }
            }
        }
        for (String d : v.domains()) {
            if (project.framework().find(d).isEmpty()) {
                problems.add(new org.assetatlas.model.AssetValidator.Problem("domains",
                        "The project has no domain \u201c" + d + "\u201d"));
            }
        }
        for (String a : v.areaCodes()) {
            if (project.area(a).isEmpty()) {
                problems.add(new org.assetatlas.model.AssetValidator.Problem("areas", "The project has no area " + a));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Voice stored;
        synchronized (project) {
            stored = store.inTransaction(() -> store.factors().insert(v.withId(0)));
            undo.done(Edit.of("record voice \u201c" + shorten(stored.quote()) + "\u201d", () -> {
                store.inTransaction(() -> {
                    store.factors().deleteVoice(stored.id());
                    return null;
                });
            }, () -> {
                store.inTransaction(() -> store.factors().insert(stored));
            }));
        }
        notifyListeners();
        return stored;
    }

    /** Deletes a voice; undoable (undo restores it with its links). Returns false when there is no such voice. */
    public boolean deleteVoice(long id) {
        synchronized (project) {
            Optional<Voice> found = store.factors().voices().stream().filter(v -> v.id() == id).findFirst();
            if (found.isEmpty()) {
                return false;
            }
            Voice before = found.get();
            store.inTransaction(() -> {
                store.factors().deleteVoice(id);
                return null;
            });
            undo.done(Edit.of("delete voice \u201c" + shorten(before.quote()) + "\u201d", () -> {
                store.inTransaction(() -> store.factors().insert(before));
            }, () -> {
                store.inTransaction(() -> {
                    store.factors().deleteVoice(id);
                    return null;
                });
            }));
        }
        notifyListeners();
        return true;
    }

    /**
     * The quotes that may be given to the audience, through {@link VoiceRelease}: the only way voices leave the app.
     * Reports use this.
     */
    public List<VoiceRelease.Quote> release(VoiceRelease.Audience audience) {
        return VoiceRelease.release(voices(), audience);
    }

    /** The quotes linked to one factor that may be given to the audience. */
    public List<VoiceRelease.Quote> release(Factor f, VoiceRelease.Audience audience) {
        return VoiceRelease.release(voicesFor(f), audience);
    }

    /**
     * Writes the quotes cleared for the audience to a CSV file.
     *
     * @return how many were written (voices without the consent the audience needs are left out)
     */
    public int exportVoices(Path out, VoiceRelease.Audience audience) throws IOException {
        List<VoiceRelease.Quote> quotes = release(audience);
        Map<Long, Factor> byId = new HashMap<>();
        for (Factor f : factors()) {
            byId.put(f.id(), f);
        }
        VoiceCsvWriter.write(quotes, out, id -> {
            Factor f = byId.get(id);
            return f == null ? "" : f.theme() + " " + f.kind().label().toLowerCase(java.util.Locale.ROOT) + ": "
                    + f.description();
        });
        return quotes.size();
    }

    /** Every engagement summary. */
    public List<EngagementSummary> engagements() {
        synchronized (project) {
            return store.factors().engagements();
        }
    }

    /** Records an engagement summary; undoable. An area it names must be the project's. */
    public EngagementSummary recordEngagement(EngagementSummary e) {
        if (e.areaCode() != null && project.area(e.areaCode()).isEmpty()) {
            throw new ValidationException(List.of(new org.assetatlas.model.AssetValidator.Problem("area",
                    "The project has no area " + e.areaCode())));
        }
        EngagementSummary stored;
        synchronized (project) {
            stored = store.inTransaction(() -> store.factors().insert(e.withId(0)));
            undo.done(Edit.of("record engagement \u201c" + shorten(stored.title()) + "\u201d", () -> {
                store.inTransaction(() -> {
                    store.factors().deleteEngagement(stored.id());
                    return null;
                });
            }, () -> {
                store.inTransaction(() -> store.factors().insert(stored));
            }));
        }
        notifyListeners();
        return stored;
    }

    public EngagementSummary addEngagement(EngagementSummary e) {
        EngagementSummary stored;
        synchronized (project) {
            stored = store.inTransaction(() -> store.factors().insert(e));
        }
        notifyListeners();
        return stored;
    }

    // ---- transport ----------------------------------------------------------------------------------------------

    /** Every public transport stop. */
    public List<BusStop> stops() {
        synchronized (project) {
            return store.transport().stops();
        }
    }

    /**
     * Imports stops from a NaPTAN CSV file: the good rows in one transaction (a stop already held is replaced), bad
     * rows reported with their line number and reason. When reading fails or is cancelled nothing is stored.
     */
    public StopImport importNaptanCsv(Path csv, Progress progress) throws IOException {
        NaptanStops.Result r = NaptanStops.readCsv(csv, BritishNationalGrid::toWgs84, progress);
        progress.checkCancelled();
        storeStops(r.stops());
        return new StopImport(r.stops().size(), r.inactive(), r.problems());
    }

    /** Imports stops from a GeoJSON extract with NaPTAN property names, as {@link #importNaptanCsv} does. */
    public StopImport importStopsGeoJson(InputStream in) throws IOException {
        NaptanStops.Result r = NaptanStops.readGeoJson(in);
        storeStops(r.stops());
        return new StopImport(r.stops().size(), r.inactive(), r.problems());
    }

    private void storeStops(List<BusStop> stops) {
        synchronized (project) {
            store.inTransaction(() -> {
                store.transport().saveStops(stops);
                return null;
            });
            nearest = null;
            stopGrid = null;
            distances = null;
            distancesVersion++;
            project.stopsChanged();
        }
        notifyListeners();
    }

    /** Every recorded transport service. */
    public List<TransportService> transportServices() {
        synchronized (project) {
            if (services == null) {
                services = store.transport().services();
            }
            return services;
        }
    }

    /**
     * Records a transport service; undoable. Its areas must be the project's and its stops must be among the
     * project's stops.
     *
     * @throws ValidationException naming the unknown areas and stops
     */
    public TransportService recordTransportService(TransportService t) {
        List<org.assetatlas.model.AssetValidator.Problem> problems = new ArrayList<>();
        for (String a : t.areaCodes()) {
            if (project.area(a).isEmpty()) {
                problems.add(new org.assetatlas.model.AssetValidator.Problem("areas", "The project has no area " + a));
            }
        }
        if (!t.stopCodes().isEmpty()) {
            Set<String> known = new HashSet<>();
            for (BusStop b : stops()) {
                known.add(b.atcoCode());
            }
            for (String code : t.stopCodes()) {
                if (!known.contains(code)) {
                    problems.add(new org.assetatlas.model.AssetValidator.Problem("stops",
                            "The project has no stop " + code + " (import the NaPTAN stops first)"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        TransportService stored;
        synchronized (project) {
            stored = store.inTransaction(() -> store.transport().insert(t.withId(0)));
            services = null;
            undo.done(Edit.of("record transport \u201c" + shorten(stored.name()) + "\u201d", () -> {
                store.inTransaction(() -> {
                    store.transport().deleteService(stored.id());
                    return null;
                });
                services = null;
            }, () -> {
                store.inTransaction(() -> store.transport().insert(stored));
                services = null;
            }));
        }
        notifyListeners();
        return stored;
    }

    /** The stops whose name, street or ATCO code contains the text (any case), at most {@code limit}. */
    public List<BusStop> findStops(String text, int limit) {
        String q = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        return stops().stream().filter(b -> b.atcoCode().toLowerCase(java.util.Locale.ROOT).contains(q)
                || b.label().toLowerCase(java.util.Locale.ROOT).contains(q)).limit(limit).toList();
    }

    public TransportService addTransportService(TransportService t) {
        TransportService stored;
        synchronized (project) {
            stored = store.inTransaction(() -> store.transport().insert(t));
            services = null;
        }
        notifyListeners();
        return stored;
    }

    /** Each stop's British National Grid position by ATCO code, built on first use. */
    private Map<String, double[]> stopGrid() {
        if (stopGrid == null) {
            Map<String, double[]> grid = new HashMap<>();
            for (BusStop b : store.transport().stops()) {
                grid.put(b.atcoCode(), BritishNationalGrid.fromWgs84(b.location()));
            }
            stopGrid = grid;
        }
        return stopGrid;
    }

    /** The stop index, built on first use (outside the project's lock: it takes a moment for many stops). */
    private NearestStops nearestStops() {
        NearestStops index = nearest;
        if (index == null) {
            List<BusStop> stops;
            synchronized (project) {
                stops = store.transport().stops();
            }
            index = new NearestStops(stops);
            synchronized (project) {
                if (nearest == null) {
                    nearest = index;
                }
            }
        }
        return index;
    }

    /** The nearest stop to a point, or null when the project has no stops. */
    public NearestStops.Nearest nearestStop(GeoPoint p) {
        return nearestStops().nearest(p);
    }

    /**
     * The distance in metres from an asset to the nearest stop, from a cache of every located asset's distance
     * (computed on first use and after any change to assets or stops; call off the UI thread, or use
     * {@link #knownDistanceToStop}); NaN when the asset is not located or there are no stops.
     */
    public double distanceToStop(Asset a) {
        NearestStops.Nearest n = distances().get(a.id());
        if (n == null && a.location() != null && a.id() == 0) {
            n = nearestStops().nearest(a.location());
        }
        return n == null ? Double.NaN : n.metres();
    }

    /**
     * The distance from the cache without computing it: NaN when the cache is not ready (see
     * {@link #distancesReady}), the asset is not located or there are no stops. Never blocks for long.
     */
    public double knownDistanceToStop(Asset a) {
        Map<Long, NearestStops.Nearest> m = distances;
        NearestStops.Nearest n = m == null ? null : m.get(a.id());
        return n == null ? Double.NaN : n.metres();
    }

    /** Whether every located asset's distance to the nearest stop is known. */
    public boolean distancesReady() {
        return distances != null;
    }

    /** Computes every located asset's distance to the nearest stop now, if not known; call off the UI thread. */
    public void computeDistances() {
        distances();
    }

    private Map<Long, NearestStops.Nearest> distances() {
        Map<Long, NearestStops.Nearest> known = distances;
        if (known != null) {
            return known;
        }
        long version;
        List<Asset> assets;
        synchronized (project) {
            version = distancesVersion;
            assets = project.find(AssetQuery.all());
        }
        NearestStops index = nearestStops();
        Map<Long, NearestStops.Nearest> all = new HashMap<>();
        if (index.size() > 0) {
            for (Asset x : assets) {
                if (x.location() != null) {
                    all.put(x.id(), index.nearest(x.location()));
                }
            }
        }
        synchronized (project) {
            if (version == distancesVersion) {
                distances = all;
            }
        }
        return all;
    }

    /** Distance to the nearest stop and whether a recorded service reaches the asset. */
    public StopAccess access(Asset a) {
        NearestStops.Nearest n = a.location() == null ? null : nearestStops().nearest(a.location());
        return new StopAccess(a, n == null ? null : n.stop(), n == null ? Double.NaN : n.metres(), served(a));
    }

    /**
     * Whether a recorded transport service reaches the asset: a service serves its area or an area containing it, or
     * one of the service's stops lies within {@link #SERVICE_STOP_REACH_METRES} of it.
     */
    public boolean served(Asset a) {
        synchronized (project) {
            // the areas the asset is in, at every level (the project's one area rule)
            Set<String> areas = Set.of(project.areaTree().places(a.location(), a.areaCode(), a.areaChosen()));
            double[] at = a.location() == null ? null : BritishNationalGrid.fromWgs84(a.location());
            for (TransportService t : transportServices()) {
                if (t.areaCodes().stream().anyMatch(areas::contains)) {
                    return true;
                }
                if (at != null) {
                    for (String code : t.stopCodes()) {
                        double[] en = stopGrid().get(code);
                        if (en != null && Math.hypot(en[0] - at[0], en[1] - at[1]) <= SERVICE_STOP_REACH_METRES) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    /**
     * The assets matching the query that lie more than {@code metres} from any stop, farthest first: e.g. "assets
     * in Age Well more than 800 m from any stop". Unlocated assets are left out (their distance is unknown).
     */
    public List<StopAccess> farFromStops(AssetQuery q, double metres) {
        List<Asset> assets = project.find(q); // loaded once; distances straight from the index
        NearestStops index = nearestStops();
        List<StopAccess> out = new ArrayList<>();
        if (index.size() == 0) {
            return out;
        }
        for (Asset a : assets) {
            if (a.location() == null) {
                continue;
            }
            NearestStops.Nearest n = index.nearest(a.location());
            if (n.metres() > metres) {
                out.add(new StopAccess(a, n.stop(), n.metres(), served(a)));
            }
        }
        out.sort((x, y) -> Double.compare(y.metres(), x.metres()));
        return out;
    }

    /**
     * Per domain, how many located assets lie more than {@code metres} from any stop, and how many of those no
     * recorded service reaches: {domain → {far, farAndUnserved, located}}.
     */
    public Map<String, int[]> transportGapsByDomain(double metres) {
        Map<String, int[]> out = new java.util.LinkedHashMap<>();
        for (String d : project.framework().names()) {
            int[] counts = new int[3];
            for (Asset a : project.find(AssetQuery.all().withDomain(d))) {
                double dist = distanceToStop(a);
                if (Double.isNaN(dist)) {
                    continue;
                }
                counts[2]++;
                if (dist > metres) {
                    counts[0]++;
                    if (!served(a)) {
                        counts[1]++;
                    }
                }
            }
            out.put(d, counts);
        }
        return out;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    // ---- undo and change ----------------------------------------------------------------------------------------

    /** Forgets the undo history (after seeding a new project, whose records are not the user's edits). */
    void clearUndo() {
        synchronized (project) {
            undo.clear();
        }
    }

    public boolean canUndo() {
        synchronized (project) {
            return undo.canUndo();
        }
    }

    public boolean canRedo() {
        synchronized (project) {
            return undo.canRedo();
        }
    }

    /** What Undo would undo, e.g. {@code record barrier “No bus on Sundays”}. */
    public Optional<String> nextUndo() {
        synchronized (project) {
            return undo.nextUndo();
        }
    }

    /** What Redo would redo. */
    public Optional<String> nextRedo() {
        synchronized (project) {
            return undo.nextRedo();
        }
    }

    public boolean undo() {
        boolean done;
        synchronized (project) {
            done = undo.undo().isPresent();
        }
        notifyListeners();
        return done;
    }

    public boolean redo() {
        boolean done;
        synchronized (project) {
            done = undo.redo().isPresent();
        }
        notifyListeners();
        return done;
    }

    /** Hears of every change to factors, evidence, voices and transport, on the thread that made it. */
    public void addChangeListener(Runnable r) {
        listeners.add(r);
    }

    public void removeChangeListener(Runnable r) {
        listeners.remove(r);
    }

    private void notifyListeners() {
        for (Runnable r : listeners) {
            r.run();
        }
    }
}
