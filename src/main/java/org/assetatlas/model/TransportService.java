package org.assetatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A transport service recorded as an enabler: a hopper bus, community transport, a dial-a-ride or a bus route.
 *
 * @param id           row id; 0 when not yet stored
 * @param name         e.g. "Hospital hopper"
 * @param kind         the kind of service
 * @param operator     who runs it, or empty
 * @param route        the route as a line of WGS84 points, in order; empty for a door-to-door service
 * @param stopCodes    ATCO codes of the stops it calls at, in order, or empty
 * @param schedule     when it runs
 * @param eligibility  who can use it, e.g. "Anyone; free with a bus pass" or "Registered members over 60"
 * @param areaCodes    the areas it serves (picks up in); for door-to-door services the whole of each area
 * @param note         anything else, e.g. how it is booked
 * @param illustrative made up for demonstration
 */
public record TransportService(long id, String name, TransportKind kind, String operator, List<GeoPoint> route,
                               List<String> stopCodes, WeeklySchedule schedule, String eligibility,
                               List<String> areaCodes, String note, boolean illustrative) {

    public TransportService {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A transport service needs a name");
        }
        Objects.requireNonNull(kind, "kind");
        name = name.strip();
        operator = operator == null ? "" : operator.strip();
        route = route == null ? List.of() : List.copyOf(route);
        stopCodes = stopCodes == null ? List.of() : List.copyOf(stopCodes);
        schedule = schedule == null ? WeeklySchedule.empty() : schedule;
        eligibility = eligibility == null ? "" : eligibility.strip();
        areaCodes = areaCodes == null ? List.of() : List.copyOf(areaCodes);
        note = note == null ? "" : note.strip();
    }

    /** The same service with another row id. */
    public TransportService withId(long newId) {
        return new TransportService(newId, name, kind, operator, route, stopCodes, schedule, eligibility, areaCodes,
                note, illustrative);
    }
}
