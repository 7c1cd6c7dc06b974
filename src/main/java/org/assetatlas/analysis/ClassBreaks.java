package org.assetatlas.analysis;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The classes of a choropleth map: {@code k} classes given by their upper bounds. Class 0 holds values from
 * {@link #min()} up to and including {@code upper[0]}; class {@code i} holds values above {@code upper[i-1]} up to
 * and including {@code upper[i]}. Values outside {@code [min, upper[k-1]]} and NaN are in no class.
 *
 * <p>Made by the factories: {@link #equalInterval}, {@link #quantile}, {@link #naturalBreaks} and {@link #fixed}
 * ({@link #imdDeciles()} for the deciles of the Index of Multiple Deprivation). When the data have fewer distinct
 * values than classes asked for, fewer classes are made; never an empty class from ties.
 *
 * @param method how the breaks were chosen
 * @param min    the lower bound of the first class
 * @param upper  the upper bound of each class, strictly increasing
 * @param labels a legend label for each class
 */
public record ClassBreaks(ClassMethod method, double min, double[] upper, List<String> labels) {

    /** The most classes any method makes; more cannot be told apart by colour. */
    public static final int MAX_CLASSES = 10;

    public ClassBreaks {
        if (upper.length == 0 || upper.length != labels.size()) {
            throw new IllegalArgumentException("Class breaks need one label per class and at least one class");
        }
        for (int i = 1; i < upper.length; i++) {
            if (!(upper[i] > upper[i - 1])) {
                throw new IllegalArgumentException("Class upper bounds must increase: " + Arrays.toString(upper));
            }
        }
        if (!(min <= upper[0])) {
            throw new IllegalArgumentException("The first class must not end below its start");
        }
        upper = upper.clone();
        labels = List.copyOf(labels);
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    /** The upper bound of class {@code i}. */
    public double upper(int i) {
        return upper[i];
    }

    /** The lower bound of class {@code i} (exclusive except for class 0). */
    public double lower(int i) {
        return i == 0 ? min : upper[i - 1];
    }

    /** How many classes. */
    public int count() {
        return upper.length;
    }

    /** The class of a value, or -1 when it is NaN or outside every class. */
    public int classOf(double value) {
        if (Double.isNaN(value) || value < min || value > upper[upper.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(upper, value);
        return i >= 0 ? i : -i - 1;
    }

    // ---- factories -----------------------------------------------------------------------------------------------

    /** {@code k} classes of equal width from the smallest to the largest value (NaN ignored). */
    public static ClassBreaks equalInterval(double[] values, int k) {
        double[] v = sortedFinite(values, k);
        double lo = v[0];
        double hi = v[v.length - 1];
        if (hi == lo) {
            return single(ClassMethod.EQUAL_INTERVAL, lo);
        }
        double[] up = new double[k];
        for (int i = 0; i < k - 1; i++) {
            up[i] = lo + (hi - lo) * (i + 1) / k;
        }
        up[k - 1] = hi;
        return ranges(ClassMethod.EQUAL_INTERVAL, lo, up);
    }

    /**
     * {@code k} classes with as near the same number of values each as ties allow: the upper bound of class
     * {@code i} is the value at rank {@code ceil((i + 1) n / k)} of the sorted values. Classes that ties would
     * leave empty are merged.
     */
    public static ClassBreaks quantile(double[] values, int k) {
        double[] v = sortedFinite(values, k);
        int n = v.length;
        double[] up = new double[k];
        for (int i = 0; i < k; i++) {
            int rank = (int) Math.ceil((i + 1) * (double) n / k);
            up[i] = v[Math.max(0, Math.min(n, rank) - 1)];
        }
        return ranges(ClassMethod.QUANTILE, v[0], distinct(up));
    }

    /**
     * Jenks' natural breaks: the {@code k} classes of consecutive sorted values whose summed squared deviations
     * from their class means are least. Found exactly by Fisher's dynamic programme ({@link NaturalBreaks}), in
     * {@code O(k n²)} time; with fewer distinct values than {@code k}, one class per distinct value.
     */
    public static ClassBreaks naturalBreaks(double[] values, int k) {
        double[] v = sortedFinite(values, k);
        int distinct = (int) Arrays.stream(v).distinct().count();
        double[] up = NaturalBreaks.upperBounds(v, Math.min(k, distinct));
        return ranges(ClassMethod.NATURAL_BREAKS, v[0], distinct(up));
    }

    /** Breaks chosen by {@code method} ({@link ClassMethod#FIXED} is not computed: use {@link #fixed}). */
    public static ClassBreaks of(ClassMethod method, double[] values, int k) {
        return switch (method) {
            case EQUAL_INTERVAL -> equalInterval(values, k);
            case QUANTILE -> quantile(values, k);
            case NATURAL_BREAKS -> naturalBreaks(values, k);
            case FIXED -> throw new IllegalArgumentException("Fixed classes come with the measure, not from data");
        };
    }

    /** Classes given with the measure. */
    public static ClassBreaks fixed(double min, double[] upper, List<String> labels) {
        return new ClassBreaks(ClassMethod.FIXED, min, upper, labels);
    }

    /**
     * The ten deciles of the Index of Multiple Deprivation: decile 1 holds the most deprived 10% of
     * neighbourhoods in England, decile 10 the least deprived 10%.
     */
    public static ClassBreaks imdDeciles() {
        double[] up = new double[10];
        List<String> labels = new ArrayList<>();
        for (int d = 1; d <= 10; d++) {
            up[d - 1] = d;
            labels.add(d == 1 ? "1 most deprived 10%" : d == 10 ? "10 least deprived 10%" : Integer.toString(d));
        }
        return fixed(1, up, labels);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static ClassBreaks single(ClassMethod method, double value) {
        return new ClassBreaks(method, value, new double[] {value}, List.of(format(value)));
    }

    private static ClassBreaks ranges(ClassMethod method, double lo, double[] up) {
        List<String> labels = new ArrayList<>(up.length);
        for (int i = 0; i < up.length; i++) {
            double from = i == 0 ? lo : up[i - 1];
            labels.add(i == 0 && from == up[0] ? format(from) : format(from) + " \u2013 " + format(up[i]));
        }
        return new ClassBreaks(method, lo, up, labels);
    }

    private static double[] sortedFinite(double[] values, int k) {
        if (k < 1 || k > MAX_CLASSES) {
            throw new IllegalArgumentException("Choose between 1 and " + MAX_CLASSES + " classes, not " + k);
        }
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            throw new IllegalArgumentException("There are no values to classify");
        }
        return v;
    }

    private static double[] distinct(double[] sortedUpper) {
        return Arrays.stream(sortedUpper).distinct().toArray();
    }

    /** A number for a legend: whole numbers plain, others to at most two decimals, grouped by thousands. */
    public static String format(double v) {
        DecimalFormat f = new DecimalFormat(Math.abs(v) >= 100 ? "#,##0.#" : "#,##0.##",
                DecimalFormatSymbols.getInstance(Locale.UK));
        return f.format(v);
    }
}
