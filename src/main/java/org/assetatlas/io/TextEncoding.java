package org.assetatlas.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects the encoding of a text file: UTF-16 (with a byte-order mark, as Excel's "Unicode text" and some database
 * tools write it, or without one when every other byte is zero), UTF-8 with a byte-order mark, UTF-8 without one,
 * or else Windows-1252. A file with NUL bytes that is not UTF-16 is not text at all (a spreadsheet's own
 * {@code .xlsx}, a picture, a database): {@link NotTextException} says so rather than reading it as rubbish.
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
    private static final VarHandle EIGHT_BYTES =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private TextEncoding() {
    }

    /** A file that is not text: binary content where a CSV or text file was expected. */
    public static final class NotTextException extends IOException {
        private static final long serialVersionUID = 1L;

        NotTextException(String message) {
            super(message);
        }
    }

    /**
     * The encoding of the file, checked in chunks so that even a large file is never held in memory.
     *
     * @throws NotTextException when the file has NUL bytes and is not UTF-16: it is not a text file
     */
    public static Charset detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in);
        } catch (NotTextException e) {
            throw new NotTextException(file.getFileName() + " is not a text file: " + e.getMessage());
        }
    }

    /** Whether the encoding is one of the UTF-16 forms, which the byte-level CSV reader cannot read directly. */
    public static boolean isUtf16(Charset c) {
        return c.equals(StandardCharsets.UTF_16) || c.equals(StandardCharsets.UTF_16LE)
                || c.equals(StandardCharsets.UTF_16BE);
    }

    /**
     * A reader over the file in its detected encoding, positioned after any byte-order mark. The file is read twice:
     * once to detect the encoding, once through the reader.
     */
    public static Reader open(Path file) throws IOException {
        Charset charset = detect(file);
        return open(Files.newInputStream(file), charset);
    }

    /**
     * The encoding of the rest of the stream, which this reads to its end (but does not close).
     *
     * <p>Checks the bytes against the well-formed UTF-8 sequences of the Unicode standard (table 3-7), which are
     * exactly what a strict UTF-8 decoder accepts, without decoding them: this runs over every byte of a file
     * before it is read, so it costs a few hundredths of the time decoding would.
     */
    static Charset detect(InputStream in) throws IOException {
        byte[] bytes = new byte[CHUNK + 3];
        int n = in.readNBytes(bytes, 0, 3);
        if (n == 3 && isBom(bytes)) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int kept = n; // bytes of an unfinished sequence carried to the next round
        long offset = 0; // of bytes[0] in the stream
        boolean first = true;
        while (true) {
            int read = in.read(bytes, kept, CHUNK);
            boolean end = read < 0;
            int limit = kept + Math.max(read, 0);
            if (first) {
                first = false;
                Charset wide = utf16WithoutBom(bytes, limit);
                if (wide != null) {
                    return wide;
                }
            }
            for (int i = 0; i < limit; i++) {
                if (bytes[i] == 0) {
                    throw new NotTextException("it has binary content (a NUL byte at byte " + (offset + i + 1)
                            + "). Save it from the spreadsheet as CSV (comma separated) and import that.");
                }
            }
            int done = wellFormedPrefix(bytes, limit);
            if (done < 0) {
                return WINDOWS_1252;
            }
            if (end) {
                return done == limit ? StandardCharsets.UTF_8 : WINDOWS_1252;
            }
            kept = limit - done;
            offset += done;
            System.arraycopy(bytes, done, bytes, 0, kept);
        }
    }

    /**
     * UTF-16 without a byte-order mark: in a text of Latin letters every other byte is zero. Little-endian when the
     * zeros are the odd bytes, big-endian when they are the even ones; null when the start of the file is not so.
     */
    private static Charset utf16WithoutBom(byte[] b, int limit) {
        int n = Math.min(limit, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        int textEven = 0; // printable ASCII, tab or a line break
        int textOdd = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            boolean text = c >= 0x20 && c < 0x7F || c == '\t' || c == '\n' || c == '\r';
            if ((i & 1) == 0) {
                zeroEven += c == 0 ? 1 : 0;
                textEven += text ? 1 : 0;
            } else {
                zeroOdd += c == 0 ? 1 : 0;
                textOdd += text ? 1 : 0;
            }
        }
        int pairs = n / 2;
        if (zeroOdd >= pairs * 0.6 && zeroEven <= pairs * 0.05 && textEven >= pairs * 0.6) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven >= pairs * 0.6 && zeroOdd <= pairs * 0.05 && textOdd >= pairs * 0.6) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * How many bytes from the start of {@code b[0, limit)} are whole well-formed UTF-8 sequences: {@code limit}, or
     * less when the last sequence is cut off by the limit (at most 3 bytes are left); -1 when a byte sequence is
     * malformed.
     */
    private static int wellFormedPrefix(byte[] b, int limit) {
        int i = 0;
        while (i < limit) {
            // ASCII, most of any file, eight bytes at a time
            while (i + Long.BYTES <= limit && ((long) EIGHT_BYTES.get(b, i) & 0x8080808080808080L) == 0) {
                i += Long.BYTES;
            }
            if (i >= limit) {
                break;
            }
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int length;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                if (c == 0xE0) {
                    lo = 0xA0; // no overlong forms
                } else if (c == 0xED) {
                    hi = 0x9F; // no surrogates
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F; // nothing above U+10FFFF
                }
            } else {
                return -1;
            }
            for (int k = 1; k < length; k++) {
                if (i + k >= limit) {
                    return i; // cut off: decided when the rest has been read
                }
                int t = b[i + k] & 0xFF;
                if (t < (k == 1 ? lo : 0x80) || t > (k == 1 ? hi : 0xBF)) {
                    return -1;
                }
            }
            i += length;
        }
        return i;
    }

    /** A reader over the stream in the given encoding, skipping a byte-order mark if there is one. */
    static Reader open(InputStream in, Charset charset) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(new BufferedInputStream(in, CHUNK), 3);
        byte[] head = pushback.readNBytes(isUtf16(charset) ? 2 : 3);
        boolean bom = head.length == 3 && isBom(head)
                || head.length == 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                        || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
        if (!bom) {
            pushback.unread(head);
        }
        return new InputStreamReader(pushback, charset);
    }

    /**
     * The file as a stream of bytes the byte-level CSV reader can read: the file itself, or for UTF-16 the file
     * re-encoded as UTF-8 on the fly (then read it as UTF-8).
     */
    public static InputStream bytesFor(Path file, Charset charset) throws IOException {
        if (!isUtf16(charset)) {
            return Files.newInputStream(file);
        }
        return org.apache.commons.io.input.ReaderInputStream.builder()
                .setReader(open(Files.newInputStream(file), charset)).setCharset(StandardCharsets.UTF_8).get();
    }

    /** The encoding to read {@link #bytesFor}'s stream in. */
    public static Charset bytesCharset(Charset charset) {
        return isUtf16(charset) ? StandardCharsets.UTF_8 : charset;
    }

    private static boolean isBom(byte[] b) {
        return (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
