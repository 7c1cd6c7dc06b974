package org.assetatlas.model;

/**
 * One domain of the project's health-and-wellbeing framework, e.g. "Age Well".
 *
 * @param name       the domain's name, unique within the framework
 * @param definition a one-line definition
 */
public record Domain(String name, String definition) {
    public Domain {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A domain needs a name");
        }
        name = name.strip();
        definition = definition == null ? "" : definition.strip();
    }
}
