package org.assetatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.assetatlas.analysis.AreaMeasure;
import org.assetatlas.analysis.ClassBreaks;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;

/** Map images: size, resolution metadata, furniture and the same geography at every multiple. */
class MapExportTest {

    @TempDir
    Path dir;

    private final MapStyle style = MapStyle.standard();

    private MapRenderer renderer(MapViewport v) throws Exception {
        MapRenderer r = new MapRenderer(style);
        double west = v.longitudeAt(150);
        double east = v.longitudeAt(350);
        double north = v.latitudeAt(100);
        double south = v.latitudeAt(250);
        r.setAreas(List.of(new Area("L1", "L1", AreaLevel.LSOA, null, 1500, new WKTReader().read(String.format(
                Locale.ROOT, "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))", west, south, east, south, east, north,
                west, north, west, south)), "")));
        AreaMeasure m = new AreaMeasure("IMD decile", "LSOA", Map.of("L1", 1.0), ClassBreaks.imdDeciles(), false, "");
        r.layers().insertBelow(AreaHighlightLayer.ID, new LayerStack.Entry(ChoroplethLayer.classed(r.areas(), style,
                m, m.classes(), true), true, 1.0));
        return r;
    }

    @Test
    void pngHasTheRequestedSizeAndResolution() throws Exception {
        MapViewport v = MapViewport.centredOn(0.9, 51.89, 13, 500, 400);
        MapRenderer r = renderer(v);
        MapExport.Furniture f = new MapExport.Furniture("Test map", "Contains test data", true, true, true);
        BufferedImage one = MapExport.render(r, v, 1, f);
        assertEquals(500, one.getWidth());
        assertEquals(400, one.getHeight());
        Path png = dir.resolve("map.png");
        MapExport.writePng(one, png, 96);
        BufferedImage back = ImageIO.read(png.toFile());
        assertEquals(500, back.getWidth());
        assertEquals(400, back.getHeight());
        // pHYs counts whole pixels per metre, so 96 dpi is stored as 3,780 per metre (96.01 dpi)
        assertEquals(96, MapExport.readDpi(png), 0.05);

        BufferedImage two = MapExport.render(r, v, 2, f);
        assertEquals(1000, two.getWidth());
        assertEquals(800, two.getHeight());
        Path print = dir.resolve("print.png");
        MapExport.writePng(MapExport.render(r, v, 300 / 96.0, f), print, 300);
        assertEquals(300, MapExport.readDpi(print), 0.05);
        assertEquals(1563, ImageIO.read(print.toFile()).getWidth());
    }

    @Test
    void theAreaIsInItsClassColourAtTheSamePlaceAtEveryMultiple() throws Exception {
        MapViewport v = MapViewport.centredOn(0.9, 51.89, 13, 500, 400);
        MapRenderer r = renderer(v);
        MapExport.Furniture bare = new MapExport.Furniture(null, "", false, false, false);
        int darkest = Palettes.YL_OR_RD[8];
        // a point inside the area at 2/3 across, 2/3 down
        double lon = v.longitudeAt(283);
        double lat = v.latitudeAt(200);
        for (double k : new double[] {1, 2, 3}) {
            BufferedImage img = MapExport.render(r, v, k, bare);
            int x = (int) Math.round(v.screenX(lon) * k);
            int y = (int) Math.round(v.screenY(lat) * k);
            assertEquals(darkest, img.getRGB(x, y), "at " + k + "x");
            assertEquals(style.background(), img.getRGB((int) (20 * k), (int) (20 * k)), "outside at " + k + "x");
        }
    }

    @Test
    void legendScaleBarAndAttributionAreDrawn() throws Exception {
        MapViewport v = MapViewport.centredOn(0.9, 51.89, 13, 500, 400);
        MapRenderer r = renderer(v);
        BufferedImage bare = MapExport.render(r, v, 1, new MapExport.Furniture(null, "", false, false, false));
        BufferedImage full = MapExport.render(r, v, 1, new MapExport.Furniture("T", "Contains test data", true, true,
                true));
        assertNotEquals(bare.getRGB(30, 30), full.getRGB(30, 30), "the legend box covers the top left");
        assertNotEquals(bare.getRGB(250, 395), full.getRGB(250, 395), "the attribution band runs along the bottom");
        assertNotEquals(bare.getRGB(470, 32), full.getRGB(470, 32), "the north arrow is top right");
    }

    @Test
    void scaleBarIsARoundLengthTrueToTheGround() {
        MapViewport equator = MapViewport.centredOn(0, 0, 3, 800, 600);
        assertEquals(40_075_016.686 / (256 * 8), MapDecorations.metresPerPixel(equator), 1e-6);
        MapViewport colchester = MapViewport.centredOn(0.9, 51.89, 12, 800, 600);
        double[] bar = MapDecorations.scaleBarLength(colchester, 140);
        assertTrue(bar[1] <= 140 && bar[1] > 140 / 5.0, "pixels " + bar[1]);
        double mantissa = bar[0] / Math.pow(10, Math.floor(Math.log10(bar[0])));
        assertTrue(mantissa == 1 || mantissa == 2 || mantissa == 5, "round length " + bar[0]);
        assertEquals(bar[0], bar[1] * MapDecorations.metresPerPixel(colchester), 1e-6);
    }

    @Test
    void absurdSizesAreRefused() throws Exception {
        MapViewport v = MapViewport.centredOn(0.9, 51.89, 13, 500, 400);
        MapRenderer r = renderer(v);
        MapExport.Furniture f = new MapExport.Furniture(null, "", false, false, false);
        assertThrows(IllegalArgumentException.class, () -> MapExport.render(r, v, 0, f));
        assertThrows(IllegalArgumentException.class, () -> MapExport.render(r, v.withSize(5, 5), 1, f));
    }
}
