package org.assetatlas.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.assetatlas.model.Asset;
import org.assetatlas.model.GeoPoint;

/**
 * Finds the pairs of assets that {@link DuplicateRule} calls the same asset, without comparing every pair.
 *
 * <p>Blocking: two records are compared only when they share a key —
 * <ul>
 *   <li>the same e-mail, web address, or postcode and phone, in the same or a neighbouring 2 km grid cell (the
 *       rule ignores these keys farther apart; postcode and phone are compared wherever the records are);</li>
 *   <li>a pair of the four rarest words of their normalised names (or one word, for names of one or two words),
 *       in the same or a neighbouring grid cell of about 500 m;</li>
 *   <li>for a record without a location: the same such key anywhere.</li>
 * </ul>
 * A key shared by more than {@value #MAX_BLOCK} records is not compared on: it identifies nothing, and its block
 * would cost more than all the others. So a duplicate by name alone is found when the two records lie within about
 * 500 m (up to 1 km along a diagonal) or one has no location: records of one asset from two spreadsheets differ by a
 * postcode centroid against a door, not by kilometres. A typo in one word, or two words run together, leaves another
 * word pair intact in a name of three or more words. The price (see {@code docs/duplicates.md}): two located records of
 * one asset 0.5 to 2 km apart with no shared contact may not be compared.
 */
public final class DuplicateFinder {

    private static final double NAME_CELL_METRES = 500;
    private static final double KEY_CELL_METRES = 2000;
    private static final double METRES_PER_DEGREE_LAT = 111_320;
    /** Keys shared by more records than this are not compared on (block purging). */
    static final int MAX_BLOCK = 500;

    private DuplicateFinder() {
    }

    /**
     * A pair of records of one asset.
     *
     * @param first  the record that comes first in the list given
     * @param second the other record
     * @param match  why they are the same asset
     */
    public record Pair(Asset first, Asset second, DuplicateRule.Match match) {
    }

    /** Every duplicate pair among the assets, in the order of the first record, then the second. */
    public static List<Pair> find(List<Asset> assets) {
        return find(assets, () -> false);
    }

