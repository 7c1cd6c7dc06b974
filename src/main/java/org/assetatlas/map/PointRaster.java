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
    private final Map<DonutKey, Donut> donuts = new HashMap<>();
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
        return spriteOf(out, size);
    }

    /** A sprite from a square of premultiplied pixels. */
    static Sprite spriteOf(int[] out, int size) {
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
        int a = (int) ((argb >>> 24) * coverage + 0.5);
        if (a <= 0) {
            return 0;
        }
        a = Math.min(255, a);
        int r = div255(((argb >> 16) & 0xFF) * a);
        int g = div255(((argb >> 8) & 0xFF) * a);
        int b = div255((argb & 0xFF) * a);
        return a << 24 | r << 16 | g << 8 | b;
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
    record Donut(int size, byte[] kind, int[] turn256, int[] ring16, int[] base, int innerArgb, int edgeArgb) {
    }

    private record DonutKey(int quarterRadius, int innerArgb, int edgeArgb) {
    }

    /** Pixel kinds of a donut: nothing, fully inside the inner disc, fully on the ring, anything else. */
    private static final byte EMPTY = 0;
    private static final byte INNER = 1;
    private static final byte RING = 2;
    private static final byte MIXED = 3;

    /** The cached donut tables for an outer radius (pixels, any fraction) and inner and edge colours. */
    Donut donut(double radius, int innerArgb, int edgeArgb) {
        int quarter = (int) Math.round(radius * 4);
        if (donuts.size() > 256) {
            donuts.clear();
        }
        return donuts.computeIfAbsent(new DonutKey(quarter, innerArgb, edgeArgb),
                k -> makeDonut(k.quarterRadius() / 4.0, innerArgb, edgeArgb));
    }

    private static Donut makeDonut(double r, int innerArgb, int edgeArgb) {
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
        byte[] kind = new byte[size * size];
        int[] turn256 = new int[size * size];
        int[] ring16 = new int[size * size];
        int[] base = new int[size * size];
        for (int k = 0; k < kind.length; k++) {
            ring16[k] = Math.round(ring[k] * 16);
            base[k] = add(premultiply(innerArgb, in[k]), premultiply(edgeArgb, out[k]));
            if (in[k] == 1f) {
                kind[k] = INNER;
            } else if (ring[k] == 1f) {
                kind[k] = RING;
            } else if (ring[k] == 0 && in[k] == 0 && out[k] == 0) {
                kind[k] = EMPTY;
            } else {
                kind[k] = MIXED;
            }
            turn256[k] = Math.min(255, (int) (turn[k] * 256));
        }
        return new Donut(size, kind, turn256, ring16, base, innerArgb, edgeArgb);
    }

    /**
     * Stamps a cluster symbol centred on (x, y): the ring split into arcs in proportion to {@code counts} (in class
     * order, clockwise from twelve o'clock) in {@code colours} (0xAARRGGBB per class), the inner disc in
     * {@code innerArgb} and the edge in {@code edgeArgb}.
     */
    void stampDonut(double x, double y, Donut d, int[] counts, int[] colours) {
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
        int fullInner = premultiply(d.innerArgb(), 1);
        // each class's colour at each sixteenth of coverage (the tables are 4 × 4 supersampled)
        int[] partial = new int[classes * 17];
        for (int c = 0; c < classes; c++) {
            if (counts[c] > 0) {
                for (int q = 0; q <= 16; q++) {
                    partial[c * 17 + q] = premultiply(colours[c], q / 16.0);
                }
            }
        }
        int[] ring16 = d.ring16();
        int[] base = d.base();
        // the class at each 256th of a turn, and its colour at full coverage
        int[] classAt = new int[256];
        int[] colourAt = new int[256];
        int cls = 0;
        for (int t = 0; t < 256; t++) {
            float f = (t + 0.5f) / 256f;
            while (cls < classes - 1 && (f >= upTo[cls] || counts[cls] == 0)) {
                cls++;
            }
            classAt[t] = cls;
            colourAt[t] = full[cls];
        }
        int size = d.size();
        int half = size / 2;
        int x0 = (int) Math.round(x) - half;
        int y0 = (int) Math.round(y) - half;
        byte[] kinds = d.kind();
        int[] turns = d.turn256();
        int[] dst = pixels;
        for (int sy = Math.max(0, -y0); sy < size && y0 + sy < height; sy++) {
            int row = (y0 + sy) * width + x0;
            int krow = sy * size;
            for (int sx = Math.max(0, -x0); sx < size && x0 + sx < width; sx++) {
                int k = krow + sx;
                byte kind = kinds[k];
                int p;
                if (kind == EMPTY) {
                    continue;
                } else if (kind == INNER) {
                    p = fullInner;
                } else if (kind == RING) {
                    p = colourAt[turns[k]];
                } else {
                    p = add(base[k], partial[classAt[turns[k]] * 17 + ring16[k]]);
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
