package org.assetatlas.report;

/**
 * Where a report finds barriers, enablers, residents' voices and cross-cutting themes for its domain and area.
 *
 * <p>Implementations must hand over only what may be published: every voice carries its consent, and the report
 * writers drop any voice that is not {@link ReportEvidence.Voice#publishable() publishable} as a second safeguard.
 */
@FunctionalInterface
public interface EvidenceSource {

    /** No evidence recorded. */
    EvidenceSource NONE = (domain, areaCode) -> ReportEvidence.EMPTY;

    /**
     * The evidence for a report.
     *
     * @param domain   a domain name, or null for every domain
     * @param areaCode an area code, or null for every area
     */
    ReportEvidence evidence(String domain, String areaCode);
}
