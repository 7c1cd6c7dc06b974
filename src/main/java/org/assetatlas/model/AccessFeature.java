package org.assetatlas.model;

/** An accessibility feature an asset offers. */
public enum AccessFeature implements Labelled {
    STEP_FREE("Step-free"),
    HEARING_LOOP("Hearing loop"),
    BSL("BSL"),
    EASY_READ("Easy read"),
    LEARNING_DISABILITY_FRIENDLY("Learning disability friendly"),
    PARKING("Parking"),
    NEAR_BUS_STOP("Near bus stop"),
    ACCESSIBLE_TOILET("Accessible toilet"),
    DEMENTIA_FRIENDLY("Dementia friendly"),
    LARGE_PRINT("Large print");

    private final String label;

    AccessFeature(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
