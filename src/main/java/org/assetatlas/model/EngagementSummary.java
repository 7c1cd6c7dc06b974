package org.assetatlas.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one piece of engagement (a listening campaign, a drop-in series, a survey) found: how many people it reached
 * and what they needed, so that reports quote such figures from the data.
 *
 * @param id            row id; 0 when not yet stored
 * @param title         e.g. "Greenstead listening campaign 2025"
 * @param areaCode      the area it covered, or null for the whole project area
 * @param start         first day, or null
 * @param end           last day, or null
 * @param peopleReached how many people took part
 * @param needs         people by what they needed, in display order, e.g. "Information and advice" → 312; a person
 *                      may be counted under one need only (the figures are shares of {@code peopleReached})
 * @param note          how the figures were gathered
 * @param illustrative  made up for demonstration
 */
public record EngagementSummary(long id, String title, String areaCode, LocalDate start, LocalDate end,
                                int peopleReached, Map<String, Integer> needs, String note, boolean illustrative) {

    public EngagementSummary {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("An engagement summary needs a title");
        }
        if (peopleReached < 0) {
            throw new IllegalArgumentException("People reached cannot be negative");
        }
        Map<String, Integer> copy = new LinkedHashMap<>();
        int total = 0;
        if (needs != null) {
            for (Map.Entry<String, Integer> e : needs.entrySet()) {
                if (e.getValue() == null || e.getValue() < 0) {
                    throw new IllegalArgumentException("The number needing \"" + e.getKey() + "\" must be 0 or more");
                }
                copy.put(e.getKey().strip(), e.getValue());
                total += e.getValue();
            }
        }
        if (total > peopleReached) {
            throw new IllegalArgumentException("The needs add up to " + total + ", more than the " + peopleReached
                    + " people reached");
        }
        title = title.strip();
        needs = java.util.Collections.unmodifiableMap(copy);
        note = note == null ? "" : note.strip();
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("The engagement ends before it starts");
        }
    }

    /** The share (0..1) of the people reached who needed this, 0 when no one was reached or the need is unknown. */
    public double share(String need) {
        Integer n = needs.get(need);
        return n == null || peopleReached == 0 ? 0 : (double) n / peopleReached;
    }

    /** The same summary with another row id. */
    public EngagementSummary withId(long newId) {
        return new EngagementSummary(newId, title, areaCode, start, end, peopleReached, needs, note, illustrative);
    }
}
