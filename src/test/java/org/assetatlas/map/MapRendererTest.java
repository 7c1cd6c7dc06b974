package org.assetatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class MapRendererTest {

    private static final int W = 400;
    private static final int H = 300;

    private final MapStyle style = MapStyle.standard();
    private final MapRenderer renderer = new MapRenderer(style);
    private final MapViewport view = MapViewport.centredOn(0.90, 51.89, 13, W, H);

    MapRendererTest() {
        // these tests are about single symbols and bins; clusters are tested in AssetLayerTest
        renderer.assetLayer().setClustering(false);
    }

    private static Area area(String code, AreaLevel level, String wkt) throws ParseException {
        return new Area(code, code, level, null, null, new WKTReader().read(wkt), "");
    }

    /** A square ward whose west edge runs down the screen at x = 100. */
    private Area wardWithEdgeAt100() throws ParseException {
        double west = view.longitudeAt(100);
        double east = view.longitudeAt(300);
        double north = view.latitudeAt(50);
        double south = view.latitudeAt(250);
        return area("W1", AreaLevel.WARD, String.format(java.util.Locale.ROOT,
                "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))",
                west, south, east, south, east, north, west, north, west, south));
    }

    private Asset asset(long id, AbcdCategory category, AssetStatus status, double px, double py) {
        return Asset.builder().id(id).name("A" + id).category(category).status(status)
                .location(new GeoPoint(view.latitudeAt(py), view.longitudeAt(px))).build();
    }

    private ImageSurface render() {
        ImageSurface s = new ImageSurface(W, H);
        renderer.render(s, view);
        return s;
    }

    private static int rgb(int argb) {
        return argb & 0xFFFFFF;
    }

    @Test
    void paintsTheBackgroundWhereThereIsNothing() {
        ImageSurface s = render();
        assertEquals(style.background(), s.pixel(5, 5));
    }

    @Test
    void drawsAnAssetInItsCategoryColour() {
        renderer.setAssets(List.of(asset(1, AbcdCategory.ECONOMIC, AssetStatus.ACTIVE, 200, 150)));
        ImageSurface s = render();
        assertEquals(0xFF000000 | AbcdCategory.ECONOMIC.rgb(), s.pixel(200, 150));
    }

    @Test
    void drawsEachCategoryInItsOwnColour() {
        AbcdCategory[] all = AbcdCategory.values();
        List<Asset> assets = new java.util.ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            assets.add(asset(i + 1, all[i], AssetStatus.ACTIVE, 40 + i * 45, 150));
        }
        renderer.setAssets(assets);
        ImageSurface s = render();
        for (int i = 0; i < all.length; i++) {
            assertEquals(all[i].rgb(), rgb(s.pixel(40 + i * 45, 150)), all[i].label());
        }
    }

    @Test
    void fadesAClosedAsset() {
        renderer.setAssets(List.of(asset(1, AbcdCategory.ASSOCIATIONS, AssetStatus.CLOSED, 200, 150)));
        int pixel = render().pixel(200, 150);
        assertNotEquals(AbcdCategory.ASSOCIATIONS.rgb(), rgb(pixel));
        assertNotEquals(rgb(style.background()), rgb(pixel));
    }

    @Test
    void skipsAssetsWithoutALocation() {
        renderer.setAssets(List.of(Asset.builder().id(1).name("Online help").build()));
        assertEquals(0, renderer.points().size());
    }

    @Test
    void drawsAWardBoundaryThatDiffersFromTheBackground() throws ParseException {
        renderer.setAreas(List.of(wardWithEdgeAt100()));
        ImageSurface s = render();
        assertNotEquals(style.background(), s.pixel(100, 150));
        assertEquals(style.background(), s.pixel(60, 150));
    }

    @Test
    void leavesOutLevelsThatAreHidden() throws ParseException {
        renderer.setAreas(List.of(wardWithEdgeAt100()));
        renderer.setLevels(EnumSet.of(AreaLevel.NEIGHBOURHOOD));
        assertEquals(style.background(), render().pixel(100, 150));
    }

    @Test
    void drawsANeighbourhoodBolderThanAWard() throws ParseException {
        Area ward = wardWithEdgeAt100();
        Area hood = new Area("N1", "N1", AreaLevel.NEIGHBOURHOOD, null, null, ward.geometry(), "");
        renderer.setAreas(List.of(ward));
        int wardEdgeWidth = darkRun(render(), 150);
        renderer.setAreas(List.of(hood));
        int hoodEdgeWidth = darkRun(render(), 150);
        assertTrue(hoodEdgeWidth > wardEdgeWidth, hoodEdgeWidth + " > " + wardEdgeWidth);
    }

    /** How many pixels around x = 100 on a row are clearly darker than the fill either side. */
    private static int darkRun(ImageSurface s, int y) {
        int n = 0;
        for (int x = 94; x <= 106; x++) {
            int p = s.pixel(x, y);
            int grey = ((p >> 16 & 0xFF) + (p >> 8 & 0xFF) + (p & 0xFF)) / 3;
            if (grey < 200) {
                n++;
            }
        }
        return n;
    }

    @Test
    void ringsTheSelectedAssetInADarkColour() {
        renderer.setAssets(List.of(asset(5, AbcdCategory.CULTURAL, AssetStatus.ACTIVE, 200, 150)));
        double r = style.selectedRadius(view.zoom());
        int ringX = (int) Math.round(200 + r);
        assertNotEquals(style.selectionRing(), render().pixel(ringX, 150));
        renderer.setSelectedId(5);
        ImageSurface s = render();
        int ring = s.pixel(ringX, 150);
        assertTrue((ring & 0xFF) < 0x60 && (ring >> 8 & 0xFF) < 0x60, Integer.toHexString(ring));
        assertEquals(AbcdCategory.CULTURAL.rgb(), rgb(s.pixel(200, 150)));
    }

    @Test
    void contentBoundsCoverAreasAndPoints() throws ParseException {
        renderer.setAreas(List.of(wardWithEdgeAt100()));
        renderer.setAssets(List.of(asset(1, AbcdCategory.ECONOMIC, AssetStatus.ACTIVE, 390, 290)));
        var e = renderer.contentBounds();
        assertEquals(view.mercatorXAt(100), e.getMinX(), 1e-9);
        assertEquals(view.mercatorXAt(390), e.getMaxX(), 1e-9);
        assertEquals(view.mercatorYAt(290), e.getMaxY(), 1e-9);
    }

    @Test
    void drawsManyPointsThroughBinsCountingEveryOneAndKeepingCategoryColours() {
        java.util.List<Asset> many = new java.util.ArrayList<>();
        long id = 1;
        // a block of institutions on the left, a block of economic assets on the right, 4,000 in all
        for (int k = 0; k < 2000; k++) {
            many.add(asset(id++, AbcdCategory.INSTITUTIONS, AssetStatus.ACTIVE, 60 + (k % 40), 100 + (k / 40) % 50));
            many.add(asset(id++, AbcdCategory.ECONOMIC, AssetStatus.ACTIVE, 300 + (k % 40), 100 + (k / 40) % 50));
        }
        renderer.setAssets(many);
        ImageSurface s = render();
        assertEquals(4000, renderer.lastDrawnPoints());
        assertTrue(hasColourNear(s, 80, 125, AbcdCategory.INSTITUTIONS.rgb()));
        assertTrue(hasColourNear(s, 320, 125, AbcdCategory.ECONOMIC.rgb()));
        assertTrue(!hasColourNear(s, 80, 125, AbcdCategory.ECONOMIC.rgb()));
        assertEquals(rgb(style.background()), rgb(s.pixel(200, 280)));
    }

    @Test
    void aBinOfOnlyClosedAssetsIsFadedAndOneActiveAssetKeepsItBright() {
        java.util.List<Asset> many = new java.util.ArrayList<>();
        long id = 1;
        for (int k = 0; k < 3500; k++) {
            many.add(asset(id++, AbcdCategory.CULTURAL, AssetStatus.CLOSED, 50 + (k % 30), 50 + (k / 30) % 30));
        }
        renderer.setAssets(many);
        assertTrue(!hasColourNear(render(), 65, 65, AbcdCategory.CULTURAL.rgb()), "only faded dots");
        many.add(asset(id, AbcdCategory.CULTURAL, AssetStatus.ACTIVE, 65, 65));
        renderer.setAssets(many);
        assertTrue(hasColourNear(render(), 65, 65, AbcdCategory.CULTURAL.rgb()), "the bin with an active asset is bright");
    }

    /** Whether a pixel of exactly this colour lies within a dot's width of (x, y). */
    private static boolean hasColourNear(ImageSurface s, int x, int y, int rgb) {
        for (int dy = -4; dy <= 4; dy++) {
            for (int dx = -4; dx <= 4; dx++) {
                if (rgb(s.pixel(x + dx, y + dy)) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}
