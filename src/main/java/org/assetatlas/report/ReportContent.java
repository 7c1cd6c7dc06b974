package org.assetatlas.report;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import org.assetatlas.model.ReferenceSource;

/**
 * Everything one deep-dive report says, gathered by the service and laid out by the writers.
 *
 * @param title         e.g. "Age Well in Colchester North"
 * @param subtitle      e.g. "Community asset deep dive"
 * @param domain        the domain reported on, or null for every domain
 * @param areaName      the area reported on (the whole project's name when all areas)
 * @param projectName   the project the figures come from
 * @param generated     the date the report was made
 * @param branding      organisation, colours, logo and footer
 * @param summary       headline figures
 * @param map           the area's map with its assets, or null when there is nothing to draw
 * @param mapNote       caption under the map
 * @param coverage      assets by area and domain
 * @param evidence      barriers, enablers and themes
 * @param callsToAction the partnership's actions, in order
 * @param directory     the assets listed, grouped by category
 * @param sources       sources, data licences and attributions, one per line
 * @param dataSources   the reference data the project has loaded (deprivation, population, postcodes), each once,
 *                      with its publisher, vintage and licence
 * @param notes         caveats shown on the title page, e.g. that most records are illustrative
 */
public record ReportContent(String title, String subtitle, String domain, String areaName, String projectName,
                            LocalDate generated, ReportBranding branding, Summary summary, BufferedImage map,
                            String mapNote, Coverage coverage, ReportEvidence evidence, List<String> callsToAction,
                            Directory directory, List<String> sources, List<ReferenceSource> dataSources,
                            List<String> notes) {

    public ReportContent {
        callsToAction = List.copyOf(callsToAction);
        sources = List.copyOf(sources);
        dataSources = List.copyOf(dataSources);
        notes = List.copyOf(notes);
        mapNote = mapNote == null ? "" : mapNote;
    }

    /** The words used for the domain in running text: "Age Well" or "all domains". */
    public String domainLabel() {
        return domain == null ? "all domains" : domain;
    }

    /**
     * Headline figures.
     *
     * @param assets     assets in the domain and area (each counted once)
     * @param population residents of the area, or null when not known
     * @param populationNote where the population figure comes from
     * @param byCategory assets per ABCD category
     * @param byKind     assets per kind
     * @param baseline   the earlier counts compared with, or null when there is none
     */
    public record Summary(long assets, Integer population, String populationNote, List<Count> byCategory,
                          List<Count> byKind, Baseline baseline) {
        public Summary {
            byCategory = List.copyOf(byCategory);
            byKind = List.copyOf(byKind);
            populationNote = populationNote == null ? "" : populationNote;
        }

        /** Assets per 1,000 residents, or null without a population. */
        public Double perThousand() {
            return ReportContent.perThousand(assets, population);
        }
    }

    /**
     * A count under a heading.
     *
     * @param label    e.g. "Associations"
     * @param rgb      the colour that stands for it (0xRRGGBB), or -1 for none
     * @param count    how many now
     * @param previous how many at the baseline, or null when there is no baseline
     */
    public record Count(String label, int rgb, long count, Long previous) {
        /** The change since the baseline, or null. */
        public Long change() {
            return previous == null ? null : count - previous;
        }
    }

    /**
     * Counts recorded earlier, to compare with.
     *
     * @param label  what it was, e.g. "Snapshot of 3 March 2025"
     * @param taken  when
     * @param assets assets in the same domain and area then
     */
    public record Baseline(String label, LocalDate taken, long assets) {
    }

    /**
     * Assets by area and domain with residents and, where imported, deprivation.
     *
     * @param domains          column headings
     * @param rows             one row per area
     * @param deprivationLabel heading of the deprivation column, or null when no deprivation figures are imported
     * @param note             how to read the table
     */
    public record Coverage(List<String> domains, List<CoverageRow> rows, String deprivationLabel, String note) {
        public Coverage {
            domains = List.copyOf(domains);
            rows = List.copyOf(rows);
            note = note == null ? "" : note;
        }
    }

    /**
     * One area in the coverage table.
     *
     * @param areaName    the area
     * @param population  residents, or null
     * @param counts      assets per domain, in the order of {@link Coverage#domains()}
     * @param assets      distinct assets
     * @param deprivation the area's deprivation figure as text, or null
     * @param current     whether this is the area the report is about
     */
    public record CoverageRow(String areaName, Integer population, long[] counts, long assets, String deprivation,
                              boolean current) {
    }

    /**
     * The asset directory.
     *
     * @param groups             entries grouped by ABCD category, in category order
     * @param withheldIndividuals individuals left out to protect their personal details
     * @param personalIncluded   whether the user chose to include individuals' details
     */
    public record Directory(List<DirectoryGroup> groups, int withheldIndividuals, boolean personalIncluded) {
        public Directory {
            groups = List.copyOf(groups);
        }

        /** Every entry in order. */
        public List<DirectoryEntry> entries() {
            return groups.stream().flatMap(g -> g.entries().stream()).toList();
        }
    }

    /** The entries of one category. */
    public record DirectoryGroup(String category, int rgb, List<DirectoryEntry> entries) {
        public DirectoryGroup {
            entries = List.copyOf(entries);
        }
    }

    /** One asset in the directory; empty strings where not known. */
    public record DirectoryEntry(String name, String kind, String category, String description, String organisation,
                                 String address, String postcode, String phone, String email, String website,
                                 String openingHours, String cost, String accessibility, String domains,
                                 String area, String status, boolean illustrative) {
    }

    /** Per 1,000 residents, or null without a population. */
    public static Double perThousand(long count, Integer population) {
        return population == null || population <= 0 ? null : count * 1000.0 / population;
    }
}
