package org.assetatlas.map;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * One entry of the map's layer stack: area boundaries of a level, area labels, assets, and later layers such as
 * choropleths, basemaps, barriers and enablers or transport. A layer draws itself onto a {@link MapSurface} for a
 * {@link MapViewport}; the {@link LayerStack} decides order, visibility and opacity, and the {@link MapRenderer}
 * decides whether the layer's pixels can be reused from one frame to the next.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>{@link #draw} paints only what the layer shows (never clears the surface) in screen pixels of the viewport
 *       it is given, which may be larger than the window (the renderer draws cached layers with a margin).</li>
 *   <li>{@link #version} changes whenever anything the layer draws changes other than the viewport (its data, its
 *       style, a setting). A {@link Caching#STATIC} layer whose version is unchanged is assumed to draw the same
 *       pixels for the same viewport, so the renderer keeps them in an image and shifts it when the map pans.</li>
 *   <li>Layers are used from one thread at a time (the thread that renders).</li>
 * </ul>
 */
public interface MapLayer {

    /** How the renderer may reuse what a layer drew. */
    enum Caching {
        /**
         * Depends only on the viewport and {@link #version()}: drawn into an image once per zoom level and data
         * version, then reused while panning (area boundaries, labels, choropleths, basemap tiles).
         */
        STATIC,
        /** Drawn afresh every frame (assets, selection, anything that follows the pointer). */
        DYNAMIC
    }

    /** A stable identifier, unique in a stack, e.g. {@code "areas.ward"}; used to save the user's layer settings. */
    String id();

    /** The name shown in the layers panel, e.g. "Wards". */
    String title();

    /** How the renderer may reuse this layer's pixels; {@link Caching#STATIC} unless overridden. */
    default Caching caching() {
        return Caching.STATIC;
    }

    /** Changes whenever what the layer draws changes for reasons other than the viewport. */
    long version();

    /** Draws the layer. */
    void draw(MapSurface surface, MapViewport viewport);

    /**
     * The box round what the layer shows, in normalised Mercator coordinates, for "zoom to everything"; a null
     * envelope (the default) when the layer has no extent of its own (e.g. a basemap).
     */
    default Envelope bounds() {
        return new Envelope();
    }

    /** The rows this layer adds to the map legend, in order; none by default. */
    default List<LegendItem> legend() {
        return List.of();
    }

    /**
     * One legend row.
     *
     * @param label what the symbol means
     * @param argb  the symbol's colour as {@code 0xAARRGGBB}
     * @param shape how the symbol is drawn in the legend
     */
    record LegendItem(String label, int argb, Shape shape) {
        /** The kinds of legend symbol. */
        public enum Shape {
            /** A dot, for point symbols. */
            DOT,
            /** A filled square, for area fills and classes. */
            SWATCH,
            /** A short line, for boundaries and routes. */
            LINE
        }
    }
}
