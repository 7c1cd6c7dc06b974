package org.assetatlas.analysis;

import org.assetatlas.model.Labelled;

/** How the values of an area measure are divided into classes for a choropleth map. */
public enum ClassMethod implements Labelled {
    /** Classes of equal width between the smallest and the largest value. */
    EQUAL_INTERVAL("Equal interval"),
    /** Classes holding (as near as ties allow) the same number of areas. */
    QUANTILE("Quantile"),
    /** Classes that minimise the spread within each class (Jenks' natural breaks, computed exactly after Fisher). */
    NATURAL_BREAKS("Natural breaks (Jenks)"),
    /** Classes that come with the measure, e.g. the deciles of the Index of Multiple Deprivation. */
    FIXED("Fixed classes");

    private final String label;

    ClassMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
