package org.assetatlas.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * An in-memory inverted index over assets, for ranked search in a millisecond or two at 100,000 assets.
 *
 * <p>Each posting stores the term's BM25F impact in its document — field weights name 8, tags 4, organisation 2,
 * description 1.5, address 1; k1 = 1.2, b = 0.5 over the weighted length — so a query only multiplies by the term's
 * idf and adds up over its words. Every word must match, either exactly or as the start of a longer term (an exact
 * match counts in full, a prefix match at 0.8). The rarest word is processed first and later words only narrow
 * its candidates, so a query costs about the total postings of its words. Filters are checked on the survivors,
 * and the best {@code limit} are kept in a heap; ties go to the lower row id.
 *
 * <p>Updates append: {@link #put} of an existing id retires the old entry and adds a new one. Statistics (document
 * frequencies, average length) come from build time plus appends, which shifts scores slightly, not membership;
 * callers rebuild after large changes. Not thread-safe: one writer or reader at a time.
 */
public final class AssetIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.5;
    private static final double PREFIX_WEIGHT = 0.8;
    private static final double[] FIELD_WEIGHTS = {8, 4, 2, 1.5, 1};
    private static final int MAX_EXPANSIONS = 400;
    private static final int MAX_WORDS = 12;
    private static final double METRES_PER_DEGREE = 111_195.0;

    /** Postings of one term: internal document numbers (ascending) with the term's impact in each. */
    private static final class Postings {
        int[] docs = new int[4];
        float[] impacts = new float[4];
        int size;

        void add(int doc, float impact) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                impacts = Arrays.copyOf(impacts, size * 2);
            }
            docs[size] = doc;
            impacts[size] = impact;
            size++;
        }
    }

    private final HashMap<String, Postings> dictionary = new HashMap<>();
    /** The dictionary's terms in order, for prefix ranges; null after a new term until the next query needs it. */
    private String[] sortedTerms;
    private final Map<Long, Integer> docOf = new HashMap<>();
    private final BitSet alive = new BitSet();
    private final Map<String, Integer> areaIndex = new HashMap<>();
    private final List<String> areaCodes = new ArrayList<>();
    private long[] ids = new long[16];
    private float[] lats = new float[16];
    private float[] lons = new float[16];
    private byte[] categories = new byte[16];
    private byte[] statuses = new byte[16];
    private long[] domains = new long[16];
    /** Every area each asset is in, as indexes into {@link #areaCodes}; equal lists share one array. */
    private int[][] areas = new int[16][];
    private final Map<String, int[]> placeLists = new HashMap<>();
    private AssetFacets[] facets = new AssetFacets[16];
    private int docs;
    private int live;
    private double averageLength = 1;

    // Scratch space reused by queries; the stamps avoid clearing arrays between queries.
    private float[] score = new float[16];
    private float[] wordScore = new float[16];
    private int[] stamp = new int[16];
    private int[] wordStamp = new int[16];
    private int epoch;
    // Scratch space for ranking several wordings at once (the best wording per asset)
    private float[] mergeScore = new float[16];
    private int[] mergeAlt = new int[16];
    private int[] mergeStamp = new int[16];
    private int mergeEpoch;
    private int[] found = new int[16];

    /** Builds an index over the assets in one pass (statistics from the whole set). */
    public static AssetIndex build(Iterable<IndexedAsset> assets) {
        AssetIndex index = new AssetIndex();
        List<IndexedAsset> all = new ArrayList<>();
        long totalLength = 0;
        List<List<List<String>>> analysed = new ArrayList<>();
        // Terms repeat across assets: keeping one instance of each while all assets' words wait for the second
        // pass holds the heap needed to build a 100,000-asset index to a fraction.
        Map<String, String> canonical = new HashMap<>();
        for (IndexedAsset a : assets) {
            List<List<String>> fields = new ArrayList<>(5);
            for (List<String> field : analyse(a)) {
                String[] shared = new String[field.size()];
                for (int i = 0; i < shared.length; i++) {
                    shared[i] = canonical.computeIfAbsent(field.get(i), k -> k);
                }
                fields.add(Arrays.asList(shared));
            }
            for (int f = 0; f < fields.size(); f++) {
                totalLength += Math.round(fields.get(f).size() * FIELD_WEIGHTS[f]);
            }
            all.add(a);
            analysed.add(fields);
        }
        index.averageLength = all.isEmpty() ? 1 : Math.max(1, (double) totalLength / all.size());
        for (int i = 0; i < all.size(); i++) {
            index.append(all.get(i), analysed.get(i));
        }
        return index;
    }

    /** Number of assets in the index. */
    public int size() {
        return live;
    }

    /** How many retired entries the index carries; rebuild when this grows large against {@link #size()}. */
    public int retired() {
        return docs - live;
    }

    /** Adds an asset, or replaces the entry with the same id. */
    public void put(IndexedAsset a) {
        remove(a.id());
        append(a, analyse(a));
    }

    /** Removes an asset; false when it was not indexed. */
    public boolean remove(long id) {
        Integer d = docOf.remove(id);
        if (d == null) {
            return false;
        }
        alive.clear(d);
        live--;
        return true;
    }

    private static List<List<String>> analyse(IndexedAsset a) {
        return List.of(TextAnalyzer.terms(a.name(), 200), TextAnalyzer.terms(a.tags(), 200),
                TextAnalyzer.terms(a.organisation(), 200), TextAnalyzer.terms(a.description(), 500),
                TextAnalyzer.terms(a.address(), 200));
    }

    private void append(IndexedAsset a, List<List<String>> fields) {
        int d = docs++;
        grow(docs);
        ids[d] = a.id();
        lats[d] = (float) a.lat();
        lons[d] = (float) a.lon();
        categories[d] = (byte) a.category();
        statuses[d] = (byte) a.status();
        domains[d] = a.domainMask();
        facets[d] = a.facets();
        areas[d] = placeList(a.places());
        docOf.put(a.id(), d);
        alive.set(d);
        live++;

        // Per distinct term of this asset, its weighted frequency; terms are few, so a linear scan over the
        // postings (compared by identity) beats a map.
        Postings[] seen = new Postings[16];
        double[] tf = new double[16];
        int distinct = 0;
        double length = 0;
        for (int f = 0; f < fields.size(); f++) {
            double weight = FIELD_WEIGHTS[f];
            for (String t : fields.get(f)) {
                length += weight;
                Postings p = dictionary.get(t);
                if (p == null) {
                    p = new Postings();
                    dictionary.put(t, p);
                    sortedTerms = null;
                }
                int k = 0;
                while (k < distinct && seen[k] != p) {
                    k++;
                }
                if (k == distinct) {
                    if (distinct == seen.length) {
                        seen = Arrays.copyOf(seen, distinct * 2);
                        tf = Arrays.copyOf(tf, distinct * 2);
                    }
                    seen[distinct] = p;
                    tf[distinct] = 0;
                    distinct++;
                }
                tf[k] += weight;
            }
        }
        double norm = K1 * (1 - B + B * length / averageLength);
        for (int k = 0; k < distinct; k++) {
            seen[k].add(d, (float) (tf[k] * (K1 + 1) / (tf[k] + norm)));
        }
    }

    private void grow(int needed) {
        if (needed <= ids.length) {
            return;
        }
        int n = Math.max(needed, ids.length * 2);
        ids = Arrays.copyOf(ids, n);
        lats = Arrays.copyOf(lats, n);
        lons = Arrays.copyOf(lons, n);
        categories = Arrays.copyOf(categories, n);
        statuses = Arrays.copyOf(statuses, n);
        domains = Arrays.copyOf(domains, n);
        areas = Arrays.copyOf(areas, n);
        score = Arrays.copyOf(score, n);
        wordScore = Arrays.copyOf(wordScore, n);
        stamp = Arrays.copyOf(stamp, n);
        wordStamp = Arrays.copyOf(wordStamp, n);
        facets = Arrays.copyOf(facets, n);
        mergeScore = Arrays.copyOf(mergeScore, n);
        mergeAlt = Arrays.copyOf(mergeAlt, n);
        mergeStamp = Arrays.copyOf(mergeStamp, n);
    }

    private double idf(Postings p) {
        double df = p.size;
        return Math.log(1 + (live - df + 0.5) / (df + 0.5));
    }

    /** One query word's terms: the exact term if indexed, then longer terms starting with it. */
    private List<Postings> expansions(String word, List<Double> weights) {
        List<Postings> out = new ArrayList<>();
        Postings exact = dictionary.get(word);
        if (exact != null) {
            out.add(exact);
            weights.add(idf(exact));
        }
        sortedTerms();
        int from = Arrays.binarySearch(sortedTerms, word);
        from = from >= 0 ? from + 1 : -from - 1;
        for (int i = from; i < sortedTerms.length && sortedTerms[i].startsWith(word); i++) {
            if (out.size() >= MAX_EXPANSIONS) {
                break;
            }
            Postings p = dictionary.get(sortedTerms[i]);
            out.add(p);
            weights.add(idf(p) * PREFIX_WEIGHT);
        }
        return out;
    }

    /**
     * The best matches for the query's words that pass its filters, best first. A query without words finds
     * nothing (callers list by other means).
     */
    public List<SearchHit> search(IndexQuery q) {
        List<String> words = new ArrayList<>(new LinkedHashSet<>(TextAnalyzer.terms(q.text(), MAX_WORDS)));
        if (words.isEmpty() || q.limit() <= 0 || live == 0) {
            return List.of();
        }
        int count = gather(words);
        if (count == 0) {
            return List.of();
        }
        return top(q, Arrays.copyOf(found, count), count);
    }

    /**
     * Finds the live documents that match every word, leaving them in {@code found[0..n)} with their relevance in
     * {@code score}; returns n.
     */
    private int gather(List<String> words) {
        // Each word's terms, rarest word first
        List<List<Postings>> lists = new ArrayList<>();
        List<List<Double>> weights = new ArrayList<>();
        List<Long> costs = new ArrayList<>();
        for (String w : words) {
            List<Double> wt = new ArrayList<>();
            List<Postings> p = expansions(w, wt);
            if (p.isEmpty()) {
                return 0;
            }
            long cost = 0;
            for (Postings x : p) {
                cost += x.size;
            }
            lists.add(p);
            weights.add(wt);
            costs.add(cost);
        }
        Integer[] order = new Integer[words.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(costs.get(x), costs.get(y)));

        int[] candidates = found;
        int count = 0;
        for (int step = 0; step < order.length; step++) {
            int w = order[step];
            int wordEpoch = nextEpoch();
            List<Postings> terms = lists.get(w);
            List<Double> wt = weights.get(w);
            if (step == 0) {
                int scoreEpoch = wordEpoch;
                int n = 0;
                for (int t = 0; t < terms.size(); t++) {
                    Postings p = terms.get(t);
                    float idf = wt.get(t).floatValue();
                    for (int i = 0; i < p.size; i++) {
                        int d = p.docs[i];
                        float s = idf * p.impacts[i];
                        if (stamp[d] != scoreEpoch) {
                            if (!alive.get(d)) {
                                continue;
                            }
                            stamp[d] = scoreEpoch;
                            score[d] = s;
                            if (n == candidates.length) {
                                candidates = Arrays.copyOf(candidates, n * 2);
                            }
                            candidates[n++] = d;
                        } else if (s > score[d]) {
                            score[d] = s;
                        }
                    }
                }
                found = candidates;
                count = n;
                continue;
            }
            for (int t = 0; t < terms.size(); t++) {
                Postings p = terms.get(t);
                float idf = wt.get(t).floatValue();
                for (int i = 0; i < p.size; i++) {
                    int d = p.docs[i];
                    float s = idf * p.impacts[i];
                    if (wordStamp[d] != wordEpoch) {
                        wordStamp[d] = wordEpoch;
                        wordScore[d] = s;
                    } else if (s > wordScore[d]) {
                        wordScore[d] = s;
                    }
                }
            }
            int kept = 0;
            for (int i = 0; i < count; i++) {
                int d = candidates[i];
                if (wordStamp[d] == wordEpoch) {
                    score[d] += wordScore[d];
                    candidates[kept++] = d;
                }
            }
            count = kept;
            if (count == 0) {
                return 0;
            }
        }
        return count;
    }

    private int nextEpoch() {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            Arrays.fill(wordStamp, 0);
            epoch = 1;
        }
        return epoch;
    }

    // ---- Signposting: several wordings, facet filters, relevance blended with distance --------------------------

    /** Whether the word is indexed, as a term or as the start of one. */
    public boolean knows(String word) {
        if (dictionary.containsKey(word)) {
            return true;
        }
        String[] terms = sortedTerms();
        int from = Arrays.binarySearch(terms, word);
        from = from >= 0 ? from : -from - 1;
        return from < terms.length && terms[from].startsWith(word);
    }

    /** How many live and retired entries hold the term (0 when it is not indexed). */
    public int documentFrequency(String term) {
        Postings p = dictionary.get(term);
        return p == null ? 0 : p.size;
    }

    /**
     * The indexed term closest in spelling to the word, within {@link Spelling#allowedEdits} edits; ties go to
     * the term more assets use. Null when none is close enough (or the word is too short to guess at).
     */
    public String closestTerm(String word) {
        int max = Spelling.allowedEdits(word.length());
        if (max == 0) {
            return null;
        }
        String best = null;
        int bestDistance = max + 1;
        int bestFrequency = -1;
        for (String t : sortedTerms()) {
            if (Math.abs(t.length() - word.length()) > max || t.length() < 3) {
                continue;
            }
            int d = Spelling.distance(word, t, Math.min(max, bestDistance));
            if (d > max) {
                continue;
            }
            int f = dictionary.get(t).size;
            if (d < bestDistance || (d == bestDistance && f > bestFrequency)) {
                best = t;
                bestDistance = d;
                bestFrequency = f;
            }
        }
        return best;
    }

    private String[] sortedTerms() {
        if (sortedTerms == null) {
            sortedTerms = dictionary.keySet().toArray(new String[0]);
            Arrays.sort(sortedTerms);
        }
        return sortedTerms;
    }

    /**
     * The best matches for any of the query's wordings that pass its filters, best first. Relevance is each
     * asset's best wording's BM25F score per word times that wording's weight; with a point, the order blends relevance
     * (scaled to the best match) with nearness {@code 1 / (1 + distance / halfMetres)}; assets without a location
     * (area-wide, online) count as a quarter near.
     */
    public List<RankedHit> rank(RankQuery q) {
        if (q.limit() <= 0 || live == 0 || q.alternatives().isEmpty()) {
            return List.of();
        }
        if (++mergeEpoch == Integer.MAX_VALUE) {
            Arrays.fill(mergeStamp, 0);
            mergeEpoch = 1;
        }
        int me = mergeEpoch;
        int[] pool = new int[16];
        int poolSize = 0;
        for (int a = 0; a < q.alternatives().size(); a++) {
            RankQuery.Alternative alt = q.alternatives().get(a);
            List<String> words = new ArrayList<>(new LinkedHashSet<>(TextAnalyzer.terms(alt.text(), MAX_WORDS)));
            if (words.isEmpty()) {
                continue;
            }
            int n = gather(words);
            // Per word, so that a longer wording does not outscore a shorter one just by having more words
            double weight = alt.weight() / words.size();
            for (int i = 0; i < n; i++) {
                int d = found[i];
                float s = (float) (score[d] * weight);
                if (mergeStamp[d] != me) {
                    mergeStamp[d] = me;
                    mergeScore[d] = s;
                    mergeAlt[d] = a;
                    if (poolSize == pool.length) {
                        pool = Arrays.copyOf(pool, poolSize * 2);
                    }
                    pool[poolSize++] = d;
                } else if (s > mergeScore[d]) {
                    mergeScore[d] = s;
                    mergeAlt[d] = a;
                }
            }
        }
        if (poolSize == 0) {
            return List.of();
        }
        int[] wantedAreas = null;
        if (q.areaCodes() != null) {
            wantedAreas = q.areaCodes().stream().map(areaIndex::get).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).toArray();
            if (wantedAreas.length == 0) {
                return List.of();
            }
        }
        boolean near = q.near();
        double kx = near ? METRES_PER_DEGREE * Math.cos(Math.toRadians(q.nearLat())) : 0;
        int kept = 0;
        float maxRelevance = 0;
        for (int i = 0; i < poolSize; i++) {
            int d = pool[i];
            if (q.domainMask() != 0 && (domains[d] & q.domainMask()) == 0) {
                continue;
            }
            if (q.category() >= 0 && categories[d] != q.category()) {
                continue;
            }
            if (q.statusMask() != 0 && (statuses[d] < 0 || (q.statusMask() & (1 << statuses[d])) == 0)) {
                continue;
            }
            if (wantedAreas != null && !containsAny(areas[d], wantedAreas)) {
                continue;
            }
            if (near && q.radiusMetres() > 0 && !Float.isNaN(lats[d])
                    && metres(d, q.nearLat(), q.nearLon(), kx) > q.radiusMetres()) {
                continue;
            }
            if (q.facetFilter() != null && !q.facetFilter().test(facets[d])) {
                continue;
            }
            pool[kept++] = d;
            maxRelevance = Math.max(maxRelevance, mergeScore[d]);
        }
        double w = near ? Math.max(0, Math.min(1, q.distanceWeight())) : 0;
        double half = q.halfMetres() > 0 ? q.halfMetres() : 2000;
        // The best `limit` in a bounded min-heap of primitives (worst kept at the root): no allocation per candidate
        int cap = Math.min(q.limit(), kept);
        int[] heapDoc = new int[cap];
        double[] heapKey = new double[cap];
        int heapSize = 0;
        for (int i = 0; i < kept; i++) {
            int d = pool[i];
            double blended = mergeScore[d];
            if (near) {
                double relevance = maxRelevance > 0 ? mergeScore[d] / maxRelevance : 0;
                double closeness = Float.isNaN(lats[d]) ? 0.25 : 1 / (1 + metres(d, q.nearLat(), q.nearLon(), kx) / half);
                blended = (1 - w) * relevance + w * closeness;
            }
            if (heapSize < cap) {
                heapDoc[heapSize] = d;
                heapKey[heapSize] = blended;
                siftUp(heapDoc, heapKey, heapSize++);
            } else if (rankOrder(blended, d, heapKey[0], heapDoc[0]) > 0) {
                heapDoc[0] = d;
                heapKey[0] = blended;
                siftDown(heapDoc, heapKey, heapSize);
            }
        }
        RankedHit[] best = new RankedHit[heapSize];
        for (int n = heapSize; n > 0; n--) {
            int d = heapDoc[0];
            double key = heapKey[0];
            heapDoc[0] = heapDoc[n - 1];
            heapKey[0] = heapKey[n - 1];
            siftDown(heapDoc, heapKey, n - 1);
            double distance = near && !Float.isNaN(lats[d]) ? metres(d, q.nearLat(), q.nearLon(), kx) : Double.NaN;
            best[n - 1] = new RankedHit(ids[d], key, mergeScore[d], distance, mergeAlt[d]);
        }
        return new ArrayList<>(Arrays.asList(best));
    }

    /** Ranking order: the higher blended score is the better, then the lower row id; > 0 when a is better. */
    private int rankOrder(double keyA, int docA, double keyB, int docB) {
        return keyA != keyB ? Double.compare(keyA, keyB) : Long.compare(ids[docB], ids[docA]);
    }

    private void siftUp(int[] docs, double[] keys, int at) {
        int i = at;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (rankOrder(keys[i], docs[i], keys[parent], docs[parent]) >= 0) {
                return;
            }
            swap(docs, keys, i, parent);
            i = parent;
        }
    }

    private void siftDown(int[] docs, double[] keys, int size) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && rankOrder(keys[right], docs[right], keys[left], docs[left]) < 0) {
                worst = right;
            }
            if (rankOrder(keys[worst], docs[worst], keys[i], docs[i]) >= 0) {
                return;
            }
            swap(docs, keys, i, worst);
            i = worst;
        }
    }

    private static void swap(int[] docs, double[] keys, int a, int b) {
        int d = docs[a];
        docs[a] = docs[b];
        docs[b] = d;
        double k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
    }

    /** Equirectangular distance in metres from the document to the point: within 0.1% at town scale. */
    private double metres(int d, double lat, double lon, double kx) {
        double dy = (lats[d] - lat) * METRES_PER_DEGREE;
        double dx = (lons[d] - lon) * kx;
        return Math.sqrt(dx * dx + dy * dy);
    }

    private List<SearchHit> top(IndexQuery q, int[] candidates, int count) {
        int[] wantedAreas = null;
        if (q.areaCodes() != null) {
            wantedAreas = q.areaCodes().stream().map(areaIndex::get).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).toArray();
            if (wantedAreas.length == 0) {
                return List.of();
            }
        }
        boolean near = !Double.isNaN(q.nearLat()) && q.radiusMetres() > 0;
        double kx = METRES_PER_DEGREE * Math.cos(Math.toRadians(q.nearLat()));
        double r2 = q.radiusMetres() * q.radiusMetres();
        PriorityQueue<int[]> heap = new PriorityQueue<>(Math.min(q.limit(), count) + 1, (x, y) -> compare(x[0], y[0]));
        for (int i = 0; i < count; i++) {
            int d = candidates[i];
            if (q.domainMask() != 0 && (domains[d] & q.domainMask()) == 0) {
                continue;
            }
            if (q.category() >= 0 && categories[d] != q.category()) {
                continue;
            }
            if (q.status() >= 0 && statuses[d] != q.status()) {
                continue;
            }
            if (wantedAreas != null && !containsAny(areas[d], wantedAreas)) {
                continue;
            }
            if (near) {
                if (Float.isNaN(lats[d])) {
                    continue;
                }
                double dy = (lats[d] - q.nearLat()) * METRES_PER_DEGREE;
                double dx = (lons[d] - q.nearLon()) * kx;
                if (dx * dx + dy * dy > r2) {
                    continue;
                }
            }
            if (heap.size() < q.limit()) {
                heap.add(new int[] {d});
            } else if (compare(d, heap.peek()[0]) > 0) {
                heap.poll();
                heap.add(new int[] {d});
            }
        }
        List<SearchHit> out = new ArrayList<>(heap.size());
        while (!heap.isEmpty()) {
            int d = heap.poll()[0];
            out.add(new SearchHit(ids[d], score[d]));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** Orders documents by score, then by lower row id as the better. */
    private int compare(int a, int b) {
        int c = Float.compare(score[a], score[b]);
        return c != 0 ? c : Long.compare(ids[b], ids[a]);
    }

    private static boolean containsAny(int[] values, int[] wanted) {
        for (int x : values) {
            for (int w : wanted) {
                if (x == w) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The areas as indexes, one shared array for each distinct list. */
    private int[] placeList(String[] places) {
        if (places == null || places.length == 0) {
            return NO_PLACES;
        }
        return placeLists.computeIfAbsent(String.join("\u001f", places), k -> {
            int[] out = new int[places.length];
            for (int i = 0; i < places.length; i++) {
                out[i] = areaIndex.computeIfAbsent(places[i], c -> {
                    areaCodes.add(c);
                    return areaCodes.size() - 1;
                });
            }
            return out;
        });
    }

    private static final int[] NO_PLACES = new int[0];
}
