package org.assetatlas.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One number per area, ready to map: e.g. assets per 1,000 residents by LSOA, or the IMD 2019 decile.
 *
 * @param name          what is measured, for the legend title (e.g. "Assets per 1,000 residents")
 * @param level         the code of the area level the values belong to (e.g. {@code LSOA})
 * @param values        value by area code; areas with no value are absent (NaN is not stored)
 * @param classes       the classes the measure comes with (e.g. IMD deciles), or null to compute them from the data
 * @param higherIsWorse whether a higher value means more need (for the direction of a colour ramp)
 * @param source        where the figures come from, for the map's attribution; empty for figures the project counts
 */
public record AreaMeasure(String name, String level, Map<String, Double> values, ClassBreaks classes,
                          boolean higherIsWorse, String source) {

    public AreaMeasure {
        Map<String, Double> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && Double.isFinite(v)) {
                copy.put(k, v);
            }
        });
        values = Collections.unmodifiableMap(copy);
        source = source == null ? "" : source;
    }

    /** The value for an area, or NaN when it has none. */
    public double value(String areaCode) {
        Double v = values.get(areaCode);
        return v == null ? Double.NaN : v;
    }

    /** All values, in no particular order. */
    public double[] array() {
        return values.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The classes to draw with: those the measure comes with, else {@code method} with {@code k} classes over its
     * values.
     */
    public ClassBreaks classify(ClassMethod method, int k) {
        if (classes != null && (method == null || method == ClassMethod.FIXED)) {
            return classes;
        }
        ClassMethod m = method == null || method == ClassMethod.FIXED ? ClassMethod.NATURAL_BREAKS : method;
        return ClassBreaks.of(m, array(), k);
    }
}
