package org.assetatlas.map;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.assetatlas.util.SafeOutput;

/**
 * A {@link MapSurface} on a Java2D {@link BufferedImage}: for PNG export and reports without a display, and for
 * tests that probe pixels. Works with {@code java.awt.headless=true}.
 *
 * <p>Drawing is anti-aliased. Call {@link #dispose()} (or {@link #writePng}) when done to release the graphics
 * context.
 */
public final class ImageSurface implements MapSurface {

    private BufferedImage layer;
    private double opacity = 1;
    private int[] direct;

    private final BufferedImage image;
    private final Graphics2D g;
    private final double scale;

    /** A transparent ARGB image of the given size in pixels. */
    public ImageSurface(int width, int height) {
        this(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB));
    }

    /**
     * A transparent image of premultiplied ARGB pixels whose buffer the map layers may write straight into (see
     * {@link #directPixels()}); the renderer composes its frames on one.
     */
    public static ImageSurface premultiplied(int width, int height) {
        return new ImageSurface(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE));
    }

    /** Draws onto an existing image. */
    public ImageSurface(BufferedImage image) {
        this(image, 1);
    }

    /**
     * A transparent ARGB image {@code scale} times the given size, drawn on as if it were the given size: for print,
     * where a map laid out at screen size needs more pixels to stay crisp. Line widths, point sizes and text grow
     * with the scale.
     */
    public static ImageSurface scaled(int width, int height, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_ARGB);
        return new ImageSurface(image, scale);
    }

    private ImageSurface(BufferedImage image, double scale) {
        this.image = image;
        this.scale = scale;
        this.g = image.createGraphics();
        if (scale != 1) {
            g.scale(scale, scale);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /**
     * The image's pixel buffer (premultiplied ARGB, row-major) when the image is of that type, for layers that
     * rasterise their own symbols; null for other image types.
     */
    int[] directPixels() {
        if (direct == null && image.getType() == BufferedImage.TYPE_INT_ARGB_PRE) {
            direct = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }
        return direct;
    }

    /** The opacity set by {@link #setOpacity}. */
    double opacity() {
        return opacity;
    }

    public BufferedImage image() {
        return image;
    }

    /** The colour of one pixel as 0xAARRGGBB. */
    public int pixel(int x, int y) {
        return image.getRGB(x, y);
    }

    @Override
    public double width() {
        return image.getWidth() / scale;
    }

    @Override
    public double height() {
        return image.getHeight() / scale;
    }

    @Override
    public void clear(int argb) {
        var old = g.getComposite();
        g.setComposite(AlphaComposite.Src);
        g.setColor(colour(argb));
        g.fillRect(0, 0, (int) Math.ceil(width()), (int) Math.ceil(height()));
        g.setComposite(old);
    }

    @Override
    public void fillPath(List<double[]> rings, int argb) {
        if (rings.isEmpty() || alpha(argb) == 0) {
            return;
        }
        g.setColor(colour(argb));
        g.fill(path(rings, true));
    }

    @Override
    public void strokePath(List<double[]> lines, boolean closed, int argb, double lineWidth) {
        if (lines.isEmpty() || alpha(argb) == 0) {
            return;
        }
        g.setColor(colour(argb));
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path(lines, closed));
    }

    private static Path2D path(List<double[]> rings, boolean closed) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] r : rings) {
            if (r.length < 4) {
                continue;
            }
            p.moveTo(r[0], r[1]);
            for (int i = 2; i + 1 < r.length; i += 2) {
                p.lineTo(r[i], r[i + 1]);
            }
            if (closed) {
                p.closePath();
            }
        }
        return p;
    }

    @Override
    public void drawPixels(int[] premultipliedArgb, int width, int height) {
        if (layer == null || layer.getWidth() != width || layer.getHeight() != height) {
            layer = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        int[] target = ((java.awt.image.DataBufferInt) layer.getRaster().getDataBuffer()).getData();
        System.arraycopy(premultipliedArgb, 0, target, 0, Math.min(target.length, premultipliedArgb.length));
        g.drawImage(layer, 0, 0, null);
    }

    /**
     * Copies opaque pixels straight into an image of packed ARGB ints of the same size when nothing (opacity, clip)
     * asks for blending; otherwise draws them as {@link #drawPixels} does.
     */
    @Override
    public void drawOpaquePixels(int[] argb, int width, int height) {
        int type = image.getType();
        boolean packed = type == BufferedImage.TYPE_INT_ARGB || type == BufferedImage.TYPE_INT_ARGB_PRE
                || type == BufferedImage.TYPE_INT_RGB;
        if (packed && opacity >= 1 && g.getClip() == null && width == image.getWidth()
                && height == image.getHeight() && argb.length >= width * height) {
            int[] target = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
            System.arraycopy(argb, 0, target, 0, width * height);
            return;
        }
        drawPixels(argb, width, height);
    }

    @Override
    public void fillCircle(double cx, double cy, double radius, int argb) {
        if (alpha(argb) == 0) {
            return;
        }
        g.setColor(colour(argb));
        g.fill(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void strokeCircle(double cx, double cy, double radius, int argb, double lineWidth) {
        if (alpha(argb) == 0) {
            return;
        }
        g.setColor(colour(argb));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void text(String text, double x, double y, double fontSize, boolean bold, int argb, int haloArgb,
                     double haloWidth, TextAnchor anchor) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Font font = font(fontSize, bold);
        FontRenderContext frc = g.getFontRenderContext();
        TextLayout layout = new TextLayout(text, font, frc);
        double left = anchor == TextAnchor.CENTRE ? x - layout.getAdvance() / 2.0 : x;
        double baseline = y + (layout.getAscent() - layout.getDescent()) / 2.0;
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(left, baseline));
        if (haloWidth > 0 && alpha(haloArgb) != 0) {
            g.setColor(colour(haloArgb));
            g.setStroke(new BasicStroke((float) haloWidth * 2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(colour(argb));
        g.fill(outline);
    }

    @Override
    public double textWidth(String text, double fontSize, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return new TextLayout(text, font(fontSize, bold), g.getFontRenderContext()).getAdvance();
    }

    @Override
    public void setOpacity(double opacity) {
        this.opacity = Math.max(0, Math.min(1, opacity));
        float a = (float) this.opacity;
        g.setComposite(a >= 1f ? AlphaComposite.SrcOver : AlphaComposite.getInstance(AlphaComposite.SRC_OVER, a));
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.setClip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void resetClip() {
        g.setClip(null);
    }

    /**
     * Writes the image as PNG (creating folders as needed), whole or not at all ({@link SafeOutput}), and releases
     * the graphics context.
     */
    public void writePng(Path file) throws IOException {
        dispose();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        SafeOutput.write(file, os -> {
            if (!ImageIO.write(image, "png", os)) {
                throw new IOException("No PNG writer is available");
            }
        });
    }

    /** Releases the graphics context; the image stays usable. */
    public void dispose() {
        g.dispose();
    }

    private static Font font(double size, boolean bold) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    private static Color colour(int argb) {
        return new Color(argb, true);
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }
}
