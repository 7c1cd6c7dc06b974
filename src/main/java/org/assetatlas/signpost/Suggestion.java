package org.assetatlas.signpost;

import org.assetatlas.model.Asset;

/**
 * One asset offered for a need, with what a signposter needs to say about it at a glance.
 *
 * @param asset          the asset
 * @param distanceMetres straight-line distance from the place asked about; NaN when either has no location
 * @param why            why it matched, in plain words
 * @param today          its opening today (or on the day asked about), in plain words
 * @param cost           its cost in plain words
 * @param access         its accessibility features, comma-separated ("" when none recorded)
 * @param unverified     true when the record has not been checked in the last 12 months
 * @param score          the ranking score (for tests and tie-breaks; not shown)
 */
public record Suggestion(Asset asset, double distanceMetres, String why, String today, String cost, String access,
                         boolean unverified, double score) {

    /** The distance in words ("0.4 miles"), or a note for assets without a location. */
    public String distanceWords() {
        if (Double.isNaN(distanceMetres)) {
            return asset.located() ? "" : "covers the area or online";
        }
        return Distances.words(distanceMetres);
    }
}
