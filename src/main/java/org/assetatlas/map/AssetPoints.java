package org.assetatlas.map;

import java.util.ArrayList;
import java.util.List;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetStatus;
import org.locationtech.jts.geom.Envelope;

/**
 * The located assets of a list, projected once to normalised Web Mercator and held in flat arrays for fast drawing
 * and hit testing.
 *
 * <p>Assets without a location are left out. Points are kept in drawing order: paused and closed assets first, so
 * active ones are drawn over them, then in the order given. Immutable.
 */
public final class AssetPoints {

    private static final AssetPoints EMPTY = new AssetPoints(new long[0], new double[0], new double[0], new int[0],
            new AssetStatus[0], new byte[0]);

    private final long[] ids;
    private final double[] x;
    private final double[] y;
    private final int[] rgb;
    private final AssetStatus[] status;
    private final byte[] category;

    private AssetPoints(long[] ids, double[] x, double[] y, int[] rgb, AssetStatus[] status, byte[] category) {
        this.ids = ids;
        this.x = x;
        this.y = y;
        this.rgb = rgb;
        this.status = status;
        this.category = category;
    }

    public static AssetPoints empty() {
        return EMPTY;
    }

    /** The located assets of the list. */
    public static AssetPoints of(List<Asset> assets) {
        List<Asset> located = new ArrayList<>(assets.size());
        for (Asset a : assets) {
            if (a.located() && a.status() != AssetStatus.ACTIVE) {
                located.add(a);
            }
        }
        for (Asset a : assets) {
            if (a.located() && a.status() == AssetStatus.ACTIVE) {
                located.add(a);
            }
        }
        int n = located.size();
        long[] ids = new long[n];
        double[] x = new double[n];
        double[] y = new double[n];
        int[] rgb = new int[n];
        AssetStatus[] status = new AssetStatus[n];
        byte[] category = new byte[n];
        for (int i = 0; i < n; i++) {
            Asset a = located.get(i);
            ids[i] = a.id();
            x[i] = MapViewport.mercatorX(a.location().lon());
            y[i] = MapViewport.mercatorY(a.location().lat());
            AbcdCategory c = a.category();
            rgb[i] = c.rgb();
            category[i] = (byte) c.ordinal();
            status[i] = a.status();
        }
        return new AssetPoints(ids, x, y, rgb, status, category);
    }

    /** Number of located assets. */
    public int size() {
        return ids.length;
    }

    public long id(int i) {
        return ids[i];
    }

    /** Normalised Mercator x of the i-th point. */
    public double x(int i) {
        return x[i];
    }

    /** Normalised Mercator y of the i-th point. */
    public double y(int i) {
        return y[i];
    }

    /** Category colour of the i-th point as 0xRRGGBB. */
    public int rgb(int i) {
        return rgb[i];
    }

    /** The ABCD category ordinal of the i-th point. */
    public int category(int i) {
        return category[i];
    }

    public AssetStatus status(int i) {
        return status[i];
    }

    /** Index of the asset with this row id, or -1 when it is not among the points. */
    public int indexOf(long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    /** The box round all points in normalised Mercator coordinates; a null envelope when there are none. */
    public Envelope bounds() {
        Envelope e = new Envelope();
        for (int i = 0; i < ids.length; i++) {
            e.expandToInclude(x[i], y[i]);
        }
        return e;
    }
}
