package org.assetatlas.model;

/** The kind of source a piece of evidence comes from. */
public enum EvidenceType implements Labelled {
    INTERVIEW("Interview"),
    FOCUS_GROUP("Focus group"),
    SURVEY("Survey"),
    PUBLIC_DATA("Public data"),
    LOCAL_PLAN("Local plan or strategy"),
    COMMUNITY_GROUP("Community group"),
    PARTNER_FEEDBACK("Partner feedback"),
    OTHER("Other");

    private final String label;

    EvidenceType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
