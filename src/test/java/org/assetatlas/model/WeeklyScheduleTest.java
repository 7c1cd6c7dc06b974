package org.assetatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeeklyScheduleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mon 09:00-12:00; Tue 09:00-12:00,13:00-16:00|MONDAY|10:00|true",
        "Mon 09:00-12:00; Tue 09:00-12:00,13:00-16:00|TUESDAY|12:30|false",
        "Mon 09:00-12:00; Tue 09:00-12:00,13:00-16:00|TUESDAY|13:00|true",
        "Mon 09:00-12:00|MONDAY|12:00|false",
        "Mon-Fri 09:00-17:00|WEDNESDAY|16:59|true",
        "Mon-Fri 09:00-17:00|SATURDAY|10:00|false",
        "Fri 22:00-02:00|FRIDAY|23:30|true",
        "Fri 22:00-02:00|SATURDAY|01:59|true",
        "Fri 22:00-02:00|SATURDAY|02:00|false",
        "Fri 22:00-02:00|FRIDAY|21:59|false",
        "Sun 20:00-01:00|MONDAY|00:30|true",
        "Sat-Mon 10:00-11:00|SUNDAY|10:30|true",
        "Thursday 18:30 to 20:00|THURSDAY|19:00|true",
        "Mon 00:00-24:00|MONDAY|23:59|true",
    })
    void knowsWhenItIsOpen(String text, DayOfWeek day, String time, boolean open) {
        assertEquals(open, WeeklySchedule.parse(text).isOpen(day, LocalTime.parse(time)));
    }

    @Test
    void formatsToTheTextItReads() {
        WeeklySchedule s = WeeklySchedule.parse("Tue 13:00-16:00, 09:00-12:00; mon 9:00-12:00");
        assertEquals("Mon 09:00-12:00; Tue 09:00-12:00,13:00-16:00", s.format());
        assertEquals(s, WeeklySchedule.parse(s.format()));
    }

    @Test
    void emptyTextIsAnEmptyScheduleThatIsNeverOpen() {
        assertTrue(WeeklySchedule.parse("  ").isEmpty());
        assertEquals(false, WeeklySchedule.parse("").isOpen(DayOfWeek.MONDAY, LocalTime.NOON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Funday 09:00-10:00", "Mon 9-5", "Mon 25:00-26:00", "Mon", "09:00-12:00", "Mon 09:70-10:00"})
    void refusesTextItCannotRead(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WeeklySchedule.parse(text));
        assertTrue(e.getMessage().length() > 10);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Tuesdays 2-4pm|Tue 14:00-16:00",
            "Mon\u2013Fri 9am to 5pm|Mon 09:00-17:00; Tue 09:00-17:00; Wed 09:00-17:00; Thu 09:00-17:00; Fri 09:00-17:00",
            "Saturday 10.30-12.30|Sat 10:30-12:30",
            "Wed 10am-12, 1-3pm|Wed 10:00-12:00,13:00-15:00",
            "Thursdays 11-1pm|Thu 11:00-13:00",
            "Sun 12-2pm|Sun 12:00-14:00",
            "mon 9am-5|Mon 09:00-17:00",
            "Fri 10-12|Fri 10:00-12:00",
            "Mon 09:00-12:00|Mon 09:00-12:00"})
    void understandsTheFormsSpreadsheetsUse(String written, String understood) {
        assertEquals(understood, WeeklySchedule.understand(written).format());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Mon 9-5", "9.30-12.00 term time",
        "first Tuesday of the month", "Tuesdays after school", "Mon 13pm-2pm", "Fri 4-2pm"})
    void leavesWhatIsAmbiguousOrNotWeekly(String written) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> WeeklySchedule.understand(written));
    }
}
