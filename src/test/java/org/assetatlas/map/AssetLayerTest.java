package org.assetatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AssetStatus;
import org.junit.jupiter.api.Test;

/** Headless renders of clusters and symbols, checked with pixel probes. */
class AssetLayerTest {

    private static final int W = 400;
    private static final int H = 300;
    private final MapStyle style = MapStyle.standard();
    private final MapRenderer renderer = new MapRenderer(style);

    private static int rgb(int argb) {
        return argb & 0xFFFFFF;
    }

    /** A cell-aligned view: the 64 px cell containing screen (200, 150) spans screen x 168..232, y 118..182. */
    private static MapViewport alignedView(double zoom) {
        MapViewport v = MapViewport.centredOn(0.9, 51.89, zoom, W, H);
        double s = v.scale();
        double cellX = Math.floor(v.centreX() * s / 64) * 64 + 32;
        double cellY = Math.floor(v.centreY() * s / 64) * 64 + 32;
        return new MapViewport(cellX / s, cellY / s, zoom, W, H);
    }

    private static void add(AssetPoints.Builder b, MapViewport v, long id, double px, double py, AbcdCategory c,
                            AssetStatus st, String domain) {
        b.add(id, v.longitudeAt(px), v.latitudeAt(py), c, st, domain);
    }

    private ImageSurface render(MapViewport v) {
        ImageSurface s = new ImageSurface(W, H);
        renderer.render(s, v);
        return s;
    }

    @Test
    void aClusterIsDrawnAtTheMeanOfItsPointsAsADonutOfItsCategories() {
        MapViewport v = alignedView(12);
        AssetPoints.Builder b = AssetPoints.builder(10);
        // 6 economic and 2 cultural assets round (200, 150)
        for (int i = 0; i < 6; i++) {
            add(b, v, i + 1, 196 + i, 148 + i % 3, AbcdCategory.ECONOMIC, AssetStatus.ACTIVE, null);
        }
        add(b, v, 7, 201, 150, AbcdCategory.CULTURAL, AssetStatus.ACTIVE, null);
        add(b, v, 8, 199, 152, AbcdCategory.CULTURAL, AssetStatus.ACTIVE, null);
        renderer.setPoints(b.build());
        ImageSurface s = render(v);
        PointClusters c = renderer.assetLayer().lastClusters();
        assertEquals(1, c.count());
        assertEquals(8, renderer.lastDrawnPoints());
        double cx = c.x(0);
        double cy = c.y(0);
        double r = AssetLayer.clusterRadius(8);
        double ringMid = r * 0.78;
        // economic is first in class order after cultural? classes run clockwise from twelve o'clock in ordinal order:
        // economic (ordinal 4) takes 6/8 of the turn, then cultural (5) the last quarter (9 to 12 o'clock)
        assertEquals(AbcdCategory.ECONOMIC.rgb(), rgb(s.pixel((int) Math.round(cx + ringMid), (int) Math.round(cy))),
                "three o'clock is economic");
        assertEquals(AbcdCategory.CULTURAL.rgb(), rgb(s.pixel((int) Math.round(cx - ringMid * 0.7),
                (int) Math.round(cy - ringMid * 0.7))), "half past ten is cultural");
        // the centre is light (the count sits on it) and the far corner is background
        int centreEdge = s.pixel((int) Math.round(cx), (int) Math.round(cy - r * 0.45));
        assertTrue((centreEdge >> 16 & 0xFF) > 0xE0, Integer.toHexString(centreEdge));
        assertEquals(rgb(style.background()), rgb(s.pixel(5, 5)));
    }

    @Test
    void anAssetAloneInItsCellIsDrawnAsItsCategoryColour() {
        MapViewport v = alignedView(12);
        AssetPoints.Builder b = AssetPoints.builder(2);
        add(b, v, 1, 200, 150, AbcdCategory.INSTITUTIONS, AssetStatus.ACTIVE, null);
        add(b, v, 2, 330, 60, AbcdCategory.ECONOMIC, AssetStatus.ACTIVE, null);
        renderer.setPoints(b.build());
        ImageSurface s = render(v);
        assertEquals(AbcdCategory.INSTITUTIONS.rgb(), rgb(s.pixel(200, 150)));
        assertEquals(AbcdCategory.ECONOMIC.rgb(), rgb(s.pixel(330, 60)));
        assertEquals(2, renderer.assetLayer().lastClusters().count());
    }

    @Test
    void zoomingInPastTheClusterZoomDrawsSinglePoints() {
        MapViewport v = alignedView(AssetLayer.CLUSTER_MAX_ZOOM + 1);
        AssetPoints.Builder b = AssetPoints.builder(2);
        add(b, v, 1, 200, 150, AbcdCategory.CULTURAL, AssetStatus.ACTIVE, null);
        add(b, v, 2, 220, 150, AbcdCategory.ECONOMIC, AssetStatus.ACTIVE, null);
        renderer.setPoints(b.build());
        ImageSurface s = render(v);
        assertEquals(null, renderer.assetLayer().lastClusters());
        assertEquals(AbcdCategory.CULTURAL.rgb(), rgb(s.pixel(200, 150)));
        assertEquals(AbcdCategory.ECONOMIC.rgb(), rgb(s.pixel(220, 150)));
    }

    @Test
    void byDomainColoursAssetsByTheirFirstDomain() {
        MapViewport v = alignedView(17);
        AssetPoints.Builder b = AssetPoints.builder(2);
        add(b, v, 1, 200, 150, AbcdCategory.CULTURAL, AssetStatus.ACTIVE, "Start Well");
        add(b, v, 2, 260, 150, AbcdCategory.CULTURAL, AssetStatus.ACTIVE, "Age Well");
        AssetPoints p = b.build();
        renderer.setPoints(p);
        renderer.assetLayer().setSymbology(Symbology.DOMAIN);
        ImageSurface s = render(v);
        assertEquals(Symbology.DOMAIN.rgb(p, 0), rgb(s.pixel(200, 150)));
        assertEquals(Symbology.DOMAIN.rgb(p, 1), rgb(s.pixel(260, 150)));
        assertNotEquals(rgb(s.pixel(200, 150)), rgb(s.pixel(260, 150)));
    }

    @Test
    void aClusterUnderThePointerIsFound() {
        MapViewport v = alignedView(12);
        AssetPoints.Builder b = AssetPoints.builder(3);
        for (int i = 0; i < 3; i++) {
            add(b, v, i + 1, 198 + i * 2, 150, AbcdCategory.ECONOMIC, AssetStatus.ACTIVE, null);
        }
        renderer.setPoints(b.build());
        render(v);
        AssetLayer layer = renderer.assetLayer();
        assertEquals(0, layer.clusterAt(203, 152));
        assertEquals(-1, layer.clusterAt(50, 50));
    }

    @Test
    void layerOpacityFadesWhatItDraws() {
        MapViewport v = alignedView(17);
        AssetPoints.Builder b = AssetPoints.builder(1);
        add(b, v, 1, 200, 150, AbcdCategory.ECONOMIC, AssetStatus.ACTIVE, null);
        renderer.setPoints(b.build());
        renderer.layers().setOpacity(AssetLayer.ID, 0.5);
        int pixel = render(v).pixel(200, 150);
        assertNotEquals(AbcdCategory.ECONOMIC.rgb(), rgb(pixel));
        renderer.layers().setVisible(AssetLayer.ID, false);
        assertEquals(rgb(style.background()), rgb(render(v).pixel(200, 150)));
    }
}
