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
    private final Map<Integer, Donut> donuts = new HashMap<>();
    /** This raster when the buffer is its own; null while it draws into a buffer it was given. */
    private Object owner = this;

    /** Draws into someone else's buffer (premultiplied, row-major, {@code w × h}) from now on, without clearing it. */
    void attach(int[] buffer, int w, int h) {
        pixels = buffer;
        width = w;
        height = h;
        owner = null;
    }

    /**
     * A square of premultiplied pixels centred on its middle, with each row's first and last non-transparent column
     * so that stamping skips the empty corners.
     */
    record Sprite(int size, int[] argb, int[] rowFrom, int[] rowTo) {
    }

    /** Clears the buffer to transparent, resizing it when the view changed size. */
    void reset(int w, int h) {
        if (w * h != pixels.length || owner != this) {
            owner = this;
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

    /**
     * Coverage tables of a cluster symbol of one outer radius: a ring (the donut, split by class), a light disc
     * inside it for the count and a thin light edge outside, with each pixel's angle clockwise from twelve o'clock
     * as a fraction of a turn.
     */
    record Donut(int size, float[] ring, float[] inner, float[] edge, float[] turn) {
    }

    /** The cached donut tables for an outer radius (pixels, any fraction). */
    Donut donut(double radius) {
        int quarter = (int) Math.round(radius * 4);
        return donuts.computeIfAbsent(quarter, q -> makeDonut(q / 4.0));
    }

    private static Donut makeDonut(double r) {
        double inner = r * 0.56;
        double edge = 1.3;
        int half = (int) Math.ceil(r + edge);
        int size = 2 * half + 1;
        float[] ring = new float[size * size];
        float[] in = new float[size * size];
        float[] out = new float[size * size];
        float[] turn = new float[size * size];
        int samples = 4;
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                int ringN = 0;
                int inN = 0;
                int edgeN = 0;
                for (int sy = 0; sy < samples; sy++) {
                    for (int sx = 0; sx < samples; sx++) {
                        double dx = px - half + (sx + 0.5) / samples - 0.5;
                        double dy = py - half + (sy + 0.5) / samples - 0.5;
                        double d = Math.sqrt(dx * dx + dy * dy);
                        if (d < inner) {
                            inN++;
                        } else if (d < r) {
                            ringN++;
                        } else if (d < r + edge) {
                            edgeN++;
                        }
                    }
                }
                int k = py * size + px;
                ring[k] = ringN / (float) (samples * samples);
                in[k] = inN / (float) (samples * samples);
                out[k] = edgeN / (float) (samples * samples);
                double a = Math.atan2(px - half, -(py - half));
                turn[k] = (float) ((a < 0 ? a + 2 * Math.PI : a) / (2 * Math.PI));
            }
        }
        return new Donut(size, ring, in, out, turn);
    }

    /**
     * Stamps a cluster symbol centred on (x, y): the ring split into arcs in proportion to {@code counts} (in class
     * order, clockwise from twelve o'clock) in {@code colours} (0xAARRGGBB per class), the inner disc in
     * {@code innerArgb} and the edge in {@code edgeArgb}.
     */
    void stampDonut(double x, double y, Donut d, int[] counts, int[] colours, int innerArgb, int edgeArgb) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        if (total == 0) {
            return;
        }
        int classes = counts.length;
        float[] upTo = new float[classes];
        int[] full = new int[classes];
        int run = 0;
        for (int c = 0; c < classes; c++) {
            run += counts[c];
            upTo[c] = run / (float) total;
            full[c] = premultiply(colours[c], 1);
        }
        int fullInner = premultiply(innerArgb, 1);
        int size = d.size();
        int half = size / 2;
        int x0 = (int) Math.round(x) - half;
        int y0 = (int) Math.round(y) - half;
        float[] ringCover = d.ring();
        float[] innerCover = d.inner();
        float[] edgeCover = d.edge();
        float[] turns = d.turn();
        int[] dst = pixels;
        for (int sy = Math.max(0, -y0); sy < size && y0 + sy < height; sy++) {
            int row = (y0 + sy) * width + x0;
            for (int sx = Math.max(0, -x0); sx < size && x0 + sx < width; sx++) {
                int k = sy * size + sx;
                float ring = ringCover[k];
                float inner = innerCover[k];
                float edge = edgeCover[k];
                int p;
                if (inner == 1f) {
                    p = fullInner;
                } else if (ring == 0 && inner == 0 && edge == 0) {
                    continue;
                } else {
                    int cls = 0;
                    if (ring > 0) {
                        float t = turns[k];
                        while (cls < classes - 1 && (t >= upTo[cls] || counts[cls] == 0)) {
                            cls++;
                        }
                    }
                    if (ring == 1f) {
                        p = full[cls];
                    } else {
                        p = 0;
                        if (inner > 0) {
                            p = premultiply(innerArgb, inner);
                        }
                        if (ring > 0) {
                            p = add(p, premultiply(colours[cls], ring));
                        }
                        if (edge > 0) {
                            p = add(p, premultiply(edgeArgb, edge));
                        }
                    }
                }
                int i = row + sx;
                dst[i] = (p >>> 24) == 255 ? p : over(p, dst[i]);
            }
        }
    }

    /** Sum of two premultiplied pixels covering disjoint parts of a pixel (clamped). */
    private static int add(int a, int b) {
        int al = Math.min(255, (a >>> 24) + (b >>> 24));
        int r = Math.min(255, ((a >> 16) & 0xFF) + ((b >> 16) & 0xFF));
        int g = Math.min(255, ((a >> 8) & 0xFF) + ((b >> 8) & 0xFF));
        int bl = Math.min(255, (a & 0xFF) + (b & 0xFF));
        return al << 24 | r << 16 | g << 8 | bl;
    }

    /**
     * Stamps an alpha mask ({@code w × h} coverages 0..1) in one colour with its top left at (x, y): for text
     * whose glyphs were rasterised once.
     */
    void stampMask(int x, int y, float[] mask, int w, int h, int argb) {
        int full = premultiply(argb, 1);
        boolean opaque = argb >>> 24 == 255;
        for (int my = Math.max(0, -y); my < h && y + my < height; my++) {
            for (int mx = Math.max(0, -x); mx < w && x + mx < width; mx++) {
                float a = mask[my * w + mx];
                if (a > 0) {
                    int i = (y + my) * width + x + mx;
                    pixels[i] = a >= 1f && opaque ? full : over(a >= 1f ? full : premultiply(argb, a), pixels[i]);
                }
            }
        }
    }
}
