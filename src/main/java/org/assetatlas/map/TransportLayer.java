package org.assetatlas.map;

import java.util.ArrayList;
import java.util.List;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.TransportService;

/**
 * Draws public transport over the map: recorded services' routes as coloured lines with their stops ringed, and
 * the NaPTAN stops as small dots once zoomed in far enough for them to be told apart. Draws onto any
 * {@link MapSurface} for a {@link MapViewport}; the map view calls {@link #render} after the areas and before the
 * assets, so that assets stay on top.
 */
public final class TransportLayer implements MapLayer {

    /** The layer's id in a {@link LayerStack}. */
    public static final String ID = "transport";

    /** Below this zoom the stops are not drawn (over a thousand dots would hide the assets). */
    public static final double STOPS_MIN_ZOOM = 13;
    /** Route colour: a strong teal, apart from the ABCD category colours. */
    public static final int ROUTE_ARGB = 0xE0008C8C;
    private static final int ROUTE_HALO_ARGB = 0xC0FFFFFF;
    private static final int STOP_ARGB = 0xFF3D4F5C;
    private static final int STOP_HALO_ARGB = 0xE0FFFFFF;

    private List<BusStop> stops = List.of();
    private List<TransportService> services = List.of();
    private boolean showStops = true;

    private long version;

    public void setStops(List<BusStop> value) {
        stops = List.copyOf(value);
        version++;
    }

    public void setServices(List<TransportService> value) {
        services = List.copyOf(value);
        version++;
    }

    public void setShowStops(boolean value) {
        showStops = value;
        version++;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Public transport";
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void draw(MapSurface surface, MapViewport viewport) {
        render(surface, viewport);
    }

    @Override
    public List<LegendItem> legend() {
        List<LegendItem> items = new ArrayList<>();
        if (services.stream().anyMatch(t -> t.route().size() >= 2)) {
            items.add(new LegendItem("Transport service route", ROUTE_ARGB, LegendItem.Shape.LINE));
        }
        if (showStops && !stops.isEmpty()) {
            items.add(new LegendItem("Bus stop (NaPTAN; zoom in)", STOP_ARGB, LegendItem.Shape.DOT));
        }
        return items;
    }

    /** Draws the layer; returns how many stops were drawn. */
    public int render(MapSurface s, MapViewport v) {
        for (TransportService t : services) {
            if (t.route().size() < 2) {
                continue;
            }
            double[] line = new double[t.route().size() * 2];
            int i = 0;
            for (GeoPoint p : t.route()) {
                line[i++] = v.screenX(p.lon());
                line[i++] = v.screenY(p.lat());
            }
            List<double[]> lines = new ArrayList<>();
            lines.add(line);
            s.strokePath(lines, false, ROUTE_HALO_ARGB, 7);
            s.strokePath(lines, false, ROUTE_ARGB, 4);
            for (int k = 0; k < line.length; k += 2) {
                s.fillCircle(line[k], line[k + 1], 6, 0xFFFFFFFF);
                s.strokeCircle(line[k], line[k + 1], 6, ROUTE_ARGB, 2.5);
            }
        }
        int drawn = 0;
        if (showStops && v.zoom() >= STOPS_MIN_ZOOM) {
            double r = v.zoom() >= 15 ? 3 : 2;
            for (BusStop b : stops) {
                GeoPoint p = b.location();
                if (!v.shows(p.lon(), p.lat(), r + 2)) {
                    continue;
                }
                double x = v.screenX(p.lon());
                double y = v.screenY(p.lat());
                s.fillCircle(x, y, r + 1, STOP_HALO_ARGB);
                s.fillCircle(x, y, r, STOP_ARGB);
                drawn++;
            }
        }
        return drawn;
    }
}
