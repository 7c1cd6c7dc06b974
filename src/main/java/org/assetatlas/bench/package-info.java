/**
 * The benchmark harness behind {@code asset-atlas bench}: whole-operation timings at several project sizes, each
 * measured beside its physical baseline (the {@code sqlite3} shell's CSV import, raw FTS5 queries) in the same run.
 */
package org.assetatlas.bench;
