package org.assetatlas.model;

/**
 * What to look for in the asset register. Every part is optional (null or blank = no filter).
 *
 * @param text         words typed by the user; any text is safe, it is never passed to the database as syntax
 * @param domain       a domain name
 * @param areaCode     the code of an area (the assets of its child areas included)
 * @param category     an ABCD category
 * @param status       an asset status
 * @param limit        the most results to return; 0 or less = no limit
 * @param near         only assets within {@code radiusMetres} of this point (unlocated assets are left out)
 * @param radiusMetres the radius for {@code near}
 */
public record AssetQuery(String text, String domain, String areaCode, AbcdCategory category, AssetStatus status,
                         int limit, GeoPoint near, double radiusMetres) {

    public AssetQuery(String text, String domain, String areaCode, AbcdCategory category, AssetStatus status,
                      int limit) {
        this(text, domain, areaCode, category, status, limit, null, 0);
    }

    /** Everything, unfiltered. */
    public static AssetQuery all() {
        return new AssetQuery(null, null, null, null, null, 0, null, 0);
    }

    public AssetQuery withText(String t) {
        return new AssetQuery(t, domain, areaCode, category, status, limit, near, radiusMetres);
    }

    public AssetQuery withDomain(String d) {
        return new AssetQuery(text, d, areaCode, category, status, limit, near, radiusMetres);
    }

    public AssetQuery withArea(String a) {
        return new AssetQuery(text, domain, a, category, status, limit, near, radiusMetres);
    }

    public AssetQuery withCategory(AbcdCategory c) {
        return new AssetQuery(text, domain, areaCode, c, status, limit, near, radiusMetres);
    }

    public AssetQuery withStatus(AssetStatus s) {
        return new AssetQuery(text, domain, areaCode, category, s, limit, near, radiusMetres);
    }

    public AssetQuery withLimit(int n) {
        return new AssetQuery(text, domain, areaCode, category, status, n, near, radiusMetres);
    }

    /** Only assets within the radius of the point. */
    public AssetQuery near(GeoPoint point, double metres) {
        return new AssetQuery(text, domain, areaCode, category, status, limit, point, metres);
    }
}
