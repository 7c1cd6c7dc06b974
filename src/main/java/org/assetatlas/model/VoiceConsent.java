package org.assetatlas.model;

/**
 * What a resident agreed may be done with their words. The levels are ordered: each allows everything the one
 * before it allows.
 *
 * <ul>
 *   <li>{@link #NO}: kept as evidence for the team; never quoted, never exported, never in a report;</li>
 *   <li>{@link #QUOTE}: may be quoted in working documents and exports shared with partners, not published;</li>
 *   <li>{@link #PUBLISH}: may also be quoted in published reports.</li>
 * </ul>
 */
public enum VoiceConsent implements Labelled {
    NO("No"),
    QUOTE("May be quoted"),
    PUBLISH("May be published in reports");

    private final String label;

    VoiceConsent(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** What the level means, in plain words, for the person recording the voice. */
    public String explanation() {
        return switch (this) {
            case NO -> "The words stay with the team as evidence. They are never quoted, exported or put in any"
                    + " report. Choose this unless the speaker clearly agreed to more.";
            case QUOTE -> "The speaker agreed to be quoted in working papers and exports shared with partners, but"
                    + " not in anything published.";
            case PUBLISH -> "The speaker agreed to be quoted in published reports that anyone may read.";
        };
    }

    /** Whether this consent covers the other level. */
    public boolean allows(VoiceConsent needed) {
        return compareTo(needed) >= 0;
    }
}
