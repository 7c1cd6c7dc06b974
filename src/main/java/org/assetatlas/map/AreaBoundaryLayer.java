package org.assetatlas.map;

import java.util.ArrayList;
import java.util.List;
import org.assetatlas.map.MapStyle.AreaStyle;
import org.assetatlas.model.AreaLevel;
import org.locationtech.jts.geom.Envelope;

/**
 * The boundaries of one level of areas (neighbourhoods, wards, LSOAs, the district): the level's fill when its style
 * has one (the district's white land, a faint tint per neighbourhood) and its outline. Static: cached by the
 * renderer and reused while panning.
 */
public final class AreaBoundaryLayer implements MapLayer {

    /** Vertices closer than this many pixels on screen are merged. */
    static final double MIN_STEP_PX = 0.5;

    private final AreaLevel level;
    private final AreaSet areas;
    private final MapStyle style;

    public AreaBoundaryLayer(AreaLevel level, AreaSet areas, MapStyle style) {
        this.level = level;
        this.areas = areas;
        this.style = style;
    }

    /** The layer id for a level, e.g. {@code areas.ward}. */
    public static String idFor(AreaLevel level) {
        return "areas." + level.name().toLowerCase(java.util.Locale.ROOT);
    }

    public AreaLevel level() {
        return level;
    }

    @Override
    public String id() {
        return idFor(level);
    }

    @Override
    public String title() {
        return switch (level) {
            case NEIGHBOURHOOD -> "Neighbourhoods";
            case WARD -> "Wards";
            case MSOA -> "MSOAs";
            case LSOA -> "LSOAs";
            case DISTRICT -> "District";
            case OTHER -> "Other areas";
        };
    }

    @Override
    public long version() {
        return areas.version();
    }

    @Override
    public Envelope bounds() {
        return areas.bounds(List.of(level));
    }

    @Override
    public List<LegendItem> legend() {
        AreaStyle as = style.area(level);
        return as == null ? List.of() : List.of(new LegendItem(title(), as.stroke(), LegendItem.Shape.LINE));
    }

    @Override
    public void draw(MapSurface s, MapViewport v) {
        AreaStyle as = style.area(level);
        if (as == null) {
            return;
        }
        Envelope view = v.visibleMercator();
        List<ProjectedArea> all = areas.level(level);
        List<List<double[]>> screen = new ArrayList<>(all.size());
        for (ProjectedArea p : all) {
            screen.add(p.bounds().intersects(view) ? p.toScreen(v, MIN_STEP_PX) : null);
        }
        for (int i = 0; i < all.size(); i++) {
            List<double[]> rings = screen.get(i);
            if (rings == null) {
                continue;
            }
            if (level == AreaLevel.NEIGHBOURHOOD) {
                s.fillPath(rings, style.neighbourhoodTint(i));
            } else if (as.fill() >>> 24 != 0) {
                s.fillPath(rings, as.fill());
            }
        }
        if (as.stroke() >>> 24 == 0) {
            return;
        }
        for (List<double[]> rings : screen) {
            if (rings != null) {
                s.strokePath(rings, true, as.stroke(), as.strokeWidth());
            }
        }
    }
}
