package org.assetatlas.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.model.Labelled;

/**
 * Barriers and enablers counted by theme (rows) and domain (columns): in each cell, how many enablers and barriers
 * there are and their total strength. A factor in several domains counts in each.
 *
 * <p>A theme is <em>cross-cutting</em> when it appears — as a barrier or an enabler — in most domains, that is in
 * more than half of them ({@link #crossCuttingThreshold}: 4 of 6, 3 of 4, 3 of 5). Rows are the project's themes in
 * their order, then any theme that factors use but the list no longer has.
 */
public final class ThemeDomainMatrix {

    /** One cell: the enablers and barriers of one theme in one domain. */
    public record Cell(int enablers, int enablerStrength, int barriers, int barrierStrength) {
        static final Cell EMPTY = new Cell(0, 0, 0, 0);

        /** Whether any factor is in the cell. */
        public boolean isEmpty() {
            return enablers == 0 && barriers == 0;
        }

        /** Total strength of the cell's factors, barriers and enablers together. */
        public int strength() {
            return enablerStrength + barrierStrength;
        }

        /** Factors in the cell. */
        public int count() {
            return enablers + barriers;
        }

        Cell plus(Factor f) {
            return f.kind() == FactorKind.ENABLER
                    ? new Cell(enablers + 1, enablerStrength + f.strength(), barriers, barrierStrength)
                    : new Cell(enablers, enablerStrength, barriers + 1, barrierStrength + f.strength());
        }
    }

    /** One theme's row. */
    public record Row(String theme, List<Cell> cells, int domainsPresent, boolean crossCutting) {
    }

    private final List<String> domains;
    private final List<Row> rows;
    private final int maxStrength;

    private ThemeDomainMatrix(List<String> domains, List<Row> rows) {
        this.domains = List.copyOf(domains);
        this.rows = List.copyOf(rows);
        this.maxStrength = rows.stream().flatMap(r -> r.cells().stream()).mapToInt(Cell::strength).max().orElse(0);
    }

    /**
     * The least number of domains a theme must appear in to be cross-cutting: more than half of them, and at least
     * two (a theme in the only domain of a one-domain framework cuts across nothing).
     */
    public static int crossCuttingThreshold(int domainCount) {
        return Math.max(2, domainCount / 2 + 1);
    }

    /**
     * Builds the matrix.
     *
     * @param themes  the project's themes in display order
     * @param domains the framework's domain names in display order
     * @param factors the factors to count (those in no listed domain add only their theme's row)
     */
    public static ThemeDomainMatrix of(List<String> themes, List<String> domains, List<Factor> factors) {
        Map<String, String> themeKeys = new LinkedHashMap<>();
        for (String t : themes) {
            themeKeys.putIfAbsent(key(t), t);
        }
        for (Factor f : factors) {
            themeKeys.putIfAbsent(key(f.theme()), f.theme());
        }
        Map<String, Cell[]> cells = new LinkedHashMap<>();
        for (String k : themeKeys.keySet()) {
            Cell[] row = new Cell[domains.size()];
            java.util.Arrays.fill(row, Cell.EMPTY);
            cells.put(k, row);
        }
        for (Factor f : factors) {
            Cell[] row = cells.get(key(f.theme()));
            for (int i = 0; i < domains.size(); i++) {
                if (f.inDomain(domains.get(i))) {
                    row[i] = row[i].plus(f);
                }
            }
        }
        int threshold = crossCuttingThreshold(domains.size());
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> t : themeKeys.entrySet()) {
            Cell[] row = cells.get(t.getKey());
            int present = 0;
            for (Cell c : row) {
                if (!c.isEmpty()) {
                    present++;
                }
            }
            rows.add(new Row(t.getValue(), List.of(row), present, domains.size() > 0 && present >= threshold));
        }
        return new ThemeDomainMatrix(domains, rows);
    }

    private static String key(String theme) {
        return Labelled.squash(theme);
    }

    public List<String> domains() {
        return domains;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The row of a theme (matched ignoring case and punctuation), or null. */
    public Row row(String theme) {
        return rows.stream().filter(r -> key(r.theme()).equals(key(theme))).findFirst().orElse(null);
    }

    /** The cell of a theme and domain; an empty cell when either is not in the matrix. */
    public Cell cell(String theme, String domain) {
        Row r = row(theme);
        int i = -1;
        for (int d = 0; d < domains.size(); d++) {
            if (key(domains.get(d)).equals(key(domain))) {
                i = d;
            }
        }
        return r == null || i < 0 ? Cell.EMPTY : r.cells().get(i);
    }

    /** The themes flagged as cross-cutting, in row order. */
    public List<String> crossCuttingThemes() {
        return rows.stream().filter(Row::crossCutting).map(Row::theme).toList();
    }

    /** The greatest cell strength, for scaling colours; 0 for an empty matrix. */
    public int maxStrength() {
        return maxStrength;
    }

    /**
     * A plain-text table: one row per theme with any factor, each cell {@code +E/-B} (enablers, barriers) with the
     * total strength in brackets, and {@code *} after a cross-cutting theme.
     */
    public String format() {
        int themeWidth = Math.max(5, rows.stream().mapToInt(r -> r.theme().length() + 2).max().orElse(5));
        List<String> heads = domains;
        int[] widths = new int[heads.size()];
        List<String[]> texts = new ArrayList<>();
        for (Row r : rows) {
            if (r.domainsPresent() == 0) {
                continue;
            }
            String[] t = new String[heads.size()];
            for (int i = 0; i < t.length; i++) {
                Cell c = r.cells().get(i);
                t[i] = c.isEmpty() ? "." : String.format(Locale.ROOT, "+%d/-%d (%d)", c.enablers(), c.barriers(),
                        c.strength());
            }
            texts.add(t);
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = heads.get(i).length();
            for (String[] t : texts) {
                widths[i] = Math.max(widths[i], t[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(pad("Theme", themeWidth));
        for (int i = 0; i < widths.length; i++) {
            b.append("  ").append(pad(heads.get(i), widths[i]));
        }
        b.append('\n');
        int n = 0;
        for (Row r : rows) {
            if (r.domainsPresent() == 0) {
                continue;
            }
            String[] t = texts.get(n++);
            b.append(pad(r.theme() + (r.crossCutting() ? " *" : ""), themeWidth));
            for (int i = 0; i < widths.length; i++) {
                b.append("  ").append(pad(t[i], widths[i]));
            }
            b.append('\n');
        }
        b.append("Cells: +enablers/-barriers (total strength). * cross-cutting: present in at least ")
                .append(crossCuttingThreshold(domains.size())).append(" of ").append(domains.size())
                .append(" domains.\n");
        return b.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
