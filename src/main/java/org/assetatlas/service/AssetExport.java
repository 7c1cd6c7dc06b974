package org.assetatlas.service;

import org.assetatlas.analysis.PersonalDetails;

/**
 * What an asset export writes, or will write: how many assets, and how many individuals are in it or left out of it
 * (see {@link PersonalDetails}). Its sentences are the ones the app and the command line show.
 *
 * @param assets              assets written
 * @param individualsIncluded individuals written with their personal details (only when the user opted in)
 * @param individualsLeftOut  individuals left out to protect their personal details
 */
public record AssetExport(long assets, int individualsIncluded, int individualsLeftOut) {

    static AssetExport of(PersonalDetails.Release release) {
        return new AssetExport(release.assets().size(), release.individualsIncluded(), release.individualsLeftOut());
    }

    /**
     * How many individuals were left out, e.g. {@code 12 individuals left out to protect their personal details};
     * empty when none was.
     */
    public String leftOutNote() {
        return individualsLeftOut == 0 ? ""
                : individuals(individualsLeftOut) + " left out to protect their personal details";
    }

    /**
     * The warning to give before writing an export that includes individuals, e.g. {@code This export includes the
     * contact details of 12 individuals. Only share it with people allowed to see them.}; empty when it includes
     * none.
     */
    public String includedWarning() {
        return individualsIncluded == 0 ? ""
                : "This export includes the contact details of " + individuals(individualsIncluded)
                        + ". Only share it with people allowed to see them.";
    }

    private static String individuals(int n) {
        return n + (n == 1 ? " individual" : " individuals");
    }
}
