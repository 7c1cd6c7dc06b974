package org.assetatlas.map;

import org.locationtech.jts.geom.Envelope;

/**
 * What part of the world a map shows: a Web Mercator view with a centre, a continuous zoom level and a size in
 * pixels.
 *
 * <p>Positions are kept in normalised Mercator coordinates ({@code 0..1} from west to east and from north to south),
 * the same space XYZ basemap tiles use: at zoom {@code z} the whole world is {@code 256 × 2^z} pixels wide, so tile
 * layers can be added without changing the projection. Immutable: every change returns a new viewport.
 *
 * <p>Limits: zoom is clamped to {@value #MIN_ZOOM}..{@value #MAX_ZOOM}; latitudes beyond ±85.0511° (the edge of the
 * Mercator square) are clamped; the map does not wrap around the antimeridian.
 *
 * @param centreX normalised Mercator x of the centre, 0 (180° W) .. 1 (180° E)
 * @param centreY normalised Mercator y of the centre, 0 (85.05° N) .. 1 (85.05° S)
 * @param zoom    continuous zoom level
 * @param width   width in pixels
 * @param height  height in pixels
 */
public record MapViewport(double centreX, double centreY, double zoom, double width, double height) {

    /** Smallest zoom: about a country on screen. */
    public static final double MIN_ZOOM = 3;
    /** Largest zoom: a few buildings on screen. */
    public static final double MAX_ZOOM = 19;
    /** Pixels per tile edge in the XYZ scheme. */
    public static final double TILE_SIZE = 256;
    /** The latitude at the top and bottom edges of the Web Mercator square. */
    public static final double MAX_LATITUDE = 85.0511287798066;
    /** Zoom used when fitting a single point or an empty box. */
    public static final double POINT_ZOOM = 16;

