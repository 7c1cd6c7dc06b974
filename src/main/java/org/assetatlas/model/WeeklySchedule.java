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
