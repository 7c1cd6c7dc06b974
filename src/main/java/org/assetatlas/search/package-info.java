/**
 * In-memory full-text search over a project's assets: an inverted index with precomputed per-field weighted
 * impacts, so that the best few results of even a very common word are found in a millisecond or two, with the
 * cheap filters (domain, area, category, status, distance) applied in the same pass. Plain Java.
 */
package org.assetatlas.search;