    public MapViewport {
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY) || !Double.isFinite(zoom)) {
            throw new IllegalArgumentException("Viewport centre and zoom must be finite numbers");
        }
        centreX = clamp(centreX, 0, 1);
        centreY = clamp(centreY, 0, 1);
        zoom = clamp(zoom, MIN_ZOOM, MAX_ZOOM);
        width = Math.max(0, width);
        height = Math.max(0, height);
    }

    /** A viewport centred on a WGS84 position. */
    public static MapViewport centredOn(double lon, double lat, double zoom, double width, double height) {
        return new MapViewport(mercatorX(lon), mercatorY(lat), zoom, width, height);
    }

    // ---- projection -------------------------------------------------------------------------------------------

    /** Normalised Mercator x of a longitude. */
    public static double mercatorX(double lon) {
        return (lon + 180.0) / 360.0;
    }

    /** Normalised Mercator y of a latitude (clamped to the Mercator square). */
    public static double mercatorY(double lat) {
        double phi = Math.toRadians(clamp(lat, -MAX_LATITUDE, MAX_LATITUDE));
        return (1.0 - Math.log(Math.tan(phi) + 1.0 / Math.cos(phi)) / Math.PI) / 2.0;
    }

    /** Longitude of a normalised Mercator x. */
    public static double longitude(double mercatorX) {
        return mercatorX * 360.0 - 180.0;
    }

    /** Latitude of a normalised Mercator y. */
    public static double latitude(double mercatorY) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1.0 - 2.0 * mercatorY))));
    }

    /** Pixels per normalised Mercator unit: the width of the whole world at this zoom. */
    public double scale() {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    /** Screen x of a normalised Mercator x. */
    public double screenXOfMercator(double mx) {
        return (mx - centreX) * scale() + width / 2.0;
    }

    /** Screen y of a normalised Mercator y. */
    public double screenYOfMercator(double my) {
        return (my - centreY) * scale() + height / 2.0;
    }

    /** Screen x of a longitude. */
    public double screenX(double lon) {
        return screenXOfMercator(mercatorX(lon));
    }

    /** Screen y of a latitude. */
    public double screenY(double lat) {
        return screenYOfMercator(mercatorY(lat));
    }

    /** Normalised Mercator x under a screen x. */
    public double mercatorXAt(double px) {
        return centreX + (px - width / 2.0) / scale();
    }

    /** Normalised Mercator y under a screen y. */
    public double mercatorYAt(double py) {
        return centreY + (py - height / 2.0) / scale();
    }

    /** Longitude under a screen x. */
    public double longitudeAt(double px) {
        return longitude(mercatorXAt(px));
    }

    /** Latitude under a screen y. */
    public double latitudeAt(double py) {
        return latitude(mercatorYAt(py));
    }

    public double centreLongitude() {
        return longitude(centreX);
    }

    public double centreLatitude() {
        return latitude(centreY);
    }

    /** The part of the world on screen, in normalised Mercator coordinates. */
    public Envelope visibleMercator() {
        double halfW = width / 2.0 / scale();
        double halfH = height / 2.0 / scale();
        return new Envelope(centreX - halfW, centreX + halfW, centreY - halfH, centreY + halfH);
    }

    /** Whether a position is on screen, at least {@code marginPx} inside the edges. */
    public boolean shows(double lon, double lat, double marginPx) {
        double x = screenX(lon);
        double y = screenY(lat);
        return x >= marginPx && x <= width - marginPx && y >= marginPx && y <= height - marginPx;
    }

    // ---- changes ----------------------------------------------------------------------------------------------

    /** The same view with another size in pixels; the centre stays put. */
    public MapViewport withSize(double w, double h) {
        return new MapViewport(centreX, centreY, zoom, w, h);
    }

    /** The same zoom centred on another position. */
    public MapViewport centredAt(double lon, double lat) {
        return new MapViewport(mercatorX(lon), mercatorY(lat), zoom, width, height);
    }

    /** The view after dragging the map content by {@code (dx, dy)} pixels (right and down are positive). */
    public MapViewport panBy(double dx, double dy) {
        return new MapViewport(centreX - dx / scale(), centreY - dy / scale(), zoom, width, height);
    }

    /** The view at another zoom, keeping the position under screen point {@code (px, py)} fixed. */
    public MapViewport zoomAbout(double px, double py, double newZoom) {
        double z = clamp(newZoom, MIN_ZOOM, MAX_ZOOM);
        double mx = mercatorXAt(px);
        double my = mercatorYAt(py);
        double newScale = TILE_SIZE * Math.pow(2, z);
        double cx = mx - (px - width / 2.0) / newScale;
        double cy = my - (py - height / 2.0) / newScale;
        return new MapViewport(cx, cy, z, width, height);
    }

    /** The view zoomed in (positive) or out (negative) by {@code levels} about screen point {@code (px, py)}. */
    public MapViewport zoomBy(double levels, double px, double py) {
        return zoomAbout(px, py, zoom + levels);
    }

    /**
     * The view that shows a WGS84 box as large as possible with at least {@code paddingPx} free at every edge.
     * An empty or single-point box is shown at {@link #POINT_ZOOM}. The size stays the same; a viewport with no
     * size yet only takes the box's centre.
     */
    public MapViewport fit(double minLon, double minLat, double maxLon, double maxLat, double paddingPx) {
        return fitMercator(new Envelope(mercatorX(minLon), mercatorX(maxLon), mercatorY(maxLat), mercatorY(minLat)),
                paddingPx);
    }

    /** As {@link #fit}, for a box in normalised Mercator coordinates. */
    public MapViewport fitMercator(Envelope box, double paddingPx) {
        if (box == null || box.isNull()) {
            return this;
        }
        double cx = (box.getMinX() + box.getMaxX()) / 2.0;
        double cy = (box.getMinY() + box.getMaxY()) / 2.0;
        double availW = Math.max(1, width - 2 * paddingPx);
        double availH = Math.max(1, height - 2 * paddingPx);
        double z;
        if (width <= 0 || height <= 0) {
            z = zoom;
        } else if (box.getWidth() <= 0 && box.getHeight() <= 0) {
            z = POINT_ZOOM;
        } else {
            double sx = box.getWidth() > 0 ? availW / (box.getWidth() * TILE_SIZE) : Double.POSITIVE_INFINITY;
            double sy = box.getHeight() > 0 ? availH / (box.getHeight() * TILE_SIZE) : Double.POSITIVE_INFINITY;
            z = Math.min(POINT_ZOOM, Math.log(Math.min(sx, sy)) / Math.log(2));
        }
        return new MapViewport(cx, cy, z, width, height);
    }

    private static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : Math.min(v, hi);
    }
}
