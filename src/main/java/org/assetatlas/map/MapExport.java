package org.assetatlas.map;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.assetatlas.util.SafeOutput;

/**
 * A finished map as an image, for reports and the {@code map} command: the renderer's layers for a view, then the
 * legend (thematic classes and the visible layers' symbols), a north arrow, a scale bar and the attribution, at
 * screen size or a multiple of it; written as PNG with its resolution recorded (the {@code pHYs} chunk). Needs no
 * display.
 *
 * <p>At a multiple {@code k} the image is {@code k} times as wide and high and shows the same ground: boundaries
 * and points are drawn at the finer resolution, and the legend, scale bar and attribution are scaled by {@code k};
 * the renderer's own symbols (line widths, dots, area names) keep their pixel sizes.
 */
public final class MapExport {

    /** The resolution screens are taken to have: one logical pixel per 1/96 inch. */
    public static final double SCREEN_DPI = 96;

    private MapExport() {
    }

    /** What goes on the map besides the layers. */
    public record Furniture(String title, String attribution, boolean legend, boolean scaleBar, boolean northArrow) {
    }

    /**
     * Draws the map.
     *
     * @param view  the view in logical pixels (its size is the size of the map at 1×)
     * @param k     the multiple, e.g. 2 for 2×, or {@code dpi / 96}
     */
    public static BufferedImage render(MapRenderer renderer, MapViewport view, double k, Furniture f) {
        if (!(k > 0) || k > 16) {
            throw new IllegalArgumentException("The scale must be more than 0 and at most 16, not " + k);
        }
        int w = (int) Math.round(view.width() * k);
        int h = (int) Math.round(view.height() * k);
        if (w < 16 || h < 16 || (long) w * h > 100_000_000L) {
            throw new IllegalArgumentException("An image of " + w + " \u00d7 " + h + " pixels cannot be made; choose"
                    + " between 16 and 10,000 pixels a side");
        }
        MapViewport hv = new MapViewport(view.centreX(), view.centreY(), view.zoom() + Math.log(k) / Math.log(2), w,
                h);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        ImageSurface s = new ImageSurface(image);
        try {
            renderer.render(s, hv);
            double band = MapDecorations.attribution(s, f.attribution(), k);
            if (f.legend()) {
                Legend thematic = null;
                List<MapLayer.LegendItem> more = new ArrayList<>();
                for (LayerStack.Entry e : renderer.layers().entries()) {
                    if (!e.shown()) {
                        continue;
                    }
                    if (e.layer() instanceof ChoroplethLayer c) {
                        thematic = c.mapLegend();
                    } else if (e.layer() instanceof AssetLayer) {
                        more.addAll(e.layer().legend());
                    }
                }
                MapDecorations.legend(s, f.title(), thematic, more, 12 * k, 12 * k, k);
            }
            if (f.northArrow()) {
                MapDecorations.northArrow(s, w - 30 * k, 32 * k, k);
            }
            if (f.scaleBar()) {
                MapDecorations.scaleBar(s, hv, w - 190 * k, h - band - 16 * k, k);
            }
        } finally {
            s.dispose();
        }
        return image;
    }

    /**
     * Writes an image as PNG recording its resolution in dots per inch, replacing {@code file} only once the whole
     * image is written (through {@link SafeOutput}; {@code protect} lists files it must not replace, such as the
     * project).
     */
    public static void writePng(BufferedImage image, Path file, double dpi, Path... protect) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("No PNG writer is available");
        }
        ImageWriter writer = writers.next();
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try {
            SafeOutput.write(file, os -> {
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                        param);
                IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
                IIOMetadataNode phys = new IIOMetadataNode("pHYs");
                String perMetre = Long.toString(Math.round(dpi / 0.0254));
                phys.setAttribute("pixelsPerUnitXAxis", perMetre);
                phys.setAttribute("pixelsPerUnitYAxis", perMetre);
                phys.setAttribute("unitSpecifier", "meter");
                root.appendChild(phys);
                meta.mergeTree("javax_imageio_png_1.0", root);
                try (ImageOutputStream out = ImageIO.createImageOutputStream(os)) {
                    writer.setOutput(out);
                    writer.write(null, new IIOImage(image, null, meta), param);
                }
            }, protect);
        } finally {
            writer.dispose();
        }
    }

    /** The resolution recorded in a PNG file's {@code pHYs} chunk in dots per inch, or NaN when it has none. */
    public static double readDpi(Path file) throws IOException {
        try (var in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException(file.getFileName() + " is not an image");
            }
            javax.imageio.ImageReader r = readers.next();
            try {
                r.setInput(in);
                IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
                var nodes = root.getElementsByTagName("pHYs");
                if (nodes.getLength() == 0) {
                    return Double.NaN;
                }
                IIOMetadataNode phys = (IIOMetadataNode) nodes.item(0);
                if (!"meter".equals(phys.getAttribute("unitSpecifier"))) {
                    return Double.NaN;
                }
                return Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
            } finally {
                r.dispose();
            }
        }
    }
}
