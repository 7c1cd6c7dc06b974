package org.assetatlas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assetatlas.analysis.AreaMeasure;
import org.assetatlas.analysis.Bivariate;
import org.assetatlas.analysis.ClassBreaks;
import org.assetatlas.map.MapStyle.AreaStyle;
import org.assetatlas.model.AreaLevel;
import org.locationtech.jts.geom.Envelope;

/**
 * Areas of one level filled in the colour of their class: a classed choropleth of an {@link AreaMeasure} or the
 * 3 × 3 need-against-supply map of a {@link Bivariate}. Areas with no value are light grey ("No data"). Fine white
 * lines part neighbouring areas, and the outlines of coarser levels chosen with {@link #setOutlines} are drawn on
 * top so that wards and neighbourhoods stay legible over the fills. Static: cached by the renderer.
 *
 * <p>Goes in the renderer's layer stack above the boundary layers and below the assets: {@code
 * layers().insertBelow(AreaHighlightLayer.ID, ...)}.
 */
public final class ChoroplethLayer implements MapLayer {

    /** The layer id. */
    public static final String ID = "choropleth";
    private static final int SEPARATOR = 0xB3FFFFFF;

    private final AreaSet areas;
    private final MapStyle style;
    private final AreaLevel level;
    private final Map<String, Integer> colours;
    private final Legend legend;
    private final String source;
    private Set<AreaLevel> outlines = Set.of();
    private long version;

    private ChoroplethLayer(AreaSet areas, MapStyle style, AreaLevel level, Map<String, Integer> colours,
                            Legend legend, String source) {
        this.areas = areas;
        this.style = style;
        this.level = level;
        this.colours = Map.copyOf(colours);
        this.legend = legend;
        this.source = source == null ? "" : source;
    }

    /**
     * A classed choropleth: each area of the measure's level coloured by its class along a sequential ramp, dark
     * for the most need ({@link Palettes#YL_OR_RD} when the measure is about need, else {@link Palettes#YL_GN_BU}
     * dark for the most supply).
     *
     * @param need whether the measure describes need (deprivation) rather than supply (assets)
     */
    public static ChoroplethLayer classed(AreaSet areas, MapStyle style, AreaMeasure m, ClassBreaks breaks,
                                          boolean need) {
        int[] ramp = Palettes.ramp(need ? Palettes.YL_OR_RD : Palettes.YL_GN_BU, breaks.count());
        if (need && !m.higherIsWorse()) {
            ramp = Palettes.reversed(ramp); // e.g. IMD decile 1, the most deprived, darkest
        }
        AreaLevel level = AreaLevel.valueOf(m.level());
        Map<String, Integer> colours = new HashMap<>();
        boolean missing = false;
        for (ProjectedArea p : areas.level(level)) {
            int c = breaks.classOf(m.value(p.code()));
            colours.put(p.code(), c < 0 ? Palettes.NO_DATA : ramp[c]);
            missing |= c < 0;
        }
        List<LegendItem> items = new ArrayList<>();
        for (int i = 0; i < breaks.count(); i++) {
            items.add(new LegendItem(breaks.labels().get(i), ramp[i], LegendItem.Shape.SWATCH));
        }
        if (missing) {
            items.add(new LegendItem("No data", Palettes.NO_DATA, LegendItem.Shape.SWATCH));
        }
        String subtitle = level.label() + " \u00b7 " + breaks.method().label();
        return new ChoroplethLayer(areas, style, level, colours, Legend.classed(m.name(), subtitle, items), m.source());
    }

    /** The bivariate need-against-supply map. */
    public static ChoroplethLayer bivariate(AreaSet areas, MapStyle style, AreaLevel level, Bivariate b,
                                            String source) {
        Map<String, Integer> colours = new HashMap<>();
        for (ProjectedArea p : areas.level(level)) {
            int[] cell = b.cell(p.code());
            colours.put(p.code(), cell == null ? Palettes.NO_DATA : Palettes.BIVARIATE[cell[1]][cell[0]]);
        }
        return new ChoroplethLayer(areas, style, level, colours, Legend.bivariate(b), source);
    }

    /** Coarser levels whose outlines are drawn over the fills (e.g. wards and neighbourhoods). */
    public void setOutlines(Set<AreaLevel> levels) {
        if (!levels.equals(outlines)) {
            outlines = Set.copyOf(levels);
            version++;
        }
    }

    /** The colour an area is filled with, or 0 when the layer does not draw it. */
    public int colourOf(String areaCode) {
        return colours.getOrDefault(areaCode, 0);
    }

    /** What the legend shows. */
    public Legend mapLegend() {
        return legend;
    }

    /** Where the figures come from, for the attribution; empty when the project counted them. */
    public String source() {
        return source;
    }

    public AreaLevel level() {
        return level;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return legend.title();
    }

    @Override
    public long version() {
        return areas.version() * 1_000_003L + version;
    }

    @Override
    public Envelope bounds() {
        return areas.bounds(List.of(level));
    }

    @Override
    public List<LegendItem> legend() {
        return legend.items();
    }

    @Override
    public void draw(MapSurface s, MapViewport v) {
        Envelope view = v.visibleMercator();
        List<List<double[]>> screen = new ArrayList<>();
        for (ProjectedArea p : areas.level(level)) {
            if (!p.bounds().intersects(view)) {
                continue;
            }
            List<double[]> rings = p.toScreen(v, AreaBoundaryLayer.MIN_STEP_PX);
            s.fillPath(rings, colours.getOrDefault(p.code(), Palettes.NO_DATA));
            screen.add(rings);
        }
        double separator = v.zoom() >= 12 ? 0.8 : 0.5;
        List<double[]> all = new ArrayList<>();
        screen.forEach(all::addAll);
        s.strokePath(all, true, SEPARATOR, separator);
        for (AreaLevel outline : List.of(AreaLevel.WARD, AreaLevel.NEIGHBOURHOOD, AreaLevel.DISTRICT)) {
            AreaStyle as = style.area(outline);
            if (!outlines.contains(outline) || outline == level || as == null || as.stroke() >>> 24 == 0) {
                continue;
            }
            for (ProjectedArea p : areas.level(outline)) {
                if (p.bounds().intersects(view)) {
                    s.strokePath(p.toScreen(v, AreaBoundaryLayer.MIN_STEP_PX), true, as.stroke(),
                            as.strokeWidth());
                }
            }
        }
    }
}
