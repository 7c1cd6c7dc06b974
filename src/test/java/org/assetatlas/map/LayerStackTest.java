package org.assetatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class LayerStackTest {

    /** A static layer that fills the whole screen in one colour and counts its draws. */
    private static final class Wash implements MapLayer {
        final String id;
        final int argb;
        long version;
        int draws;

        Wash(String id, int argb) {
            this.id = id;
            this.argb = argb;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return id;
        }

        @Override
        public long version() {
            return version;
        }

        @Override
        public void draw(MapSurface s, MapViewport v) {
            draws++;
            s.fillPath(List.of(new double[] {0, 0, v.width(), 0, v.width(), v.height(), 0, v.height()}), argb);
        }
    }

    private static List<String> ids(LayerStack s) {
        List<String> out = new ArrayList<>();
        s.entries().forEach(e -> out.add(e.layer().id()));
        return out;
    }

    @Test
    void keepsOrderAndMovesLayers() {
        LayerStack s = new LayerStack();
        s.add(new Wash("a", 0));
        s.add(new Wash("b", 0));
        s.insertBelow("b", new LayerStack.Entry(new Wash("c", 0), true, 1));
        assertEquals(List.of("a", "c", "b"), ids(s));
        s.raise("a");
        assertEquals(List.of("c", "a", "b"), ids(s));
        s.lower("b");
        assertEquals(List.of("c", "b", "a"), ids(s));
        s.move("a", 0);
        assertEquals(List.of("a", "c", "b"), ids(s));
        assertTrue(s.remove("c"));
        assertFalse(s.remove("c"));
        assertThrows(IllegalArgumentException.class, () -> s.add(new Wash("a", 0)));
        assertThrows(IllegalArgumentException.class, () -> s.setOpacity("a", 1.5));
    }

    @Test
    void everyChangeTellsTheListeners() {
        LayerStack s = new LayerStack();
        int[] calls = new int[1];
        s.addListener(() -> calls[0]++);
        s.add(new Wash("a", 0));
        s.setVisible("a", false);
        s.setVisible("a", false);
        s.setOpacity("a", 0.5);
        assertEquals(3, calls[0]);
        assertEquals(3, s.version());
    }

    @Test
    void aLayerPluggedInBelowTheAssetsIsDrawnAndCachedUntilItsVersionChanges() throws Exception {
        MapRenderer r = new MapRenderer(MapStyle.standard());
        Wash wash = new Wash("test.wash", 0xFF336699);
        r.layers().insertBelow(AssetLayer.ID, new LayerStack.Entry(wash, true, 1));
        MapViewport v = MapViewport.centredOn(0.9, 51.89, 12, 200, 100);
        ImageSurface s = new ImageSurface(200, 100);
        r.render(s, v);
        assertEquals(0xFF336699, s.pixel(100, 50));
        r.render(s, v.panBy(3, 2));
        assertEquals(1, wash.draws, "panning within the margin reuses the cached pixels");
        wash.version++;
        r.render(s, v);
        assertEquals(2, wash.draws, "a new version draws afresh");
        r.render(s, v.zoomBy(1, 100, 50));
        assertEquals(3, wash.draws, "a new zoom draws afresh");
        r.renderInteractive(s, v);
        assertEquals(3, wash.draws, "an interactive zoom resamples the cached pixels");
        r.layers().setOpacity("test.wash", 0.5);
        r.render(s, v);
        int half = s.pixel(100, 50);
        int red = half >> 16 & 0xFF;
        assertTrue(red > 0x33 + 0x20 && red < 0xED - 0x20, "half way to the background: " + Integer.toHexString(half));
        r.layers().setVisible("test.wash", false);
        r.render(s, v);
        assertEquals(MapStyle.standard().background(), s.pixel(100, 50));
    }

    @Test
    void theStandardStackHasABoundaryLayerPerLevelThenHighlightAssetsLabelsAndSelection() throws Exception {
        MapRenderer r = new MapRenderer(MapStyle.standard());
        List<String> ids = ids(r.layers());
        assertEquals(List.of("areas.district", "areas.other", "areas.lsoa", "areas.msoa", "areas.ward",
                "areas.neighbourhood", AreaHighlightLayer.ID, AssetLayer.ID, AreaLabelLayer.ID, SelectionLayer.ID), ids);
        r.setAreas(List.of(new Area("W1", "Castle", AreaLevel.WARD, null, null,
                new WKTReader().read("POLYGON((0.8 51.8, 1.0 51.8, 1.0 51.9, 0.8 51.9, 0.8 51.8))"), "")));
        r.setLevels(java.util.Set.of(AreaLevel.LSOA));
        assertEquals(java.util.Set.of(AreaLevel.LSOA), r.levels());
        assertTrue(r.contentBounds().isNull(), "no LSOAs, no assets: nothing to fit");
        r.setLevels(java.util.Set.of(AreaLevel.WARD));
        assertEquals(MapViewport.mercatorX(0.8), r.contentBounds().getMinX(), 1e-12);
    }
}
