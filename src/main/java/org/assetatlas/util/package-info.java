/**
 * Small plain-Java utilities shared by every layer: progress reporting and cancellation, writing output files
 * safely ({@link org.assetatlas.util.SafeOutput}) and private temporary files
 * ({@link org.assetatlas.util.PrivateFiles}), the rule for formula-like spreadsheet cells
 * ({@link org.assetatlas.util.SpreadsheetCells}) and reading a database file's header without opening it
 * ({@link org.assetatlas.util.DatabaseFile}).
 */
package org.assetatlas.util;
