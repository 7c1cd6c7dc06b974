/**
 * Deep-dive reports: the content of a report as plain records ({@link org.assetatlas.report.ReportContent}) and the
 * writers that turn it into PDF (through XHTML and openhtmltopdf), Word (Apache POI) and an Excel directory.
 *
 * <p>Knows nothing of the project file or the service layer: the service gathers the figures and hands them over.
 * Barriers, enablers, residents' voices and themes come in through {@link org.assetatlas.report.EvidenceSource}.
 */
package org.assetatlas.report;
