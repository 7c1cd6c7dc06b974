package org.assetatlas.map;

import java.util.List;
import org.assetatlas.analysis.Bivariate;

/**
 * What a thematic layer's legend shows: a title and subtitle with classed swatches, or for a bivariate map the
 * 3 × 3 grid with the names and class labels of its two axes.
 *
 * @param title       e.g. "IMD 2019 decile"
 * @param subtitle    e.g. "LSOA · Fixed classes"
 * @param items       the classes, in order (empty for a bivariate legend)
 * @param bivariate   the bivariate classification, or null
 */
public record Legend(String title, String subtitle, List<MapLayer.LegendItem> items, Bivariate bivariate) {

    public Legend {
        items = List.copyOf(items);
    }

    static Legend classed(String title, String subtitle, List<MapLayer.LegendItem> items) {
        return new Legend(title, subtitle, items, null);
    }

    static Legend bivariate(Bivariate b) {
        return new Legend(b.needName() + " against " + b.supplyName(), "Need against supply", List.of(), b);
    }
}
