package org.assetatlas.model;

/**
 * One field of a record that differs between two versions, as text to show: e.g. {@code Opening hours},
 * {@code Tue 10:00-12:00}, {@code Tue 10:00-13:00}. Empty text where the field had no value (or, for a resident's
 * voice, where its value is not kept).
 */
public record FieldChange(String field, String before, String after) {
}
