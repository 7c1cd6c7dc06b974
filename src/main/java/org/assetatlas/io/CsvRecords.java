package org.assetatlas.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records of an RFC 4180 CSV file (comma-separated, {@code "}-quoted, doubled quotes inside quotes), read
 * straight from the file's bytes: each value is found in the bytes and decoded on its own, so the text is decoded
 * once and no character stream sits in between. This works for UTF-8 and Windows-1252 alike, because in both the
 * bytes of {@code ,}, {@code "}, CR and LF never occur inside another character.
 *
 * <p>Values are trimmed of leading and trailing characters up to U+0020, as {@link String#trim()} does, except that
 * a tab or carriage return directly before {@code =}, {@code +}, {@code -} or {@code @} is kept: it is how some
 * tools stop a spreadsheet from taking the value for a formula, and so part of the value. A quote
 * opens a quoted value only as the first character of the value, elsewhere it is an ordinary character; white space
 * between a closing quote and the next comma or line end is ignored. An empty line is a record with one empty value.
 * A line break is LF, CR LF or a lone CR, inside quoted values too, and each counts as one physical line.
 *
 * <p>Not thread-safe.
 */
final class CsvRecords implements Closeable {

    private static final int INITIAL_BUFFER = 256 * 1024;
    /** No real record comes near this; a longer one means a quote left open. */
    private static final int MAX_RECORD = 64 * 1024 * 1024;
    private static final String[] NO_VALUES = new String[0];

    private final InputStream in;
    private final Charset charset;
    private final boolean utf8;
    private byte[] buf = new byte[INITIAL_BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    /** Bytes of the file before {@code buf[0]}. */
    private long consumedBefore;
    /** The physical line on which the next record starts. */
    private long line = 1;
    private long recordLine;
    private String[] values = new String[64];
    private int count;
    private byte[] unescaped = new byte[256];
    private long endLine;

    /** A reader over the stream (which it closes) in the given encoding, skipping a UTF-8 byte-order mark. */
    CsvRecords(InputStream in, Charset charset) throws IOException {
        this.in = in;
        this.charset = charset;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        fill();
        while (limit < 3 && !eof) {
            fill();
        }
        if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
    }

    /**
     * The values of the next record, or null at the end of the file.
     *
     * @throws AssetImportException when the file is not valid CSV from here on (a quote never closed, or text after
     *                              a closing quote)
     */
    String[] next() throws IOException {
        while (true) {
            if (pos == limit) {
                if (eof) {
                    return null;
                }
                refill();
                continue;
            }
            int end = parse(pos);
            if (end >= 0) {
                pos = end;
                recordLine = line;
                line = endLine;
                return count == 0 ? NO_VALUES : Arrays.copyOf(values, count);
            }
            refill();
        }
    }

    /** The physical line (from 1) on which the record last returned by {@link #next()} starts. */
    long line() {
        return recordLine;
    }

    /** The physical line on which the next record starts: one more than the lines of the records returned so far. */
    long nextLine() {
        return line;
    }

    /** Bytes of the file read up to the end of the record last returned (the byte-order mark included). */
    long position() {
        return consumedBefore + pos;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Parses the record starting at {@code start} into {@link #values}: the index just after it (after its line
     * break), or -1 when the buffer ends first and more of the file must be read. Sets {@link #endLine}.
     */
    private int parse(int start) throws AssetImportException {
        count = 0;
        long lines = line;
        int i = start;
        byte[] b = buf;
        int n = limit;
        while (true) {
            // one value, starting at i
            if (i < n && b[i] == '"') {
                long opened = lines;
                int contentStart = i + 1;
                int u = 0; // length in unescaped, when the value holds a doubled quote
                boolean escaped = false;
                int j = contentStart;
                int segment = contentStart;
                while (true) {
                    if (j >= n) {
                        if (eof) {
                            throw new AssetImportException("a quoted value that starts on line " + opened
                                    + " is never closed");
                        }
                        return -1;
                    }
                    byte c = b[j];
                    if (c == '"') {
                        if (j + 1 >= n && !eof) {
                            return -1;
                        }
                        if (j + 1 < n && b[j + 1] == '"') {
                            u = appendUnescaped(u, segment, j + 1);
                            escaped = true;
                            j += 2;
                            segment = j;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        lines++;
                    } else if (c == '\r') {
                        if (j + 1 >= n && !eof) {
                            return -1;
                        }
                        if (j + 1 >= n || b[j + 1] != '\n') {
                            lines++;
                        }
                    }
                    j++;
                }
                // b[j] is the closing quote
                String value;
                if (escaped) {
                    u = appendUnescaped(u, segment, j);
                    value = text(unescaped, 0, u);
                } else {
                    value = text(b, contentStart, j - contentStart);
                }
                add(value);
                i = j + 1;
                int junk = i;
                while (i < n && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
                    i++;
                }
                if (i >= n && !eof) {
                    return -1;
                }
                if (i > junk && !blank(b, junk, i)) {
                    throw new AssetImportException("there is text after the closing quote of a value on line " + lines);
                }
            } else {
                int j = i;
                while (j < n) {
                    byte c = b[j];
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    j++;
                }
                if (j >= n && !eof) {
                    return -1;
                }
                add(text(b, i, j - i));
                i = j;
            }
            // i is at a comma, a line break or the end of the file
            if (i >= n) {
                endLine = lines;
                return i;
            }
            byte c = b[i];
            if (c == ',') {
                i++;
                if (i >= n && !eof) {
                    return -1;
                }
                continue;
            }
            if (c == '\r') {
                if (i + 1 >= n && !eof) {
                    return -1;
                }
                i += i + 1 < n && b[i + 1] == '\n' ? 2 : 1;
            } else {
                i++;
            }
            endLine = lines + 1;
            return i;
        }
    }

    private int appendUnescaped(int u, int from, int to) {
        int len = to - from;
        if (u + len > unescaped.length) {
            unescaped = Arrays.copyOf(unescaped, Math.max(unescaped.length * 2, u + len));
        }
        System.arraycopy(buf, from, unescaped, u, len);
        return u + len;
    }

    private void add(String value) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = value;
    }

    /** The trimmed text of the bytes. */
    private String text(byte[] b, int from, int length) {
        int s = from;
        int e = from + length;
        while (s < e && (b[s] & 0xFF) <= ' ') {
            s++;
        }
        while (e > s && (b[e - 1] & 0xFF) <= ' ') {
            e--;
        }
        if (s == e) {
            return "";
        }
        if (s > from && (b[s - 1] == '\t' || b[s - 1] == '\r') && formulaStart(b[s])) {
            s--; // a tab or CR put before a formula to keep a spreadsheet from running it is part of the value
        }
        return utf8 ? new String(b, s, e - s, StandardCharsets.UTF_8) : new String(b, s, e - s, charset);
    }

    private static boolean formulaStart(byte c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    /** Whether the bytes are all white space (as {@link Character#isWhitespace} has it). */
    private boolean blank(byte[] b, int from, int to) {
        boolean ascii = true;
        for (int k = from; k < to; k++) {
            if (b[k] < 0) {
                ascii = false;
            } else if (!Character.isWhitespace((char) b[k])) {
                return false;
            }
        }
        if (ascii) {
            return true;
        }
        String s = new String(b, from, to - from, charset);
        return s.codePoints().allMatch(Character::isWhitespace);
    }

    /** Keeps the unread bytes, moved to the front of the buffer (grown if they fill it), and reads more after them. */
    private void refill() throws IOException {
        int kept = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, kept);
            consumedBefore += pos;
            pos = 0;
            limit = kept;
        } else if (limit == buf.length) {
            if (buf.length >= MAX_RECORD) {
                throw new AssetImportException("the record that starts on line " + line + " is longer than "
                        + MAX_RECORD / (1024 * 1024) + " MB (is a quote never closed?)");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        fill();
    }

    private void fill() throws IOException {
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }
}
