package org.assetatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BivariateTest {

    @Test
    void deprivedAreasWithFewAssetsAreHighNeedThinSupply() {
        AreaMeasure imd = new AreaMeasure("IMD decile", "LSOA",
                Map.of("A", 1.0, "B", 2.0, "C", 5.0, "D", 9.0, "E", 10.0, "F", 3.0), ClassBreaks.imdDeciles(),
                false, "IoD2019");
        AreaMeasure supply = new AreaMeasure("Assets per 1,000", "LSOA",
                Map.of("A", 0.1, "B", 4.0, "C", 2.0, "D", 0.2, "E", 5.0, "F", 1.0), null, false, "");
        Bivariate b = Bivariate.imdAgainst(imd, supply);
        // Supply tertiles of {0.1 0.2 1 2 4 5}: up to 0.2, up to 2, up to 5.
        assertArrayEquals(new int[] {2, 0}, b.cell("A")); // decile 1, thin
        assertArrayEquals(new int[] {2, 2}, b.cell("B")); // decile 2, plentiful
        assertArrayEquals(new int[] {1, 1}, b.cell("C"));
        assertArrayEquals(new int[] {0, 0}, b.cell("D"));
        assertArrayEquals(new int[] {0, 2}, b.cell("E"));
        assertArrayEquals(new int[] {2, 1}, b.cell("F"));
        assertEquals(List.of("A"), b.highNeedThinSupply());
        assertEquals("Deciles 1\u20133 (most deprived 30%)", b.needLabels().get(2));
        assertNull(b.cell("Z"));
    }

    @Test
    void areasMissingAValueAreLeftOut() {
        AreaMeasure need = new AreaMeasure("need", "LSOA", Map.of("A", 1.0, "B", 2.0, "C", 3.0), null, true, "");
        AreaMeasure supply = new AreaMeasure("supply", "LSOA", Map.of("A", 1.0, "C", 3.0, "D", 2.0), null, false, "");
        ClassBreaks three = ClassBreaks.equalInterval(new double[] {1, 2, 3, 4}, 3);
        Bivariate b = Bivariate.of(need, three, supply, three);
        assertEquals(2, b.cells().size());
        assertNull(b.cell("B"));
    }

    @Test
    void axesSplitInThreeEvenWithManyTies() {
        assertEquals(3, Bivariate.thirds(new double[] {0, 0, 0, 0, 0, 0, 0, 1, 2, 3}).count());
        assertEquals(3, Bivariate.thirds(new double[] {0, 0, 0, 0, 5}).count());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Bivariate.thirds(new double[] {2, 2, 2}));
    }
}
