/**
 * The project file: one SQLite database per project, created and upgraded by numbered migrations, with
 * repositories that turn rows into model objects. No SQL exists outside this package.
 */
package org.assetatlas.store;
