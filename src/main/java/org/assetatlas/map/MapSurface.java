package org.assetatlas.map;

import java.util.List;

/**
 * The small drawing API the {@link MapRenderer} needs; implemented on a JavaFX canvas by the user interface and on
 * a {@link java.awt.image.BufferedImage} by {@link ImageSurface}.
 *
 * <p>All coordinates are screen pixels, origin top left. A path is a list of polylines, each an array of
 * interleaved coordinates {@code x0, y0, x1, y1, …}; filled paths use the even-odd rule, so a polygon's holes are
 * simply further rings. Colours are {@code 0xAARRGGBB}; an alpha of 0 draws nothing.
 */
public interface MapSurface {

    /** How text is placed relative to its anchor point. */
    enum TextAnchor {
        /** The text's centre is at the anchor. */
        CENTRE,
        /** The text starts at the anchor and is centred vertically on it. */
        LEFT
    }

    /** Width of the surface in pixels. */
    double width();

    /** Height of the surface in pixels. */
    double height();

    /** Fills the whole surface with one colour, replacing what was there. */
    void clear(int argb);

    /** Fills closed rings with the even-odd rule. */
    void fillPath(List<double[]> rings, int argb);

    /**
     * Strokes polylines with round joins and caps.
     *
     * @param closed whether each polyline is a ring whose last point joins its first
     */
    void strokePath(List<double[]> lines, boolean closed, int argb, double lineWidth);

    /**
     * Draws a buffer of premultiplied ARGB pixels, {@code width} × {@code height}, over the surface at its origin
     * (source-over). Used for the point layer, which is rasterised by the renderer itself.
     */
    void drawPixels(int[] premultipliedArgb, int width, int height);

    /**
     * Draws a buffer of fully opaque pixels, {@code width} × {@code height}, covering the surface from its origin:
     * a finished frame. Surfaces may copy it rather than blend it; by default it is {@link #drawPixels}.
     */
    default void drawOpaquePixels(int[] argb, int width, int height) {
        drawPixels(argb, width, height);
    }

    void fillCircle(double cx, double cy, double radius, int argb);

    void strokeCircle(double cx, double cy, double radius, int argb, double lineWidth);

    /**
     * Draws one line of text with a halo (an outline in {@code haloArgb} of {@code haloWidth} pixels under the
     * glyphs) so it stays readable over lines and fills.
     */
    void text(String text, double x, double y, double fontSize, boolean bold, int argb, int haloArgb,
              double haloWidth, TextAnchor anchor);

    /** Approximate width in pixels of a line of text, for deciding whether a label fits. */
    double textWidth(String text, double fontSize, boolean bold);

    /**
     * Sets the opacity ({@code 0..1}) that everything drawn from now on is multiplied by, until it is set again; the
     * renderer uses it for a layer's opacity. 1 by default.
     */
    void setOpacity(double opacity);

    /** Limits drawing to a rectangle until {@link #resetClip()}; surfaces may ignore it. */
    default void clip(double x, double y, double w, double h) {
    }

    /** Removes the clip set by {@link #clip}. */
    default void resetClip() {
    }
}
