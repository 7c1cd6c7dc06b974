package org.assetatlas.search;

import java.util.Set;

/**
 * A search of the index: words that must all match (each as a word or the start of one), and optional filters.
 *
 * @param text         the words
 * @param domainMask   only assets in at least one of these domains (0 = any)
 * @param areaCodes    only assets in one of these areas, at any level (null = any)
 * @param category     only this category ordinal (-1 = any)
 * @param status       only this status ordinal (-1 = any)
 * @param nearLat      centre of a distance filter (NaN = none)
 * @param nearLon      centre of a distance filter
 * @param radiusMetres radius of the distance filter
 * @param limit        how many hits at most
 */
public record IndexQuery(String text, long domainMask, Set<String> areaCodes, int category, int status, double nearLat,
                         double nearLon, double radiusMetres, int limit) {

    /** Just words, no filters. */
    public static IndexQuery words(String text, int limit) {
        return new IndexQuery(text, 0, null, -1, -1, Double.NaN, Double.NaN, 0, limit);
    }
}
