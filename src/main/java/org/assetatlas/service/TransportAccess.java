package org.assetatlas.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assetatlas.geo.BritishNationalGrid;
import org.assetatlas.geo.NearestStops;
import org.assetatlas.io.NaptanStops;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.AssetValidator;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.TransportService;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.util.Progress;

/**
 * Public transport of one open project: stops imported from NaPTAN, recorded transport services (hopper buses,
 * community transport, dial-a-ride), each asset's distance to the nearest stop and whether a service reaches it.
 * Obtained from {@link AtlasProject#transport()}.
 *
 * <p>Holds the project's lock for reads and writes of the project; the stop index and the distance cache are built
 * outside it. Recording a service is an undoable step in the project's history ({@link ChangeScope#FACTORS}), whose
 * listeners hear of every change to stops and services.
 */
public final class TransportAccess {


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
    private final Object lock;
    private volatile NearestStops nearest;
    private Map<String, double[]> stopGrid;
    private volatile Map<Long, NearestStops.Nearest> distances;
    /** Bumped whenever assets or stops change, so that a computation started before the change is not kept. */
    private long distancesVersion;
    private List<TransportService> services;

    TransportAccess(AtlasProject project, ProjectStore store) {
        this.project = project;
        this.store = store;
        this.lock = project.lock();
        project.addChangeListener(ChangeScope.ASSETS, () -> {
            synchronized (lock) {
                distances = null;
                distancesVersion++;
            }
        });
    }

    /** Every public transport stop. */
    public List<BusStop> stops() {
        synchronized (lock) {
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
        synchronized (lock) {
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
        project.changed(ChangeScope.FACTORS);
    }

    /** Every recorded transport service. */
    public List<TransportService> transportServices() {
        synchronized (lock) {
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
        List<AssetValidator.Problem> problems = new ArrayList<>();
        for (String a : t.areaCodes()) {
            if (project.area(a).isEmpty()) {
                problems.add(new AssetValidator.Problem("areas", "The project has no area " + a));
            }
        }
        if (!t.stopCodes().isEmpty()) {
            Set<String> known = new HashSet<>();
            for (BusStop b : stops()) {
                known.add(b.atcoCode());
            }
            for (String code : t.stopCodes()) {
                if (!known.contains(code)) {
                    problems.add(new AssetValidator.Problem("stops",
                            "The project has no stop " + code + " (import the NaPTAN stops first)"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        TransportService stored;
        synchronized (lock) {
            stored = store.inTransaction(() -> store.transport().insert(t.withId(0)));
            services = null;
            project.done(ChangeScope.FACTORS, Edit.of("record transport \u201c" + FactorService.shorten(stored.name()) + "\u201d", () -> {
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
        project.changed(ChangeScope.FACTORS);
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
            synchronized (lock) {
                stops = store.transport().stops();
            }
            index = new NearestStops(stops);
            synchronized (lock) {
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
        synchronized (lock) {
            version = distancesVersion;
            assets = project.assets().find(AssetQuery.all());
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
        synchronized (lock) {
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
     * Whether a recorded transport service reaches the asset: a service serves an area the asset is in, at any level, or
     * one of the service's stops lies within {@link #SERVICE_STOP_REACH_METRES} of it.
     */
    public boolean served(Asset a) {
        synchronized (lock) {
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
        List<Asset> assets = project.assets().find(q); // loaded once; distances straight from the index
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

}
