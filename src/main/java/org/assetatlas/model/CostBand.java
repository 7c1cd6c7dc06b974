package org.assetatlas.model;

/** What using an asset costs a resident. */
public enum CostBand implements Labelled {
    FREE("Free"),
    LOW_COST("Low cost"),
    PAID("Paid"),
    UNKNOWN("Unknown");

    private final String label;

    CostBand(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
