package org.assetatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;

class AssetHitTesterTest {

    private final MapViewport view = MapViewport.centredOn(0.9, 51.89, 14, 600, 400);

    private Asset at(long id, double px, double py) {
        return Asset.builder().id(id).name("Asset " + id)
                .location(new GeoPoint(view.latitudeAt(py), view.longitudeAt(px))).build();
    }

    private long hit(List<Asset> assets, double x, double y) {
        return AssetHitTester.build(AssetPoints.of(assets), view, 8).nearest(x, y);
    }

    @Test
    void findsTheAssetUnderThePointer() {
        assertEquals(7, hit(List.of(at(7, 100, 100)), 100, 100));
    }

    @Test
    void findsAnAssetWithinTheTolerance() {
        assertEquals(7, hit(List.of(at(7, 100, 100)), 105, 105));
    }

    @Test
    void missesAnAssetBeyondTheTolerance() {
        assertEquals(0, hit(List.of(at(7, 100, 100)), 109, 100));
    }

    @Test
    void prefersTheNearerOfTwo() {
        List<Asset> two = List.of(at(1, 100, 100), at(2, 106, 100));
        assertEquals(2, hit(two, 104, 100));
        assertEquals(1, hit(two, 102, 100));
    }

    @Test
    void prefersTheOneDrawnOnTopWhenEquallyNear() {
        List<Asset> stacked = List.of(at(1, 200, 200), at(2, 200, 200));
        assertEquals(2, hit(stacked, 200, 200));
    }

    @Test
    void prefersAnActiveAssetOverAClosedOneAtTheSamePlace() {
        Asset closed = at(1, 50, 50).toBuilder().status(AssetStatus.CLOSED).build();
        Asset active = at(2, 50, 50);
        assertEquals(2, hit(List.of(active, closed), 50, 50));
    }

    @Test
    void findsAssetsAcrossGridCellBoundaries() {
        assertEquals(3, hit(List.of(at(3, 15.9, 15.9)), 16.1, 22));
    }

    @Test
    void findsAssetsJustOffScreenEdges() {
        assertEquals(4, hit(List.of(at(4, -3, 50)), 2, 50));
        assertEquals(5, hit(List.of(at(5, 603, 399)), 598, 399));
    }

    @Test
    void ignoresAssetsWithoutALocation() {
        Asset online = Asset.builder().id(9).name("Helpline").build();
        assertEquals(0, hit(List.of(online), 300, 200));
    }

    @Test
    void handlesManyPoints() {
        List<Asset> many = new ArrayList<>();
        long id = 1;
        for (int x = 0; x < 600; x += 10) {
            for (int y = 0; y < 400; y += 10) {
                many.add(at(id++, x, y));
            }
        }
        AssetHitTester t = AssetHitTester.build(AssetPoints.of(many), view, 8);
        long expected = 1 + (250 / 10) * 40 + 130 / 10;
        assertEquals(expected, t.nearest(251, 131));
    }

    @Test
    void rejectsANonPositiveTolerance() {
        assertThrows(IllegalArgumentException.class, () -> AssetHitTester.build(AssetPoints.empty(), view, 0));
    }
}
