package org.assetatlas.map;

import java.util.ArrayList;
import java.util.List;
import org.assetatlas.analysis.Bivariate;
import org.assetatlas.map.MapSurface.TextAnchor;

/**
 * What a finished map carries besides the map itself: a legend box, a scale bar, a north arrow and the data
 * attribution, drawn through {@link MapSurface} so that they look the same on screen and in exported images.
 * Sizes are in logical pixels multiplied by {@code k} (2 for a 2× export).
 */
public final class MapDecorations {

    private static final int INK = 0xFF1F2933;
    private static final int MUTED = 0xFF52606D;
    private static final int PANEL = 0xF2FFFFFF;
    private static final int PANEL_EDGE = 0xFFB8C0CC;
    private static final double EARTH_CIRCUMFERENCE = 40_075_016.686;

    private MapDecorations() {
    }

    /** Ground metres per screen pixel at the centre of a viewport. */
    public static double metresPerPixel(MapViewport v) {
        return Math.cos(Math.toRadians(v.centreLatitude())) * EARTH_CIRCUMFERENCE / v.scale();
    }

    /**
     * The longest round length (1, 2 or 5 × a power of ten metres) whose bar is at most {@code maxPx} pixels.
     *
     * @return {@code {metres, pixels}}
     */
    public static double[] scaleBarLength(MapViewport v, double maxPx) {
        double mpp = metresPerPixel(v);
        double maxMetres = maxPx * mpp;
        double p = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        double metres = p;
        for (double f : new double[] {5, 2, 1}) {
            if (f * p <= maxMetres) {
                metres = f * p;
                break;
            }
        }
        return new double[] {metres, metres / mpp};
    }

    /** Draws a scale bar with its length in metres or kilometres, its left end at {@code (x, y)}. */
    public static void scaleBar(MapSurface s, MapViewport v, double x, double y, double k) {
        double[] len = scaleBarLength(v, 140 * k);
        double w = len[1];
        double h = 6 * k;
        String text = len[0] >= 1000 ? ClassLabel.number(len[0] / 1000) + " km" : ClassLabel.number(len[0]) + " m";
        double tw = s.textWidth(text, 11 * k, false);
        s.fillPath(List.of(rect(x - 6 * k, y - 20 * k, Math.max(w, tw) + 12 * k + 4 * k, 30 * k)), PANEL);
        s.fillPath(List.of(rect(x, y, w / 2, h)), INK);
        s.fillPath(List.of(rect(x + w / 2, y, w / 2, h)), 0xFFFFFFFF);
        s.strokePath(List.of(rect(x, y, w, h)), true, INK, 1 * k);
        s.text(text, x, y - 9 * k, 11 * k, false, INK, 0, 0, TextAnchor.LEFT);
    }

    /** Draws a north arrow centred at {@code (x, y)} (Web Mercator: north is straight up). */
    public static void northArrow(MapSurface s, double x, double y, double k) {
        double h = 22 * k;
        s.fillCircle(x, y, 17 * k, PANEL);
        s.fillPath(List.of(new double[] {x, y - h / 2 - 2 * k, x - 6 * k, y + h / 2 - 6 * k, x, y + h / 2 - 10 * k}),
                INK);
        s.fillPath(List.of(new double[] {x, y - h / 2 - 2 * k, x + 6 * k, y + h / 2 - 6 * k, x, y + h / 2 - 10 * k}),
                MUTED);
        s.text("N", x, y + h / 2 + 1 * k, 9 * k, true, INK, PANEL, 2 * k, TextAnchor.CENTRE);
    }

