package org.assetatlas.model;

/** What sort of thing an asset is. */
public enum AssetKind implements Labelled {
    GROUP("Group"),
    VENUE("Venue"),
    SERVICE("Service"),
    INDIVIDUAL("Individual"),
    PLACE("Place"),
    BUSINESS("Business"),
    EVENT("Event"),
    ORGANISATION("Organisation"),
    ONLINE("Online");

    private final String label;

    AssetKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
