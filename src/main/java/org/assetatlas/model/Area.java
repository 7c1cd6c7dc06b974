package org.assetatlas.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An area of the project's geography: a neighbourhood, ward, LSOA and so on.
 *
 * @param code       a code unique within the project (an ONS code such as {@code E05010828}, or one the project
 *                   made up for its own neighbourhoods)
 * @param name       the name shown to users
 * @param level      the level of geography
 * @param parentCode the code of the area this one lies in, or null
 * @param population residents, or null when not known
 * @param geometry   the boundary in WGS84 longitude/latitude, or null for an area without one
 * @param note       provenance, e.g. "Demo grouping of 2019 wards"
 */
public record Area(String code, String name, AreaLevel level, String parentCode, Integer population,
                   Geometry geometry, String note) {

    public Area {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("An area needs a code");
        }
        code = code.strip();
        name = name == null || name.isBlank() ? code : name.strip();
        level = Objects.requireNonNullElse(level, AreaLevel.OTHER);
        note = note == null ? "" : note;
    }

    /** The same area with another population figure. */
    public Area withPopulation(Integer people) {
        return new Area(code, name, level, parentCode, people, geometry, note);
    }
}
