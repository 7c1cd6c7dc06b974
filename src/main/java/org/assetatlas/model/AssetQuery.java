package org.assetatlas.model;

/**
 * What to look for in the asset register. Every part is optional (null or blank = no filter).
 *
 * @param text     words typed by the user; any text is safe, it is never passed to the database as syntax
 * @param domain   a domain name
 * @param areaCode the code of an area (its sub-areas' assets included for neighbourhoods)
 * @param category an ABCD category
 * @param status   an asset status
 * @param limit    the most results to return; 0 or less = no limit
 */
public record AssetQuery(String text, String domain, String areaCode, AbcdCategory category, AssetStatus status,
                         int limit) {

    /** Everything, unfiltered. */
    public static AssetQuery all() {
        return new AssetQuery(null, null, null, null, null, 0);
    }

    public AssetQuery withText(String t) {
        return new AssetQuery(t, domain, areaCode, category, status, limit);
    }

    public AssetQuery withDomain(String d) {
        return new AssetQuery(text, d, areaCode, category, status, limit);
    }

    public AssetQuery withArea(String a) {
        return new AssetQuery(text, domain, a, category, status, limit);
    }

    public AssetQuery withCategory(AbcdCategory c) {
        return new AssetQuery(text, domain, areaCode, c, status, limit);
    }

    public AssetQuery withStatus(AssetStatus s) {
        return new AssetQuery(text, domain, areaCode, category, s, limit);
    }

    public AssetQuery withLimit(int n) {
        return new AssetQuery(text, domain, areaCode, category, status, n);
    }
}
