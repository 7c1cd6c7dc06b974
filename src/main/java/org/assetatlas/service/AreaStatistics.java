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

    private static final java.util.regex.Pattern IMD_DECILE_KEY = java.util.regex.Pattern.compile("imd(\\d{4})-decile");

    /**
     * The project's Index of Multiple Deprivation decile, the one every map, report and command shades by: the
     * newest edition among indicators keyed {@code imdYYYY-decile} with the IMD's fixed decile classes (as
     * {@link ReferenceData#importDeprivation} and {@code import-stats --imd-deciles} store them); empty when the
     * project has none.
     */
    public Optional<Indicator> imdDecile() {
        synchronized (lock) {
            return store.indicators().findAll().stream()
                    .filter(i -> Indicator.IMD_DECILES.equals(i.classes()))
                    .filter(i -> IMD_DECILE_KEY.matcher(i.key().toLowerCase(java.util.Locale.ROOT)).matches())
                    .max(java.util.Comparator.comparing(AreaStatistics::imdEdition));
        }
    }

    /** The edition of an IMD decile indicator found by {@link #imdDecile()}, e.g. "2019". */
    public static String imdEdition(Indicator imdDecile) {
        java.util.regex.Matcher m = IMD_DECILE_KEY.matcher(imdDecile.key().toLowerCase(java.util.Locale.ROOT));
        return m.matches() ? m.group(1) : "";
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
        return importIndicators(csv, codeColumn, List.of(new IndicatorColumn(meta, valueColumn)), progress).get(0);
    }

    /** One column of an area statistics file and the indicator it becomes. */
    public record IndicatorColumn(Indicator meta, String valueColumn) {
    }

    /**
     * Imports several columns of one CSV file keyed by area code as indicators, reading the file once and storing
     * them all in one transaction (all or none), each checked as {@link #importIndicator} checks its one column.
     * Bad rows of every column are written to one {@code NAME.rejects.csv} beside the source.
     *
     * @throws AssetImportException when the file cannot be read as a table of area values, or when none of a
     *                              column's area codes is an area of the project; nothing is stored
     */
    public List<IndicatorImport> importIndicators(Path csv, String codeColumn, List<IndicatorColumn> columns,
                                                  Progress progress) throws IOException {
        List<AreaValuesReader.Result> reads = AreaValuesReader.readColumns(csv, codeColumn,
                columns.stream().map(IndicatorColumn::valueColumn).toList(), progress);
        synchronized (lock) {
            List<Checked> checked = check(csv, columns.stream().map(IndicatorColumn::meta).toList(), reads);
            progress.checkCancelled();
            Path[] written = {null}; // the rejects file goes in place before the commit, as in an asset import
            try {
                store.inTransaction(() -> {
                    write(checked);
                    written[0] = writeRejects(csv, checked);
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
            return results(checked, written[0]);
        }
    }

    /** An indicator's values checked against the project, ready to store. */
    record Checked(Indicator indicator, Map<String, Double> good, int notInProject, List<String> missing,
                   List<RejectedRow> rejects, AreaValuesReader.Result read) {
    }

    /**
     * Checks values read from a file against the project (areas of the indicator's level, fixed classes).
     *
     * @throws AssetImportException when an indicator would have no value for any area of the project
     */
    List<Checked> check(Path csv, List<Indicator> metas, List<AreaValuesReader.Result> reads)
            throws AssetImportException {
        synchronized (lock) {
            List<Checked> out = new ArrayList<>();
            Instant now = Instant.now();
            for (int k = 0; k < metas.size(); k++) {
                Indicator meta = metas.get(k);
                AreaValuesReader.Result read = reads.get(k);
                ClassBreaks fixed = fixedClasses(meta);
                List<RejectedRow> rejects = new ArrayList<>(read.rejects());
                Map<String, Double> good = new LinkedHashMap<>();
                List<String> missing = new ArrayList<>();
                int notInProject = 0;
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
                            + " has a usable area code and value in column \"" + read.valueColumn() + "\""
                            : "None of the " + read.values().size() + " area codes in " + csv.getFileName()
                            + " is a " + meta.geography() + " of this project (first: "
                            + read.values().keySet().iterator().next() + "). Are the codes of another level or census"
                            + " vintage (2011 and 2021 LSOAs differ)?");
                }
                rejects.sort(java.util.Comparator.comparingLong(RejectedRow::line));
                Indicator ind = new Indicator(meta.key(), meta.name(), meta.source(), meta.licence(), meta.level(),
                        meta.vintage(), meta.unit(), meta.higherIsWorse(), meta.classes(), now);
                out.add(new Checked(ind, good, notInProject, missing, rejects, read));
            }
            return out;
        }
    }

    /** Stores checked indicators, replacing any with the same keys; joins the caller's transaction if any. */
    void write(List<Checked> checked) {
        synchronized (lock) {
            store.inTransaction(() -> {
                for (Checked c : checked) {
                    store.indicators().replace(c.indicator(), c.good());
                }
                return null;
            });
        }
    }

    /**
     * Writes the rejected rows of all the checked indicators, once each, to {@code NAME.rejects.csv} beside the
     * source, before the import commits; null when there are none.
     *
     * @throws IOException when it cannot be written: the import is then abandoned, as the message says
     */
    private Path writeRejects(Path csv, List<Checked> checked) throws IOException {
        Map<Long, RejectedRow> byLine = new java.util.TreeMap<>();
        for (Checked c : checked) {
            c.rejects().forEach(r -> byLine.putIfAbsent(r.line(), r));
        }
        return byLine.isEmpty() ? null : RejectsWriter.writeForImport(csv, new ArrayList<>(byLine.values()),
                project.file());
    }

    /** What storing checked indicators did; {@code rejectsFile} holds the rejected rows of all of them, or null. */
    List<IndicatorImport> results(List<Checked> checked, Path rejectsFile) {
        List<IndicatorImport> out = new ArrayList<>();
        for (Checked c : checked) {
            List<RejectedRow> rejects = c.rejects();
            out.add(new IndicatorImport(c.indicator(), c.good().size(), c.notInProject(), c.missing(), rejects.size(),
                    List.copyOf(rejects.subList(0, Math.min(rejects.size(), MAX_REPORTED_REJECTS))),
                    rejects.isEmpty() ? null : rejectsFile, c.read().codeColumn(), c.read().valueColumn()));
        }
        return out;
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
