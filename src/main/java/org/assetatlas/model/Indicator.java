package org.assetatlas.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A statistic about areas imported into the project, such as the Index of Multiple Deprivation decile of each
 * LSOA, with its provenance. The values themselves are kept apart, by area code.
 *
 * @param key           short stable name, unique in the project (e.g. {@code imd2019-decile})
 * @param name          the name shown in legends (e.g. "IMD 2019 decile")
 * @param source        publisher and dataset
 * @param licence       licence and attribution to show wherever the figures appear
 * @param level         the level of the areas the codes name
 * @param vintage       the census geography the codes belong to, e.g. {@code 2011} for LSOAs of the 2011 census
 *                      (used by IoD2019) or {@code 2021} (IoD2025); codes of one vintage do not all match another
 * @param unit          unit of the values, or empty
 * @param higherIsWorse whether a higher value means more need (false for an IMD decile or rank, where 1 is most
 *                      deprived)
 * @param classes       fixed classes the measure comes with ({@link #IMD_DECILES}) or empty
 * @param imported      when it was imported
 */
public record Indicator(String key, String name, String source, String licence, AreaLevel level, String vintage,
                        String unit, boolean higherIsWorse, String classes, Instant imported) {

    /** {@link #classes()} of a measure in IMD deciles, 1 (most deprived 10%) to 10. */
    public static final String IMD_DECILES = "imd-deciles";

    public Indicator {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("An indicator needs a key");
        }
        key = key.strip();
        name = name == null || name.isBlank() ? key : name.strip();
        source = Objects.requireNonNullElse(source, "").strip();
        licence = Objects.requireNonNullElse(licence, "").strip();
        level = Objects.requireNonNull(level, "level");
        vintage = Objects.requireNonNullElse(vintage, "").strip();
        unit = Objects.requireNonNullElse(unit, "").strip();
        classes = Objects.requireNonNullElse(classes, "").strip();
        imported = Objects.requireNonNullElse(imported, Instant.EPOCH);
    }

    /** The geography in words, e.g. "LSOA (2011)". */
    public String geography() {
        return vintage.isEmpty() ? level.label() : level.label() + " (" + vintage + ")";
    }
}
