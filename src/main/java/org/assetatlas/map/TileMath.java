package org.assetatlas.map;

/**
 * XYZ tile arithmetic in normalised Web Mercator ({@link MapViewport}): at zoom {@code z} the world is
 * {@code 2^z × 2^z} tiles, tile {@code (0, 0)} at the north-west corner. MBTiles files count rows from the south
 * (the TMS scheme): {@link #tmsRow} converts.
 */
public final class TileMath {

    private TileMath() {
    }

    /** Tiles along one side of the world at a zoom. */
    public static int tilesPerSide(int z) {
        return 1 << z;
    }

    /** The tile column holding a normalised Mercator x (clamped to the world). */
    public static int tileX(double mercatorX, int z) {
        int n = tilesPerSide(z);
        return Math.max(0, Math.min(n - 1, (int) Math.floor(mercatorX * n)));
    }

    /** The tile row holding a normalised Mercator y (clamped to the world). */
    public static int tileY(double mercatorY, int z) {
        return tileX(mercatorY, z);
    }

    /** The tile column holding a longitude. */
    public static int tileXOfLon(double lon, int z) {
        return tileX(MapViewport.mercatorX(lon), z);
    }

    /** The tile row holding a latitude. */
    public static int tileYOfLat(double lat, int z) {
        return tileY(MapViewport.mercatorY(lat), z);
    }

    /** The row of a tile in the TMS scheme of MBTiles (rows counted from the south), and back. */
    public static int tmsRow(int y, int z) {
        return tilesPerSide(z) - 1 - y;
    }

    /** The normalised Mercator x of a tile column's west edge. */
    public static double west(int x, int z) {
        return (double) x / tilesPerSide(z);
    }

    /** The normalised Mercator y of a tile row's north edge. */
    public static double north(int y, int z) {
        return (double) y / tilesPerSide(z);
    }

    /** The whole zoom level of tiles to draw for a continuous zoom, within a source's range. */
    public static int zoomFor(double zoom, int min, int max) {
        return Math.max(min, Math.min(max, (int) Math.round(zoom)));
    }
}
