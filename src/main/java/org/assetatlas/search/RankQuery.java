package org.assetatlas.search;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A signposting search of the index: several wordings of one need (the words as typed, and the thesaurus's
 * alternatives), any of which may match, each with its own weight; filters; and an optional point that results
 * are ranked by distance from, blended with relevance.
 *
 * @param alternatives   the wordings; within one, every word must match (as a word or the start of one)
 * @param domainMask     only assets in at least one of these domains (0 = any)
 * @param areaCodes      only assets whose area is one of these (null = any)
 * @param category       only this category ordinal (-1 = any)
 * @param statusMask     only assets whose status ordinal's bit is set (0 = any)
 * @param nearLat        the point to rank by distance from (NaN = rank by relevance only)
 * @param nearLon        the point's longitude
 * @param radiusMetres   leave out located assets farther than this (0 = no limit; unlocated assets stay)
 * @param distanceWeight how much distance counts against relevance, 0..1
 * @param halfMetres     the distance at which nearness counts half as much as being on the spot
 * @param facetFilter    further conditions on the asset's facets (null = none)
 * @param limit          how many hits at most
 */
public record RankQuery(List<Alternative> alternatives, long domainMask, Set<String> areaCodes, int category,
                        int statusMask, double nearLat, double nearLon, double radiusMetres, double distanceWeight,
                        double halfMetres, Predicate<AssetFacets> facetFilter, int limit) {

    public RankQuery {
        alternatives = List.copyOf(alternatives);
    }

    /** One wording of the need and how much a match on it counts (1 for the words as typed). */
    public record Alternative(String text, double weight) {
    }

    /** Whether results are ranked by distance from a point. */
    public boolean near() {
        return !Double.isNaN(nearLat) && !Double.isNaN(nearLon);
    }
}
