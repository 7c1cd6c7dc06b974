package org.assetatlas.model;

/**
 * One domain of the project's health-and-wellbeing framework, e.g. "Age Well".
 *
 * @param name       the domain's name, unique within the framework
 * @param definition a one-line definition
 * @param retired    true when the partnership no longer uses the domain: it is left out of pick lists and new
 *                   tagging, but what is already tagged with it keeps it and reports still count it
 */
public record Domain(String name, String definition, boolean retired) {
    public Domain {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A domain needs a name");
        }
        name = name.strip();
        definition = definition == null ? "" : definition.strip();
    }

    /** A domain in use (not retired). */
    public Domain(String name, String definition) {
        this(name, definition, false);
    }

    /** The same domain, retired or in use again. */
    public Domain withRetired(boolean r) {
        return new Domain(name, definition, r);
    }
}
