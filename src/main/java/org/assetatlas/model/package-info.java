/**
 * The asset register's vocabulary: assets, areas, the domain framework and the value types they use.
 *
 * <p>Plain Java only (JTS geometry is the one library type allowed, for area boundaries); nothing here knows
 * about storage, files or the user interface.
 */
package org.assetatlas.model;
