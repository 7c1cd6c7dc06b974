package org.assetatlas.model;

/** Whether an asset is running. */
public enum AssetStatus implements Labelled {
    ACTIVE("Active"),
    PAUSED("Paused"),
    CLOSED("Closed");

    private final String label;

    AssetStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
