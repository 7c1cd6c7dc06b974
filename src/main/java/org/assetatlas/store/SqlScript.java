package org.assetatlas.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration script into statements. A statement ends at a semicolon that closes a line, except inside a
 * {@code CREATE TRIGGER ... BEGIN ... END;} body, which ends at its {@code END;}. Lines starting with {@code --}
 * are comments.
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            if (current.length() == 0 && t.toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            current.append(line).append('\n');
            boolean ends = inTrigger ? t.equalsIgnoreCase("END;") : t.endsWith(";");
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
