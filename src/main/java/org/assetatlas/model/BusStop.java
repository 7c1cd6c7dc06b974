package org.assetatlas.model;

import java.util.Objects;

/**
 * A public transport stop from NaPTAN.
 *
 * @param atcoCode  the stop's national ATCO code, e.g. {@code 150009DED02}
 * @param name      its common name
 * @param street    the street, or empty
 * @param indicator where on the street, e.g. "opp" or "Stop A", or empty
 * @param stopType  the NaPTAN stop type, e.g. {@code BCT} (on-street bus stop), or empty
 * @param location  WGS84 position
 */
public record BusStop(String atcoCode, String name, String street, String indicator, String stopType,
                      GeoPoint location) {

    public BusStop {
        if (atcoCode == null || atcoCode.isBlank()) {
            throw new IllegalArgumentException("A stop needs its ATCO code");
        }
        Objects.requireNonNull(location, "location");
        atcoCode = atcoCode.strip();
        name = name == null || name.isBlank() ? atcoCode : name.strip();
        street = street == null ? "" : street.strip();
        indicator = indicator == null ? "" : indicator.strip();
        stopType = stopType == null ? "" : stopType.strip();
    }

    /** The name as shown to users, e.g. "Duck Lane (opp), Long Road West". */
    public String label() {
        StringBuilder b = new StringBuilder(name);
        if (!indicator.isEmpty()) {
            b.append(" (").append(indicator).append(')');
        }
        if (!street.isEmpty()) {
            b.append(", ").append(street);
        }
        return b.toString();
    }
}