    /**
     * As {@link #find(List)}, checking {@code cancelled} now and then.
     *
     * @return the pairs found so far when cancelled
     */
    public static List<Pair> find(List<Asset> assets, BooleanSupplier cancelled) {
        int n = assets.size();
        List<DuplicateRule.Keys> keys = new ArrayList<>(n);
        for (Asset a : assets) {
            keys.add(DuplicateRule.Keys.of(a));
        }
        Map<String, Integer> wordCounts = new HashMap<>();
        for (DuplicateRule.Keys k : keys) {
            for (String w : new HashSet<>(k.words())) {
                wordCounts.merge(w, 1, Integer::sum);
            }
        }
        List<List<String>> blockWords = new ArrayList<>(n);
        for (DuplicateRule.Keys k : keys) {
            blockWords.add(blockWords(k.words(), wordCounts));
        }
        // Every record is filed under all its keys in its own places; it looks up its keys in the places it reaches.
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String key : keysOf(keys.get(i), blockWords.get(i), false)) {
                index.computeIfAbsent(key, x -> new ArrayList<>(2)).add(i);
            }
        }
        List<long[]> found = new ArrayList<>();
        List<DuplicateRule.Match> matches = new ArrayList<>();
        Set<Long> pairs = new HashSet<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if ((i & 1023) == 0 && cancelled.getAsBoolean()) {
                break;
            }
            seen.clear();
            DuplicateRule.Keys ki = keys.get(i);
            boolean unplaced = ki.location() == null;
            for (String key : keysOf(ki, blockWords.get(i), true)) {
                List<Integer> block = index.get(key);
                // A key shared by so many records identifies none of them (a council's switchboard, "Old Town"
                // and "Church" everywhere); comparing its whole block would cost more than all the others.
                if (block == null || block.size() > MAX_BLOCK) {
                    continue;
                }
                for (int j : block) {
                    // Located records reach each other both ways, so they are compared once; an unlocated record
                    // reaches located ones that may not reach it back, so it compares them itself.
                    boolean mine = j > i || unplaced && keys.get(j).location() != null;
                    if (j == i || !mine || !seen.add(j)) {
                        continue;
                    }
                    int lo = Math.min(i, j);
                    int hi = Math.max(i, j);
                    var m = DuplicateRule.judge(keys.get(lo), keys.get(hi));
                    if (m.isPresent() && pairs.add((long) lo * n + hi)) {
                        found.add(new long[] {lo, hi, matches.size()});
                        matches.add(m.get());
                    }
                }
            }
        }
        found.sort(Comparator.comparingLong((long[] f) -> f[0]).thenComparingLong(f -> f[1]));
        List<Pair> out = new ArrayList<>(found.size());
        for (long[] f : found) {
            out.add(new Pair(assets.get((int) f[0]), assets.get((int) f[1]), matches.get((int) f[2])));
        }
        return out;
    }

    /** Pairs of the four rarest words, or the single words of a name of one or two words. */
    private static List<String> blockWords(List<String> words, Map<String, Integer> counts) {
        List<String> distinct = new ArrayList<>(new HashSet<>(words));
        distinct.sort(Comparator.comparingInt((String w) -> counts.get(w)).thenComparing(w -> w));
        List<String> out = new ArrayList<>();
        if (distinct.size() <= 2) {
            out.addAll(distinct);
            return out;
        }
        List<String> rare = distinct.subList(0, Math.min(4, distinct.size()));
        for (int x = 0; x < rare.size(); x++) {
            for (int y = x + 1; y < rare.size(); y++) {
                String p = rare.get(x);
                String q = rare.get(y);
                out.add(p.compareTo(q) < 0 ? p + "+" + q : q + "+" + p);
            }
        }
        return out;
    }

    /**
     * The keys a record is filed under ({@code lookUp} false: its own cells and "anywhere") or looks up
     * ({@code lookUp} true: the neighbouring cells, or "anywhere" when it has no location).
     */
    private static List<String> keysOf(DuplicateRule.Keys k, List<String> words, boolean lookUp) {
        List<String> contacts = new ArrayList<>(3);
        if (!k.email().isEmpty()) {
            contacts.add("e:" + k.email());
        }
        if (!k.web().isEmpty()) {
            contacts.add("w:" + k.web());
        }
        List<String> out = new ArrayList<>();
        if (!k.postcode().isEmpty() && !k.phone().isEmpty()) {
            out.add("p:" + k.postcode() + "/" + k.phone());
        }
        List<String> places = new ArrayList<>();
        List<String> keyPlaces = new ArrayList<>();
        if (k.location() != null) {
            cells(k.location(), NAME_CELL_METRES, lookUp, "n", places);
            cells(k.location(), KEY_CELL_METRES, lookUp, "k", keyPlaces);
        }
        if (!lookUp || k.location() == null) {
            places.add("*");
            keyPlaces.add("*");
        }
        for (String place : keyPlaces) {
            for (String c : contacts) {
                out.add(place + "|" + c);
            }
        }
        for (String place : places) {
            for (String w : words) {
                out.add(place + "|" + w);
            }
        }
        return out;
    }

    private static void cells(GeoPoint p, double size, boolean neighbours, String tag, List<String> out) {
        long row = (long) Math.floor(p.lat() * METRES_PER_DEGREE_LAT / size);
        // Columns are measured at a fixed latitude so that every record uses the same grid.
        long col = (long) Math.floor(p.lon() * METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(54)) / size);
        int reach = neighbours ? 1 : 0;
        for (long r = row - reach; r <= row + reach; r++) {
            for (long c = col - reach; c <= col + reach; c++) {
                out.add(tag + r + "," + c);
            }
        }
    }
}
