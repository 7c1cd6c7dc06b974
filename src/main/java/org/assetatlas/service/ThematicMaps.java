package org.assetatlas.service;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assetatlas.analysis.AreaMeasure;
import org.assetatlas.analysis.Bivariate;
import org.assetatlas.analysis.ClassBreaks;
import org.assetatlas.analysis.ClassMethod;
import org.assetatlas.map.AreaHighlightLayer;
import org.assetatlas.map.AreaSet;
import org.assetatlas.map.BasemapLayer;
import org.assetatlas.map.ChoroplethLayer;
import org.assetatlas.map.LayerStack;
import org.assetatlas.map.MapExport;
import org.assetatlas.map.MapRenderer;
import org.assetatlas.map.MapStyle;
import org.assetatlas.map.MapViewport;
import org.assetatlas.map.TileSource;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Indicator;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.store.MbtilesReader;
import org.assetatlas.store.StoreException;

/**
 * Thematic maps of a project: the choropleth layers the map view and the {@code map} command offer (asset count,
 * assets per 1,000 residents, the IMD, need against supply), and finished map images with legend, scale bar and
 * attribution.
 */
public final class ThematicMaps {

    /** The thematic layers on offer. */
    public enum Theme {
        /** No choropleth. */
        NONE("None"),
        /** Assets per area. */
        COUNT("Asset count"),
        /** Assets per 1,000 residents. */
        PER1000("Assets per 1,000 residents"),
        /** The Index of Multiple Deprivation 2019 (deciles by LSOA; share of residents in the most deprived 20%). */
        IMD("Deprivation (IMD)"),
        /** IMD against assets per 1,000 residents, 3 × 3. */
        BIVARIATE("Need against supply"),
        /** An imported area statistic, chosen by its key. */
        INDICATOR("Imported statistic");

        private final String label;

        Theme(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The level a theme is drawn at unless another is chosen. */
        public AreaLevel defaultLevel() {
            return this == COUNT || this == PER1000 ? AreaLevel.WARD : AreaLevel.LSOA;
        }

        /** Parses {@code none}, {@code count}, {@code per1000}, {@code imd} or {@code bivariate}. */
        public static Theme parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            for (Theme th : values()) {
                if (th.name().toLowerCase(Locale.ROOT).equals(t)) {
                    return th;
                }
            }
            throw new IllegalArgumentException("Unknown choropleth \"" + text
                    + "\"; choose none, count, per1000, imd, bivariate or indicator:KEY");
        }
    }

    /**
     * What to draw.
     *
     * @param theme   the choropleth
     * @param level   the areas to shade, or null for the theme's default
     * @param domain  only assets in this domain (shown and counted), or null
     * @param method  how to classify a measure without classes of its own (one with them, such as the IMD decile,
     *                is always drawn in its own classes)
     * @param classes how many classes
     * @param indicator the key of the imported statistic for {@link Theme#INDICATOR}, else null
     */
    public record Thematic(Theme theme, AreaLevel level, String domain, ClassMethod method, int classes,
                           String indicator) {

        /** A theme other than {@link Theme#INDICATOR}. */
        public Thematic(Theme theme, AreaLevel level, String domain, ClassMethod method, int classes) {
            this(theme, level, domain, method, classes, null);
        }

        public AreaLevel levelOrDefault() {
            return level == null ? theme.defaultLevel() : level;
        }
    }

    private ThematicMaps() {
    }

