package org.assetatlas.signpost;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assetatlas.model.OpeningSlot;
import org.assetatlas.model.WeeklySchedule;

/**
 * Whether an asset is open at a given date and time, and its opening times in plain words. A period that runs past
 * midnight (Fri 22:00–02:00) belongs to the day it starts; on a bank holiday, periods starting that day are taken
 * as closed.
 */
public final class OpeningTimes {

    private final BankHolidays holidays;

    public OpeningTimes(BankHolidays holidays) {
        this.holidays = holidays;
    }

    public BankHolidays holidays() {
        return holidays;
    }

    /** Whether the schedule is open at that moment; false for an empty (unknown) schedule. */
    public boolean isOpen(WeeklySchedule schedule, LocalDateTime when) {
        LocalDate date = when.toLocalDate();
        LocalTime time = when.toLocalTime();
        for (OpeningSlot s : schedule.slots()) {
            if (!s.covers(date.getDayOfWeek(), time)) {
                continue;
            }
            // The slot started today, unless it is an overnight slot carried over from yesterday
            boolean startedYesterday = s.overnight() && s.day() != date.getDayOfWeek();
            LocalDate started = startedYesterday ? date.minusDays(1) : date;
            if (!holidays.isHoliday(started)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day's opening in plain words, e.g. "Open today 10:00 to 12:00", "Not open on Tuesdays",
     * "Closed today (Christmas Day)" or "Opening times not recorded".
     */
    public String today(WeeklySchedule schedule, LocalDate date) {
        return describe(schedule, date, "today");
    }

    /** The same for any date, with the day named ("Open Tuesday 10:00 to 12:00"). */
    public String on(WeeklySchedule schedule, LocalDate date) {
        return describe(schedule, date, dayName(date.getDayOfWeek()));
    }

    private String describe(WeeklySchedule schedule, LocalDate date, String dayWords) {
        if (schedule.isEmpty()) {
            return "Opening times not recorded";
        }
        List<OpeningSlot> slots = schedule.on(date.getDayOfWeek());
        if (slots.isEmpty()) {
            return "Not open on " + dayName(date.getDayOfWeek()) + "s";
        }
        Optional<String> holiday = holidays.holiday(date);
        if (holiday.isPresent()) {
            return "Closed " + dayWords + " (" + holiday.get() + ")";
        }
        List<String> ranges = new ArrayList<>();
        for (OpeningSlot s : slots) {
            ranges.add(s.start() + " to " + s.end() + (s.overnight() ? " (next morning)" : ""));
        }
        return "Open " + dayWords + " " + String.join(" and ", ranges);
    }

    /**
     * The week in plain words, one entry per run of days with the same hours, e.g. "Monday to Friday 09:00 to
     * 17:00", "Tuesday 10:00 to 12:00 and 14:00 to 16:00".
     */
    public static List<String> week(WeeklySchedule schedule) {
        List<String> out = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < days.length) {
            String hours = hours(schedule.on(days[i]));
            if (hours.isEmpty()) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < days.length && hours(schedule.on(days[j + 1])).equals(hours)) {
                j++;
            }
            String span = j == i ? dayName(days[i]) : j == i + 1 ? dayName(days[i]) + " and " + dayName(days[j])
                    : dayName(days[i]) + " to " + dayName(days[j]);
            out.add(span + " " + hours);
            i = j + 1;
        }
        return out;
    }

    private static String hours(List<OpeningSlot> slots) {
        List<String> ranges = new ArrayList<>();
        for (OpeningSlot s : slots) {
            ranges.add(s.start() + " to " + s.end());
        }
        return String.join(" and ", ranges);
    }

    /** The English day name, e.g. "Tuesday". */
    public static String dayName(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
