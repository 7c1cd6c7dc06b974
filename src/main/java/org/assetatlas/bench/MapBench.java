package org.assetatlas.bench;

import java.nio.file.Path;
import org.assetatlas.map.ImageSurface;
import org.assetatlas.map.MapRenderer;
import org.assetatlas.map.MapStyle;
import org.assetatlas.map.MapViewport;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.service.AtlasProject;

/**
 * Full redraws of every asset offscreen, at city zoom (the town centre) and county zoom (everything in view), with
 * the renderer and surface the app's PNG export uses.
 */
final class MapBench {

    static final int WIDTH = 1280;
    static final int HEIGHT = 800;
    private static final int FRAMES = 15;

    private MapBench() {
    }

    record Result(double cityMillis, double countyMillis, long assetsDrawn) {
    }

    static Result run(Path project) {
        MapRenderer renderer = new MapRenderer(MapStyle.standard());
        try (AtlasProject p = AtlasProject.open(project)) {
            renderer.setAreas(p.areas());
            renderer.setAssets(p.find(AssetQuery.all()));
        }
        ImageSurface surface = new ImageSurface(WIDTH, HEIGHT);
        MapViewport county = MapViewport.centredOn(0.9, 51.88, 10, WIDTH, HEIGHT)
                .fitMercator(renderer.contentBounds(), 24);
        MapViewport cityView = MapViewport.centredOn(0.9042, 51.8892, 14, WIDTH, HEIGHT);
        double city = frames(renderer, surface, cityView);
        double countyMillis = frames(renderer, surface, county);
        return new Result(city, countyMillis, renderer.lastDrawnPoints());
    }

    /** Median of full redraws, each one pixel further along, as when panning (so no frame can reuse the last). */
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