    /**
     * A theme computed for a project, ready to become a layer: either a measure with its classes or a bivariate
     * classification. Computing it reads the project (do it off the user-interface thread); making the layer does
     * not.
     *
     * @param thematic  what was asked for
     * @param level     the areas shaded
     * @param measure   the measure, for a classed map
     * @param breaks    its classes
     * @param need      whether the measure is about need (drawn in reds) rather than supply (blues)
     * @param bivariate the classification, for the need-against-supply map
     * @param source    the attribution of the figures, or empty
     */
    public record Prepared(Thematic thematic, AreaLevel level, AreaMeasure measure, ClassBreaks breaks, boolean need,
                           Bivariate bivariate, String source) {

        /** The layer over a renderer's areas, with ward (for LSOAs), neighbourhood and district outlines on top. */
        public ChoroplethLayer toLayer(AreaSet areas, MapStyle style) {
            ChoroplethLayer layer = bivariate != null ? ChoroplethLayer.bivariate(areas, style, level, bivariate, source)
                    : ChoroplethLayer.classed(areas, style, measure, breaks, need);
            Set<AreaLevel> outlines = EnumSet.of(AreaLevel.NEIGHBOURHOOD, AreaLevel.DISTRICT);
            if (level == AreaLevel.LSOA) {
                outlines.add(AreaLevel.WARD);
            }
            layer.setOutlines(outlines);
            return layer;
        }
    }

    /** The choropleth layer for a theme over the renderer's areas, or null for {@link Theme#NONE}. */
    public static ChoroplethLayer layer(AtlasProject project, AreaSet areas, MapStyle style, Thematic t) {
        Prepared p = prepare(project, t);
        return p == null ? null : p.toLayer(areas, style);
    }

    /**
     * Computes a theme, or null for {@link Theme#NONE}.
     *
     * @throws IllegalArgumentException when the project lacks what the theme needs (e.g. no IMD indicator, no
     *                                  populations), with a message for the user
     */
    public static Prepared prepare(AtlasProject project, Thematic t) {
        if (t.theme() == Theme.NONE) {
            return null;
        }
        AreaStatistics stats = project.statistics();
        AreaMeasure imported = null;
        if (t.theme() == Theme.INDICATOR) {
            imported = stats.indicatorMeasure(t.indicator() == null ? "" : t.indicator()).orElseThrow(() ->
                    new IllegalArgumentException("The project has no area statistic \"" + t.indicator()
                            + "\"; its statistics are " + stats.indicators().stream().map(i -> i.key()).toList()));
        }
        AreaLevel level = t.level() == null && imported != null ? AreaLevel.valueOf(imported.level())
                : t.levelOrDefault();
        if (project.areas(level).isEmpty()) {
            throw new IllegalArgumentException("The project has no " + level.label() + " boundaries to shade");
        }
        ClassMethod method = t.method() == null ? ClassMethod.NATURAL_BREAKS : t.method();
        int k = t.classes() <= 0 ? 5 : t.classes();
        String noPopulation = "No " + level.label() + " has a population figure, so assets per 1,000 cannot be shown";
        return switch (t.theme()) {
            case COUNT -> {
                AreaMeasure m = stats.assetCount(level, t.domain());
                yield new Prepared(t, level, m, m.classify(method, k), false, null, "");
            }
            case PER1000 -> {
                AreaMeasure m = requireValues(stats.assetsPerThousand(level, t.domain()), noPopulation);
                yield new Prepared(t, level, m, m.classify(method, k), false, null, "");
            }
            case IMD -> {
                AreaMeasure m = imd(project, level);
                ClassBreaks breaks = m.classes() != null ? m.classes() : m.classify(method, k);
                yield new Prepared(t, level, m, breaks, true, null, m.source());
            }
            case BIVARIATE -> {
                AreaMeasure need = imd(project, level);
                AreaMeasure supply = requireValues(stats.assetsPerThousand(level, t.domain()), noPopulation);
                Bivariate b = level == AreaLevel.LSOA ? Bivariate.imdAgainst(need, supply)
                        : Bivariate.of(need, Bivariate.thirds(need.array()), supply,
                                Bivariate.thirds(supply.array()));
                yield new Prepared(t, level, null, null, true, b, need.source());
            }
            case INDICATOR -> {
                AreaMeasure m = level.name().equals(imported.level()) ? imported
                        : requireValues(stats.aggregate(imported, level,
                                AreaStatistics.Aggregation.POPULATION_WEIGHTED_MEAN, 0, imported.name()
                                        + " (population-weighted mean)"), imported.name() + " cannot be summed up to "
                                + level.label() + "s");
                ClassBreaks breaks = m.classes() != null ? m.classes() : m.classify(method, k);
                yield new Prepared(t, level, m, breaks, true, null, m.source());
            }
            case NONE -> null;
        };
    }

