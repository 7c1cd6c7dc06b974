package org.assetatlas.bench;

import java.nio.file.Path;
import org.assetatlas.map.AssetPoints;
import org.assetatlas.map.ImageSurface;
import org.assetatlas.map.MapRenderer;
import org.assetatlas.map.MapStyle;
import org.assetatlas.map.MapViewport;
import org.assetatlas.service.AtlasProject;

/**
 * Map frames offscreen with the renderer and surface the app's PNG export uses, all assets loaded through the
 * compact point query.
 *
 * <p>What a "full redraw" is here: every frame projects every asset from the point arrays, clusters or bins all of
 * them afresh and composes every layer into the frame; static layers (area fills, boundaries, names) are reused from
 * the renderer's cache when their data and the zoom are unchanged, as in the app. Rows:
 * <ul>
 *   <li>city and county: steady redraws, each frame panned by a pixel or two from the last;</li>
 *   <li>cold: the first frame after the caches are dropped (everything drawn from scratch), at county zoom;</li>
 *   <li>pan: a drag of 40 px per frame, so the cached layers are redrawn whenever the view leaves their margin;</li>
 *   <li>zoom: a zoom from county to city zoom and back in steps of a quarter level, as an interactive zoom draws
 *       them (cached layers resampled up to a level away, then drawn afresh; assets exact every frame).</li>
 * </ul>
 */
final class MapBench {

    static final int WIDTH = 1280;
    static final int HEIGHT = 800;
    private static final int FRAMES = 15;

    private MapBench() {
    }

    record Result(double cityMillis, double countyMillis, double coldMillis, double panMillis, double zoomMillis,
                  long assetsDrawn) {
    }

    static Result run(Path project) {
        MapRenderer renderer = new MapRenderer(MapStyle.standard());
        AssetPoints points;
        try (AtlasProject p = AtlasProject.open(project)) {
            renderer.setAreas(p.areas());
            points = p.mapPoints();
        }
        renderer.setPoints(points);
        ImageSurface surface = new ImageSurface(WIDTH, HEIGHT);
        MapViewport county = MapViewport.centredOn(0.9, 51.88, 10, WIDTH, HEIGHT)
                .fitMercator(renderer.contentBounds(), 24);
        MapViewport cityView = MapViewport.centredOn(0.9042, 51.8892, 14, WIDTH, HEIGHT);
        double city = frames(renderer, surface, cityView);
        double countyMillis = frames(renderer, surface, county);
        long drawn = renderer.lastDrawnPoints();
        if (drawn != points.size()) {
            throw new IllegalStateException("The county map drew " + drawn + " of " + points.size() + " assets");
        }
        long[] cold = new long[7];
        for (int i = 0; i < cold.length; i++) {
            renderer.dropCaches();
            long t0 = System.nanoTime();
            renderer.render(surface, county.panBy(i, 0));
            cold[i] = System.nanoTime() - t0;
        }
        long[] pan = new long[40];
        MapViewport v = cityView;
        renderer.render(surface, v);
        for (int i = 0; i < pan.length; i++) {
            v = v.panBy(i < pan.length / 2 ? 40 : -40, 12);
            long t0 = System.nanoTime();
            renderer.render(surface, v);
            pan[i] = System.nanoTime() - t0;
        }
        double steps = (cityView.zoom() - county.zoom()) / 0.25;
        int n = (int) Math.floor(steps);
        long[] zoom = new long[2 * n];
        renderer.render(surface, county);
        for (int i = 0; i < zoom.length; i++) {
            int k = i < n ? i + 1 : 2 * n - i - 1;
            MapViewport z = county.zoomAbout(WIDTH / 2.0, HEIGHT / 2.0, county.zoom() + k * 0.25);
            long t0 = System.nanoTime();
            renderer.renderInteractive(surface, z);
            zoom[i] = System.nanoTime() - t0;
        }
        return new Result(city, countyMillis, new Stats(cold).medianMillis(), new Stats(pan).medianMillis(),
                new Stats(zoom).medianMillis(), drawn);
    }

    /** Median of full redraws, each one or two pixels further along, as when panning slowly. */
    private static double frames(MapRenderer renderer, ImageSurface surface, MapViewport v) {
        for (int i = 0; i < 3; i++) {
            renderer.render(surface, v.panBy(-i, 0));
        }
        long[] t = new long[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            MapViewport frame = v.panBy(i + 1, i % 3);
            long t0 = System.nanoTime();
            renderer.render(surface, frame);
            t[i] = System.nanoTime() - t0;
        }
        return new Stats(t).medianMillis();
    }
}
