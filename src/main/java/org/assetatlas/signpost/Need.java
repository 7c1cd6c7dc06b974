package org.assetatlas.signpost;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.GeoPoint;

/**
 * What a resident needs, as the signposter puts it: words, where, and what must be true of the help. Every part
 * but the words is optional (null, false or empty = no filter).
 *
 * @param text            the need in plain words; any text is safe
 * @param near            the point results are ranked by distance from
 * @param placeLabel      how the place was given ("CO4 3QE", "map point", an area's name), for display and the log
 * @param areaCode        only assets in this area, at any level (see the project's area tree)
 * @param domain          only assets in this domain
 * @param category        only assets in this ABCD category
 * @param freeOrLowCost   only free or low-cost assets
 * @param access          only assets offering all these accessibility features
 * @param age             only assets that serve this age (no age limits recorded counts as serving it)
 * @param openAt          only assets open at this moment (bank holidays closed)
 * @param selfReferral    only assets a resident can contact directly
 * @param nearBusStop     only assets near a bus stop
 * @param includeInactive include paused and closed assets
 * @param limit           the most results
 */
public record Need(String text, GeoPoint near, String placeLabel, String areaCode, String domain, AbcdCategory category,
                   boolean freeOrLowCost, Set<AccessFeature> access, Integer age, LocalDateTime openAt,
                   boolean selfReferral, boolean nearBusStop, boolean includeInactive, int limit) {

    /** Results shown when no limit is given. */
    public static final int DEFAULT_LIMIT = 20;

    public Need {
        text = text == null ? "" : text;
        access = access == null || access.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(access));
        limit = limit <= 0 ? DEFAULT_LIMIT : limit;
    }

    /** Just words, no filters. */
    public static Need of(String text) {
        return new Need(text, null, null, null, null, null, false, Set.of(), null, null, false, false, false, 0);
    }

    public Need withText(String t) {
        return new Need(t, near, placeLabel, areaCode, domain, category, freeOrLowCost, access, age, openAt,
                selfReferral, nearBusStop, includeInactive, limit);
    }

    public Need near(GeoPoint point, String label) {
        return new Need(text, point, label, areaCode, domain, category, freeOrLowCost, access, age, openAt,
                selfReferral, nearBusStop, includeInactive, limit);
    }

    public Need inArea(String code) {
        return new Need(text, near, placeLabel, code, domain, category, freeOrLowCost, access, age, openAt,
                selfReferral, nearBusStop, includeInactive, limit);
    }

    public Need inDomain(String d) {
        return new Need(text, near, placeLabel, areaCode, d, category, freeOrLowCost, access, age, openAt,
                selfReferral, nearBusStop, includeInactive, limit);
    }

    public Need inCategory(AbcdCategory c) {
        return new Need(text, near, placeLabel, areaCode, domain, c, freeOrLowCost, access, age, openAt,
                selfReferral, nearBusStop, includeInactive, limit);
    }

    public Need freeOrLowCost(boolean on) {
        return new Need(text, near, placeLabel, areaCode, domain, category, on, access, age, openAt,
                selfReferral, nearBusStop, includeInactive, limit);
    }

    public Need withAccess(Set<AccessFeature> features) {
        return new Need(text, near, placeLabel, areaCode, domain, category, freeOrLowCost, features, age, openAt,
                selfReferral, nearBusStop, includeInactive, limit);
    }

    public Need forAge(Integer years) {
        return new Need(text, near, placeLabel, areaCode, domain, category, freeOrLowCost, access, years, openAt,
                selfReferral, nearBusStop, includeInactive, limit);
    }

    public Need openAt(LocalDateTime when) {
        return new Need(text, near, placeLabel, areaCode, domain, category, freeOrLowCost, access, age, when,
                selfReferral, nearBusStop, includeInactive, limit);
    }

    public Need selfReferral(boolean on) {
        return new Need(text, near, placeLabel, areaCode, domain, category, freeOrLowCost, access, age, openAt,
                on, nearBusStop, includeInactive, limit);
    }

    public Need nearBusStop(boolean on) {
        return new Need(text, near, placeLabel, areaCode, domain, category, freeOrLowCost, access, age, openAt,
                selfReferral, on, includeInactive, limit);
    }

    public Need includeInactive(boolean on) {
        return new Need(text, near, placeLabel, areaCode, domain, category, freeOrLowCost, access, age, openAt,
                selfReferral, nearBusStop, on, limit);
    }

    public Need withLimit(int n) {
        return new Need(text, near, placeLabel, areaCode, domain, category, freeOrLowCost, access, age, openAt,
                selfReferral, nearBusStop, includeInactive, n);
    }
}
