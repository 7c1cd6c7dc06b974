package org.assetatlas.search;

/**
 * One result of a {@link RankQuery}.
 *
 * @param id             the asset's row id
 * @param score          the blended score the results are ordered by
 * @param relevance      the text relevance alone (BM25F, times the matching alternative's weight)
 * @param distanceMetres straight-line distance from the query's point, NaN when either has no location
 * @param alternative    the index of the alternative wording that matched best
 */
public record RankedHit(long id, double score, double relevance, double distanceMetres, int alternative) {
}