    /**
     * The IMD at a level, from the project's IMD decile ({@link AreaStatistics#imdDecile()}): the decile of each LSOA
     * (fixed classes, decile 1 most deprived); for wards and neighbourhoods, the percentage of residents living in
     * LSOAs among the most deprived 20% in England (deciles 1 and 2), weighted by the LSOAs' populations.
     */
    public static AreaMeasure imd(AtlasProject project, AreaLevel level) {
        AreaStatistics stats = project.statistics();
        Indicator imd = stats.imdDecile().orElseThrow(() -> new IllegalArgumentException("The project has no Index"
                + " of Multiple Deprivation (IMD) deciles; import an English Indices of Deprivation file first"));
        AreaMeasure deciles = stats.indicatorMeasure(imd.key()).orElseThrow();
        if (level.name().equals(deciles.level())) {
            return deciles;
        }
        return requireValues(stats.aggregate(deciles, level, AreaStatistics.Aggregation.SHARE_OF_RESIDENTS_AT_MOST,
                2, "Residents in the most deprived 20% (IMD " + AreaStatistics.imdEdition(imd) + "), %"),
                "The IMD cannot be summed up to " + level.label() + "s: their LSOAs have no populations or no parent "
                + level.label());
    }

    private static AreaMeasure requireValues(AreaMeasure m, String message) {
        if (m.values().isEmpty()) {
            throw new IllegalArgumentException(message);
        }
        return m;
    }

    /**
     * A basemap from an XYZ tile server, cached under the app's home folder ({@code tiles/HOST}) and fetched with a
     * User-Agent that names the app.
     *
     * @param template    e.g. {@code https://tiles.example.org/{z}/{x}/{y}.png}
     * @param attribution what the tile provider asks to be shown (required: tiles are never shown without it)
     */
    public static TileSource xyz(String template, String attribution, String appVersion) {
        if (attribution == null || attribution.isBlank()) {
            throw new IllegalArgumentException("Give the tile provider's attribution: it is shown on every map that"
                    + " uses its tiles");
        }
        String host = java.net.URI.create(template.replace("{", "").replace("}", "")).getHost();
        Path cache = AppPreferences.defaultHome().resolve("tiles").resolve(host == null ? "tiles" : host);
        return new org.assetatlas.map.XyzTileSource(template, cache, org.assetatlas.map.XyzTileSource.http(
                "CommunityAssetAtlas/" + appVersion + " (community asset mapping; desktop)"), attribution, 0, 19);
    }

    /** A basemap from a local MBTiles file. */
    public static TileSource mbtiles(Path file) {
        MbtilesReader r = MbtilesReader.open(file);
        int[] zooms = r.zoomRange();
        String attribution = r.metadata("attribution");
        return new TileSource() {
            @Override
            public byte[] tile(int z, int x, int y) {
                try {
                    return r.tile(z, x, y);
                } catch (StoreException e) {
                    return null;
                }
            }

            @Override
            public int minZoom() {
                return zooms[0];
            }

            @Override
            public int maxZoom() {
                return zooms[1];
            }

            @Override
            public String attribution() {
                String name = r.metadata("name");
                return attribution != null && !attribution.isBlank() ? attribution.replaceAll("<[^>]*>", "")
                        : "Basemap: " + (name == null ? file.getFileName().toString() : name)
                        + " (no attribution in the file)";
            }

            @Override
            public void close() {
                r.close();
            }
        };
    }

    /**
     * What a map image shows and how large it is.
     *
     * @param width   width of the map in logical pixels (1×)
     * @param height  height in logical pixels
     * @param scale   the multiple of the logical size (2 for 2×; dpi / 96 for a resolution)
     * @param dpi     the resolution to record in the file
     * @param area    zoom to this area (code or name), or null for everything
     * @param thematic the choropleth and the asset filter
     * @param basemap a tile source, or null for none
     */
    public record ImageRequest(int width, int height, double scale, double dpi, String area, Thematic thematic,
                               TileSource basemap) {
    }

