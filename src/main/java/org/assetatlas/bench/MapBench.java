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

    /** Wall-clock medians, the same medians in the rendering thread's CPU time, and the assets counted. */
    record Result(double cityMillis, double countyMillis, double coldMillis, double panMillis, double zoomMillis,
                  long assetsDrawn, double[] cpuMillis) {

        /** A note with the CPU-time medians, which show the cost of a frame when the cores are shared. */
        String cpuNote() {
            return String.format(java.util.Locale.ROOT, "Map frames in the rendering thread's CPU time (medians, "
                    + "ms): city %.1f, county %.1f, cold %.1f, pan %.1f, zoom %.1f; wall-clock rows also count time "
                    + "spent waiting for a core.", cpuMillis[0], cpuMillis[1], cpuMillis[2], cpuMillis[3],
                    cpuMillis[4]);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** Wall and CPU times of frames. */
    private static final class Times {
        final long[] wall;
        final long[] cpu;
        private long w0;
        private long c0;
        private int i;

        Times(int n) {
            wall = new long[n];
            cpu = new long[n];
        }

        void start() {
            c0 = THREADS.getCurrentThreadCpuTime();
            w0 = System.nanoTime();
        }

        void stop() {
            wall[i] = System.nanoTime() - w0;
            cpu[i++] = THREADS.getCurrentThreadCpuTime() - c0;
        }

        double wallMedian() {
            return new Stats(wall).medianMillis();
        }

        double cpuMedian() {
            return new Stats(cpu).medianMillis();
        }
    }

    static Result run(Path project) {
        MapRenderer renderer = new MapRenderer(MapStyle.standard());
        AssetPoints points;
        try (AtlasProject p = AtlasProject.open(project)) {
            renderer.setAreas(p.areas());
            points = p.assets().mapPoints();
        }
        renderer.setPoints(points);
        ImageSurface surface = new ImageSurface(WIDTH, HEIGHT);
        MapViewport county = MapViewport.centredOn(0.9, 51.88, 10, WIDTH, HEIGHT)
                .fitMercator(renderer.contentBounds(), 24);
        MapViewport cityView = MapViewport.centredOn(0.9042, 51.8892, 14, WIDTH, HEIGHT);
        Times city = frames(renderer, surface, cityView);
        Times countyTimes = frames(renderer, surface, county);
        long drawn = renderer.lastDrawnPoints();
        if (drawn != points.size()) {
            throw new IllegalStateException("The county map drew " + drawn + " of " + points.size() + " assets");
        }
        Times cold = new Times(7);
        for (int i = 0; i < cold.wall.length; i++) {
            renderer.dropCaches();
            cold.start();
            renderer.render(surface, county.panBy(i, 0));
            cold.stop();
        }
        Times pan = new Times(40);
        MapViewport v = cityView;
        renderer.render(surface, v);
        for (int i = 0; i < pan.wall.length; i++) {
            v = v.panBy(i < pan.wall.length / 2 ? 40 : -40, 12);
            pan.start();
            renderer.render(surface, v);
            pan.stop();
        }
        double steps = (cityView.zoom() - county.zoom()) / 0.25;
        int n = (int) Math.floor(steps);
        Times zoom = new Times(2 * n);
        renderer.render(surface, county);
        for (int i = 0; i < zoom.wall.length; i++) {
            int k = i < n ? i + 1 : 2 * n - i - 1;
            MapViewport z = county.zoomAbout(WIDTH / 2.0, HEIGHT / 2.0, county.zoom() + k * 0.25);
            zoom.start();
            renderer.renderInteractive(surface, z);
            zoom.stop();
        }
        return new Result(city.wallMedian(), countyTimes.wallMedian(), cold.wallMedian(), pan.wallMedian(),
                zoom.wallMedian(), drawn, new double[] {city.cpuMedian(), countyTimes.cpuMedian(), cold.cpuMedian(),
                    pan.cpuMedian(), zoom.cpuMedian()});
    }

    /** Median of full redraws, each one or two pixels further along, as when panning slowly. */
    private static Times frames(MapRenderer renderer, ImageSurface surface, MapViewport v) {
        for (int i = 0; i < 3; i++) {
            renderer.render(surface, v.panBy(-i, 0));
        }
        Times t = new Times(FRAMES);
        for (int i = 0; i < FRAMES; i++) {
            MapViewport frame = v.panBy(i + 1, i % 3);
            t.start();
            renderer.render(surface, frame);
            t.stop();
        }
        return t;
    }
}
