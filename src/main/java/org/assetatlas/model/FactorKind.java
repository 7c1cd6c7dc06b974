package org.assetatlas.model;

/** Whether a factor helps people reach what their community offers (an enabler) or stops them (a barrier). */
public enum FactorKind implements Labelled {
    BARRIER("Barrier"),
    ENABLER("Enabler");

    private final String label;

    FactorKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
