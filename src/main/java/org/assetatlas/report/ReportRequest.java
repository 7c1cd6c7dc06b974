package org.assetatlas.report;

import java.nio.file.Path;

/**
 * What a report covers and how.
 *
 * @param domain                 a domain name, or null for every domain
 * @param areaCode               an area code, or null for every area
 * @param includePersonalDetails list individuals (assets of kind "individual") with their details and plot them on
 *                               the map; off by default
 * @param compareWith            another project file (e.g. last year's copy) to measure change against, or null to
 *                               use the latest snapshot recorded in this project
 */
public record ReportRequest(String domain, String areaCode, boolean includePersonalDetails, Path compareWith) {

    public ReportRequest {
        domain = domain == null || domain.isBlank() ? null : domain.strip();
        areaCode = areaCode == null || areaCode.isBlank() ? null : areaCode.strip();
    }

    /** A report on a domain in an area (either may be null for all), without personal details. */
    public static ReportRequest of(String domain, String areaCode) {
        return new ReportRequest(domain, areaCode, false, null);
    }

    public ReportRequest withPersonalDetails(boolean include) {
        return new ReportRequest(domain, areaCode, include, compareWith);
    }

    public ReportRequest withCompareWith(Path file) {
        return new ReportRequest(domain, areaCode, includePersonalDetails, file);
    }
}
