package org.assetatlas.signpost;

import java.time.LocalDate;
import java.util.List;

/**
 * Demand against supply from the signposting log: per area and domain, how often help was asked for, how often
 * nothing good was found, and how many active assets there are; and the needs most often left unmet.
 *
 * @param domains the domain columns in order; the last is "Not known" for needs without a domain
 * @param rows    one per area (and "No area" for needs without a place)
 * @param unmet   unmet needs, most often asked first
 * @param from    first date covered (null = from the start)
 * @param to      last date covered (null = to today)
 * @param entries how many log entries were counted
 */
public record Demand(List<String> domains, List<Row> rows, List<UnmetNeed> unmet, LocalDate from, LocalDate to,
                     int entries) {

    /**
     * @param areaCode  the area's code, null for "No area"
     * @param areaName  the area's name
     * @param asked     searches logged per domain column
     * @param unmet     of those, searches with no good result
     * @param available active assets per domain column (the "Not known" column holds the area's total)
     */
    public record Row(String areaCode, String areaName, long[] asked, long[] unmet, long[] available) {
    }

    /** A need left unmet: its words, how often, where, and when last. */
    public record UnmetNeed(String need, int times, List<String> areas, LocalDate last) {
    }
}
