package org.assetatlas.report;

import java.util.ArrayList;
import java.util.List;
import org.assetatlas.report.ReportContent.Count;
import org.assetatlas.report.ReportContent.Coverage;
import org.assetatlas.report.ReportContent.CoverageRow;
import org.assetatlas.report.ReportContent.Summary;

/** The sentences a report writes from its figures, the same in every format. */
final class ReportWords {

    private ReportWords() {
    }

    static String summarySentence(ReportContent r) {
        Summary s = r.summary();
        StringBuilder b = new StringBuilder();
        b.append(r.areaName()).append(" has ").append(Text.count(s.assets()))
                .append(s.assets() == 1 ? " community asset" : " community assets")
                .append(" recorded for ").append(r.domainLabel());
        if (s.perThousand() != null) {
            b.append(", ").append(Text.decimal(s.perThousand())).append(" for every 1,000 residents");
        }
        b.append('.');
        long most = s.byCategory().stream().mapToLong(Count::count).max().orElse(0);
        List<String> top = s.byCategory().stream().filter(c -> c.count() == most)
                .map(c -> c.label().toLowerCase(Text.UK)).toList();
        if (most > 0 && top.size() == 1) {
            b.append(" The largest group is ").append(top.get(0)).append(" (").append(Text.count(most)).append(").");
        } else if (most > 0) {
            b.append(" The largest groups are ").append(join(top).replace(" or ", " and ")).append(" (")
                    .append(Text.count(most)).append(" each).");
        }
        List<String> missing = s.byCategory().stream().filter(c -> c.count() == 0)
                .map(c -> c.label().toLowerCase(Text.UK))
                .toList();
        if (!missing.isEmpty() && s.assets() > 0) {
            b.append(" None are recorded as ").append(join(missing)).append('.');
        }
        return b.toString();
    }

    static String mapAlt(ReportContent r) {
        return "Map of " + r.areaName() + " showing " + Text.count(r.summary().assets()) + " assets for "
                + r.domainLabel() + " as dots coloured by ABCD category, with neighbourhood and ward boundaries.";
    }

    static List<String> coverageSentences(ReportContent r) {
        Coverage c = r.coverage();
        List<String> out = new ArrayList<>();
        int focus = r.domain() == null ? -1 : c.domains().indexOf(r.domain());
        String what = focus >= 0 ? r.domain() + " assets" : "assets";
        CoverageRow low = null;
        CoverageRow high = null;
        double lowV = Double.MAX_VALUE;
        double highV = -1;
        for (CoverageRow row : c.rows()) {
            Double v = ReportContent.perThousand(focus >= 0 ? row.counts()[focus] : row.assets(), row.population());
            if (v == null) {
                continue;
            }
            if (v < lowV) {
                lowV = v;
                low = row;
            }
            if (v > highV) {
                highV = v;
                high = row;
            }
        }
        if (low != null && high != null && low != high) {
            out.add("Per head of population, " + what + " are thinnest in " + low.areaName() + " ("
                    + Text.decimal(lowV) + " per 1,000 residents) and most plentiful in " + high.areaName() + " ("
                    + Text.decimal(highV) + "). A low figure points to a gap to explore with residents, not"
                    + " necessarily a lack: assets may be recorded incompletely.");
        }
        if (c.deprivationLabel() == null) {
            out.add("No deprivation figures are in this project yet. Import area statistics such as the English"
                    + " Indices of Deprivation to set coverage against need.");
        }
        return out;
    }

    static String noFactors(ReportContent r) {
        return "No barriers or enablers have been recorded for " + r.domainLabel() + " in " + r.areaName()
                + " yet. Record them, with their evidence and residents' voices, to include them here.";
    }

    static String noActions(ReportContent r) {
        return "No calls to action have been written for " + r.domainLabel() + " in " + r.areaName()
                + " yet. Write them in the Reports workspace; they are kept in the project.";
    }

    static String directoryIntro(ReportContent r) {
        ReportContent.Directory d = r.directory();
        StringBuilder b = new StringBuilder("The assets counted in this report, grouped by ABCD category, with the"
                + " contact details held for them.");
        if (d.withheldIndividuals() > 0) {
            b.append(' ').append(Text.count(d.withheldIndividuals()))
                    .append(d.withheldIndividuals() == 1 ? " individual is" : " individuals are")
                    .append(" counted but not listed, to protect their personal details.");
        } else if (d.personalIncluded()) {
            b.append(" Individuals are listed with their details by choice of the report's author: check their"
                    + " consent before publishing.");
        }
        b.append(" A spreadsheet of this directory accompanies the report.");
        return b.toString();
    }

    static String methodNote(ReportContent r) {
        return "Assets are those recorded in the project \u201C" + r.projectName() + "\u201D on "
                + Text.date(r.generated()) + " for " + r.domainLabel() + " in " + r.areaName()
                + ", of every status. An asset that serves several domains counts once in each. Residents: "
                + (r.summary().populationNote().isEmpty() ? "as recorded for each area" : r.summary().populationNote())
                + ". Rates per 1,000 residents use the whole population of each area.";
    }

    private static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}
