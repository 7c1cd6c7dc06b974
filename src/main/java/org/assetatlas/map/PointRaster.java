package org.assetatlas.map;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A premultiplied ARGB pixel buffer that asset points are stamped into as small anti-aliased sprites, so that tens of
 * thousands of points cost a few million integer operations rather than as many shape fills.
 *
 * <p>Sprites (a filled disc with a thin ring) are made once per colour, ring and radius and cached. Blending is
 * source-over in premultiplied form. Not thread-safe.
 */
final class PointRaster {

    private int width;
    private int height;
    private int[] pixels = new int[0];
    private final Map<Long, Sprite> sprites = new HashMap<>();

    /**
     * A square of premultiplied pixels centred on its middle, with each row's first and last non-transparent column
     * so that stamping skips the empty corners.
     */
    record Sprite(int size, int[] argb, int[] rowFrom, int[] rowTo) {
    }

    /** Clears the buffer to transparent, resizing it when the view changed size. */
    void reset(int w, int h) {
        if (w * h != pixels.length) {
            pixels = new int[Math.max(0, w * h)];
        } else {
            Arrays.fill(pixels, 0);
        }
        width = w;
        height = h;
    }

    int[] pixels() {
        return pixels;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The cached sprite for a fill colour, ring colour and radius (pixels, any fraction). */
    Sprite sprite(int fillArgb, int ringArgb, double radius) {
        int quarter = (int) Math.round(radius * 4);
        long key = ((long) fillArgb << 32) ^ ((long) ringArgb * 31) ^ quarter;
        Sprite s = sprites.get(key);
        if (s == null) {
            if (sprites.size() > 512) {
                sprites.clear();
            }
            s = make(fillArgb, ringArgb, quarter / 4.0);
            sprites.put(key, s);
        }
        return s;
    }

    private static Sprite make(int fill, int ring, double r) {
        double ringWidth = 1.2;
        int half = (int) Math.ceil(r + ringWidth / 2);
        int size = 2 * half + 1;
        int[] out = new int[size * size];
        int samples = 4;
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                double fillCover = 0;
                double ringCover = 0;
                for (int sy = 0; sy < samples; sy++) {
                    for (int sx = 0; sx < samples; sx++) {
                        double dx = px - half + (sx + 0.5) / samples - 0.5;
                        double dy = py - half + (sy + 0.5) / samples - 0.5;
                        double d = Math.sqrt(dx * dx + dy * dy);
                        if (Math.abs(d - r) <= ringWidth / 2) {
                            ringCover++;
                        } else if (d < r) {
                            fillCover++;
                        }
                    }
                }
                fillCover /= samples * samples;
                ringCover /= samples * samples;
                // ring over fill, both scaled by their own alpha and the pixel's coverage
                int pixel = premultiply(fill, fillCover);
                pixel = over(premultiply(ring, ringCover), pixel);
                out[py * size + px] = pixel;
            }
        }
        int[] from = new int[size];
        int[] to = new int[size];
        for (int py = 0; py < size; py++) {
            int first = size;
            int last = -1;
            for (int px = 0; px < size; px++) {
                if (out[py * size + px] != 0) {
                    first = Math.min(first, px);
                    last = px;
                }
            }
            from[py] = first;
            to[py] = last + 1;
        }
        return new Sprite(size, out, from, to);
    }

    private static int premultiply(int argb, double coverage) {
        double a = ((argb >>> 24) / 255.0) * coverage;
        int ai = (int) Math.round(a * 255);
        int r = (int) Math.round(((argb >> 16) & 0xFF) * a);
        int g = (int) Math.round(((argb >> 8) & 0xFF) * a);
        int b = (int) Math.round((argb & 0xFF) * a);
        return ai << 24 | r << 16 | g << 8 | b;
    }

    /** Premultiplied source-over, with the division by 255 done as a rounded shift. */
    static int over(int src, int dst) {
        int sa = src >>> 24;
        if (sa == 255) {
            return src;
        }
        if (sa == 0) {
            return dst;
        }
        int inv = 255 - sa;
        int a = sa + div255((dst >>> 24) * inv);
        int r = ((src >> 16) & 0xFF) + div255(((dst >> 16) & 0xFF) * inv);
        int g = ((src >> 8) & 0xFF) + div255(((dst >> 8) & 0xFF) * inv);
        int b = (src & 0xFF) + div255((dst & 0xFF) * inv);
        return a << 24 | r << 16 | g << 8 | b;
    }

    /** x / 255 rounded, exact for 0 ≤ x ≤ 255 × 255. */
    private static int div255(int x) {
        x += 128;
        return (x + (x >> 8)) >> 8;
    }

    /** Stamps a sprite centred on (x, y), clipped to the buffer. */
    void stamp(double x, double y, Sprite s) {
        int size = s.size();
        int half = size / 2;
        int x0 = (int) Math.round(x) - half;
        int y0 = (int) Math.round(y) - half;
        int sxFrom = Math.max(0, -x0);
        int sxTo = Math.min(size, width - x0);
        int syFrom = Math.max(0, -y0);
        int syTo = Math.min(size, height - y0);
        if (sxFrom >= sxTo || syFrom >= syTo) {
            return;
        }
        int[] src = s.argb();
        int[] dst = pixels;
        for (int sy = syFrom; sy < syTo; sy++) {
            int d = (y0 + sy) * width + x0;
            int k = sy * size;
            int from = Math.max(sxFrom, s.rowFrom()[sy]);
            int to = Math.min(sxTo, s.rowTo()[sy]);
            for (int sx = from; sx < to; sx++) {
                int p = src[k + sx];
                int a = p >>> 24;
                if (a == 255) {
                    dst[d + sx] = p;
                } else if (a != 0) {
                    dst[d + sx] = over(p, dst[d + sx]);
                }
            }
        }
    }
}
