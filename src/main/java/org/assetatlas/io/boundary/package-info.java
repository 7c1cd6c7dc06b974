/**
 * Reading the boundary files partnerships are given, so they can set up their own areas: GeoJSON, GeoPackage, ESRI
 * Shapefile (loose or zipped) and KML.
 *
 * <p>{@link org.assetatlas.io.boundary.BoundaryFiles} is the one entry point. Whatever the format, a read returns
 * every area in WGS84 longitude/latitude with its attributes as text, says which coordinate system the file was in
 * and how that was found, and lists the features it skipped or repaired and anything that looks wrong; or it throws
 * a {@link org.assetatlas.io.boundary.BoundaryFileException} whose message can be shown to the user as it is.
 * Nothing is half-returned. See docs/decisions/0027-boundary-file-formats.md.
 */
package org.assetatlas.io.boundary;
