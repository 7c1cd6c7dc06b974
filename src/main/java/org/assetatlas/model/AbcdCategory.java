package org.assetatlas.model;

/**
 * The Asset Based Community Development categories of community assets.
 *
 * <p>Each carries a map colour from the Okabe–Ito palette, which stays distinguishable for the common forms of
 * colour blindness.
 */
public enum AbcdCategory implements Labelled {
    INDIVIDUALS("Individuals", "individuals", 0xE69F00),
    ASSOCIATIONS("Associations", "associations", 0x0072B2),
    INSTITUTIONS("Institutions", "institutions", 0x009E73),
    PHYSICAL("Physical and place-based", "physical", 0x56B4E9),
    ECONOMIC("Economic", "economic", 0xD55E00),
    CULTURAL("Cultural", "cultural", 0xCC79A7),
    CONNECTIONS("Connections", "connections", 0x6A3D9A);

    private final String label;
    private final String code;
    private final int rgb;

    AbcdCategory(String label, String code, int rgb) {
        this.label = label;
        this.code = code;
        this.rgb = rgb;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String code() {
        return code;
    }

    /** The category's map colour as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }
}
