package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.assetatlas.analysis.ClassMethod;
import org.assetatlas.map.BasemapLayer;
import org.assetatlas.map.ChoroplethLayer;
import org.assetatlas.map.ImageSurface;
import org.assetatlas.map.MapRenderer;
import org.assetatlas.map.MapStyle;
import org.assetatlas.map.MapViewport;
import org.assetatlas.map.Palettes;
import org.assetatlas.map.TileMath;
import org.assetatlas.map.TileSource;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.store.MbtilesReader;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thematic layers and map images of the demo project, and a basemap from a generated MBTiles file. */
class ThematicMapsTest {

    @TempDir
    static Path dir;
    private static AtlasProject demo;

    @BeforeAll
    static void build() throws Exception {
        demo = DemoProject.build(dir.resolve("demo.atlas"), Progress.NONE);
    }

    @AfterAll
    static void close() {
        if (demo != null) {
            demo.close();
        }
    }

    private static ThematicMaps.Thematic theme(ThematicMaps.Theme t) {
        return new ThematicMaps.Thematic(t, null, null, ClassMethod.NATURAL_BREAKS, 5);
    }

    @Test
    void theImdLayerColoursEveryLsoaByItsDecile() {
        MapRenderer r = new MapRenderer(MapStyle.standard());
        r.setAreas(demo.areas());
        ChoroplethLayer layer = ThematicMaps.layer(demo, r.areas(), MapStyle.standard(),
                theme(ThematicMaps.Theme.IMD));
        int[] ramp = Palettes.reversed(Palettes.ramp(Palettes.YL_OR_RD, 10));
        // Colchester 018A, E01021637: decile 3
        assertEquals(ramp[2], layer.colourOf("E01021637"));
        assertEquals(10, layer.legend().size(), "ten deciles and no 'No data' row: " + layer.legend());
        assertEquals(AreaLevel.LSOA, layer.level());
        assertTrue(layer.source().contains("Indices of Deprivation 2019"), layer.source());
    }

    @Test
    void everyThemeDrawsAtItsLevels() {
        MapRenderer r = new MapRenderer(MapStyle.standard());
        r.setAreas(demo.areas());
        for (ThematicMaps.Theme t : List.of(ThematicMaps.Theme.COUNT, ThematicMaps.Theme.PER1000,
                ThematicMaps.Theme.IMD, ThematicMaps.Theme.BIVARIATE)) {
            for (AreaLevel level : List.of(AreaLevel.LSOA, AreaLevel.WARD, AreaLevel.NEIGHBOURHOOD)) {
                ChoroplethLayer layer = ThematicMaps.layer(demo, r.areas(), MapStyle.standard(),
                        new ThematicMaps.Thematic(t, level, null, ClassMethod.QUANTILE, 3));
                for (Area a : demo.areas(level)) {
                    assertTrue(layer.colourOf(a.code()) != 0, t + " " + level + " " + a.code());
                }
                assertFalse(layer.legend().isEmpty() && layer.mapLegend().bivariate() == null, t + " " + level);
            }
        }
        assertEquals(null, ThematicMaps.layer(demo, r.areas(), MapStyle.standard(), theme(ThematicMaps.Theme.NONE)));
    }

    @Test
    void aFinishedMapHasTheRequestedSize() {
        ThematicMaps.MapImage img = ThematicMaps.render(demo, new ThematicMaps.ImageRequest(600, 450, 2, 192,
                "Colchester North", theme(ThematicMaps.Theme.BIVARIATE), null));
        assertEquals(1200, img.image().getWidth());
        assertEquals(900, img.image().getHeight());
        assertTrue(img.title().contains("Colchester North"), img.title());
        assertThrows(IllegalArgumentException.class, () -> ThematicMaps.render(demo, new ThematicMaps.ImageRequest(
                600, 450, 1, 96, "Nowhere", theme(ThematicMaps.Theme.IMD), null)));
        assertThrows(IllegalArgumentException.class, () -> ThematicMaps.render(demo, new ThematicMaps.ImageRequest(
                600, 450, 1, 96, null, new ThematicMaps.Thematic(ThematicMaps.Theme.COUNT, null, "No such domain",
                null, 5), null)));
    }

    @Test
    void aBasemapFromALocalMbtilesFileIsDrawnUnderTheMap() throws Exception {
        MapViewport v = MapViewport.centredOn(0.9, 51.89, 10, 256, 256);
        int z = 10;
        int tx = TileMath.tileXOfLon(0.9, z);
        int ty = TileMath.tileYOfLat(51.89, z);
        Map<int[], byte[]> tiles = new LinkedHashMap<>();
        tiles.put(new int[] {z, tx, ty}, png(0xFF336699));
        Path file = dir.resolve("basemap.mbtiles");
        MbtilesReader.write(file, Map.of("name", "Test", "minzoom", "10", "maxzoom", "10",
                "attribution", "<a href=\"https://example.org\">© Example</a>"), tiles);
        try (TileSource source = ThematicMaps.mbtiles(file)) {
            assertEquals("© Example", source.attribution());
            BasemapLayer layer = new BasemapLayer(source);
            ImageSurface s = new ImageSurface(256, 256);
            s.clear(0xFFFFFFFF);
            layer.draw(s, v);
            assertEquals(0xFF336699, s.pixel(128, 128), "the centre of the view lies in the one tile");
            assertTrue(layer.lastMissingTiles() > 0, "the neighbouring tiles are missing and left blank");
        }
    }

    private static byte[] png(int argb) throws Exception {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(argb, true));
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
