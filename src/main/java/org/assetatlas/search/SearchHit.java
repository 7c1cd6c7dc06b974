package org.assetatlas.search;

/** One result: the asset's row id and its relevance (higher is better; only comparable within one query). */
public record SearchHit(long id, double score) {
}
