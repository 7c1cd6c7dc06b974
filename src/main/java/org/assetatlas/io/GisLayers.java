package org.assetatlas.io;

import java.util.ArrayList;
import java.util.List;
import org.assetatlas.model.Area;
import org.assetatlas.model.Asset;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.Factor;

/**
 * What a GIS export (GeoPackage or GeoJSON) writes: the layers of one project, in WGS84 longitude/latitude.
 *
 * <p>The assets are those already cleared for sharing (see {@code analysis.PersonalDetails}); the writers put only
 * those with a location in the point layer and count the rest. Factors have no geometry of their own and are
 * written as a table keyed by area codes. The stops layer is written only when there are stops.
 *
 * @param assets  the assets to share, located or not
 * @param areas   the project's areas; an area without a boundary is written with no geometry
 * @param factors the barriers and enablers
 * @param stops   the public transport stops; empty when the project has none
 */
public record GisLayers(List<Asset> assets, List<Area> areas, List<Factor> factors, List<BusStop> stops) {

    /** The layer (table) of the assets' points. */
    public static final String ASSETS = "assets";
    /** The layer of the areas' boundaries. */
    public static final String AREAS = "areas";
    /** The table of barriers and enablers. */
    public static final String FACTORS = "factors";
    /** The layer of public transport stops. */
    public static final String STOPS = "stops";

    public GisLayers {
        assets = List.copyOf(assets);
        areas = List.copyOf(areas);
        factors = List.copyOf(factors);
        stops = List.copyOf(stops);
    }

    /** The assets with a location: the features of the {@link #ASSETS} layer. */
    public List<Asset> located() {
        return assets.stream().filter(a -> a.location() != null).toList();
    }

    /** The names of the layers written, in order: assets, areas, factors and, when there are stops, stops. */
    public List<String> layerNames() {
        List<String> names = new ArrayList<>(List.of(ASSETS, AREAS, FACTORS));
        if (!stops.isEmpty()) {
            names.add(STOPS);
        }
        return names;
    }

    /** How many were written to each layer, and how many assets were left out of it for want of a location. */
    public record Counts(int assets, int assetsWithoutLocation, int areas, int factors, int stops) {
    }

    /** What the writers write for these layers. */
    public Counts counts() {
        int located = located().size();
        return new Counts(located, assets.size() - located, areas.size(), factors.size(), stops.size());
    }
}
