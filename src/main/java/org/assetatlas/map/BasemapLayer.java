package org.assetatlas.map;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;

/**
 * A basemap of raster tiles from a {@link TileSource}, drawn under everything else (off unless the user chooses
 * a basemap). Tiles of the nearest whole zoom are resampled onto the screen (nearest pixel) into one pixel buffer.
 * Tiles missing from the source leave the background showing; the map works the same without them. Static: cached
 * by the renderer; {@link #version()} changes when tiles arrive.
 */
public final class BasemapLayer implements MapLayer {

    /** The layer id. */
    public static final String ID = "basemap";
    private static final int DECODED_TILES = 256;

    private final TileSource source;
    private final Map<Long, int[]> decoded = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, int[]> eldest) {
            return size() > DECODED_TILES;
        }
    };
    private volatile long version;
    private volatile Runnable onTiles = () -> { };
    private int[] buffer = new int[0];
    private int missing;

    public BasemapLayer(TileSource source) {
        this.source = source;
        source.setListener(() -> {
            version++;
            onTiles.run();
        });
    }

    /** Called (on the fetching thread) after tiles that were missing have arrived, e.g. to ask for a redraw. */
    public void setOnTiles(Runnable r) {
        onTiles = r == null ? () -> { } : r;
    }

    public TileSource source() {
        return source;
    }

    /** Tiles that the last frame lacked. */
    public int lastMissingTiles() {
        return missing;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Basemap";
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Envelope bounds() {
        return new Envelope();
    }

    /** Asks the source for this view's tiles and waits up to {@code timeoutMillis} (for exports). */
    public void prefetch(MapViewport v, long timeoutMillis) {
        int z = TileMath.zoomFor(v.zoom(), source.minZoom(), source.maxZoom());
        Envelope e = v.visibleMercator();
        source.prefetch(z, TileMath.tileX(e.getMinX(), z), TileMath.tileY(e.getMinY(), z),
                TileMath.tileX(e.getMaxX(), z), TileMath.tileY(e.getMaxY(), z), timeoutMillis);
    }

    @Override
    public void draw(MapSurface s, MapViewport v) {
        int w = (int) Math.ceil(v.width());
        int h = (int) Math.ceil(v.height());
        if (w <= 0 || h <= 0) {
            return;
        }
        if (buffer.length != w * h) {
            buffer = new int[w * h];
        } else {
            java.util.Arrays.fill(buffer, 0);
        }
        int z = TileMath.zoomFor(v.zoom(), source.minZoom(), source.maxZoom());
        double tileSizePx = v.scale() / TileMath.tilesPerSide(z);
        Envelope e = v.visibleMercator();
        int x0 = TileMath.tileX(e.getMinX(), z);
        int x1 = TileMath.tileX(e.getMaxX(), z);
        int y0 = TileMath.tileY(e.getMinY(), z);
        int y1 = TileMath.tileY(e.getMaxY(), z);
        missing = 0;
        boolean any = false;
        for (int ty = y0; ty <= y1; ty++) {
            for (int tx = x0; tx <= x1; tx++) {
                int[] px = tile(z, tx, ty);
                if (px == null) {
                    missing++;
                    continue;
                }
                any = true;
                double left = v.screenXOfMercator(TileMath.west(tx, z));
                double top = v.screenYOfMercator(TileMath.north(ty, z));
                int sx0 = Math.max(0, (int) Math.floor(left));
                int sy0 = Math.max(0, (int) Math.floor(top));
                int sx1 = Math.min(w, (int) Math.ceil(left + tileSizePx));
                int sy1 = Math.min(h, (int) Math.ceil(top + tileSizePx));
                double step = 256 / tileSizePx;
                for (int sy = sy0; sy < sy1; sy++) {
                    int py = (int) ((sy + 0.5 - top) * step);
                    if (py < 0 || py > 255) {
                        continue;
                    }
                    int row = sy * w;
                    for (int sx = sx0; sx < sx1; sx++) {
                        int pxx = (int) ((sx + 0.5 - left) * step);
                        if (pxx >= 0 && pxx <= 255) {
                            buffer[row + sx] = px[py * 256 + pxx];
                        }
                    }
                }
            }
        }
        if (any) {
            s.drawPixels(buffer, w, h);
        }
    }

    /** A tile's pixels, premultiplied ARGB 256 × 256, or null. */
    private int[] tile(int z, int x, int y) {
        long key = ((long) z << 58) | ((long) x << 29) | y;
        int[] px = decoded.get(key);
        if (px != null) {
            return px;
        }
        byte[] bytes = source.tile(z, x, y);
        if (bytes == null) {
            return null;
        }
        px = decode(bytes);
        if (px != null) {
            decoded.put(key, px);
        }
        return px;
    }

    static int[] decode(byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            if (img == null) {
                return null;
            }
            BufferedImage pre = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB_PRE);
            java.awt.Graphics2D g = pre.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, 0, 0, 256, 256, null);
            g.dispose();
            return ((java.awt.image.DataBufferInt) pre.getRaster().getDataBuffer()).getData();
        } catch (IOException | RuntimeException e) {
            return null; // a corrupt tile shows as a gap, never as an error
        }
    }
}
