package org.assetatlas.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects the encoding of a text file: UTF-8 with a byte-order mark, UTF-8 without one, or else Windows-1252.
 *
 * <p>A file without a byte-order mark counts as UTF-8 only when the whole of it decodes as UTF-8; spreadsheets
 * saved as "CSV" on Windows are Windows-1252, where a lone {@code é} (0xE9) or {@code £} (0xA3) is not valid UTF-8.
 * Pure ASCII decodes either way and is reported as UTF-8. A file that starts with the UTF-8 byte-order mark is
 * taken as UTF-8 without checking the rest; any malformed bytes in it then read as U+FFFD.
 */
public final class TextEncoding {

    /** The Windows code page for Western European languages, a superset of ISO-8859-1. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int CHUNK = 64 * 1024;

    private TextEncoding() {
    }

    /**
     * The encoding of the file, streamed through a strict UTF-8 decoder so that even a large file is never held in
     * memory.
     */
    public static Charset detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in);
        }
    }

    /**
     * A reader over the file in its detected encoding, positioned after any byte-order mark. The file is read twice:
     * once to detect the encoding, once through the reader.
     */
    public static Reader open(Path file) throws IOException {
        Charset charset = detect(file);
        return open(Files.newInputStream(file), charset);
    }

    /** The encoding of the rest of the stream, which this reads to its end (but does not close). */
    static Charset detect(InputStream in) throws IOException {
        byte[] bytes = new byte[CHUNK];
        int n = in.readNBytes(bytes, 0, 3);
        if (n == 3 && isBom(bytes)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bb = ByteBuffer.wrap(bytes);
        bb.position(n);
        CharBuffer cb = CharBuffer.allocate(CHUNK);
        while (true) {
            int read = in.read(bytes, bb.position(), bytes.length - bb.position());
            boolean end = read < 0;
            if (!end) {
                bb.position(bb.position() + read);
            }
            bb.flip();
            CoderResult result;
            do {
                cb.clear();
                result = decoder.decode(bb, cb, end);
                if (result.isError()) {
                    return WINDOWS_1252;
                }
            } while (result.isOverflow());
            if (end) {
                cb.clear();
                return decoder.flush(cb).isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
            }
            // Keeps the bytes of a character split across two reads for the next round.
            bb.compact();
        }
    }

    /** A reader over the stream in the given encoding, skipping a UTF-8 byte-order mark if there is one. */
    static Reader open(InputStream in, Charset charset) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(new BufferedInputStream(in, CHUNK), 3);
        byte[] head = pushback.readNBytes(3);
        if (!(head.length == 3 && isBom(head))) {
            pushback.unread(head);
        }
        return new InputStreamReader(pushback, charset);
    }

    private static boolean isBom(byte[] b) {
        return (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
