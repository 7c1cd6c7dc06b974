package org.assetatlas.model;

/** The level of a geography, from the project's own neighbourhoods down to census areas. */
public enum AreaLevel implements Labelled {
    NEIGHBOURHOOD("Neighbourhood"),
    WARD("Ward"),
    MSOA("MSOA"),
    LSOA("LSOA"),
    DISTRICT("District"),
    OTHER("Other");

    private final String label;

    AreaLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
