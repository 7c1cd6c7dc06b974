package org.assetatlas.signpost;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "when should it be open" as typed: {@code now}, {@code tue 14:00}, {@code tuesday 2pm}, {@code today 9:30},
 * {@code tomorrow 10:00} or {@code 2026-12-24 10:00}. A day name means its next occurrence from today (today
 * included), so bank holidays count.
 */
public final class OpenAt {

    private static final Pattern FORM = Pattern.compile(
            "^(\\S+)\\s+(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?$");

    private OpenAt() {
    }

    /**
     * The moment meant, counted from {@code now}.
     *
     * @throws IllegalArgumentException with an example of what is understood
     */
    public static LocalDateTime parse(String text, LocalDateTime now) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("now")) {
            return now.withSecond(0).withNano(0);
        }
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot read \"" + text + "\" as a day and time: try \"tue 14:00\", "
                    + "\"today 9:30\" or \"2026-12-24 10:00\"");
        }
        LocalDate date = date(m.group(1), now.toLocalDate(), text);
        int hour = Integer.parseInt(m.group(2));
        int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(4) != null) {
            if (hour < 1 || hour > 12) {
                throw new IllegalArgumentException("Impossible time in \"" + text + "\"");
            }
            hour = hour % 12 + (m.group(4).equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException("Impossible time in \"" + text + "\"");
        }
        return LocalDateTime.of(date, LocalTime.of(hour, minute));
    }

    private static LocalDate date(String word, LocalDate today, String text) {
        switch (word) {
            case "today":
                return today;
            case "tomorrow":
                return today.plusDays(1);
            default:
                break;
        }
        if (Character.isDigit(word.charAt(0))) {
            try {
                return LocalDate.parse(word);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Cannot read the date in \"" + text + "\" (use YYYY-MM-DD)", e);
            }
        }
        if (word.length() >= 2) {
            for (DayOfWeek d : DayOfWeek.values()) {
                String full = d.name().toLowerCase(Locale.ROOT);
                if (full.startsWith(word) && (word.length() >= 3 || word.equals("tu") || word.equals("th"))) {
                    return today.with(TemporalAdjusters.nextOrSame(d));
                }
            }
        }
        throw new IllegalArgumentException("Unknown day \"" + word + "\" in \"" + text + "\"");
    }
}
