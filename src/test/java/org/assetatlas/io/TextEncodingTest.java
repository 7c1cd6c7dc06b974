package org.assetatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextEncodingTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("empty file", new byte[0], StandardCharsets.UTF_8),
                Arguments.of("ASCII", "name\nHall\n".getBytes(StandardCharsets.US_ASCII), StandardCharsets.UTF_8),
                Arguments.of("UTF-8 with BOM", concat(BOM, "Café £5".getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8),
                Arguments.of("UTF-8 without BOM", "Café £5".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                Arguments.of("Windows-1252 é and £", new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xA3, '5'},
                        TextEncoding.WINDOWS_1252),
                Arguments.of("UTF-8 cut off inside a character", new byte[] {'C', 'a', 'f', (byte) 0xC3},
                        TextEncoding.WINDOWS_1252),
                Arguments.of("BOM only", BOM, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void detectsEncoding(String description, byte[] bytes, Charset expected) throws IOException {
        assertEquals(expected, TextEncoding.detect(write(bytes)));
    }

    @Test
    void keepsUtf8WhenACharacterStraddlesTheReadBuffer() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 64 * 1024 - 1; i++) {
            out.write('a');
        }
        out.writeBytes("é€😀".repeat(50_000).getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, TextEncoding.detect(write(out.toByteArray())));
    }

    @Test
    void detectsWindows1252FromAByteNearTheEndOfALargeFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("name,cost_note\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 200_000; i++) {
            out.writeBytes(("Group " + i + ",free\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(new byte[] {'L', 'a', 's', 't', ',', (byte) 0xA3, '5', '\n'});
        assertEquals(TextEncoding.WINDOWS_1252, TextEncoding.detect(write(out.toByteArray())));
    }

    /** The check on bytes agrees with a strict UTF-8 decoder, also where a character straddles two chunks. */
    @Test
    void agreesWithAStrictDecoderOnRandomBytes() throws IOException {
        Random random = new Random(7);
        String sample = "aé€😀\u0080\u07FF\u0800\uFFFD\uD7FF\uE000";
        for (int n = 0; n < 20_000; n++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (n % 100 == 0) {
                out.writeBytes("x".repeat(64 * 1024 - 1 - random.nextInt(3)).getBytes(StandardCharsets.US_ASCII));
            }
            int parts = random.nextInt(6);
            for (int i = 0; i < parts; i++) {
                if (random.nextInt(4) == 0) {
                    out.write(1 + random.nextInt(255)); // anything but NUL (binary, tested apart), mostly not UTF-8
                } else {
                    int from = random.nextInt(sample.length());
                    String piece = sample.substring(from, Math.min(sample.length(), from + 1 + random.nextInt(3)));
                    byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
                    out.write(bytes, 0, random.nextInt(8) == 0 ? random.nextInt(bytes.length + 1) : bytes.length);
                }
            }
            byte[] bytes = out.toByteArray();
            if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                    || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
                continue; // a UTF-16 byte-order mark, tested apart
            }
            boolean utf8;
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
                utf8 = true;
            } catch (CharacterCodingException e) {
                utf8 = false;
            }
            boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF;
            Charset expected = utf8 || bom ? StandardCharsets.UTF_8 : TextEncoding.WINDOWS_1252;
            assertEquals(expected, TextEncoding.detect(new ByteArrayInputStream(bytes)), () -> Arrays.toString(bytes));
        }
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("UTF-8 with BOM", concat(BOM, "Café £5".getBytes(StandardCharsets.UTF_8))),
                Arguments.of("UTF-8 without BOM", "Café £5".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("Windows-1252", new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xA3, '5'}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void opensReaderAfterTheByteOrderMark(String description, byte[] bytes) throws IOException {
        try (Reader r = TextEncoding.open(write(bytes))) {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[64];
            for (int n; (n = r.read(buf)) > 0; ) {
                b.append(buf, 0, n);
            }
            assertEquals("Café £5", b.toString());
        }
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("file.csv");
        Files.write(file, bytes);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void readsUtf16WithItsByteOrderMarkEitherWayRoundAndLittleEndianWithoutOne() throws IOException {
        String text = "name,cost_note\nCaf\u00e9 \u20ac2,\u00a31\n";
        for (Charset c : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("\uFEFF".getBytes(c));
            out.writeBytes(text.getBytes(c));
            assertEquals(c, TextEncoding.detect(new ByteArrayInputStream(out.toByteArray())));
            try (java.io.Reader r = TextEncoding.open(new ByteArrayInputStream(out.toByteArray()), c)) {
                assertEquals(text, readAll(r));
            }
        }
        assertEquals(StandardCharsets.UTF_16LE,
                TextEncoding.detect(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void refusesBinaryContentNamingTheFileAndWhere(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path xlsx = dir.resolve("assets.csv");
        java.nio.file.Files.write(xlsx, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0});
        TextEncoding.NotTextException e = org.junit.jupiter.api.Assertions.assertThrows(
                TextEncoding.NotTextException.class, () -> TextEncoding.detect(xlsx));
        assertEquals("assets.csv is not a text file: it has binary content (a NUL byte at byte 6). Save it from the "
                + "spreadsheet as CSV (comma separated) and import that.", e.getMessage());
    }

    private static String readAll(java.io.Reader r) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[256];
        for (int n; (n = r.read(buf)) > 0; ) {
            b.append(buf, 0, n);
        }
        return b.toString();
    }
}
