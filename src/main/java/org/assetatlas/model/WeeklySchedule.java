package org.assetatlas.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekly opening schedule: a list of {@link OpeningSlot}s.
 *
 * <p>Its text form, used in files and the editor, is {@code "Mon 09:00-12:00; Tue 09:00-12:00,13:00-16:00"}: groups
 * separated by {@code ;}, each a day or a day range ({@code Mon-Fri}) followed by one or more time ranges separated
 * by {@code ,}. Day names may be written in full. An empty text is an empty schedule (opening times not known or
 * not weekly).
 */
public final class WeeklySchedule {

    private static final WeeklySchedule EMPTY = new WeeklySchedule(List.of());
    private static final Pattern GROUP = Pattern.compile(
            "^([A-Za-z]+)(?:\\s*(?:-|–|to)\\s*([A-Za-z]+))?\\s*:?\\s+(.+)$");
    private static final Pattern RANGE = Pattern.compile("^(\\d{1,2})[:.](\\d{2})\\s*(?:-|–|to)\\s*(\\d{1,2})[:.](\\d{2})$");

    /**
     * Schedules already read, by their text: a directory repeats a few hundred schedules over thousands of records,
     * and every row read from the store parses one. Schedules are immutable, so sharing them is safe.
     */
    private static final Map<String, WeeklySchedule> PARSED = new ConcurrentHashMap<>();
    private static final int MAX_PARSED = 4096;

    private final List<OpeningSlot> slots;
    /** {@link #format()}, worked out once: imports write it for every asset, and files repeat a few schedules. */
    private String formatted;