    /**
     * A finished map image, with the time it took to draw.
     *
     * @param shading the legend title of the areas' shading (e.g. "IMD 2019 decile"), or empty when none
     */
    public record MapImage(BufferedImage image, long drawMillis, String title, String shading) {
    }

    /** Draws a finished map of the project. */
    public static MapImage render(AtlasProject project, ImageRequest req) {
        long start = System.nanoTime();
        MapStyle style = MapStyle.standard();
        MapRenderer renderer = new MapRenderer(style);
        List<Area> areas = project.areas();
        renderer.setAreas(areas);
        Thematic t = req.thematic();
        AssetQuery q = AssetQuery.all();
        if (t.domain() != null && !t.domain().isBlank()) {
            if (project.framework().names().stream().noneMatch(n -> n.equalsIgnoreCase(t.domain().strip()))) {
                throw new IllegalArgumentException("The project has no domain \"" + t.domain() + "\"; its domains are "
                        + String.join(", ", project.framework().names()));
            }
            q = q.withDomain(t.domain().strip());
        }
        Area focus = null;
        if (req.area() != null && !req.area().isBlank()) {
            focus = project.area(req.area()).orElseThrow(() -> new IllegalArgumentException("The project has no area \""
                    + req.area() + "\""));
            q = q.withArea(focus.code());
        }
        List<Asset> assets = project.assets().find(q);
        renderer.setAssets(assets);
        ChoroplethLayer choropleth = layer(project, renderer.areas(), style, t);
        if (choropleth != null) {
            renderer.layers().insertBelow(AreaHighlightLayer.ID, new LayerStack.Entry(choropleth, true, 1.0));
        }
        StringBuilder attribution = new StringBuilder(project.attribution());
        if (choropleth != null && !choropleth.source().isBlank()
                && !project.attribution().contains(choropleth.source())) {
            attribution.append('\n').append(choropleth.source());
        }
        BasemapLayer base = null;
        if (req.basemap() != null) {
            base = new BasemapLayer(req.basemap());
            renderer.layers().insertBelow(renderer.layers().entries().get(0).layer().id(),
                    new LayerStack.Entry(base, true, 1.0));
            // the district's white land would hide the tiles; its outline is kept by the choropleth or lost
            renderer.layers().setVisible(org.assetatlas.map.AreaBoundaryLayer.idFor(AreaLevel.DISTRICT), false);
            attribution.append('\n').append(req.basemap().attribution());
        }
        MapViewport v = MapViewport.centredOn(0.9, 51.9, 10, req.width(), req.height());
        if (focus != null) {
            renderer.setHighlightedArea(focus.code());
            var bounds = renderer.areaBounds(focus.code());
            v = bounds == null ? v.fitMercator(renderer.contentBounds(), 40) : v.fitMercator(bounds, 40);
        } else {
            v = v.fitMercator(renderer.contentBounds(), 40);
        }
        // leave room for the legend on the left and the attribution band at the bottom
        v = v.panBy(req.width() * 0.12, -req.height() * 0.03).zoomBy(-0.25, req.width() / 2.0, req.height() / 2.0);
        if (base != null) {
            double k = req.scale();
            MapViewport hv = new MapViewport(v.centreX(), v.centreY(), v.zoom() + Math.log(k) / Math.log(2),
                    v.width() * k, v.height() * k);
            base.prefetch(hv, 15_000);
        }
        String title = project.name() + (focus == null ? "" : " \u00b7 " + focus.name())
                + (t.domain() == null || t.domain().isBlank() ? "" : " \u00b7 " + t.domain().strip());
        BufferedImage img = MapExport.render(renderer, v, req.scale(),
                new MapExport.Furniture(title, attribution.toString(), true, true, true));
        return new MapImage(img, (System.nanoTime() - start) / 1_000_000, title,
                choropleth == null ? "" : choropleth.title());
    }
}
