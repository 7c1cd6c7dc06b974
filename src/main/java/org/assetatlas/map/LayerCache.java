package org.assetatlas.map;

import java.util.List;

/**
 * The pixels of a run of consecutive {@link MapLayer.Caching#STATIC} layers, drawn once for a zoom level into an
 * image {@link #MARGIN} pixels larger than the frame on every side, and composited into each frame shifted by whole
 * pixels while the map pans within the margin. Any change of a layer's version, visibility or opacity, of the zoom or
 * of the frame size draws it again. While zooming interactively, an image from a zoom up to one level away may be
 * resampled instead (nearest pixel) until the caller asks for an exact frame. Not thread-safe.
 */
final class LayerCache {

    /** Extra pixels drawn round the frame so small pans reuse the image. */
    static final int MARGIN = 160;

    private ImageSurface image;
    private int[] pixels;
    private int width;
    private int height;
    private double zoom = Double.NaN;
    private long originX;
    private long originY;
    private String key;
    private int redraws;
    /** Per row of the image: first and last-plus-one column with any pixel, and whether every pixel is opaque. */
    private int[] rowFrom = new int[0];
    private int[] rowTo = new int[0];
    private boolean[] rowOpaque = new boolean[0];

    /** How many times the image was drawn afresh. */
    int redraws() {
        return redraws;
    }

    /**
     * Composites the run into a frame for a viewport.
     *
     * @param allowScaled whether an image of another zoom may be resampled rather than drawn afresh
     * @return true when the frame is exact, false when it was resampled from another zoom
     */
    boolean composite(int[] frame, int fw, int fh, MapViewport v, List<LayerStack.Entry> run, boolean allowScaled) {
        String k = key(run, fw, fh);
        double scale = v.scale();
        double fx = v.centreX() * scale - fw / 2.0;
        double fy = v.centreY() * scale - fh / 2.0;
        if (k.equals(key) && v.zoom() == zoom) {
            long dx = Math.round(fx) - originX;
            long dy = Math.round(fy) - originY;
            if (dx >= 0 && dy >= 0 && dx + fw <= width && dy + fh <= height) {
                blit(frame, fw, fh, (int) dx, (int) dy);
                return true;
            }
        }
        if (allowScaled && k.equals(key) && Math.abs(v.zoom() - zoom) <= 1.0) {
            resample(frame, fw, fh, v);
            return false;
        }
        draw(v, fw, fh, run, k);
        blit(frame, fw, fh, (int) (Math.round(fx) - originX), (int) (Math.round(fy) - originY));
        return true;
    }

    private void draw(MapViewport v, int fw, int fh, List<LayerStack.Entry> run, String k) {
        int w = fw + 2 * MARGIN;
        int h = fh + 2 * MARGIN;
        if (image == null || width != w || height != h) {
            if (image != null) {
                image.dispose();
            }
            image = ImageSurface.premultiplied(w, h);
            pixels = image.directPixels();
            width = w;
            height = h;
        }
        double scale = v.scale();
        originX = Math.round(v.centreX() * scale - fw / 2.0) - MARGIN;
        originY = Math.round(v.centreY() * scale - fh / 2.0) - MARGIN;
        MapViewport cv = new MapViewport((originX + w / 2.0) / scale, (originY + h / 2.0) / scale, v.zoom(), w, h);
        image.clear(0);
        for (LayerStack.Entry e : run) {
            image.setOpacity(e.opacity());
            e.layer().draw(image, cv);
        }
        image.setOpacity(1);
        scanRows();
        zoom = v.zoom();
        key = k;
        redraws++;
    }

    private void scanRows() {
        if (rowFrom.length != height) {
            rowFrom = new int[height];
            rowTo = new int[height];
            rowOpaque = new boolean[height];
        }
        for (int y = 0; y < height; y++) {
            int base = y * width;
            int from = width;
            int to = 0;
            boolean opaque = true;
            for (int x = 0; x < width; x++) {
                int a = pixels[base + x] >>> 24;
                if (a != 0) {
                    if (from == width) {
                        from = x;
                    }
                    to = x + 1;
                }
                opaque &= a == 255;
            }
            rowFrom[y] = from;
            rowTo[y] = to;
            rowOpaque[y] = opaque;
        }
    }

    private void blit(int[] frame, int fw, int fh, int dx, int dy) {
        int[] src = pixels;
        for (int y = 0; y < fh; y++) {
            int sy = y + dy;
            int s = sy * width + dx;
            int d = y * fw;
            if (rowOpaque[sy]) {
                System.arraycopy(src, s, frame, d, fw);
                continue;
            }
            int from = Math.max(0, rowFrom[sy] - dx);
            int to = Math.min(fw, rowTo[sy] - dx);
            for (int x = from; x < to; x++) {
                int p = src[s + x];
                int a = p >>> 24;
                if (a == 255) {
                    frame[d + x] = p;
                } else if (a != 0) {
                    frame[d + x] = PointRaster.over(p, frame[d + x]);
                }
            }
        }
    }

    private void resample(int[] frame, int fw, int fh, MapViewport v) {
        double ratio = Math.pow(2, zoom - v.zoom());
        double scale = v.scale();
        double fx = v.centreX() * scale - fw / 2.0;
        double fy = v.centreY() * scale - fh / 2.0;
        int[] col = new int[fw];
        for (int x = 0; x < fw; x++) {
            long c = (long) Math.floor((fx + x + 0.5) * ratio) - originX;
            col[x] = c < 0 || c >= width ? -1 : (int) c;
        }
        int[] src = pixels;
        for (int y = 0; y < fh; y++) {
            long r = (long) Math.floor((fy + y + 0.5) * ratio) - originY;
            if (r < 0 || r >= height) {
                continue;
            }
            int s = (int) r * width;
            int d = y * fw;
            for (int x = 0; x < fw; x++) {
                int c = col[x];
                if (c < 0) {
                    continue;
                }
                int p = src[s + c];
                int a = p >>> 24;
                if (a == 255) {
                    frame[d + x] = p;
                } else if (a != 0) {
                    frame[d + x] = PointRaster.over(p, frame[d + x]);
                }
            }
        }
    }

    private static String key(List<LayerStack.Entry> run, int fw, int fh) {
        StringBuilder b = new StringBuilder().append(fw).append('x').append(fh);
        for (LayerStack.Entry e : run) {
            b.append('|').append(e.layer().id()).append(':').append(e.layer().version()).append(':')
                    .append(e.opacity());
        }
        return b.toString();
    }

    /** Forgets the image (e.g. to measure a cold frame). */
    void clear() {
        key = null;
        zoom = Double.NaN;
    }
}
