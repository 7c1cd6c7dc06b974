package org.assetatlas.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-English reasons for CSV files the Commons CSV parser cannot read, for every reader that uses it: the
 * parser's own messages name its exception classes and talk of "encapsulated tokens".
 */
public final class CsvSyntax {

    private static final Pattern AT = Pattern.compile("line:? ?(\\d+), position:? ?(\\d+)");

    private CsvSyntax() {
    }

    /**
     * Why the file cannot be read, without class names: e.g. "a quoted value is followed by other text before the
     * next comma (a quote inside a quoted value must be doubled), at character 930 of the line".
     */
    public static String describe(RuntimeException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String raw = t.getMessage() == null ? "" : t.getMessage();
        String where = "";
        Matcher m = AT.matcher(raw);
        if (m.find()) {
            where = ", at character " + m.group(2) + " of line " + m.group(1);
        }
        if (raw.contains("between encapsulated token and delimiter")) {
            return "a quoted value is followed by other text before the next comma (a quote inside a quoted value "
                    + "must be doubled)" + where;
        }
        if (raw.contains("EOF reached before encapsulated token finished")) {
            return "a quote is opened and never closed" + where;
        }
        if (raw.contains("duplicate name") || raw.contains("header contains a duplicate")) {
            return "two columns have the same heading";
        }
        String plain = raw.replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error)\\b:?\\s*", "").strip();
        return plain.isEmpty() ? "the file is not valid CSV" : plain;
    }
}
