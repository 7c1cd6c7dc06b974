package org.assetatlas.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the times and dates the store writes ({@code 2026-11-22T09:21:31.994794025Z}, {@code 2025-12-14}) without
 * the general ISO parsers, which cost more than the rest of reading a row. Anything else, and anything invalid, goes
 * to {@link Instant#parse} or {@link LocalDate#parse}, so results and errors are the same as theirs.
 */
final class StoredTimes {

    private StoredTimes() {
    }

    /** As {@link Instant#parse}. */
    static Instant instant(String s) {
        int n = s.length();
        if (n >= 20 && n <= 30 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
                && s.charAt(13) == ':' && s.charAt(16) == ':' && s.charAt(n - 1) == 'Z') {
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = digits(s, 17, 19);
            int nano = 0;
            boolean ok = hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
            if (ok && n > 20) {
                // a fraction of one to nine digits after the point
                ok = s.charAt(19) == '.' && n >= 22;
                int fraction = ok ? digits(s, 20, n - 1) : -1;
                ok &= fraction >= 0;
                if (ok) {
                    nano = fraction;
                    for (int i = n - 1 - 20; i < 9; i++) {
                        nano *= 10;
                    }
                }
            } else if (n != 20) {
                ok = false;
            }
            LocalDate day = ok ? day(s) : null;
            if (day != null) {
                return Instant.ofEpochSecond(day.toEpochDay() * 86_400 + hour * 3600L + minute * 60L + second, nano);
            }
        }
        return Instant.parse(s);
    }

    /** As {@link LocalDate#parse}. */
    static LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            LocalDate day = day(s);
            if (day != null) {
                return day;
            }
        }
        return LocalDate.parse(s);
    }

    /** The date in the first ten characters (yyyy-MM-dd), or null when they are not a valid one. */
    private static LocalDate day(String s) {
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int dayOfMonth = digits(s, 8, 10);
        if (year < 0 || month < 0 || dayOfMonth < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, dayOfMonth);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number in s[from, to) when it is all ASCII digits (at most nine), else -1. */
    private static int digits(String s, int from, int to) {
        if (to - from > 9 || to <= from) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
