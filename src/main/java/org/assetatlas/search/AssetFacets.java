package org.assetatlas.search;

/**
 * What signposting filters check on an asset besides its words, kept compact in the index.
 *
 * @param cost             the cost band's ordinal (-1 = not known)
 * @param accessMask       bit i set when the asset offers the i-th accessibility feature
 * @param ageMin           youngest age served (-1 = no lower limit recorded)
 * @param ageMax           oldest age served (-1 = no upper limit recorded)
 * @param referral         the referral route's ordinal (-1 = not known)
 * @param openingHours     the weekly schedule in its text form ("" = not known)
 * @param verifiedEpochDay the day the record was last checked, as days since 1970-01-01 ({@link #UNKNOWN_DAY} = never)
 * @param busStopMetres    distance to the nearest bus stop in metres (NaN = not known)
 */
public record AssetFacets(int cost, int accessMask, int ageMin, int ageMax, int referral, String openingHours,
                          int verifiedEpochDay, double busStopMetres) {

    /** Marks a record never verified. */
    public static final int UNKNOWN_DAY = Integer.MIN_VALUE;

    /** Nothing known. */
    public static final AssetFacets NONE = new AssetFacets(-1, 0, -1, -1, -1, "", UNKNOWN_DAY, Double.NaN);

    public AssetFacets {
        openingHours = openingHours == null ? "" : openingHours;
    }
}
