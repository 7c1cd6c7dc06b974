package org.assetatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The quick readers of stored times agree with the ISO parsers on every input, errors included. */
class StoredTimesTest {

    @Test
    void instantsReadAsIsoDoes() {
        String[] good = {"2026-11-22T09:21:31.994794025Z", "2026-11-22T09:21:31Z", "2026-11-22T09:21:31.5Z",
            "2026-11-22T09:21:31.120Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999999999Z",
            "1969-12-31T23:59:59.000000001Z", "+12026-11-22T09:21:31Z",
            "2026-11-22T09:21:31.Z"};
        for (String s : good) {
            assertEquals(Instant.parse(s), StoredTimes.instant(s), s);
        }
        Instant now = Instant.now();
        assertEquals(now, StoredTimes.instant(now.toString()));
        String[] bad = {"2026-02-30T09:21:31Z", "2026-11-22T09:61:31Z",
            "2026-11-22T09:21:31.1234567890Z", "2026-1a-22T09:21:31Z", "", "yesterday"};
        for (String s : bad) {
            assertThrows(DateTimeException.class, () -> Instant.parse(s), s);
            assertThrows(DateTimeException.class, () -> StoredTimes.instant(s), s);
        }
    }

    @Test
    void datesReadAsIsoDoes() {
        for (String s : new String[] {"2025-12-14", "2024-02-29", "0001-01-01", "+12025-12-14"}) {
            assertEquals(LocalDate.parse(s), StoredTimes.date(s), s);
        }
        for (String s : new String[] {"2025-02-29", "2025-13-01", "2025-1-01", "20251214", "2025/12/14", ""}) {
            assertThrows(DateTimeException.class, () -> StoredTimes.date(s), s);
        }
    }
}
