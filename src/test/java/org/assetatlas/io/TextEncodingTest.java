package org.assetatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
