package org.assetatlas.map;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assetatlas.map.MapStyle.AreaStyle;
import org.assetatlas.map.MapSurface.TextAnchor;
import org.assetatlas.model.AreaLevel;
import org.locationtech.jts.geom.Envelope;

/**
 * Names of neighbourhoods (bold) and wards, with a halo so they stay readable over points, placed at a point inside
 * each area and left out where the area is too small on screen or the name would overlap one already placed. Only
 * the levels set with {@link #setLevels} are labelled (the renderer passes the levels whose boundaries are shown).
 */
public final class AreaLabelLayer implements MapLayer {

    /** The id of the labels layer. */
    public static final String ID = "areas.labels";

    private final AreaSet areas;
    private final MapStyle style;
    private EnumSet<AreaLevel> levels = EnumSet.of(AreaLevel.NEIGHBOURHOOD, AreaLevel.WARD);
    private long version;

    public AreaLabelLayer(AreaSet areas, MapStyle style) {
        this.areas = areas;
        this.style = style;
    }

    /** Which levels are labelled (only neighbourhoods and wards have labels in the standard style). */
    public void setLevels(Set<AreaLevel> labelled) {
        EnumSet<AreaLevel> copy = EnumSet.noneOf(AreaLevel.class);
        copy.addAll(labelled);
        if (!copy.equals(levels)) {
            levels = copy;
            version++;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Area names";
    }

    @Override
    public long version() {
        return areas.version() * 31 + version;
    }

    @Override
    public void draw(MapSurface s, MapViewport v) {
        Envelope view = v.visibleMercator();
        List<double[]> placed = new ArrayList<>();
        for (AreaLevel level : List.of(AreaLevel.NEIGHBOURHOOD, AreaLevel.WARD)) {
            AreaStyle as = style.area(level);
            if (!levels.contains(level) || as == null || !as.labelled() || v.zoom() < as.minLabelZoom()) {
                continue;
            }
            boolean bold = level == AreaLevel.NEIGHBOURHOOD;
            for (ProjectedArea p : areas.level(level)) {
                if (!p.bounds().intersects(view)) {
                    continue;
                }
                String text = p.area().name();
                double x = v.screenXOfMercator(p.labelX());
                double y = v.screenYOfMercator(p.labelY());
                double w = s.textWidth(text, as.labelSize(), bold);
                double h = as.labelSize() * 1.3;
                double areaWidth = p.bounds().getWidth() * v.scale();
                if (areaWidth < w * 0.6) {
                    continue;
                }
                double[] box = {x - w / 2 - 3, y - h / 2, x + w / 2 + 3, y + h / 2};
                if (overlapsAny(box, placed)) {
                    continue;
                }
                placed.add(box);
                s.text(text, x, y, as.labelSize(), bold, as.labelColour(), style.labelHalo(), 3.0, TextAnchor.CENTRE);
            }
        }
    }

    private static boolean overlapsAny(double[] b, List<double[]> placed) {
        for (double[] o : placed) {
            if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) {
                return true;
            }
        }
        return false;
    }
}
