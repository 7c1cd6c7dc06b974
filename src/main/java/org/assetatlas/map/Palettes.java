package org.assetatlas.map;

/**
 * Colour schemes for choropleth maps that stay readable with the common forms of colour blindness and in
 * greyscale print: ColorBrewer's sequential ramps (Cynthia Brewer, Penn State; Apache License 2.0) and a 3 × 3
 * bivariate scheme after Joshua Stevens. Colours are {@code 0xAARRGGBB}.
 */
public final class Palettes {

    /** ColorBrewer YlOrRd, 9 classes: light yellow to dark red; for need (deprivation). */
    public static final int[] YL_OR_RD = {
        0xFFFFFFCC, 0xFFFFEDA0, 0xFFFED976, 0xFFFEB24C, 0xFFFD8D3C, 0xFFFC4E2A, 0xFFE31A1C, 0xFFBD0026, 0xFF800026,
    };
    /** ColorBrewer YlGnBu, 9 classes: light yellow to dark blue; for supply (assets). */
    public static final int[] YL_GN_BU = {
        0xFFFFFFD9, 0xFFEDF8B1, 0xFFC7E9B4, 0xFF7FCDBB, 0xFF41B6C4, 0xFF1D91C0, 0xFF225EA8, 0xFF253494, 0xFF081D58,
    };
    /**
     * The 3 × 3 bivariate scheme, indexed {@code [supply][need]}: grey where both are low, reds as need rises with
     * thin supply, blues as supply rises with low need, dark where both are high.
     */
    public static final int[][] BIVARIATE = {
        {0xFFE8E8E8, 0xFFE4ACAC, 0xFFC85A5A},
        {0xFFB0D5DF, 0xFFAD9EA5, 0xFF985356},
        {0xFF64ACBE, 0xFF627F8C, 0xFF574249},
    };
    /** Areas with no value: a neutral light grey that no ramp uses. */
    public static final int NO_DATA = 0xFFD4D4D4;

    private Palettes() {
    }

    /**
     * {@code k} colours from light to dark along a ramp: the ramp's own colours when {@code k} divides it evenly,
     * else interpolated between its neighbouring colours. The lightest stop is skipped for fewer than five classes,
     * where it would be hard to tell from the background.
     */
    public static int[] ramp(int[] stops, int k) {
        if (k <= 0) {
            return new int[0];
        }
        double first = k < 5 ? 1 : 0;
        double last = stops.length - 1;
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            double t = k == 1 ? (first + last) / 2 : first + (last - first) * i / (k - 1);
            int lo = (int) Math.floor(t);
            int hi = Math.min(stops.length - 1, lo + 1);
            out[i] = mix(stops[lo], stops[hi], t - lo);
        }
        return out;
    }

    /** A ramp in reverse order (dark first). */
    public static int[] reversed(int[] colours) {
        int[] r = new int[colours.length];
        for (int i = 0; i < colours.length; i++) {
            r[i] = colours[colours.length - 1 - i];
        }
        return r;
    }

    static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }
}
