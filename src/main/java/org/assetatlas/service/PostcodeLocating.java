package org.assetatlas.service;

import java.util.function.Function;
import org.assetatlas.model.Asset;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.LocationSource;
import org.assetatlas.model.Postcodes;

/**
 * The one rule for placing an asset by its postcode. An asset with a precise location keeps it. Any other asset
 * with a postcode the project's postcode table knows is placed at that postcode's centroid and marked
 * {@link LocationSource#POSTCODE}, so a changed postcode moves it. Its areas then follow from the location as for any
 * located asset.
 */
final class PostcodeLocating {

    private PostcodeLocating() {
    }

    /**
     * The asset placed by its postcode when the rule says so.
     *
     * @param centroids     the centroid of a postcode in compact form, or null when the project does not know it
     * @param forgetUnknown whether an asset placed by a postcode the table does not know (any more) loses that
     *                      location: true in the editor, where the postcode was just changed; false on import,
     *                      where the file's coordinates are the best there is
     */
    static Asset locate(Asset a, Function<String, GeoPoint> centroids, boolean forgetUnknown) {
        if (a.location() != null && a.locationSource() == LocationSource.GIVEN) {
            return a;
        }
        GeoPoint centre = Postcodes.isValid(a.postcode()) ? centroids.apply(Postcodes.compact(a.postcode())) : null;
        if (centre != null) {
            if (centre.equals(a.location()) && a.locatedByPostcode()) {
                return a;
            }
            return a.toBuilder().location(centre).locationSource(LocationSource.POSTCODE).build();
        }
        if (a.locatedByPostcode() && forgetUnknown) {
            Asset.Builder b = a.toBuilder().location(null).locationSource(LocationSource.GIVEN);
            if (!a.areaChosen()) {
                b.areaCode(null); // the area came from the location being dropped
            }
            return b.build();
        }
        return a;
    }

    /** Whether the asset has a postcode but no location: after {@link #locate}, a postcode the project lacks. */
    static boolean unplaced(Asset a) {
        return a.location() == null && !a.postcode().isEmpty();
    }
}
