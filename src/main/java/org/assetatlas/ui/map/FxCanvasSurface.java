package org.assetatlas.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.assetatlas.map.MapSurface;

/** A {@link MapSurface} on a JavaFX canvas's {@link GraphicsContext}; use it on the FX thread only. */
public final class FxCanvasSurface implements MapSurface {

    private javafx.scene.image.WritableImage layer;

    private final GraphicsContext g;
    private final double width;
    private final double height;
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Text measure = new Text();

    public FxCanvasSurface(GraphicsContext g) {
        this.g = g;
        this.width = g.getCanvas().getWidth();
        this.height = g.getCanvas().getHeight();
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setFillRule(FillRule.EVEN_ODD);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void clear(int argb) {
        g.clearRect(0, 0, width, height);
        g.setFill(colour(argb));
        g.fillRect(0, 0, width, height);
    }

    @Override
    public void fillPath(List<double[]> rings, int argb) {
        if (rings.isEmpty() || argb >>> 24 == 0) {
            return;
        }
        path(rings, true);
        g.setFill(colour(argb));
        g.setFillRule(FillRule.EVEN_ODD);
        g.fill();
    }

    @Override
    public void strokePath(List<double[]> lines, boolean closed, int argb, double lineWidth) {
        if (lines.isEmpty() || argb >>> 24 == 0) {
            return;
        }
        path(lines, closed);
        g.setStroke(colour(argb));
        g.setLineWidth(lineWidth);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        g.stroke();
    }

    private void path(List<double[]> rings, boolean closed) {
        g.beginPath();
        for (double[] r : rings) {
            if (r.length < 4) {
                continue;
            }
            g.moveTo(r[0], r[1]);
            for (int i = 2; i + 1 < r.length; i += 2) {
                g.lineTo(r[i], r[i + 1]);
            }
            if (closed) {
                g.closePath();
            }
        }
    }

    @Override
    public void drawPixels(int[] premultipliedArgb, int width, int height) {
        if (width <= 0 || height <= 0) {
            return;
        }
        if (layer == null || (int) layer.getWidth() != width || (int) layer.getHeight() != height) {
            layer = new javafx.scene.image.WritableImage(width, height);
        }
        layer.getPixelWriter().setPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbPreInstance(),
                premultipliedArgb, 0, width);
        g.drawImage(layer, 0, 0);
    }

    @Override
    public void fillCircle(double cx, double cy, double radius, int argb) {
        g.setFill(colour(argb));
        g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
    }

    @Override
    public void strokeCircle(double cx, double cy, double radius, int argb, double lineWidth) {
        g.setStroke(colour(argb));
        g.setLineWidth(lineWidth);
        g.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
    }

    @Override
    public void text(String text, double x, double y, double fontSize, boolean bold, int argb, int haloArgb,
                     double haloWidth, TextAnchor anchor) {
        if (text == null || text.isEmpty()) {
            return;
        }
        g.setFont(font(fontSize, bold));
        g.setTextAlign(anchor == TextAnchor.CENTRE ? TextAlignment.CENTER : TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        if (haloWidth > 0 && haloArgb >>> 24 != 0) {
            g.setStroke(colour(haloArgb));
            g.setLineWidth(haloWidth * 2);
            g.setLineJoin(StrokeLineJoin.ROUND);
            g.strokeText(text, x, y);
        }
        g.setFill(colour(argb));
        g.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, double fontSize, boolean bold) {
        measure.setFont(font(fontSize, bold));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public void setOpacity(double opacity) {
        g.setGlobalAlpha(Math.max(0, Math.min(1, opacity)));
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
    }

    @Override
    public void resetClip() {
        g.restore();
    }

    private Font font(double size, boolean bold) {
        long key = Double.doubleToLongBits(size) ^ (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> Font.font(Font.getDefault().getFamily(),
                bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    public static Color colour(int argb) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, (argb >>> 24) / 255.0);
    }
}
