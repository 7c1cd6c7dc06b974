package org.assetatlas.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "need against supply" view: each area placed in a 3 × 3 grid by its need (e.g. deprivation) and its supply
 * (e.g. assets per 1,000 residents), so that the areas where need is high and assets are thin stand out.
 *
 * <p>Need classes are 0 (low) to 2 (high); supply classes 0 (thin) to 2 (plentiful). An area missing either value is
 * in no cell.
 *
 * @param needName   what need is, e.g. "Deprivation (IMD 2019)"
 * @param supplyName what supply is, e.g. "Assets per 1,000 residents"
 * @param needLabels labels of the need classes, low to high
 * @param supplyLabels labels of the supply classes, thin to plentiful
 * @param cells      by area code, {@code {need, supply}}
 */
public record Bivariate(String needName, String supplyName, List<String> needLabels, List<String> supplyLabels,
                        Map<String, int[]> cells) {

    /** Classes per axis. */
    public static final int SIZE = 3;

    public Bivariate {
        needLabels = List.copyOf(needLabels);
        supplyLabels = List.copyOf(supplyLabels);
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /**
     * Classifies areas by two measures.
     *
     * @param need   the need measure; with {@link AreaMeasure#higherIsWorse()} false (e.g. an IMD decile, where 1 is
     *               most deprived), low values mean high need
     * @param needBreaks three classes of the need measure's values, in ascending value order
     * @param supply the supply measure (higher = more supply)
     * @param supplyBreaks three classes of the supply measure's values, in ascending order
     */
    public static Bivariate of(AreaMeasure need, ClassBreaks needBreaks, AreaMeasure supply,
                               ClassBreaks supplyBreaks) {
        if (needBreaks.count() != SIZE || supplyBreaks.count() != SIZE) {
            throw new IllegalArgumentException("A bivariate map needs three classes on each axis, not "
                    + needBreaks.count() + " and " + supplyBreaks.count()
                    + " (too few distinct values to split in three?)");
        }
        Map<String, int[]> cells = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : need.values().entrySet()) {
            int n = needBreaks.classOf(e.getValue());
            int s = supplyBreaks.classOf(supply.value(e.getKey()));
            if (n < 0 || s < 0) {
                continue;
            }
            cells.put(e.getKey(), new int[] {need.higherIsWorse() ? n : SIZE - 1 - n, s});
        }
        List<String> nl = need.higherIsWorse() ? needBreaks.labels() : reversed(needBreaks.labels());
        return new Bivariate(need.name(), supply.name(), nl, supplyBreaks.labels(), cells);
    }

    /**
     * Need from IMD deciles in national thirds — deciles 8–10 low need, 4–7 middle, 1–3 (the most deprived 30% of
     * England) high — against supply in local tertiles ({@link #thirds}).
     */
    public static Bivariate imdAgainst(AreaMeasure imdDecile, AreaMeasure supply) {
        ClassBreaks thirds = ClassBreaks.fixed(1, new double[] {3, 7, 10},
                List.of("Deciles 1\u20133 (most deprived 30%)", "Deciles 4\u20137", "Deciles 8\u201310"));
        return of(imdDecile, thirds, supply, thirds(supply.array()));
    }

    /**
     * Three classes of a measure's values for one axis: tertiles ({@link ClassBreaks#quantile}); when ties (e.g.
     * many areas with no assets) merge a tertile away, natural breaks; with fewer than three distinct values, three
     * equal intervals.
     *
     * @throws IllegalArgumentException when every value is the same, so there is nothing to tell apart
     */
    public static ClassBreaks thirds(double[] values) {
        ClassBreaks b = ClassBreaks.quantile(values, SIZE);
        if (b.count() != SIZE) {
            b = ClassBreaks.naturalBreaks(values, SIZE);
        }
        if (b.count() != SIZE) {
            b = ClassBreaks.equalInterval(values, SIZE);
        }
        if (b.count() != SIZE) {
            throw new IllegalArgumentException("Every area has the same value (" + b.labels().get(0)
                    + "), so they cannot be split into three classes");
        }
        return b;
    }

    /** The cell of an area as {@code {need, supply}}, or null when it has none. */
    public int[] cell(String areaCode) {
        int[] c = cells.get(areaCode);
        return c == null ? null : c.clone();
    }

    /** Codes of the areas with high need and thin supply: the ones to look at first. */
    public List<String> highNeedThinSupply() {
        return cells.entrySet().stream().filter(e -> e.getValue()[0] == SIZE - 1 && e.getValue()[1] == 0)
                .map(Map.Entry::getKey).toList();
    }

    private static List<String> reversed(List<String> l) {
        java.util.ArrayList<String> r = new java.util.ArrayList<>(l);
        Collections.reverse(r);
        return r;
    }
}
