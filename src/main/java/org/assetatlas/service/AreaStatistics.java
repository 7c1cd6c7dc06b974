package org.assetatlas.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assetatlas.analysis.AreaMeasure;
import org.assetatlas.analysis.ClassBreaks;
import org.assetatlas.io.AreaValuesReader;
import org.assetatlas.io.AssetImportException;
import org.assetatlas.io.CsvAssetReader.RejectedRow;
import org.assetatlas.io.RejectsWriter;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.Indicator;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.util.Progress;

/**
 * Numbers per area for choropleth maps and reports: assets counted per area (all, or in one domain), assets per
 * 1,000 residents, and imported area statistics ({@link Indicator}s such as the Index of Multiple Deprivation),
 * with aggregation of LSOA statistics up to wards and neighbourhoods.
 *
 * <p>Assets are counted in every area the project's area rule puts them in ({@link org.assetatlas.geo.AreaTree}):
 * a located asset in the area containing it at each level, an asset without a location in the area recorded for
 * it and the areas that contain that one. Closed assets are
 * not counted (they are no longer supply); paused ones are. Obtained from {@link AtlasProject#statistics()}; every
 * method holds the project's lock.
 */
public final class AreaStatistics {

    private static final int MAX_REPORTED_REJECTS = 200;
    private final AtlasProject project;
    private final ProjectStore store;
    private final Object lock;

    AreaStatistics(AtlasProject project, ProjectStore store) {
        this.project = project;
        this.store = store;
        this.lock = project.lock();
    }

    /** What an indicator import did. */
    public record IndicatorImport(Indicator indicator, int stored, int notInProject, List<String> notInProjectSample,
                                  long rejected, List<RejectedRow> rejects, Path rejectsFile, String codeColumn,
                                  String valueColumn) {
    }

    /** How values at a fine level are combined into a coarser level's areas (see {@link #aggregate}). */
    public enum Aggregation {
        /** The mean of the fine areas' values weighted by their population (MHCLG's "average rank" method). */
        POPULATION_WEIGHTED_MEAN,
        /** The percentage of residents living in fine areas whose value is at most a threshold. */
        SHARE_OF_RESIDENTS_AT_MOST
    }

    // ---- Asset measures --------------------------------------------------------------------------------------------

    /**
     * Assets per area of a level (closed ones left out); every area of the level is present, with 0 when it has
     * none.
     *
     * @param domain a domain name, or null for assets in any domain
     */
    public AreaMeasure assetCount(AreaLevel level, String domain) {
        synchronized (lock) {
            List<Area> areas = project.areas(level);
            Map<String, Long> counts = countAssets(areas, domain);
            Map<String, Double> values = new LinkedHashMap<>();
            for (Area a : areas) {
                values.put(a.code(), (double) counts.getOrDefault(a.code(), 0L));
            }
            return new AreaMeasure(domain == null ? "Assets" : "Assets in " + domain, level.name(), values, null,
                    false, "");
        }
    }

    /**
     * Assets per 1,000 residents per area of a level (closed ones left out); areas without a population figure
     * have no value.
     */
    public AreaMeasure assetsPerThousand(AreaLevel level, String domain) {
        synchronized (lock) {
            List<Area> areas = project.areas(level);
            Map<String, Long> counts = countAssets(areas, domain);
            Map<String, Double> values = new LinkedHashMap<>();
            for (Area a : areas) {
                if (a.population() != null && a.population() > 0) {
                    values.put(a.code(), counts.getOrDefault(a.code(), 0L) * 1000.0 / a.population());
                }
            }
            return new AreaMeasure((domain == null ? "Assets" : "Assets in " + domain) + " per 1,000 residents",
                    level.name(), values, null, false, "");
        }
    }

    /** Assets in each area (closed ones left out) under the project's one area rule (see AreaTree#places). */
    private Map<String, Long> countAssets(List<Area> areas, String domain) {
        return store.assets().countByArea(domain, AssetStatus.CLOSED.code());
    }

    // ---- Indicators ------------------------------------------------------------------------------------------------

    /** The project's imported indicators, by name. */
    public List<Indicator> indicators() {
        synchronized (lock) {
            return store.indicators().findAll();
        }
    }

    public Optional<Indicator> indicator(String key) {
        synchronized (lock) {
            return store.indicators().find(key);
        }
    }

    /** An indicator's values as a measure at its own level, with its fixed classes if it has any. */
    public Optional<AreaMeasure> indicatorMeasure(String key) {
        synchronized (lock) {
            return store.indicators().find(key).map(ind -> new AreaMeasure(ind.name(), ind.level().name(),
                    store.indicators().values(ind.key()), fixedClasses(ind), ind.higherIsWorse(), attribution(ind)));
        }
    }

    private static ClassBreaks fixedClasses(Indicator ind) {
        return Indicator.IMD_DECILES.equals(ind.classes()) ? ClassBreaks.imdDeciles() : null;
    }

    private static String attribution(Indicator ind) {
        return ind.licence().isEmpty() ? ind.source() : ind.licence();
    }