    private WeeklySchedule(List<OpeningSlot> slots) {
        List<OpeningSlot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparing(OpeningSlot::day).thenComparing(OpeningSlot::start));
        this.slots = List.copyOf(sorted);
    }

    public static WeeklySchedule empty() {
        return EMPTY;
    }

    public static WeeklySchedule of(List<OpeningSlot> slots) {
        return slots.isEmpty() ? EMPTY : new WeeklySchedule(slots);
    }

    /**
     * Parses the text form.
     *
     * @throws IllegalArgumentException naming the part that could not be read
     */
    public static WeeklySchedule parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        WeeklySchedule known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        WeeklySchedule s = read(text);
        if (PARSED.size() >= MAX_PARSED) {
            PARSED.clear();
        }
        PARSED.put(text, s);
        return s;
    }

    /**
     * Reads opening times as people write them in spreadsheets and forms, where that is unambiguous: the text form
     * ({@link #parse}), and also plural and full day names, dashes and "to", and times with am/pm or dots —
     * {@code "Tuesdays 2-4pm"}, {@code "Mon–Fri 9am to 5pm"}, {@code "Saturday 10.30-12.30"},
     * {@code "Wed 10am-12, 1-3pm"}. Imports and the editor both read through this; what comes back is written in the
     * text form.
     *
     * @throws IllegalArgumentException when the text is not a weekly schedule or is ambiguous ({@code "Mon 9-5"}: say
     *         am or pm; {@code "9.30-12.00 term time"}: which days?; {@code "first Tuesday of the month"}: not weekly)
     */
    public static WeeklySchedule understand(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException strict) {
            StringBuilder canonical = new StringBuilder();
            for (String rawGroup : text.split(";")) {
                String group = rawGroup.strip();
                if (group.isEmpty()) {
                    continue;
                }
                Matcher g = WORDED_GROUP.matcher(group.replace('\u2013', '-').replace('\u2014', '-'));
                if (!g.matches()) {
                    throw strict;
                }
                String days = dayWord(g.group(1)) + (g.group(2) == null ? "" : "-" + dayWord(g.group(2)));
                List<String> ranges = new ArrayList<>();
                for (String r : g.group(3).split(",|\\band\\b")) {
                    if (!r.isBlank()) {
                        ranges.add(wordedRange(r.strip(), group, strict));
                    }
                }
                if (ranges.isEmpty()) {
                    throw strict;
                }
                canonical.append(canonical.length() == 0 ? "" : "; ").append(days).append(' ')
                        .append(String.join(",", ranges));
            }
            return parse(canonical.toString());
        }
    }

    private static final Pattern WORDED_GROUP = Pattern.compile(
            "(?i)^([a-z]+)(?:\\s*(?:-|to)\\s*([a-z]+))?\\s*:?\\s+(.+)$");
    private static final Pattern WORDED_RANGE = Pattern.compile(
            "(?i)^(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?\\s*(?:-|to|till|until)\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?$");

    /** A day word as {@link #day} reads it: "Tuesdays" is Tuesday. */
    private static String dayWord(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return lower.endsWith("days") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** A time range written with am/pm, dots or no minutes, as {@code HH:MM-HH:MM}; ambiguous ones refused. */
    private static String wordedRange(String r, String group, IllegalArgumentException strict) {
        Matcher m = WORDED_RANGE.matcher(r);
        if (!m.matches()) {
            throw strict;
        }
        int h1 = Integer.parseInt(m.group(1));
        int m1 = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String s1 = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
        int h2 = Integer.parseInt(m.group(4));
        int m2 = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        String s2 = m.group(6) == null ? null : m.group(6).toLowerCase(Locale.ROOT);
        if (s1 == null && s2 == null) {
            if (h1 * 60 + m1 >= h2 * 60 + m2 || h1 > 23 || h2 > 24) {
                throw new IllegalArgumentException("Cannot tell am from pm in \"" + r + "\" in \"" + group
                        + "\" (write e.g. 9am-5pm or 09:00-17:00)");
            }
        } else if (s1 == null) {
            // "2-4pm": the start shares the end's half of the day when that keeps it before the end
            s1 = s2.equals("pm") && h12(h1, "pm") * 60 + m1 < h12(h2, "pm") * 60 + m2 ? "pm" : "am";
            if (s1.equals("am") && s2.equals("pm") && h1 % 12 < 7) {
                // "4-2pm": 4am is an unlikely start, more likely a slip
                throw new IllegalArgumentException("Cannot tell am from pm in \"" + r + "\" in \"" + group
                        + "\" (write e.g. 9am-2pm)");
            }
        } else if (s2 == null) {
            // "10am-12", "9am-5": the end is the first time after the start
            s2 = h12(h2, s1) * 60 + m2 > h12(h1, s1) * 60 + m1 ? s1 : "pm";
        }
        int start = (s1 == null ? h1 : h12(h1, s1)) * 60 + m1;
        int end = (s2 == null ? h2 : h12(h2, s2)) * 60 + m2;
        if ((s1 != null && (h1 < 1 || h1 > 12)) || (s2 != null && (h2 < 1 || h2 > 12)) || end <= start) {
            throw new IllegalArgumentException("Cannot read time range \"" + r + "\" in \"" + group + "\"");
        }
        return String.format(Locale.ROOT, "%02d:%02d-%02d:%02d", start / 60, start % 60, end / 60, end % 60);
    }

    /** The 24-hour hour of a 12-hour hour: 12am is 0, 12pm is 12. */
    private static int h12(int h, String half) {
        return (h % 12) + (half.equals("pm") ? 12 : 0);
    }

    private static WeeklySchedule read(String text) {
        List<OpeningSlot> out = new ArrayList<>();
        for (String rawGroup : text.split(";")) {
            String group = rawGroup.strip();
            if (group.isEmpty()) {
                continue;
            }
            Matcher g = GROUP.matcher(group);
            if (!g.matches()) {
                throw new IllegalArgumentException("Cannot read opening times \"" + group + "\" (expected e.g. \"Mon 09:00-12:00\")");
            }
            DayOfWeek first = day(g.group(1), group);
            DayOfWeek last = g.group(2) == null ? first : day(g.group(2), group);
            List<LocalTime[]> ranges = new ArrayList<>();
            for (String rawRange : g.group(3).split(",")) {
                Matcher r = RANGE.matcher(rawRange.strip());
                if (!r.matches()) {
                    throw new IllegalArgumentException("Cannot read time range \"" + rawRange.strip() + "\" in \"" + group + "\"");
                }
                ranges.add(new LocalTime[] {time(r.group(1), r.group(2), group), time(r.group(3), r.group(4), group)});
            }
            DayOfWeek d = first;
            for (int i = 0; i < 7; i++) {
                for (LocalTime[] range : ranges) {
                    out.add(new OpeningSlot(d, range[0], range[1]));
                }
                if (d == last) {
                    break;
                }
                d = d.plus(1);
            }
        }
        return of(out);
    }

    private static DayOfWeek day(String word, String context) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() >= 2) {
            for (DayOfWeek d : DayOfWeek.values()) {
                String full = d.name().toLowerCase(Locale.ROOT);
                if (full.startsWith(w) && (w.length() >= 3 || w.equals("tu") || w.equals("th") || w.equals("sa") || w.equals("su"))) {
                    return d;
                }
            }
        }
        throw new IllegalArgumentException("Unknown day \"" + word + "\" in \"" + context + "\"");
    }

    private static LocalTime time(String h, String m, String context) {
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m);
        if (hour == 24 && minute == 0) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.of(hour, minute);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("Impossible time " + h + ":" + m + " in \"" + context + "\"", e);
        }
    }

    public List<OpeningSlot> slots() {
        return slots;
    }

    public boolean isEmpty() {
        return slots.isEmpty();
    }

    /** Whether the asset is open at this moment of the week; always false for an empty schedule. */
    public boolean isOpen(DayOfWeek day, LocalTime time) {
        for (OpeningSlot s : slots) {
            if (s.covers(day, time)) {
                return true;
            }
        }
        return false;
    }

    /** The slots that start on the given day. */
    public List<OpeningSlot> on(DayOfWeek day) {
        return slots.stream().filter(s -> s.day() == day).toList();
    }

    /** The text form; days with identical hours are written separately, one group per day. */
    public String format() {
        String f = formatted;
        if (f == null) {
            f = formatSlots();
            formatted = f; // a benign race: every thread works out the same text
        }
        return f;
    }

    private String formatSlots() {
        StringBuilder b = new StringBuilder();
        DayOfWeek current = null;
        for (OpeningSlot s : slots) {
            if (s.day() != current) {
                if (current != null) {
                    b.append("; ");
                }
                current = s.day();
                b.append(shortName(current)).append(' ');
            } else {
                b.append(',');
            }
            b.append(s.start()).append('-').append(s.end());
        }
        return b.toString();
    }

    /** Three-letter English day name, e.g. {@code Mon}. */
    public static String shortName(DayOfWeek d) {
        String n = d.name();
        return n.charAt(0) + n.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklySchedule w && w.slots.equals(slots);
    }

    @Override
    public int hashCode() {
        return slots.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }

}
