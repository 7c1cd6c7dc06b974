package org.assetatlas.model;

/**
 * Where an asset's location came from: given precisely (typed, imported as coordinates or clicked on the map), or
 * taken from the centroid of its postcode in the project's postcode table. A location from the postcode is only as
 * good as the postcode, so a precise one replaces it and a changed postcode moves it.
 */
public enum LocationSource implements Labelled {
    GIVEN("Given"),
    POSTCODE("Postcode");

    private final String label;

    LocationSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
