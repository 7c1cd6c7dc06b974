package org.assetatlas.io.boundary;

/**
 * Something to tell the user about a read: a feature skipped or repaired, or a warning.
 *
 * @param featureNumber the feature it is about, counting from 1, or 0 when it is about the whole file
 * @param message       plain English, ready to show
 */
public record BoundaryNote(int featureNumber, String message) {

    /** A note about the whole file. */
    public static BoundaryNote file(String message) {
        return new BoundaryNote(0, message);
    }

    @Override
    public String toString() {
        return message;
    }
}
