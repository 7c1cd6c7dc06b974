package org.assetatlas.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Output that never sends control characters to the terminal: values quoted from a user's file (a name, a rejected
 * cell) may hold escape sequences or other bytes that would move the cursor, change colours or retitle the window.
 * Tab and line breaks are kept; every other C0 or C1 control character (and DEL) is shown as U+FFFD.
 */
final class TerminalText extends FilterWriter {

    private TerminalText(Writer out) {
        super(out);
    }

    static PrintWriter printable(PrintWriter out) {
        return new PrintWriter(new TerminalText(out), true);
    }

    static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }

    @Override
    public void write(int c) throws IOException {
        out.write(isControl(c) ? '\uFFFD' : c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        char[] copy = null;
        for (int i = 0; i < len; i++) {
            if (isControl(cbuf[off + i])) {
                if (copy == null) {
                    copy = new char[len];
                    System.arraycopy(cbuf, off, copy, 0, len);
                }
                copy[i] = '\uFFFD';
            }
        }
        out.write(copy == null ? cbuf : copy, copy == null ? off : 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }
}
