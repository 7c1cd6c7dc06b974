package org.assetatlas.model;

/**
 * The one way things to check are added to an asset's {@link Asset#needsChecking()} note: each on its own line,
 * each once.
 */
public final class AssetChecks {

    private AssetChecks() {
    }

    /** The note with {@code what} added on a line of its own, unless it is there already. */
    public static String add(String note, String what) {
        if (what == null || what.isBlank()) {
            return note == null ? "" : note;
        }
        if (note == null || note.isBlank()) {
            return what.strip();
        }
        for (String line : note.split("\n")) {
            if (line.strip().equals(what.strip())) {
                return note;
            }
        }
        return note.strip() + "\n" + what.strip();
    }
}
