package org.assetatlas.util;

/**
 * The one rule for text cells written to files a spreadsheet may open (CSV, XLSX): a cell that a spreadsheet would
 * take for a formula is guarded, so that opening an export can never run what someone typed into a record (the
 * OWASP "CSV injection" advice).
 *
 * <p>A cell is formula-like when it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return, unless it is a plain number such as {@code -1.25} (a longitude): a number is not a formula and must stay
 * a number. In CSV a formula-like cell is written with a leading apostrophe, which is also how a spreadsheet user
 * types a literal {@code =}; XLSX writers keep the text and mark the cell "quote prefixed" instead.
 *
 * <p>Reading back, {@link #unguard} removes one apostrophe that stands before a formula character or before another
 * apostrophe. So that this is exact, {@link #guard} also adds an apostrophe to a value that already starts with an
 * apostrophe followed by one of those: for every value {@code v}, {@code unguard(guard(v)).equals(v)}. A file from
 * elsewhere whose cell is {@code '=x} reads as {@code =x}, as a spreadsheet shows it.
 */
public final class SpreadsheetCells {

    /** The character written before a formula-like cell in CSV. */
    public static final char GUARD = '\'';

    private SpreadsheetCells() {
    }

    /** Whether a spreadsheet could take the text for a formula. */
    public static boolean formulaLike(String text) {
        return text != null && !text.isEmpty() && formulaStart(text.charAt(0)) && !plainNumber(text);
    }

    /** The text to write to a CSV cell: guarded with an apostrophe when formula-like (see the class comment). */
    public static String guard(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (formulaLike(text) || guarded(text)) {
            return GUARD + text;
        }
        return text;
    }

    /** The value a CSV cell stands for: one guarding apostrophe removed, when there is one. */
    public static String unguard(String cell) {
        return cell != null && guarded(cell) ? cell.substring(1) : cell;
    }

    /** Every cell of a record unguarded ({@link #unguard}), in place; returns the record. */
    public static String[] unguardAll(String[] record) {
        for (int i = 0; i < record.length; i++) {
            record[i] = unguard(record[i]);
        }
        return record;
    }

    /** Whether the text starts with an apostrophe that {@link #unguard} would remove. */
    private static boolean guarded(String s) {
        return s.length() >= 2 && s.charAt(0) == GUARD && (formulaStart(s.charAt(1)) || s.charAt(1) == GUARD);
    }

    private static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** {@code [+-]digits[.digits][e[+-]digits]}, with at least one digit. */
    private static boolean plainNumber(String s) {
        int i = 0;
        int n = s.length();
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }
}