    /**
     * Imports an area statistic from a CSV file keyed by area code, as one transaction replacing any indicator
     * with the same key. Bad rows (no code, no or a non-numeric value, a code given twice, a value outside the
     * indicator's fixed classes) are reported with line and reason and written to {@code NAME.rejects.csv} beside
     * the source; rows for areas the project does not have at the indicator's level are counted and left out.
     *
     * @param codeColumn header of the area code column, or null to find it
     * @throws AssetImportException when the file cannot be read as a table of area values, or when none of its area
     *                              codes is an area of the project at that level (e.g. 2021 codes against 2011
     *                              boundaries); nothing is stored
     * @throws org.assetatlas.util.CancelledException when cancelled; nothing is stored
     */
    public IndicatorImport importIndicator(Path csv, Indicator meta, String codeColumn, String valueColumn,
                                           Progress progress) throws IOException {
        AreaValuesReader.Result read = AreaValuesReader.read(csv, codeColumn, valueColumn, progress);
        ClassBreaks fixed = fixedClasses(meta);
        List<RejectedRow> rejects = new ArrayList<>(read.rejects());
        Map<String, Double> good = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        int notInProject = 0;
        synchronized (lock) {
            Set<String> codes = project.areas(meta.level()).stream().map(Area::code).collect(Collectors.toSet());
            for (Map.Entry<String, Double> e : read.values().entrySet()) {
                if (fixed != null && (fixed.classOf(e.getValue()) < 0 || e.getValue() != Math.rint(e.getValue()))) {
                    String shown = ClassBreaks.format(e.getValue());
                    rejects.add(new RejectedRow(read.lineOf(e.getKey()), shown + " is not one of the classes "
                            + fixed.labels().get(0) + " \u2026 " + fixed.labels().get(fixed.count() - 1) + " (area "
                            + e.getKey() + ")", Map.of(read.codeColumn(), e.getKey(), read.valueColumn(), shown)));
                } else if (codes.contains(e.getKey())) {
                    good.put(e.getKey(), e.getValue());
                } else {
                    notInProject++;
                    if (missing.size() < 5) {
                        missing.add(e.getKey());
                    }
                }
            }
            if (good.isEmpty()) {
                throw new AssetImportException(read.values().isEmpty() ? "No row of " + csv.getFileName()
                        + " has a usable area code and value" : "None of the " + read.values().size()
                        + " area codes in " + csv.getFileName() + " is a " + meta.geography() + " of this project"
                        + " (first: " + read.values().keySet().iterator().next() + "). Are the codes of another"
                        + " level or census vintage (2011 and 2021 LSOAs differ)?");
            }
            Indicator ind = new Indicator(meta.key(), meta.name(), meta.source(), meta.licence(), meta.level(),
                    meta.vintage(), meta.unit(), meta.higherIsWorse(), meta.classes(), Instant.now());
            progress.checkCancelled();
            rejects.sort(java.util.Comparator.comparingLong(RejectedRow::line));
            Path[] written = {null}; // the rejects file goes in place before the commit, as in an asset import
            try {
                store.inTransaction(() -> {
                    store.indicators().replace(ind, good);
                    if (!rejects.isEmpty()) {
                        written[0] = RejectsWriter.writeForImport(csv, rejects, project.file());
                    }
                    return null;
                });
            } catch (RuntimeException | Error e) {
                if (written[0] != null) {
                    Files.deleteIfExists(written[0]);
                }
                if (e.getCause() instanceof IOException io && java.util.Objects.equals(e.getMessage(), io.getMessage())) {
                    throw io;
                }
                throw e;
            }
            Path rejectsFile = written[0];
            return new IndicatorImport(ind, good.size(), notInProject, missing, rejects.size(),
                    List.copyOf(rejects.subList(0, Math.min(rejects.size(), MAX_REPORTED_REJECTS))), rejectsFile,
                    read.codeColumn(), read.valueColumn());
        }
    }

    // ---- Aggregation -----------------------------------------------------------------------------------------------

    /**
     * Combines a measure of fine areas (e.g. LSOAs) into the areas of a coarser level (e.g. wards or
     * neighbourhoods) that contain them in the project's area tree (LSOA to ward best fit, ward to neighbourhood). Fine areas without a population figure are left out; a coarse area none of whose fine areas
     * has a value has none.
     *
     * @param threshold for {@link Aggregation#SHARE_OF_RESIDENTS_AT_MOST}, the largest value that counts (e.g. 2
     *                  for the most deprived 20% by IMD decile); ignored otherwise
     */
    public AreaMeasure aggregate(AreaMeasure fine, AreaLevel to, Aggregation how, double threshold, String name) {
        synchronized (lock) {
            org.assetatlas.geo.AreaTree tree = project.areaTree();
            Map<String, double[]> sums = new LinkedHashMap<>(); // weighted sum, weight
            for (Map.Entry<String, Double> e : fine.values().entrySet()) {
                Area a = tree.area(e.getKey()).orElse(null);
                if (a == null || a.population() == null || a.population() <= 0) {
                    continue;
                }
                Area up = ancestor(a, to, tree);
                if (up == null) {
                    continue;
                }
                double w = a.population();
                double x = how == Aggregation.POPULATION_WEIGHTED_MEAN ? e.getValue()
                        : e.getValue() <= threshold ? 100.0 : 0.0;
                double[] s = sums.computeIfAbsent(up.code(), k -> new double[2]);
                s[0] += w * x;
                s[1] += w;
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (Area a : project.areas(to)) {
                double[] s = sums.get(a.code());
                if (s != null && s[1] > 0) {
                    values.put(a.code(), s[0] / s[1]);
                }
            }
            boolean worse = how == Aggregation.SHARE_OF_RESIDENTS_AT_MOST ? !fine.higherIsWorse()
                    : fine.higherIsWorse();
            return new AreaMeasure(name, to.name(), values, null, worse, fine.source());
        }
    }

    /** The area itself when of the level, else the one of that level that it lies in (the area tree), or null. */
    private static Area ancestor(Area a, AreaLevel level, org.assetatlas.geo.AreaTree tree) {
        if (a.level() == level) {
            return a;
        }
        return tree.ancestors(a.code()).stream().filter(x -> x.level() == level).findFirst().orElse(null);
    }
}
