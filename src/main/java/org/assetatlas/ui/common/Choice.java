package org.assetatlas.ui.common;

/**
 * One entry of a choice box: a value (null for "All" or "automatic") and the text shown for it.
 *
 * @param value    what choosing it means; null for the catch-all entry
 * @param label    the text shown
 * @param indented whether it is shown as a sub-item (e.g. a ward under the neighbourhoods)
 */
public record Choice<T>(T value, String label, boolean indented) {

    public static <T> Choice<T> of(T value, String label) {
        return new Choice<>(value, label, false);
    }

    /** The catch-all entry, e.g. "All domains". */
    public static <T> Choice<T> none(String label) {
        return new Choice<>(null, label, false);
    }

    @Override
    public String toString() {
        return label;
    }
}
