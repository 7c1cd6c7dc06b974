package org.assetatlas.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.Labelled;
import org.assetatlas.geo.NearestStops;
import org.assetatlas.search.AssetFacets;
import org.assetatlas.search.AssetIndex;
import org.assetatlas.search.IndexQuery;
import org.assetatlas.search.IndexedAsset;
import org.assetatlas.search.RankQuery;
import org.assetatlas.search.RankedHit;
import org.assetatlas.search.SearchHit;
import org.assetatlas.search.TextAnalyzer;
import org.assetatlas.store.AssetRepository;
import org.assetatlas.store.AssetRepository.IndexRow;
import org.assetatlas.store.ProjectStore;

/**
 * Ranked text search for a project, through the in-memory {@link AssetIndex}: the index is built from the project
 * file on first use, kept in step with single edits, and rebuilt after bulk changes. Queries without words go to
 * the database, which lists them in name order. Called with the project's lock held.
 */
final class AssetSearch {

    private final ProjectStore store;
    private AssetIndex index;
    private long[] domainIds = new long[0];
    /** The project's stops, for each asset's distance to the nearest one; null until needed. */
    private NearestStops stops;
    /** Opening-hours texts shared between assets with the same schedule, to keep the index small. */
    private final Map<String, String> schedules = new HashMap<>();

    AssetSearch(ProjectStore store) {
        this.store = store;
    }

    /** Whether the query has words for the index to rank. */
    static boolean hasWords(AssetQuery q) {
        return !TextAnalyzer.terms(q.text(), 1).isEmpty();
    }

    /** Forgets the index; the next text search rebuilds it (after imports, area or framework changes). */
    void invalidate() {
        index = null;
    }

    /** After the project's stops change: distances to the nearest stop are worked out again with the index. */
    void stopsChanged() {
        stops = null;
        index = null;
    }

    private NearestStops stops() {
        if (stops == null) {
            stops = new NearestStops(store.transport().stops());
        }
        return stops;
    }

    /** Straight-line metres from the point to the project's nearest stop; NaN without a point or without stops. */
    private double busStopMetres(double lat, double lon) {
        if (Double.isNaN(lat) || Double.isNaN(lon)) {
            return Double.NaN;
        }
        NearestStops s = stops();
        NearestStops.Nearest n = s.size() == 0 ? null : s.nearest(new GeoPoint(lat, lon));
        return n == null ? Double.NaN : n.metres();
    }

    /** Brings one asset's entry up to date after it was added, changed, deleted or restored. */
    void refresh(long id) {
        if (index == null) {
            return;
        }
        store.assets().indexRow(id).ifPresentOrElse(r -> index.put(toIndexed(r)), () -> index.remove(id));
        if (index.retired() > Math.max(1000, index.size() / 4)) {
            index = null;
        }
    }

    /** Builds the index now if it is not built (e.g. right after opening, off the UI thread). */
    void warmUp() {
        index();
    }

    private AssetIndex index() {
        if (index == null) {
            domainIds = store.assets().domainIdsInOrder();
            java.util.ArrayList<IndexedAsset> rows = new java.util.ArrayList<>();
            store.assets().forEachIndexRow(r -> rows.add(toIndexed(r)));
            index = AssetIndex.build(rows);
            schedules.clear();
        }
        return index;
    }

    private IndexedAsset toIndexed(IndexRow r) {
        long mask = 0;
        for (long d : r.domainIds()) {
            for (int i = 0; i < domainIds.length && i < 64; i++) {
                if (domainIds[i] == d) {
                    mask |= 1L << i;
                }
            }
        }
        AbcdCategory category = Labelled.parse(AbcdCategory.class, r.category());
        AssetStatus status = Labelled.parse(AssetStatus.class, r.status());
        return new IndexedAsset(r.id(), r.name(), r.tags(), r.organisation(), r.description(), r.address(), r.lat(),
                r.lon(), category == null ? -1 : category.ordinal(), status == null ? -1 : status.ordinal(), mask,
                r.places(), facets(r.facets(), busStopMetres(r.lat(), r.lon())));
    }

