package org.assetatlas.map;

import java.util.EnumMap;
import java.util.Map;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.AssetStatus;

/**
 * Colours and sizes of the map: a calm background, area boundaries per level (neighbourhoods bold, wards thin),
 * asset points in their ABCD category colour ({@link AbcdCategory#rgb()}), paused and closed assets faded, and the
 * selected asset larger with a dark ring.
 *
 * <p>{@link #standard()} is the on-screen style; the class is immutable apart from being built, so a print style
 * can be made with {@link #withAreaStyle}.
 */
public final class MapStyle {

    /** How one level of areas is drawn. A stroke or fill alpha of 0 leaves that part out. */
    public record AreaStyle(int fill, int stroke, double strokeWidth, boolean labelled, double labelSize,
                            int labelColour, double minLabelZoom) {
    }

    /** Faint tints given to neighbourhoods in turn, so neighbouring ones can be told apart. */
    private static final int[] NEIGHBOURHOOD_TINTS = {
        0x1F4C7DB8, 0x1F5BA37A, 0x1FC9A14A, 0x1FA0729F, 0x1F4FA3A5, 0x1FC27C5C,
    };

    private final int background;
    private final Map<AreaLevel, AreaStyle> areas;
    private final int highlightStroke;
    private final int highlightFill;
    private final int pointOutline;
    private final int selectionRing;
    private final int selectionHalo;
    private final int labelHalo;

    private MapStyle(int background, Map<AreaLevel, AreaStyle> areas, int highlightStroke, int highlightFill,
                     int pointOutline, int selectionRing, int selectionHalo, int labelHalo) {
        this.background = background;
        this.areas = new EnumMap<>(areas);
        this.highlightStroke = highlightStroke;
        this.highlightFill = highlightFill;
        this.pointOutline = pointOutline;
        this.selectionRing = selectionRing;
        this.selectionHalo = selectionHalo;
        this.labelHalo = labelHalo;
    }

    /** The on-screen style. */
    public static MapStyle standard() {
        Map<AreaLevel, AreaStyle> areas = new EnumMap<>(AreaLevel.class);
        areas.put(AreaLevel.DISTRICT, new AreaStyle(0xFFFFFFFF, 0xFF8A94A6, 1.6, false, 0, 0, 99));
        areas.put(AreaLevel.NEIGHBOURHOOD, new AreaStyle(0, 0xFF3C4A5E, 2.6, true, 13, 0xFF2D3748, 0));
        areas.put(AreaLevel.WARD, new AreaStyle(0, 0x998A94A6, 0.9, true, 11, 0xFF6B7588, 12.6));
        areas.put(AreaLevel.MSOA, new AreaStyle(0, 0x80A0A8B8, 0.7, false, 0, 0, 99));
        areas.put(AreaLevel.LSOA, new AreaStyle(0, 0x66A0A8B8, 0.6, false, 0, 0, 99));
        areas.put(AreaLevel.OTHER, new AreaStyle(0, 0x99A0A8B8, 0.8, false, 0, 0, 99));
        return new MapStyle(0xFFEDEEF0, areas, 0xFF2B6CB0, 0x334A90D9, 0xF2FFFFFF, 0xFF1A202C, 0xFFFFFFFF, 0xE6FFFFFF);
    }

    /** A copy with another style for one level of areas. */
    public MapStyle withAreaStyle(AreaLevel level, AreaStyle style) {
        Map<AreaLevel, AreaStyle> copy = new EnumMap<>(areas);
        copy.put(level, style);
        return new MapStyle(background, copy, highlightStroke, highlightFill, pointOutline, selectionRing,
                selectionHalo, labelHalo);
    }

    /** Colour behind everything (outside the project's areas). */
    public int background() {
        return background;
    }

    public AreaStyle area(AreaLevel level) {
        return areas.get(level);
    }

    /** The faint fill of the {@code index}-th neighbourhood. */
    public int neighbourhoodTint(int index) {
        return NEIGHBOURHOOD_TINTS[Math.floorMod(index, NEIGHBOURHOOD_TINTS.length)];
    }

    /** Outline of the area the user is looking at (e.g. the area filter). */
    public int highlightStroke() {
        return highlightStroke;
    }

    public int highlightFill() {
        return highlightFill;
    }

    /** Halo behind labels. */
    public int labelHalo() {
        return labelHalo;
    }

    /** Fill of an asset point: its category colour, faded when the asset is paused or closed. */
    public int pointFill(int rgb, AssetStatus status) {
        return alpha(status) | (rgb & 0xFFFFFF);
    }

    /** Fill of an asset point of a category. */
    public int pointFill(AbcdCategory category, AssetStatus status) {
        return pointFill(category.rgb(), status);
    }

    /** The thin light ring around every point that keeps it apart from its neighbours and the boundaries. */
    public int pointOutline(AssetStatus status) {
        return status == AssetStatus.ACTIVE ? pointOutline : (pointOutline & 0xFFFFFF) | 0x99000000;
    }

    private static int alpha(AssetStatus status) {
        return switch (status) {
            case ACTIVE -> 0xFF000000;
            case PAUSED -> 0x70000000;
            case CLOSED -> 0x4D000000;
        };
    }

    /** Point radius in pixels: small when zoomed out, larger close up. */
    public double pointRadius(double zoom) {
        return Math.max(3.2, Math.min(6.5, 3.0 + (zoom - 10.0) * 0.8));
    }

    /** Radius of the selected point. */
    public double selectedRadius(double zoom) {
        return pointRadius(zoom) + 3.0;
    }

    /** The dark ring drawn round the selected point. */
    public int selectionRing() {
        return selectionRing;
    }

    /** The light ring just outside the dark one, so the selection shows on dark fills too. */
    public int selectionHalo() {
        return selectionHalo;
    }
}
