package org.assetatlas.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetStatus;
import org.locationtech.jts.geom.Envelope;

/**
 * Located assets projected once to normalised Web Mercator and held in parallel primitive arrays (row id, x, y,
 * category, status, first domain) for drawing, clustering and hit testing: about 27 bytes an asset rather than a full
 * {@link Asset}. Built from assets ({@link #of}) or straight from a compact store query ({@link #builder}).
 *
 * <p>Assets without a location are left out. Points are kept in drawing order: paused and closed assets first, so
 * active ones are drawn over them, then in the order given. Immutable.
 */
public final class AssetPoints {

    private static final AbcdCategory[] CATEGORIES = AbcdCategory.values();
    private static final AssetStatus[] STATUSES = AssetStatus.values();
    private static final AssetPoints EMPTY = new Builder(0).build();

    private final long[] ids;
    private final double[] x;
    private final double[] y;
    private final byte[] category;
    private final byte[] status;
    private final short[] domain;
    private final List<String> domains;
    private Map<Long, Integer> index;

    private AssetPoints(long[] ids, double[] x, double[] y, byte[] category, byte[] status, short[] domain,
                        List<String> domains) {
        this.ids = ids;
        this.x = x;
        this.y = y;
        this.category = category;
        this.status = status;
        this.domain = domain;
        this.domains = domains;
    }

    public static AssetPoints empty() {
        return EMPTY;
    }

    /** A builder expecting about {@code capacity} points. */
    public static Builder builder(int capacity) {
        return new Builder(capacity);
    }

    /** The located assets of the list. */
    public static AssetPoints of(List<Asset> assets) {
        Builder b = new Builder(assets.size());
        for (Asset a : assets) {
            if (a.located()) {
                b.add(a.id(), a.location().lon(), a.location().lat(), a.category(), a.status(),
                        a.domains().isEmpty() ? null : a.domains().get(0));
            }
        }
        return b.build();
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
        return CATEGORIES[category[i]].rgb();
    }

    /** The ABCD category ordinal of the i-th point. */
    public int category(int i) {
        return category[i];
    }

    public AssetStatus status(int i) {
        return STATUSES[status[i]];
    }

    /** Whether the i-th asset is active (not paused or closed). */
    public boolean active(int i) {
        return status[i] == AssetStatus.ACTIVE.ordinal();
    }

    /** Index into {@link #domains()} of the i-th asset's first domain, or -1 when it has none. */
    public int domain(int i) {
        return domain[i];
    }

    /** The first domains the points name, in order of first appearance. */
    public List<String> domains() {
        return domains;
    }

    /** Index of the asset with this row id, or -1 when it is not among the points. */
    public int indexOf(long id) {
        Map<Long, Integer> m = index;
        if (m == null) {
            m = new HashMap<>(ids.length * 2);
            for (int i = 0; i < ids.length; i++) {
                m.put(ids[i], i);
            }
            index = m;
        }
        Integer i = m.get(id);
        return i == null ? -1 : i;
    }

    /** The box round all points in normalised Mercator coordinates; a null envelope when there are none. */
    public Envelope bounds() {
        Envelope e = new Envelope();
        for (int i = 0; i < ids.length; i++) {
            e.expandToInclude(x[i], y[i]);
        }
        return e;
    }

    /** Collects points one by one; not thread-safe. */
    public static final class Builder {
        private long[] ids;
        private double[] x;
        private double[] y;
        private byte[] category;
        private byte[] status;
        private short[] domain;
        private final List<String> domains = new ArrayList<>();
        private final Map<String, Integer> domainIndex = new HashMap<>();
        private int n;

        private Builder(int capacity) {
            int c = Math.max(16, capacity);
            ids = new long[c];
            x = new double[c];
            y = new double[c];
            category = new byte[c];
            status = new byte[c];
            domain = new short[c];
        }

        /**
         * Adds a located asset.
         *
         * @param firstDomain the asset's first domain, or null
         */
        public Builder add(long id, double lon, double lat, AbcdCategory c, AssetStatus s, String firstDomain) {
            if (n == ids.length) {
                int cap = n * 2;
                ids = Arrays.copyOf(ids, cap);
                x = Arrays.copyOf(x, cap);
                y = Arrays.copyOf(y, cap);
                category = Arrays.copyOf(category, cap);
                status = Arrays.copyOf(status, cap);
                domain = Arrays.copyOf(domain, cap);
            }
            ids[n] = id;
            x[n] = MapViewport.mercatorX(lon);
            y[n] = MapViewport.mercatorY(lat);
            category[n] = (byte) c.ordinal();
            status[n] = (byte) s.ordinal();
            if (firstDomain == null || firstDomain.isEmpty()) {
                domain[n] = -1;
            } else {
                Integer d = domainIndex.get(firstDomain);
                if (d == null) {
                    d = domains.size();
                    domains.add(firstDomain);
                    domainIndex.put(firstDomain, d);
                }
                domain[n] = (short) (int) d;
            }
            n++;
            return this;
        }

        /** The points: paused and closed first, then active ones, each in the order added. */
        public AssetPoints build() {
            int[] order = new int[n];
            int k = 0;
            byte active = (byte) AssetStatus.ACTIVE.ordinal();
            for (int i = 0; i < n; i++) {
                if (status[i] != active) {
                    order[k++] = i;
                }
            }
            for (int i = 0; i < n; i++) {
                if (status[i] == active) {
                    order[k++] = i;
                }
            }
            long[] oi = new long[n];
            double[] ox = new double[n];
            double[] oy = new double[n];
            byte[] oc = new byte[n];
            byte[] os = new byte[n];
            short[] od = new short[n];
            for (int j = 0; j < n; j++) {
                int i = order[j];
                oi[j] = ids[i];
                ox[j] = x[i];
                oy[j] = y[i];
                oc[j] = category[i];
                os[j] = status[i];
                od[j] = domain[i];
            }
            return new AssetPoints(oi, ox, oy, oc, os, od, List.copyOf(domains));
        }
    }
}