    /**
     * Draws the attribution as small text on a light band along the bottom edge, wrapped to the width; lines of
     * the text are joined with " · ".
     *
     * @return the height of the band in pixels
     */
    public static double attribution(MapSurface s, String text, double k) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        double size = 9.5 * k;
        double pad = 5 * k;
        List<String> lines = wrap(s, String.join(" \u00b7 ", text.strip().lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList()), size, s.width() - 2 * pad);
        double lineH = size * 1.3;
        double bandH = lines.size() * lineH + 2 * pad;
        double top = s.height() - bandH;
        s.fillPath(List.of(rect(0, top, s.width(), bandH)), 0xE6FFFFFF);
        s.strokePath(List.of(new double[] {0, top, s.width(), top}), false, PANEL_EDGE, 1 * k);
        for (int i = 0; i < lines.size(); i++) {
            s.text(lines.get(i), pad, top + pad + lineH * (i + 0.5), size, false, MUTED, 0, 0, TextAnchor.LEFT);
        }
        return bandH;
    }

    /**
     * Draws a legend box with its top-left corner at {@code (x, y)}: an optional map title, the thematic legend
     * (classes, or the bivariate grid) and then further rows (e.g. the asset categories).
     *
     * @return the box's {@code {width, height}}
     */
    public static double[] legend(MapSurface s, String mapTitle, Legend thematic, List<MapLayer.LegendItem> more,
                                  double x, double y, double k) {
        double pad = 9 * k;
        double row = 17 * k;
        double sw = 14 * k;
        double titleSize = 13 * k;
        double textSize = 11 * k;
        List<Runnable> ops = new ArrayList<>();
        double[] cursor = {y + pad};
        double[] width = {0};
        if (mapTitle != null && !mapTitle.isBlank()) {
            double ty = cursor[0] + titleSize * 0.6;
            ops.add(() -> s.text(mapTitle, x + pad, ty, titleSize, true, INK, 0, 0, TextAnchor.LEFT));
            width[0] = Math.max(width[0], s.textWidth(mapTitle, titleSize, true));
            cursor[0] += titleSize * 1.5;
        }
        if (thematic != null) {
            double hy = cursor[0] + textSize * 0.6;
            ops.add(() -> s.text(thematic.title(), x + pad, hy, textSize, true, INK, 0, 0, TextAnchor.LEFT));
            width[0] = Math.max(width[0], s.textWidth(thematic.title(), textSize, true));
            cursor[0] += textSize * 1.35;
            if (!thematic.subtitle().isBlank()) {
                double sy = cursor[0] + textSize * 0.5;
                ops.add(() -> s.text(thematic.subtitle(), x + pad, sy, textSize * 0.9, false, MUTED, 0, 0,
                        TextAnchor.LEFT));
                width[0] = Math.max(width[0], s.textWidth(thematic.subtitle(), textSize * 0.9, false));
                cursor[0] += textSize * 1.4;
            }
            if (thematic.bivariate() != null) {
                double[] size = bivariateGrid(s, thematic.bivariate(), x + pad, cursor[0], k, ops);
                width[0] = Math.max(width[0], size[0]);
                cursor[0] += size[1] + 4 * k;
            }
            for (MapLayer.LegendItem item : thematic.items()) {
                cursor[0] = legendRow(s, item, x + pad, cursor[0], sw, row, textSize, ops, width);
            }
        }
        if (!more.isEmpty()) {
            cursor[0] += 4 * k;
            for (MapLayer.LegendItem item : more) {
                cursor[0] = legendRow(s, item, x + pad, cursor[0], sw, row, textSize, ops, width);
            }
        }
        double w = width[0] + 2 * pad;
        double h = cursor[0] - y + pad;
        s.fillPath(List.of(rect(x, y, w, h)), PANEL);
        s.strokePath(List.of(rect(x, y, w, h)), true, PANEL_EDGE, 1 * k);
        ops.forEach(Runnable::run);
        return new double[] {w, h};
    }

    private static double legendRow(MapSurface s, MapLayer.LegendItem item, double x, double top, double sw,
                                    double row, double textSize, List<Runnable> ops, double[] width) {
        double cy = top + row / 2;
        ops.add(() -> {
            switch (item.shape()) {
                case DOT -> s.fillCircle(x + sw / 2, cy, sw * 0.36, item.argb());
                case LINE -> s.strokePath(List.of(new double[] {x, cy, x + sw, cy}), false, item.argb(), sw / 6);
                default -> {
                    s.fillPath(List.of(rect(x, cy - sw / 2 + 1, sw, sw - 2)), item.argb());
                    s.strokePath(List.of(rect(x, cy - sw / 2 + 1, sw, sw - 2)), true, 0x66000000, sw / 14);
                }
            }
            s.text(item.label(), x + sw + sw * 0.5, cy, textSize, false, INK, 0, 0, TextAnchor.LEFT);
        });
        width[0] = Math.max(width[0], sw * 1.5 + s.textWidth(item.label(), textSize, false));
        return top + row;
    }

    /** The 3 × 3 grid: need rising to the right, supply rising upwards; returns its {width, height}. */
    private static double[] bivariateGrid(MapSurface s, Bivariate b, double x, double y, double k,
                                          List<Runnable> ops) {
        double cell = 22 * k;
        double size = 10 * k;
        double gridX = x + 16 * k;
        double gridTop = y + 2 * k;
        int n = Bivariate.SIZE;
        ops.add(() -> {
            for (int supply = 0; supply < n; supply++) {
                for (int need = 0; need < n; need++) {
                    double cx = gridX + need * cell;
                    double cy = gridTop + (n - 1 - supply) * cell;
                    s.fillPath(List.of(rect(cx, cy, cell - 1, cell - 1)), Palettes.BIVARIATE[supply][need]);
                }
            }
            double gx = gridX + n * cell;
            // axis arrows and names
            s.strokePath(List.of(new double[] {gridX, gridTop + n * cell + 4 * k, gx, gridTop + n * cell + 4 * k}),
                    false, INK, 1.2 * k);
            s.strokePath(List.of(new double[] {gx - 5 * k, gridTop + n * cell + 1 * k, gx, gridTop + n * cell + 4 * k,
                gx - 5 * k, gridTop + n * cell + 7 * k}), false, INK, 1.2 * k);
            s.strokePath(List.of(new double[] {gridX - 5 * k, gridTop + n * cell, gridX - 5 * k, gridTop}), false,
                    INK, 1.2 * k);
            s.strokePath(List.of(new double[] {gridX - 8 * k, gridTop + 5 * k, gridX - 5 * k, gridTop,
                gridX - 2 * k, gridTop + 5 * k}), false, INK, 1.2 * k);
            s.text("More need \u2192", gridX, gridTop + n * cell + 14 * k, size, false, INK, 0, 0, TextAnchor.LEFT);
            s.text("\u2191 More assets", gx + 6 * k, gridTop + 6 * k, size, false, INK, 0, 0, TextAnchor.LEFT);
            s.fillPath(List.of(rect(gx + 6 * k, gridTop + 2 * cell + 4 * k, 10 * k, 10 * k)), Palettes.BIVARIATE[0][2]);
            s.text("High need, few assets", gx + 20 * k, gridTop + 2 * cell + 9 * k, size, true, INK, 0, 0,
                    TextAnchor.LEFT);
        });
        double labelW = Math.max(s.textWidth("\u2191 More assets", size, false),
                20 * k + s.textWidth("High need, few assets", size, true));
        String needNote = "Need: " + b.needLabels().get(n - 1) + " = high";
        String supplyNote = "Assets: tertiles of " + b.supplyName().toLowerCase(java.util.Locale.ROOT);
        double noteY = gridTop + n * cell + 26 * k;
        ops.add(() -> {
            s.text(needNote, x, noteY, size, false, MUTED, 0, 0, TextAnchor.LEFT);
            s.text(supplyNote, x, noteY + size * 1.35, size, false, MUTED, 0, 0, TextAnchor.LEFT);
        });
        double w = Math.max(16 * k + n * cell + 6 * k + labelW,
                Math.max(s.textWidth(needNote, size, false), s.textWidth(supplyNote, size, false)));
        return new double[] {w, noteY + size * 1.35 + size * 0.6 - y};
    }

    /** Greedy word wrap; each word is measured once and a line's width taken as the sum of its words'. */
    private static List<String> wrap(MapSurface s, String text, double size, double maxWidth) {
        List<String> lines = new ArrayList<>();
        double space = s.textWidth("a b", size, false) - s.textWidth("ab", size, false);
        StringBuilder line = new StringBuilder();
        double width = 0;
        for (String word : text.split(" ")) {
            double w = s.textWidth(word, size, false);
            if (!line.isEmpty() && width + space + w > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
                width = w;
            } else {
                if (!line.isEmpty()) {
                    line.append(' ');
                    width += space;
                }
                line.append(word);
                width += w;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static double[] rect(double x, double y, double w, double h) {
        return new double[] {x, y, x + w, y, x + w, y + h, x, y + h};
    }

    /** Number formatting for map furniture. */
    static final class ClassLabel {
        private ClassLabel() {
        }

        static String number(double v) {
            return org.assetatlas.analysis.ClassBreaks.format(v);
        }
    }
}
