package org.assetatlas.search;

/**
 * What the search index keeps of one asset: its words by field and the attributes that queries filter on.
 *
 * @param id          the asset's row id
 * @param name        searchable text, most weight
 * @param tags        searchable text
 * @param organisation searchable text
 * @param description searchable text
 * @param address     searchable text, with the postcode
 * @param lat         latitude, NaN when the asset has no location
 * @param lon         longitude, NaN when the asset has no location
 * @param category    the ABCD category's ordinal
 * @param status      the status's ordinal
 * @param domainMask  bit i set when the asset is in the framework's i-th domain
 * @param places      every area the asset is in, at every level (the project's area rule); empty for none
 * @param facets      what signposting filters check (never null)
 */
public record IndexedAsset(long id, String name, String tags, String organisation, String description, String address,
                           double lat, double lon, int category, int status, long domainMask, String[] places,
                           AssetFacets facets) {

    public IndexedAsset {
        facets = facets == null ? AssetFacets.NONE : facets;
        places = places == null ? new String[0] : places;
    }

    /** An entry without signposting facets. */
    public IndexedAsset(long id, String name, String tags, String organisation, String description, String address,
                        double lat, double lon, int category, int status, long domainMask, String... places) {
        this(id, name, tags, organisation, description, address, lat, lon, category, status, domainMask, places,
                AssetFacets.NONE);
    }
}
