package org.assetatlas.signpost;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.map.ImageSurface;
import org.assetatlas.map.MapRenderer;
import org.assetatlas.map.MapStyle;
import org.assetatlas.map.MapSurface;
import org.assetatlas.map.MapViewport;

/**
 * The small map on a signposting sheet: ward boundaries, the resident's place as a ring, and each shortlisted
 * asset as a numbered dot matching its number on the sheet. Drawn offscreen by the app's map renderer.
 */
public final class SheetMap {

    private static final int DOT = 0xFF0072B2;
    private static final int HOME = 0xFFD55E00;
    private static final int WHITE = 0xFFFFFFFF;

    private SheetMap() {
    }

    /**
     * A PNG of the map, or null when no shortlisted asset has a location.
     *
     * @param scale 1 for normal print, larger for large print (bigger numbers)
     */
    public static byte[] png(List<Asset> shortlist, GeoPoint home, Collection<Area> areas, int width, int height,
                             double scale) throws IOException {
        double minLon = Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        int located = 0;
        for (Asset a : shortlist) {
            if (a.location() != null) {
                located++;
                minLon = Math.min(minLon, a.location().lon());
                maxLon = Math.max(maxLon, a.location().lon());
                minLat = Math.min(minLat, a.location().lat());
                maxLat = Math.max(maxLat, a.location().lat());
            }
        }
        if (located == 0) {
            return null;
        }
        if (home != null) {
            minLon = Math.min(minLon, home.lon());
            maxLon = Math.max(maxLon, home.lon());
            minLat = Math.min(minLat, home.lat());
            maxLat = Math.max(maxLat, home.lat());
        }
        MapRenderer renderer = new MapRenderer(MapStyle.standard());
        renderer.setAreas(areas);
        renderer.setLevels(EnumSet.of(AreaLevel.DISTRICT, AreaLevel.WARD));
        renderer.setAssets(List.of());
        ImageSurface surface = new ImageSurface(width, height);
        try {
            double pad = 28 * scale;
            MapViewport v = MapViewport.centredOn((minLon + maxLon) / 2, (minLat + maxLat) / 2, 14, width, height)
                    .fit(minLon, minLat, maxLon, maxLat, pad);
            if (v.zoom() > 16) {
                v = MapViewport.centredOn(v.centreLongitude(), v.centreLatitude(), 16, width, height);
            }
            renderer.render(surface, v);
            if (home != null) {
                double x = v.screenX(home.lon());
                double y = v.screenY(home.lat());
                surface.fillCircle(x, y, 9 * scale, WHITE);
                surface.strokeCircle(x, y, 9 * scale, HOME, 4 * scale);
                surface.fillCircle(x, y, 3 * scale, HOME);
            }
            for (int i = shortlist.size() - 1; i >= 0; i--) {
                Asset a = shortlist.get(i);
                if (a.location() == null) {
                    continue;
                }
                double x = v.screenX(a.location().lon());
                double y = v.screenY(a.location().lat());
                surface.fillCircle(x, y, 11 * scale, DOT);
                surface.strokeCircle(x, y, 11 * scale, WHITE, 2 * scale);
                surface.text(Integer.toString(i + 1), x, y, 13 * scale, true, WHITE, 0, 0, MapSurface.TextAnchor.CENTRE);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(surface.image(), "png", out);
            return out.toByteArray();
        } finally {
            surface.dispose();
        }
    }
}
