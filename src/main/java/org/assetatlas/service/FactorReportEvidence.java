package org.assetatlas.service;

import java.util.ArrayList;
import java.util.List;
import org.assetatlas.analysis.ThemeDomainMatrix;
import org.assetatlas.analysis.VoiceRelease;
import org.assetatlas.geo.AreaTree;
import org.assetatlas.model.EvidenceSource;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.model.Labelled;
import org.assetatlas.report.ReportEvidence;

/**
 * Feeds deep-dive reports with the project's barriers and enablers: their evidence, the residents' voices cleared for
 * publication (through {@link VoiceRelease} with the public audience, so a voice without consent to publish never
 * reaches a report) and the themes that cut across domains.
 */
final class FactorReportEvidence implements org.assetatlas.report.EvidenceSource {

    /** Longest title taken from a description before it is cut at a word. */
    private static final int TITLE_LENGTH = 90;

    private final FactorService factors;
    private final VoiceService voices;

    FactorReportEvidence(FactorService factors, VoiceService voices) {
        this.factors = factors;
        this.voices = voices;
    }

    @Override
    public ReportEvidence evidence(String domain, String areaCode) {
        List<ReportEvidence.Factor> barriers = new ArrayList<>();
        List<ReportEvidence.Factor> enablers = new ArrayList<>();
        List<AreaTree.Found<Factor>> found = factors.factorsIn(domain, areaCode).stream()
                .sorted((a, b) -> Integer.compare(b.item().strength(), a.item().strength())).toList();
        List<Factor> bearing = found.stream().map(AreaTree.Found::item).toList();
        for (AreaTree.Found<Factor> f : found) {
            ReportEvidence.Factor out = toReport(f.item(), where(f, areaCode), areaCode);
            (f.item().kind() == FactorKind.BARRIER ? barriers : enablers).add(out);
        }
        ThemeDomainMatrix matrix = areaCode == null ? factors.matrix() : factors.matrix(areaCode);
        List<ReportEvidence.Theme> themes = new ArrayList<>();
        for (ThemeDomainMatrix.Row row : matrix.rows()) {
            if (!row.crossCutting()) {
                continue;
            }
            String key = Labelled.squash(row.theme());
            List<String> titles = bearing.stream().filter(f -> Labelled.squash(f.theme()).equals(key))
                    .map(FactorReportEvidence::title).toList();
            themes.add(new ReportEvidence.Theme(row.theme(), "Raised in " + row.domainsPresent() + " of "
                    + matrix.domains().size() + " domains, as a barrier, an enabler or both.", titles));
        }
        return new ReportEvidence(barriers, enablers, themes);
    }

    /**
     * Where the factor was recorded, when that is not simply the area of the report: "Recorded for Colchester as a
     * whole." or "Recorded for Greenstead."; empty otherwise.
     */
    private String where(AreaTree.Found<Factor> f, String areaCode) {
        if (areaCode == null || f.relation() == AreaTree.Relation.SELF) {
            return "";
        }
        AreaTree tree = factors.areaTree();
        List<String> names = f.item().areaCodes().stream()
                .filter(c -> tree.relation(areaCode, c) == f.relation())
                .map(c -> tree.area(c).map(org.assetatlas.model.Area::name).orElse(c)).toList();
        if (f.relation() == AreaTree.Relation.ABOVE) {
            if (names.isEmpty()) {
                return tree.whole().map(w -> "Recorded for " + w.name() + " as a whole. ")
                        .orElse("Recorded for the whole project area. ");
            }
            return "Recorded for " + String.join(" and ", names) + " as a whole. ";
        }
        return names.isEmpty() ? "" : "Recorded for " + String.join(", ", names) + ". ";
    }

    private ReportEvidence.Factor toReport(Factor f, String where, String areaCode) {
        List<ReportEvidence.Evidence> evidence = new ArrayList<>();
        for (EvidenceSource e : factors.evidenceFor(f)) {
            StringBuilder source = new StringBuilder(e.title());
            if (e.sampleSize() != null) {
                source.append(" (n = ").append(e.sampleSize()).append(')');
            }
            if (e.date() != null) {
                source.append(", ").append(e.date().getYear());
            }
            if (e.illustrative()) {
                source.append(" [illustrative]");
            }
            evidence.add(new ReportEvidence.Evidence(e.type().label(), source.toString(), e.citation()));
        }
        List<ReportEvidence.Voice> voices = this.voices.release(f, areaCode, VoiceRelease.Audience.PUBLIC).stream()
                .map(q -> new ReportEvidence.Voice(q.text(), q.attribution(), true)).toList();
        String title = title(f);
        String text = f.description().strip();
        // a one-sentence description is the title already: say only how strongly it was raised
        String body = text.equals(title) || text.equals(title + ".") ? ""
                : text + (text.matches(".*[.!?]$") ? " " : ". ");
        String description = body + where + "Raised with strength " + f.strength() + "."
                + (f.illustrative() ? " (Illustrative.)" : "");
        return new ReportEvidence.Factor(title, description, f.theme(), evidence, voices);
    }

    /** A short title: the description's first sentence, cut at a word if long. */
    static String title(Factor f) {
        String d = f.description().strip();
        int stop = d.indexOf(". ");
        String first = stop > 0 ? d.substring(0, stop) : d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
        if (first.length() <= TITLE_LENGTH) {
            return first;
        }
        int cut = first.lastIndexOf(' ', TITLE_LENGTH);
        return first.substring(0, cut > 0 ? cut : TITLE_LENGTH) + "\u2026";
    }
}
