package org.assetatlas.model;

/** The kind of a recorded transport service. */
public enum TransportKind implements Labelled {
    HOPPER_BUS("Hopper bus"),
    COMMUNITY_TRANSPORT("Community transport"),
    DIAL_A_RIDE("Dial-a-ride"),
    BUS_ROUTE("Bus route");

    private final String label;

    TransportKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
