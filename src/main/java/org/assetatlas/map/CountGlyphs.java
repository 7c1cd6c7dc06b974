package org.assetatlas.map;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;

/**
 * The characters of cluster counts ({@code 0-9}, {@code k}, {@code .}) rasterised once as anti-aliased alpha masks,
 * so hundreds of counts per frame cost a few thousand pixel writes rather than as many text layouts. Immutable.
 */
final class CountGlyphs {

    private static final String CHARS = "0123456789k.";

    private final float[][] masks = new float[CHARS.length()][];
    private final int[] widths = new int[CHARS.length()];
    private final int height;

    CountGlyphs(double fontSize) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont((float) fontSize);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        TextLayout probe = new TextLayout("0k", font, frc);
        int ascent = (int) Math.ceil(probe.getAscent());
        height = ascent + (int) Math.ceil(probe.getDescent());
        for (int c = 0; c < CHARS.length(); c++) {
            TextLayout layout = new TextLayout(CHARS.substring(c, c + 1), font, frc);
            int w = Math.max(1, (int) Math.ceil(layout.getAdvance()));
            BufferedImage img = new BufferedImage(w, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            layout.draw(g, 0, ascent);
            g.dispose();
            float[] mask = new float[w * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < w; x++) {
                    mask[y * w + x] = (img.getRGB(x, y) >>> 24) / 255f;
                }
            }
            masks[c] = mask;
            widths[c] = w;
        }
    }

    /** A count as shown on a cluster: 7, 412, 1.2k, 35k. */
    static String format(int count) {
        if (count < 1000) {
            return Integer.toString(count);
        }
        if (count < 10_000) {
            int tenths = (int) Math.round(count / 100.0);
            return tenths % 10 == 0 ? tenths / 10 + "k" : tenths / 10 + "." + tenths % 10 + "k";
        }
        return Math.round(count / 1000.0) + "k";
    }

    /** Width in pixels of a text made of the known characters. */
    int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = CHARS.indexOf(text.charAt(i));
            if (c >= 0) {
                w += widths[c];
            }
        }
        return w;
    }

    /** Draws the text centred on (x, y) in one colour. */
    void draw(PointRaster raster, String text, double x, double y, int argb) {
        int left = (int) Math.round(x - width(text) / 2.0);
        int top = (int) Math.round(y - height / 2.0);
        for (int i = 0; i < text.length(); i++) {
            int c = CHARS.indexOf(text.charAt(i));
            if (c < 0) {
                continue;
            }
            raster.stampMask(left, top, masks[c], widths[c], height, argb);
            left += widths[c];
        }
    }
}
