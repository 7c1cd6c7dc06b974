package org.assetatlas.model;

/** How a resident gets to use an asset. */
public enum ReferralRoute implements Labelled {
    SELF("Self"),
    PROFESSIONAL("Professional"),
    EITHER("Either");

    private final String label;

    ReferralRoute(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
