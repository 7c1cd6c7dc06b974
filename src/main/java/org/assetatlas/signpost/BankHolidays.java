package org.assetatlas.signpost;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Bank holidays in England and Wales, read from the data file shipped with the app (dates announced on GOV.UK;
 * years not yet announced there follow the usual rules and substitute days, and can change by proclamation).
 * Signposting treats assets as closed on a bank holiday unless the record says otherwise in its opening note.
 */
public final class BankHolidays {

    private static final String RESOURCE = "bank-holidays-england-and-wales.csv";
    private final TreeMap<LocalDate, String> days;

    private BankHolidays(TreeMap<LocalDate, String> days) {
        this.days = days;
    }

    /** The dates shipped with the app. */
    public static BankHolidays englandAndWales() {
        try (InputStream in = BankHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bank holiday dates are missing from this build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bank holiday dates: " + e.getMessage(), e);
        }
    }

    /** No bank holidays at all (for places where the rule does not apply). */
    public static BankHolidays none() {
        return new BankHolidays(new TreeMap<>());
    }

    /**
     * Reads {@code date,title} lines (a header line is allowed).
     *
     * @throws IllegalArgumentException naming the line that cannot be read
     */
    public static BankHolidays parse(String csv) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(csv))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#") || (n == 1 && line.startsWith("date"))) {
                    continue;
                }
                int comma = line.indexOf(',');
                String date = comma < 0 ? line : line.substring(0, comma);
                try {
                    days.put(LocalDate.parse(date.strip()), comma < 0 ? "Bank holiday" : line.substring(comma + 1).strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("Bank holidays line " + n + ": \"" + date + "\" is not a date (YYYY-MM-DD)", e);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new BankHolidays(days);
    }

    /** The holiday's name when the date is a bank holiday. */
    public Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    public boolean isHoliday(LocalDate date) {
        return days.containsKey(date);
    }

    /** Whether the dates cover the given year (so that "not a holiday" can be trusted). */
    public boolean covers(int year) {
        return days.keySet().stream().anyMatch(d -> d.getYear() == year);
    }

    /** Every date, in order. */
    public Map<LocalDate, String> all() {
        return java.util.Collections.unmodifiableMap(days);
    }
}
