package org.assetatlas.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Asset counts as an area × domain table, with a total of distinct assets per area.
 *
 * @param domains   column headings, in framework order
 * @param rows      one row per area (areas with no assets included), then "No area" when some assets have none
 * @param totalRow  assets per domain over all areas
 * @param assets    distinct assets over all areas
 */
public record AreaDomainTable(List<String> domains, List<Row> rows, long[] totalRow, long assets) {

    /** One area's counts: per domain, and distinct assets (an asset in two domains counts once here). */
    public record Row(String areaCode, String areaName, long[] counts, long assets) {
    }

    /** The table as aligned plain text, for the terminal. */
    public String format() {
        List<String[]> lines = new ArrayList<>();
        String[] head = new String[domains.size() + 2];
        head[0] = "Area";
        for (int i = 0; i < domains.size(); i++) {
            head[i + 1] = domains.get(i);
        }
        head[head.length - 1] = "Assets";
        lines.add(head);
        for (Row r : rows) {
            lines.add(line(r.areaName(), r.counts(), r.assets()));
        }
        lines.add(line("All areas", totalRow, assets));
        int[] width = new int[head.length];
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                width[i] = Math.max(width[i], l[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < lines.size(); n++) {
            String[] l = lines.get(n);
            for (int i = 0; i < l.length; i++) {
                if (i == 0) {
                    b.append(String.format("%-" + width[i] + "s", l[i]));
                } else {
                    b.append("  ").append(String.format("%" + width[i] + "s", l[i]));
                }
            }
            b.append(System.lineSeparator());
            if (n == 0 || n == lines.size() - 2) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                b.append("-".repeat(total - 2)).append(System.lineSeparator());
            }
        }
        return b.toString();
    }

    private static String[] line(String name, long[] counts, long assets) {
        String[] out = new String[counts.length + 2];
        out[0] = name;
        for (int i = 0; i < counts.length; i++) {
            out[i + 1] = Long.toString(counts[i]);
        }
        out[out.length - 1] = Long.toString(assets);
        return out;
    }
}