    /** The signposting facets of a stored row; unreadable values count as not recorded. */
    private AssetFacets facets(AssetRepository.Facets f, double busStopMetres) {
        if (f == null) {
            return Double.isNaN(busStopMetres) ? AssetFacets.NONE : new AssetFacets(-1, 0, -1, -1, -1, "",
                    AssetFacets.UNKNOWN_DAY, busStopMetres);
        }
        CostBand cost = Labelled.parse(CostBand.class, f.cost());
        ReferralRoute referral = Labelled.parse(ReferralRoute.class, f.referral());
        int access = 0;
        if (f.accessibility() != null) {
            for (String code : f.accessibility().split(";")) {
                AccessFeature a = Labelled.parse(AccessFeature.class, code);
                if (a != null) {
                    access |= 1 << a.ordinal();
                }
            }
        }
        int verified = AssetFacets.UNKNOWN_DAY;
        if (f.lastVerified() != null && !f.lastVerified().isBlank()) {
            try {
                verified = (int) LocalDate.parse(f.lastVerified().strip()).toEpochDay();
            } catch (java.time.format.DateTimeParseException e) {
                verified = AssetFacets.UNKNOWN_DAY;
            }
        }
        String hours = f.openingHours() == null ? "" : schedules.computeIfAbsent(f.openingHours(), k -> k);
        return new AssetFacets(cost == null ? -1 : cost.ordinal(), access,
                f.ageMin() == null ? -1 : f.ageMin(), f.ageMax() == null ? -1 : f.ageMax(),
                referral == null ? -1 : referral.ordinal(), hours, verified, busStopMetres);
    }

    /** The ranked signposting search (see {@link AssetIndex#rank}). */
    List<RankedHit> rank(RankQuery q) {
        return index().rank(q);
    }

    /** Whether the word is indexed as a word or the start of one. */
    boolean knows(String word) {
        return index().knows(word);
    }

    /** The indexed term closest in spelling, or null. */
    String closestTerm(String word) {
        return index().closestTerm(word);
    }

    /** The domain as a bit mask over the framework's domains; -1 when there is no such domain. */
    static long domainMask(String domain, List<String> domainNames) {
        int i = indexOf(domainNames, domain);
        return i < 0 || i >= 64 ? -1 : 1L << i;
    }

    /** The assets matching a query with words, best first. */
    List<Asset> find(AssetQuery q, List<String> domainNames) {
        AssetIndex idx = index();
        long domainMask = 0;
        if (q.domain() != null && !q.domain().isBlank()) {
            int i = indexOf(domainNames, q.domain());
            if (i < 0) {
                return List.of();
            }
            domainMask = 1L << i;
        }
        // the one area rule, applied when each asset was placed (AreaTree.places)
        Set<String> areaCodes = q.areaCode() == null || q.areaCode().isBlank() ? null : Set.of(q.areaCode());
        boolean near = q.near() != null && q.radiusMetres() > 0;
        IndexQuery iq = new IndexQuery(q.text(), domainMask, areaCodes,
                q.category() == null ? -1 : q.category().ordinal(), q.status() == null ? -1 : q.status().ordinal(),
                near ? q.near().lat() : Double.NaN, near ? q.near().lon() : Double.NaN, near ? q.radiusMetres() : 0,
                q.limit() > 0 ? q.limit() : Integer.MAX_VALUE);
        List<SearchHit> hits = idx.search(iq);
        long[] ids = new long[hits.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = hits.get(i).id();
        }
        return store.assets().findByIds(ids);
    }

    private static int indexOf(List<String> names, String wanted) {
        String key = Labelled.squash(wanted);
        for (int i = 0; i < names.size(); i++) {
            if (Labelled.squash(names.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
