package org.assetatlas.map;

import java.util.List;

/** The area the user is looking at (e.g. the area filter), filled and outlined in the accent colour. */
public final class AreaHighlightLayer implements MapLayer {

    /** The id of the highlight layer. */
    public static final String ID = "areas.highlight";

    private final AreaSet areas;
    private final MapStyle style;
    private String code;
    private long version;

    public AreaHighlightLayer(AreaSet areas, MapStyle style) {
        this.areas = areas;
        this.style = style;
    }

    /** The code of the area to highlight, or null for none. */
    public void setCode(String areaCode) {
        if (!java.util.Objects.equals(code, areaCode)) {
            code = areaCode;
            version++;
        }
    }

    public String code() {
        return code;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Highlighted area";
    }

    @Override
    public long version() {
        return areas.version() * 31 + version;
    }

    @Override
    public void draw(MapSurface s, MapViewport v) {
        ProjectedArea p = areas.get(code);
        if (p == null || !p.bounds().intersects(v.visibleMercator())) {
            return;
        }
        List<double[]> rings = p.toScreen(v, AreaBoundaryLayer.MIN_STEP_PX);
        s.fillPath(rings, style.highlightFill());
        s.strokePath(rings, true, style.highlightStroke(), 3.0);
    }
}
