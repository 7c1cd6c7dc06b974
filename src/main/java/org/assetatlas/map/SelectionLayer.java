package org.assetatlas.map;

import java.util.Arrays;
import org.assetatlas.model.AssetStatus;

/**
 * The selected assets on top of everything: the current asset larger with a dark ring and a light halo, and the
 * assets of a rectangle or lasso selection with a dark ring each (also inside clusters, so a selection shows where
 * it is at any zoom). Dynamic.
 */
public final class SelectionLayer implements MapLayer {

    /** The id of the selection layer. */
    public static final String ID = "selection";

    private final MapStyle style;
    private final AssetLayer assets;
    private final PointRaster raster = new PointRaster();
    private long selectedId;
    private long[] marked = new long[0];
    private long version;

    public SelectionLayer(MapStyle style, AssetLayer assets) {
        this.style = style;
        this.assets = assets;
    }

    /** The row id of the current asset, or 0 for none. */
    public void setSelectedId(long id) {
        if (id != selectedId) {
            selectedId = id;
            version++;
        }
    }

    public long selectedId() {
        return selectedId;
    }

    /** The row ids of the assets of a rectangle or lasso selection (may be empty). */
    public void setMarked(long[] ids) {
        long[] copy = ids == null ? new long[0] : ids.clone();
        Arrays.sort(copy);
        if (!Arrays.equals(copy, marked)) {
            marked = copy;
            version++;
        }
    }

    /** The marked row ids, sorted. */
    public long[] marked() {
        return marked.clone();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Selection";
    }

    @Override
    public Caching caching() {
        return Caching.DYNAMIC;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void draw(MapSurface s, MapViewport v) {
        AssetPoints points = assets.points();
        if (marked.length > 0) {
            int iw = (int) Math.ceil(v.width());
            int ih = (int) Math.ceil(v.height());
            int[] direct = s instanceof ImageSurface is ? is.directPixels() : null;
            if (direct != null) {
                raster.attach(direct, iw, ih);
            } else {
                raster.reset(iw, ih);
            }
            PointRaster.Sprite ring = raster.sprite(0, style.selectionRing(), style.pointRadius(v.zoom()) + 1.5);
            PointRaster.Sprite halo = raster.sprite(0, style.selectionHalo(), style.pointRadius(v.zoom()) + 2.7);
            for (long id : marked) {
                int i = points.indexOf(id);
                if (i >= 0) {
                    double x = v.screenXOfMercator(points.x(i));
                    double y = v.screenYOfMercator(points.y(i));
                    if (x > -10 && y > -10 && x < iw + 10 && y < ih + 10) {
                        raster.stamp(x, y, halo);
                        raster.stamp(x, y, ring);
                    }
                }
            }
            if (direct == null) {
                s.drawPixels(raster.pixels(), iw, ih);
            }
        }
        if (selectedId == 0) {
            return;
        }
        int i = points.indexOf(selectedId);
        if (i < 0) {
            return;
        }
        double x = v.screenXOfMercator(points.x(i));
        double y = v.screenYOfMercator(points.y(i));
        double r = style.selectedRadius(v.zoom());
        s.fillCircle(x, y, r + 2.5, style.selectionHalo());
        s.fillCircle(x, y, r, style.pointFill(assets.symbology().rgbOf(points, i), AssetStatus.ACTIVE));
        s.strokeCircle(x, y, r, style.selectionRing(), 2.5);
    }
}
