package org.assetatlas.map;

import java.util.ArrayList;
import java.util.List;
import org.assetatlas.model.AbcdCategory;

/**
 * What an asset symbol's colour means: its ABCD category or its (first) health-and-wellbeing domain. Each point
 * falls in one class; clusters show the mix of classes.
 */
public enum Symbology {
    /** Colour by ABCD category (Okabe–Ito colours). */
    CATEGORY("ABCD category"),
    /** Colour by the asset's first domain; assets with no domain are grey. */
    DOMAIN("Domain");

    /** Colours given to domains in turn (Tableau 10, without grey); assets with no domain are {@link #NO_DOMAIN}. */
    private static final int[] DOMAIN_COLOURS = {
        0x4E79A7, 0xF28E2B, 0x59A14F, 0xE15759, 0x76B7B2, 0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F,
    };
    /** Colour of assets with no domain. */
    public static final int NO_DOMAIN = 0x9AA3AE;

    private final String label;

    Symbology(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Number of classes for these points. */
    public int classes(AssetPoints p) {
        return this == CATEGORY ? AbcdCategory.values().length : p.domains().size() + 1;
    }

    /** The class of the i-th point. */
    public int classOf(AssetPoints p, int i) {
        if (this == CATEGORY) {
            return p.category(i);
        }
        int d = p.domain(i);
        return d < 0 ? p.domains().size() : d;
    }

    /** The colour of a class as 0xRRGGBB. */
    public int rgb(AssetPoints p, int cls) {
        if (this == CATEGORY) {
            return AbcdCategory.values()[cls].rgb();
        }
        return cls >= p.domains().size() ? NO_DOMAIN : DOMAIN_COLOURS[cls % DOMAIN_COLOURS.length];
    }

    /** The name of a class. */
    public String className(AssetPoints p, int cls) {
        if (this == CATEGORY) {
            return AbcdCategory.values()[cls].label();
        }
        return cls >= p.domains().size() ? "No domain" : p.domains().get(cls);
    }

    /** The colour of the i-th point's class. */
    public int rgbOf(AssetPoints p, int i) {
        return rgb(p, classOf(p, i));
    }

    /** Class names with colours, for a legend. */
    public List<MapLayer.LegendItem> legend(AssetPoints p) {
        List<MapLayer.LegendItem> out = new ArrayList<>();
        for (int c = 0; c < classes(p); c++) {
            if (this == DOMAIN && c == p.domains().size() && !hasNoDomain(p)) {
                continue;
            }
            out.add(new MapLayer.LegendItem(className(p, c), 0xFF000000 | rgb(p, c), MapLayer.LegendItem.Shape.DOT));
        }
        return out;
    }

    private static boolean hasNoDomain(AssetPoints p) {
        for (int i = 0; i < p.size(); i++) {
            if (p.domain(i) < 0) {
                return true;
            }
        }
        return false;
    }
}
