package org.assetatlas.io;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of the asset CSV format, in the canonical export order, with the header variants accepted on import.
 *
 * <p>Header names match ignoring case, spaces, {@code _}, {@code -} and {@code .}, so {@code "Post Code"},
 * {@code "post_code"} and {@code "POSTCODE"} all name {@link #POSTCODE}.
 */
enum Column {
    ID("id", "uid", "asset id", "ref", "reference"),
    NAME("name", "asset name", "title", "organisation name", "service name"),
    DESCRIPTION("description", "details", "summary", "about", "notes"),
    KIND("kind", "type", "asset type"),
    CATEGORY("category", "abcd category", "abcd", "asset category"),
    DOMAINS("domains", "domain", "live well domain", "themes"),
    AREA("area", "neighbourhood", "area name", "locality"),
    TAGS("tags", "keywords"),
    ORGANISATION("organisation", "organization", "provider", "run by", "org"),
    ADDRESS("address", "street address", "address line 1"),
    POSTCODE("postcode", "post code", "postal code", "zip"),
    LATITUDE("latitude", "lat", "y"),
    LONGITUDE("longitude", "lon", "lng", "long", "x"),
    EASTING("easting"),
    NORTHING("northing"),
    LOCATION_SOURCE("location_source", "located by"),
    PHONE("phone", "telephone", "tel", "phone number", "contact number"),
    EMAIL("email", "e-mail", "email address"),
    WEBSITE("website", "url", "web", "web site", "link"),
    OPENING_HOURS("opening_hours", "opening times", "hours", "schedule"),
    OPENING_NOTE("opening_note", "opening times note", "hours note"),
    COST("cost", "price", "charge", "fee"),
    COST_NOTE("cost_note", "price note", "cost details"),
    ACCESSIBILITY("accessibility", "access", "accessibility features"),
    AGE_MIN("age_min", "minimum age", "age from"),
    AGE_MAX("age_max", "maximum age", "age to"),
    LANGUAGES("languages", "language"),
    REFERRAL("referral", "referral route", "access route"),
    STATUS("status"),
    CAPACITY_NOTE("capacity_note", "capacity"),
    LAST_VERIFIED("last_verified", "verified", "verified on", "date verified"),
    VERIFIED_BY("verified_by"),
    SOURCE("source", "data source", "record source"),
    ILLUSTRATIVE("illustrative"),
    NEEDS_CHECKING("needs_checking", "needs checking", "to check", "review note"),
    CREATED("created"),
    UPDATED("updated");

    /** The columns written on export: every column but easting and northing, which import alone uses. */
    static final List<Column> EXPORTED = List.of(values()).stream()
            .filter(c -> c != EASTING && c != NORTHING)
            .toList();

    private static final Map<String, Column> CANONICAL = new HashMap<>();
    private static final Map<String, Column> VARIANTS = new HashMap<>();

    static {
        for (Column c : values()) {
            put(CANONICAL, key(c.header), c);
        }
        for (Column c : values()) {
            for (String v : c.variants) {
                String k = key(v);
                Column named = CANONICAL.get(k);
                if (named != null && named != c) {
                    throw new IllegalStateException("Header \"" + v + "\" names both " + named + " and " + c);
                }
                if (named == null) {
                    put(VARIANTS, k, c);
                }
            }
        }
    }

    private final String header;
    private final List<String> variants;

    Column(String header, String... variants) {
        this.header = header;
        this.variants = List.of(variants);
    }

    /** The name written in the header row on export. */
    String header() {
        return header;
    }

    /** The column's exact name, ignoring case and separators; null when the header is not a canonical name. */
    static Column canonical(String headerName) {
        return CANONICAL.get(key(headerName));
    }

    /** The column a variant header names, ignoring case and separators; null when it names none. */
    static Column variant(String headerName) {
        return VARIANTS.get(key(headerName));
    }

    /** Lower case, without white space, {@code _}, {@code -}, {@code .} or a stray byte-order mark. */
    static String key(String headerName) {
        StringBuilder b = new StringBuilder(headerName.length());
        for (int i = 0; i < headerName.length(); i++) {
            char ch = headerName.charAt(i);
            if (ch != '_' && ch != '-' && ch != '.' && ch != '\uFEFF' && !Character.isWhitespace(ch) && ch != '\u00A0') {
                b.append(ch);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static void put(Map<String, Column> map, String key, Column c) {
        Column old = map.put(key, c);
        if (old != null && old != c) {
            throw new IllegalStateException("Header \"" + key + "\" names both " + old + " and " + c);
        }
    }
}
