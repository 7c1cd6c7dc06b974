package org.assetatlas.signpost;

import org.assetatlas.model.GeoPoint;

/**
 * Where the resident is, or where help is wanted.
 *
 * @param label    how it was given, for display ("CO4 3QE", "map point", "Greenstead")
 * @param point    the point to measure distances from
 * @param areaCode the area to keep results within, when the place is an area (else null)
 */
public record Place(String label, GeoPoint point, String areaCode) {
}
