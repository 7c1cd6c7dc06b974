package org.assetatlas.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assetatlas.analysis.PersonalDetails;
import org.assetatlas.analysis.PersonalDetails.Individuals;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Asset;
import org.assetatlas.report.ReportContent.Directory;
import org.assetatlas.report.ReportContent.DirectoryEntry;
import org.assetatlas.report.ReportContent.DirectoryGroup;

/** The directory section of a report: the assets listed by category, with what a reader needs to reach them. */
final class ReportDirectory {

    private ReportDirectory() {
    }

    /**
     * The directory of assets, grouped by category; individuals left out, and counted, unless {@code personal}
     * (the rule is {@link PersonalDetails}).
     */
    static Directory of(List<Asset> assets, boolean personal, Map<String, String> areaNames) {
        Map<AbcdCategory, List<DirectoryEntry>> groups = new EnumMap<>(AbcdCategory.class);
        PersonalDetails.Release shared = PersonalDetails.release(assets, Individuals.included(personal));
        List<Asset> sorted = new ArrayList<>(shared.assets());
        sorted.sort(Comparator.comparing(Asset::name, String.CASE_INSENSITIVE_ORDER));
        for (Asset a : sorted) {
            groups.computeIfAbsent(a.category(), k -> new ArrayList<>()).add(entry(a, areaNames));
        }
        List<DirectoryGroup> out = new ArrayList<>();
        for (Map.Entry<AbcdCategory, List<DirectoryEntry>> e : groups.entrySet()) {
            out.add(new DirectoryGroup(e.getKey().label(), e.getKey().rgb(), e.getValue()));
        }
        return new Directory(out, shared.individualsLeftOut(), personal);
    }

    private static DirectoryEntry entry(Asset a, Map<String, String> areaNames) {
        String hours = a.openingHours().isEmpty() ? a.openingNote()
                : a.openingHours().format() + (a.openingNote().isEmpty() ? "" : " (" + a.openingNote() + ")");
        String cost = a.cost().label() + (a.costNote().isEmpty() ? "" : " \u2013 " + a.costNote());
        String access = a.accessibility().stream().map(AccessFeature::label).collect(Collectors.joining(", "));
        return new DirectoryEntry(a.name(), a.kind().label(), a.category().label(), a.description(), a.organisation(),
                a.address(), a.postcode(), a.phone(), a.email(), a.website(), hours, cost, access,
                String.join("; ", a.domains()),
                a.areaCode() == null ? "" : areaNames.getOrDefault(a.areaCode(), a.areaCode()),
                a.status().label(),
                a.illustrative());
    }
}
