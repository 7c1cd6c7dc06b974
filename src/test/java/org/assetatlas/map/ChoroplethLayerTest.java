package org.assetatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assetatlas.analysis.AreaMeasure;
import org.assetatlas.analysis.Bivariate;
import org.assetatlas.analysis.ClassBreaks;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Headless renders of choropleths, probed at known coordinates. */
class ChoroplethLayerTest {

    private static final int W = 400;
    private static final int H = 300;
    private final MapStyle style = MapStyle.standard();
    private final MapRenderer renderer = new MapRenderer(style);
    private final MapViewport view = MapViewport.centredOn(0.90, 51.89, 13, W, H);

    /** An LSOA covering screen x from {@code left} to {@code left + 100} and y 50..250. */
    private Area lsoa(String code, double left) throws ParseException {
        double west = view.longitudeAt(left);
        double east = view.longitudeAt(left + 100);
        double north = view.latitudeAt(50);
        double south = view.latitudeAt(250);
        return new Area(code, code, AreaLevel.LSOA, null, 1000, new WKTReader().read(String.format(Locale.ROOT,
                "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))", west, south, east, south, east, north, west, north,
                west, south)), "");
    }

    private ImageSurface render(ChoroplethLayer layer) {
        renderer.layers().insertBelow(AreaHighlightLayer.ID, new LayerStack.Entry(layer, true, 1.0));
        ImageSurface s = new ImageSurface(W, H);
        renderer.render(s, view);
        return s;
    }

    @Test
    void eachAreaIsFilledInItsClassColourMostDeprivedDarkest() throws ParseException {
        renderer.setAreas(List.of(lsoa("A", 50), lsoa("B", 150), lsoa("C", 250)));
        renderer.setLevels(EnumSet.noneOf(AreaLevel.class));
        AreaMeasure deciles = new AreaMeasure("IMD decile", "LSOA", Map.of("A", 1.0, "B", 10.0),
                ClassBreaks.imdDeciles(), false, "IoD2019");
        ChoroplethLayer layer = ChoroplethLayer.classed(renderer.areas(), style, deciles, deciles.classes(), true);
        ImageSurface s = render(layer);
        int[] ramp = Palettes.reversed(Palettes.ramp(Palettes.YL_OR_RD, 10));
        // the centre of each square, well inside its edges
        double lat = view.latitudeAt(150);
        int ay = (int) view.screenY(lat);
        assertEquals(ramp[0], s.pixel((int) view.screenX(view.longitudeAt(100)), ay), "decile 1");
        assertEquals(Palettes.YL_OR_RD[8], ramp[0]);
        assertEquals(ramp[9], s.pixel(200, 150), "decile 10");
        assertEquals(Palettes.NO_DATA, s.pixel(300, 150), "no value");
        assertEquals(style.background(), s.pixel(20, 20), "outside every area");
        assertEquals(ramp[0], layer.colourOf("A"));
        assertEquals("1 most deprived 10%", layer.legend().get(0).label());
        assertEquals("No data", layer.legend().get(layer.legend().size() - 1).label());
    }

    @Test
    void aBivariateAreaTakesTheColourOfItsCell() throws ParseException {
        renderer.setAreas(List.of(lsoa("A", 50), lsoa("B", 150), lsoa("C", 250)));
        renderer.setLevels(EnumSet.noneOf(AreaLevel.class));
        Bivariate b = new Bivariate("need", "supply", List.of("l", "m", "h"), List.of("l", "m", "h"),
                Map.of("A", new int[] {2, 0}, "B", new int[] {0, 2}, "C", new int[] {1, 1}));
        ChoroplethLayer layer = ChoroplethLayer.bivariate(renderer.areas(), style, AreaLevel.LSOA, b, "");
        ImageSurface s = render(layer);
        assertEquals(Palettes.BIVARIATE[0][2], s.pixel(100, 150), "high need, thin supply");
        assertEquals(Palettes.BIVARIATE[2][0], s.pixel(200, 150), "low need, plentiful supply");
        assertEquals(Palettes.BIVARIATE[1][1], s.pixel(300, 150));
        assertNotEquals(Palettes.BIVARIATE[0][2], Palettes.BIVARIATE[2][0]);
    }

    @Test
    void outlinesOfCoarserLevelsAreDrawnOverTheFills() throws ParseException {
        Area ward = new Area("W", "W", AreaLevel.WARD, null, null, lsoa("x", 150).geometry(), "");
        renderer.setAreas(List.of(lsoa("A", 50), lsoa("B", 150), ward));
        renderer.setLevels(EnumSet.noneOf(AreaLevel.class));
        AreaMeasure m = new AreaMeasure("n", "LSOA", Map.of("A", 1.0, "B", 2.0), null, false, "");
        ChoroplethLayer layer = ChoroplethLayer.classed(renderer.areas(), style, m, ClassBreaks.equalInterval(
                m.array(), 2), false);
        layer.setOutlines(Set.of(AreaLevel.WARD));
        ImageSurface s = render(layer);
        int inside = s.pixel(200, 150);
        int onEdge = s.pixel(150, 150);
        assertNotEquals(inside, onEdge, "the ward's west edge shows over the fills");
    }

    @Test
    void rampsGiveDistinctColoursLightToDark() {
        for (int k = 1; k <= 10; k++) {
            int[] r = Palettes.ramp(Palettes.YL_GN_BU, k);
            assertEquals(k, r.length);
            for (int i = 1; i < k; i++) {
                assertTrue(lightness(r[i]) < lightness(r[i - 1]), "k=" + k + " i=" + i);
            }
        }
    }

    private static double lightness(int argb) {
        return 0.299 * ((argb >> 16) & 0xFF) + 0.587 * ((argb >> 8) & 0xFF) + 0.114 * (argb & 0xFF);
    }
}
