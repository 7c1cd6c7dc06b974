package org.assetatlas.map;

/**
 * Where basemap tiles come from: XYZ tiles (Web Mercator, 256 px, {@code y} counted from the north edge) as
 * encoded images (PNG or JPEG bytes). Implementations: a local MBTiles file (read in the store) and {@link
 * XyzTileSource} for a tile server with an on-disk cache.
 */
public interface TileSource extends AutoCloseable {

    /** The encoded image of a tile, or null when the source has none (or has none yet). */
    byte[] tile(int z, int x, int y);

    /** The smallest zoom with tiles. */
    int minZoom();

    /** The largest zoom with tiles. */
    int maxZoom();

    /** The attribution the tiles' licence asks for; shown whenever they are. */
    String attribution();

    /**
     * Asks for tiles ahead of drawing and waits up to {@code timeoutMillis} for them: for one-off images such as
     * an exported map. Sources that read local files need not do anything.
     */
    default void prefetch(int z, int x0, int y0, int x1, int y1, long timeoutMillis) {
    }

    /** Hears when tiles that were missing have arrived, so the map can be drawn again. */
    default void setListener(Runnable onTiles) {
    }

    @Override
    default void close() {
    }
}
