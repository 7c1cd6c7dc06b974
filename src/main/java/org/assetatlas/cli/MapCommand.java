package org.assetatlas.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.assetatlas.analysis.ClassMethod;
import org.assetatlas.map.MapExport;
import org.assetatlas.map.TileSource;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Labelled;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ThematicMaps;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code map FILE --out OUT.png}: draws the map with legend, scale bar and attribution, with no display. */
@Command(name = "map", description = {"Draw the map as a PNG image with legend, scale bar and attribution.",
    "Works with no display. --choropleth shades areas: count, per1000 (assets per 1,000 residents), imd (the",
    "project's newest IMD deciles by LSOA; at ward or neighbourhood level the share of residents in the most",
    "deprived 20%%) or bivariate",
    "(deprivation against assets per 1,000 residents)."})
final class MapCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "OUT.png", description = "the image to write")
    Path out;

    @Option(names = "--width", paramLabel = "W", defaultValue = "1200", description = "map width in pixels at 1x"
            + " (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "900", description = "map height in pixels at 1x"
            + " (default ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--scale", paramLabel = "K", description = "draw K times as many pixels each way, e.g. 2")
    Double scale;

    @Option(names = "--dpi", paramLabel = "D", description = "resolution: scale = D / 96, recorded in the PNG")
    Double dpi;

    @Option(names = "--area", paramLabel = "A", description = "zoom to this area (code or name) and its assets")
    String area;

    @Option(names = "--domain", paramLabel = "D", description = "only assets in this domain (shown and counted)")
    String domain;

    @Option(names = "--choropleth", paramLabel = "none|count|per1000|imd|bivariate|indicator:KEY",
            defaultValue = "none", description = "shade areas by a measure; indicator:KEY for a statistic imported"
                    + " with import-stats (default ${DEFAULT-VALUE})")
    String choropleth;

    @Option(names = "--level", paramLabel = "LEVEL", description = "areas to shade: lsoa, ward or neighbourhood"
            + " (default: lsoa for imd and bivariate, ward for count and per1000)")
    String level;

    @Option(names = "--classes", paramLabel = "METHOD", defaultValue = "natural",
            description = "class breaks for measures without classes of their own (IMD deciles are fixed):"
                    + " natural, quantile or equal (default ${DEFAULT-VALUE})")
    String classes;

    @Option(names = "--class-count", paramLabel = "N", defaultValue = "5", description = "number of classes (2-9)")
    int classCount;

    @Option(names = "--basemap", paramLabel = "none|FILE.mbtiles|URL", defaultValue = "none",
            description = {"a basemap: a local MBTiles file, or an XYZ tile address with {z}, {x} and {y}",
                "(cached on disk; needs --basemap-attribution) (default none)"})
    String basemap;

    @Option(names = "--basemap-attribution", paramLabel = "TEXT", description = "the tile provider's attribution,"
            + " for an XYZ basemap")
    String basemapAttribution;

    @Override
    public Integer call() throws Exception {
        if (scale != null && dpi != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give --scale or --dpi, not both");
        }
        if (classCount < 2 || classCount > 9) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--class-count must be 2 to 9");
        }
        double k = dpi != null ? dpi / MapExport.SCREEN_DPI : scale != null ? scale : 1;
        double resolution = dpi != null ? dpi : MapExport.SCREEN_DPI * k;
        ThematicMaps.Theme theme;
        String key;
        AreaLevel areaLevel = null;
        ClassMethod method;
        try {
            String indicator = null;
            if (choropleth.toLowerCase(Locale.ROOT).startsWith("indicator:")) {
                theme = ThematicMaps.Theme.INDICATOR;
                indicator = choropleth.substring("indicator:".length()).strip();
            } else {
                theme = ThematicMaps.Theme.parse(choropleth);
            }
            key = indicator;
            if (level != null) {
                areaLevel = Labelled.parse(AreaLevel.class, level);
                if (areaLevel == null) {
                    throw new IllegalArgumentException("Unknown level \"" + level + "\"; choose lsoa, ward or"
                            + " neighbourhood");
                }
            }
            method = switch (classes.toLowerCase(Locale.ROOT)) {
                case "natural", "jenks" -> ClassMethod.NATURAL_BREAKS;
                case "quantile" -> ClassMethod.QUANTILE;
                case "equal" -> ClassMethod.EQUAL_INTERVAL;
                default -> throw new IllegalArgumentException("Unknown class method \"" + classes
                        + "\"; choose natural, quantile or equal");
            };
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        TileSource tiles;
        if ("none".equalsIgnoreCase(basemap)) {
            tiles = null;
        } else if (basemap.startsWith("http://") || basemap.startsWith("https://")) {
            try {
                tiles = ThematicMaps.xyz(basemap, basemapAttribution, new Version().getVersion()[0]
                        .replace("Community Asset Atlas ", "").replace(' ', '-'));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        } else {
            tiles = ThematicMaps.mbtiles(Path.of(basemap));
        }
        try (AtlasProject p = AtlasProject.open(file)) {
            ThematicMaps.MapImage img = ThematicMaps.render(p, new ThematicMaps.ImageRequest(width, height, k,
                    resolution, area, new ThematicMaps.Thematic(theme, areaLevel, domain, method, classCount, key), tiles));
            long start = System.nanoTime();
            MapExport.writePng(img.image(), out, resolution, file);
            long writeMs = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%d x %d px, %.0f dpi): drawn in %d ms,"
                    + " written in %d ms%n", out, img.image().getWidth(), img.image().getHeight(), resolution,
                    img.drawMillis(), writeMs);
            if (!img.shading().isEmpty()) {
                spec.commandLine().getOut().println("shaded by " + img.shading());
            }
        } finally {
            if (tiles != null) {
                tiles.close();
            }
        }
        return 0;
    }
}
