package org.assetatlas.signpost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.assetatlas.model.WeeklySchedule;
import org.junit.jupiter.api.Test;

class OpeningTimesTest {

    private final OpeningTimes times = new OpeningTimes(BankHolidays.englandAndWales());

    @Test
    void openWithinASlotAndClosedOutside() {
        WeeklySchedule s = WeeklySchedule.parse("Tue 10:00-12:00,14:00-16:00");
        // 2026-11-24 is a Tuesday
        assertTrue(times.isOpen(s, LocalDateTime.of(2026, 11, 24, 10, 0)));
        assertTrue(times.isOpen(s, LocalDateTime.of(2026, 11, 24, 15, 59)));
        assertFalse(times.isOpen(s, LocalDateTime.of(2026, 11, 24, 12, 0)), "end is exclusive");
        assertFalse(times.isOpen(s, LocalDateTime.of(2026, 11, 24, 13, 0)));
        assertFalse(times.isOpen(s, LocalDateTime.of(2026, 11, 25, 10, 30)), "Wednesday");
        assertFalse(times.isOpen(WeeklySchedule.empty(), LocalDateTime.of(2026, 11, 24, 10, 30)));
    }

    @Test
    void overnightSlotRunsIntoTheNextMorning() {
        WeeklySchedule s = WeeklySchedule.parse("Fri 22:00-02:00");
        // 2026-11-27 is a Friday
        assertTrue(times.isOpen(s, LocalDateTime.of(2026, 11, 27, 23, 30)));
        assertTrue(times.isOpen(s, LocalDateTime.of(2026, 11, 28, 1, 59)), "Saturday small hours");
        assertFalse(times.isOpen(s, LocalDateTime.of(2026, 11, 28, 2, 0)));
        assertFalse(times.isOpen(s, LocalDateTime.of(2026, 11, 27, 21, 59)));
        assertFalse(times.isOpen(s, LocalDateTime.of(2026, 11, 27, 1, 0)), "Friday small hours belong to Thursday");
    }

    @Test
    void bankHolidaysAreClosed() {
        WeeklySchedule s = WeeklySchedule.parse("Mon-Fri 09:00-17:00");
        // Christmas Day 2026 is a Friday; Boxing Day's substitute is Monday 28 December
        assertFalse(times.isOpen(s, LocalDateTime.of(2026, 12, 25, 10, 0)));
        assertFalse(times.isOpen(s, LocalDateTime.of(2026, 12, 28, 10, 0)));
        assertTrue(times.isOpen(s, LocalDateTime.of(2026, 12, 29, 10, 0)));
        assertTrue(times.isOpen(s, LocalDateTime.of(2026, 12, 24, 10, 0)));
        assertEquals("Closed today (Christmas Day)", times.today(s, LocalDate.of(2026, 12, 25)));
        assertEquals("Open today 09:00 to 17:00", times.today(s, LocalDate.of(2026, 12, 24)));
        assertEquals("Not open on Saturdays", times.today(s, LocalDate.of(2026, 12, 26)));
    }

    @Test
    void overnightSlotFollowsTheDayItStarts() {
        WeeklySchedule s = WeeklySchedule.parse("Thu 22:00-06:00; Fri 22:00-06:00");
        // Good Friday 2027 is 26 March: the Thursday night shelter still runs into Friday morning,
        // the Friday night one (starting on the holiday) does not open, nor carry into Saturday
        assertTrue(times.isOpen(s, LocalDateTime.of(2027, 3, 26, 3, 0)));
        assertFalse(times.isOpen(s, LocalDateTime.of(2027, 3, 26, 23, 0)));
        assertFalse(times.isOpen(s, LocalDateTime.of(2027, 3, 27, 3, 0)));
        assertTrue(times.isOpen(s, LocalDateTime.of(2027, 4, 2, 23, 0)), "the next Friday is an ordinary day");
    }

    @Test
    void bankHolidayDataCoversTheComingYearsAndRejectsBadLines() {
        BankHolidays h = BankHolidays.englandAndWales();
        for (int y = 2024; y <= 2028; y++) {
            assertTrue(h.covers(y), "year " + y);
            int year = y;
            assertEquals(8, h.all().keySet().stream().filter(d -> d.getYear() == year).count(), "eight a year");
        }
        assertEquals("Easter Monday", h.holiday(LocalDate.of(2026, 4, 6)).orElseThrow());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BankHolidays.parse("date,title\n2026-01-01,New Year\n2026-13-01,Nonsense\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void openAtReadsDaysAndTimesAsTyped() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 22, 9, 15); // a Sunday
        assertEquals(LocalDateTime.of(2026, 11, 24, 14, 0), OpenAt.parse("tue 14:00", now));
        assertEquals(LocalDateTime.of(2026, 11, 24, 14, 0), OpenAt.parse("Tuesday 2pm", now));
        assertEquals(LocalDateTime.of(2026, 11, 22, 9, 30), OpenAt.parse("today 9:30", now));
        assertEquals(LocalDateTime.of(2026, 11, 22, 10, 0), OpenAt.parse("sun 10:00", now), "today counts");
        assertEquals(LocalDateTime.of(2026, 11, 23, 0, 0), OpenAt.parse("tomorrow 12am", now));
        assertEquals(LocalDateTime.of(2026, 12, 24, 10, 0), OpenAt.parse("2026-12-24 10:00", now));
        assertEquals(LocalDateTime.of(2026, 11, 22, 9, 15), OpenAt.parse("now", now));
        for (String bad : new String[] {"", "tue", "blursday 10:00", "tue 25:00", "tue 13pm", "2026-02-30 10:00"}) {
            assertThrows(IllegalArgumentException.class, () -> OpenAt.parse(bad, now), bad);
        }
    }
}
