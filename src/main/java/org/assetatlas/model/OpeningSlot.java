package org.assetatlas.model;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One weekly opening period, starting on {@code day} at {@code start}. When {@code end} is not after
 * {@code start} the period runs past midnight into the next day (e.g. Friday 22:00–02:00).
 */
public record OpeningSlot(DayOfWeek day, LocalTime start, LocalTime end) {

    public OpeningSlot {
        if (day == null || start == null || end == null) {
            throw new IllegalArgumentException("An opening period needs a day, a start and an end");
        }
    }

    /** Whether the period runs past midnight. */
    public boolean overnight() {
        return !end.isAfter(start);
    }

    /** Whether the asset is open at this moment of the week. */
    public boolean covers(DayOfWeek when, LocalTime time) {
        if (!overnight()) {
            return when == day && !time.isBefore(start) && time.isBefore(end);
        }
        if (when == day) {
            return !time.isBefore(start);
        }
        return when == day.plus(1) && time.isBefore(end);
    }
}
