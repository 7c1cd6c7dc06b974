package org.assetatlas.report;

import java.awt.image.BufferedImage;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.assetatlas.map.ImageSurface;
import org.assetatlas.map.MapRenderer;
import org.assetatlas.map.MapStyle;
import org.assetatlas.map.MapViewport;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws a report's map with the app's map renderer and no display: the area outlined, its assets in their category
 * colours. The map is laid out at {@link #WIDTH} points across (the text width of an A4 page) and drawn at
 * {@link #SCALE} times that in pixels, about 300 dots per inch in print.
 */
public final class ReportMap {

    /** Layout width of the map in CSS pixels. */
    public static final int WIDTH = 680;
    /** Pixels drawn per layout pixel. */
    public static final double SCALE = 3.2;
    private static final int MIN_HEIGHT = 600;
    private static final int MAX_HEIGHT = 780;
    private static final double PADDING = 24;

    private ReportMap() {
    }

    /**
     * Renders the map.
     *
     * @param areas     every area with a boundary (district, neighbourhoods, wards are drawn)
     * @param assets    the assets to show; those without a location are skipped
     * @param focusCode the area to fit and outline, or null for everything
     * @return the image, or null when there is nothing to draw
     */
    public static BufferedImage render(Collection<Area> areas, List<Asset> assets, String focusCode) {
        MapRenderer renderer = new MapRenderer(MapStyle.standard());
        renderer.setAreas(areas);
        renderer.setLevels(EnumSet.of(AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD, AreaLevel.WARD));
        renderer.setAssets(assets);
        Envelope box = focusCode == null ? null : renderer.areaBounds(focusCode);
        if (box == null) {
            box = renderer.contentBounds();
        } else {
            renderer.setHighlightedArea(focusCode);
        }
        if (box == null || box.isNull()) {
            return null;
        }
        double aspect = box.getWidth() > 0 ? box.getHeight() / box.getWidth() : 0.7;
        int height = (int) Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.round(WIDTH * aspect) + 2 * PADDING));
        MapViewport view = new MapViewport(0.5, 0.5, MapViewport.MIN_ZOOM, WIDTH, height).fitMercator(box, PADDING);
        ImageSurface surface = ImageSurface.scaled(WIDTH, height, SCALE);
        try {
            renderer.render(surface, view);
        } finally {
            surface.dispose();
        }
        return surface.image();
    }
}
