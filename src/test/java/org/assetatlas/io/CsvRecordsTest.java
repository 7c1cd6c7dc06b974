package org.assetatlas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static List<String[]> records(String text) throws IOException {
        return records(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static List<String[]> records(byte[] bytes, Charset charset) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (CsvRecords r = new CsvRecords(new ByteArrayInputStream(bytes), charset)) {
            for (String[] rec; (rec = r.next()) != null; ) {
                out.add(rec);
            }
        }
        return out;
    }

    @Test
    void splitsTrimsAndUnquotes() throws IOException {
        List<String[]> r = records(" a ,\"b, c\" ,\"say \"\"hi\"\"\",,\" padded \"\n");

        assertEquals(1, r.size());
        assertArrayEquals(new String[] {"a", "b, c", "say \"hi\"", "", "padded"}, r.get(0));
    }

    @Test
    void aQuoteAfterLeadingSpaceDoesNotOpenAQuotedValue() throws IOException {
        // as Commons CSV's RFC 4180 format, which the reader used before, has it
        assertArrayEquals(new String[] {"a", "\"b", "c\""}, records("a, \"b, c\"\n").get(0));
    }

    @Test
    void aQuoteInsideAValueIsAnOrdinaryCharacter() throws IOException {
        assertArrayEquals(new String[] {"5\" nails", "x \"y\""}, records("5\" nails, x \"y\"\n").get(0));
    }

    @Test
    void anEmptyLineIsARecordWithOneEmptyValueAndTheLastLineBreakIsOptional() throws IOException {
        List<String[]> r = records("a,b\n\n,\nc");

        assertEquals(4, r.size());
        assertArrayEquals(new String[] {""}, r.get(1));
        assertArrayEquals(new String[] {"", ""}, r.get(2));
        assertArrayEquals(new String[] {"c"}, r.get(3));
    }

    @Test
    void numbersRecordsByThePhysicalLineTheyStartOn() throws IOException {
        String text = "h\r\n\"two\rlines\"\r\n\n\"three\nmore\r\nlines\"\rlast";
        List<Long> lines = new ArrayList<>();
        try (CsvRecords r = new CsvRecords(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)) {
            while (r.next() != null) {
                lines.add(r.line());
            }
            assertEquals(8, r.nextLine());
        }
        assertEquals(List.of(1L, 2L, 4L, 5L, 8L), lines);
    }

    @Test
    void skipsTheByteOrderMarkAndCountsItsBytes() throws IOException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'n', 'a', 'm', 'e', '\n'};
        try (CsvRecords r = new CsvRecords(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            assertArrayEquals(new String[] {"name"}, r.next());
            assertEquals(bytes.length, r.position());
            assertNull(r.next());
        }
    }

    @Test
    void decodesWindows1252() throws IOException {
        byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ',', (byte) 0xA3, '5', '\n'};

        assertArrayEquals(new String[] {"Café", "£5"}, records(bytes, TextEncoding.WINDOWS_1252).get(0));
    }

    @Test
    void readsValuesLongerThanTheBuffer() throws IOException {
        String big = "x".repeat(700_000) + "\n" + "é".repeat(200_000);
        List<String[]> r = records("a,\"" + big + "\",b\r\nnext,\"\"\"\"\n");

        assertEquals(2, r.size());
        assertArrayEquals(new String[] {"a", big, "b"}, r.get(0));
        assertArrayEquals(new String[] {"next", "\""}, r.get(1));
    }

    @Test
    void readsManyRecordsAcrossBufferBoundaries() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            b.append(i).append(",\"v ").append(i).append("\r\n,\"\"\",é\r\n");
        }
        List<String[]> r = records(b.toString());

        assertEquals(50_000, r.size());
        for (int i = 0; i < r.size(); i += 997) {
            assertArrayEquals(new String[] {String.valueOf(i), "v " + i + "\r\n,\"", "é"}, r.get(i));
        }
    }

    @Test
    void ignoresWhiteSpaceAfterAClosingQuoteButRefusesOtherText() throws IOException {
        assertArrayEquals(new String[] {"a", "b"}, records("\"a\"  \t,\"b\" \u2003\n").get(0));

        AssetImportException e = assertThrows(AssetImportException.class, () -> records("x\n\"a\"b,c\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    /**
     * Random texts made of the characters that matter read the same as with Commons CSV in the format the reader
     * used before (RFC 4180, values trimmed, empty lines kept): the same records, starting on the same lines, and
     * refused exactly when it refuses them.
     */
    @Test
    void readsRandomTextsAsCommonsCsvDid() throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(false).build();
        char[] alphabet = {'a', 'b', ',', ',', '"', '"', '\n', '\r', ' ', '\t', '\u00e9'};
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = b.toString();
            List<String> expected = new ArrayList<>();
            boolean refused = false;
            try (CSVParser parser = format.parse(new StringReader(text))) {
                long lineAfterPrevious = 0;
                for (CSVRecord record : parser) {
                    expected.add((lineAfterPrevious + 1) + ": " + record.toList());
                    lineAfterPrevious = parser.getCurrentLineNumber();
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                refused = true;
            }
            List<String> actual = new ArrayList<>();
            boolean refusedToo = false;
            try (CsvRecords r = new CsvRecords(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8)) {
                for (String[] rec; (rec = r.next()) != null; ) {
                    actual.add(r.line() + ": " + Arrays.asList(rec));
                }
            } catch (AssetImportException e) {
                refusedToo = true;
            }
            String shown = text.replace("\r", "\\r").replace("\n", "\\n");
            assertEquals(refused, refusedToo, () -> "refused? " + shown);
            if (!refused) {
                assertEquals(expected, actual, () -> "records of " + shown);
            }
        }
    }

    @Test
    void refusesAQuoteNeverClosed() {
        AssetImportException e = assertThrows(AssetImportException.class, () -> records("a\nb,\"open\nstill\n"));

        assertEquals("a quoted value that starts on line 2 is never closed", e.getMessage());
    }
}
