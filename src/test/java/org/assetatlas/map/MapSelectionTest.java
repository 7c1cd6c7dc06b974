package org.assetatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AssetStatus;
import org.junit.jupiter.api.Test;

class MapSelectionTest {

    private final MapViewport v = MapViewport.centredOn(0.9, 51.89, 14, 400, 300);

    private AssetPoints points(double[][] xy) {
        AssetPoints.Builder b = AssetPoints.builder(xy.length);
        for (int i = 0; i < xy.length; i++) {
            b.add(i + 1, v.longitudeAt(xy[i][0]), v.latitudeAt(xy[i][1]), AbcdCategory.CULTURAL, AssetStatus.ACTIVE,
                    null);
        }
        return b.build();
    }

    @Test
    void aRectangleTakesThePointsInsideIt() {
        AssetPoints p = points(new double[][] {{50, 50}, {150, 120}, {250, 120}, {150, 250}});
        assertEquals(List.of(2L), MapSelection.inside(p, v, new double[] {100, 100, 200, 100, 200, 200, 100, 200}));
    }

    @Test
    void aLassoFollowsItsShapeNotItsBox() {
        // an L-shaped lasso: the notch at top right is outside
        double[] lasso = {0, 0, 100, 0, 100, 100, 200, 100, 200, 200, 0, 200};
        AssetPoints p = points(new double[][] {{50, 50}, {150, 50}, {150, 150}, {250, 150}});
        assertEquals(List.of(1L, 3L), MapSelection.inside(p, v, lasso));
    }

    @Test
    void aLineIsNoLasso() {
        AssetPoints p = points(new double[][] {{50, 50}});
        assertEquals(List.of(), MapSelection.inside(p, v, new double[] {0, 0, 100, 100}));
    }
}
