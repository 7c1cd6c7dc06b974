package org.assetatlas.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assetatlas.analysis.PersonalDetails;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.ReferenceSource;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.report.DocxReportWriter;
import org.assetatlas.report.EvidenceSource;
import org.assetatlas.report.PdfAtlasWriter;
import org.assetatlas.report.PdfReportWriter;
import org.assetatlas.report.ReportBranding;
import org.assetatlas.report.ReportContent;
import org.assetatlas.report.ReportContent.Baseline;
import org.assetatlas.report.ReportContent.Count;
import org.assetatlas.report.ReportContent.Coverage;
import org.assetatlas.report.ReportContent.CoverageRow;
import org.assetatlas.report.ReportContent.Directory;
import org.assetatlas.report.ReportContent.Summary;
import org.assetatlas.report.ReportEvidence;
import org.assetatlas.report.ReportFormat;
import org.assetatlas.report.ReportMap;
import org.assetatlas.report.ReportRequest;
import org.assetatlas.report.XlsxDirectoryWriter;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.store.ReportRepository.CallToActionRow;
import org.assetatlas.store.ReportRepository.SnapshotRow;
import org.assetatlas.util.Progress;
import org.assetatlas.util.SafeOutput;

/**
 * Deep-dive reports on a project: gathers the figures for a domain in an area, keeps the calls to action, the
 * branding and snapshots of counts in the project, and writes PDF, Word and Excel files.
 *
 * <p>Obtained from {@link AtlasProject#reports()}. Reads and writes of the project go through the project's lock;
 * laying out and writing files does not hold it.
 */
public final class ReportService {

    /** Project settings that brand reports. */
    public static final String ORGANISATION = "report.organisation";
    public static final String PRIMARY_COLOUR = "report.colour.primary";
    public static final String ACCENT_COLOUR = "report.colour.accent";
    public static final String FOOTER = "report.footer";
    public static final String LOGO = "report.logo.png.base64";
    /** Where the areas' population figures come from, e.g. "ONS mid-2015 estimates". */
    public static final String POPULATION_SOURCE = "report.population.source";

    private final AtlasProject project;
    private final ProjectStore store;
    private final Object lock;
    private final ReportBaselines baselines;
    private volatile EvidenceSource evidence = EvidenceSource.NONE;

    /**
     * A figure per area to set coverage against, such as a deprivation rank.
     *
     * @param label  column heading, e.g. "IMD 2019 decile (1 = most deprived)"
     * @param byCode the figure as text for an area code, or null when not known
     */
    private record AreaMeasure(String label, Function<String, String> byCode) {
    }

    /** A recorded snapshot of counts. */
    public record Snapshot(long id, Instant taken, String label) {
    }

    /** What a batch export wrote. */
    public record AtlasResult(List<Path> files, Path combinedPdf) {
    }

    ReportService(AtlasProject project, ProjectStore store) {
        this.project = project;
        this.store = store;
        this.lock = project.lock();
        this.baselines = new ReportBaselines(this, store, lock);
    }

    /** Where barriers, enablers, voices and themes come from (none until set). */
    public void setEvidenceSource(EvidenceSource source) {
        this.evidence = Objects.requireNonNull(source);
    }

    // ---- Branding -----------------------------------------------------------------------------------------------

    /** The branding stored in the project (defaults where nothing is stored). */
    public ReportBranding branding() {
        synchronized (lock) {
            byte[] logo = project.setting(LOGO).filter(s -> !s.isBlank())
                    .map(s -> Base64.getDecoder().decode(s)).orElse(null);
            return new ReportBranding(project.setting(ORGANISATION).orElse(""),
                    project.setting(PRIMARY_COLOUR).orElse(null), project.setting(ACCENT_COLOUR).orElse(null),
                    project.setting(FOOTER).orElse(""), logo);
        }
    }

    /** Stores the branding in the project. */
    public void setBranding(ReportBranding b) {
        synchronized (lock) {
            store.inTransaction(() -> {
                project.setSetting(ORGANISATION, b.organisation());
                project.setSetting(PRIMARY_COLOUR, b.primary());
                project.setSetting(ACCENT_COLOUR, b.accent());
                project.setSetting(FOOTER, b.footer());
                project.setSetting(LOGO, b.logoPng() == null ? "" : Base64.getEncoder().encodeToString(b.logoPng()));
                return null;
            });
        }
    }

    // ---- Calls to action ----------------------------------------------------------------------------------------

    /** The calls to action written for exactly this domain and area (null = every), as one line per action. */
    public String callsToAction(String domain, String areaCode) {
        synchronized (lock) {
            return store.reports().callToAction(nz(domain), nz(areaCode)).map(CallToActionRow::text).orElse("");
        }
    }

    /** Saves the calls to action for a domain and area (null = every); blank text removes them. */
    public void setCallsToAction(String domain, String areaCode, String text) {
        synchronized (lock) {
            store.inTransaction(() -> {
                store.reports().putCallToAction(nz(domain), nz(areaCode), text, Instant.now());
                return null;
            });
        }
    }

    /**
     * The actions a report on this domain and area lists: those written for it, then those for the domain in every
     * area, then those for every domain in the area.
     */
    public List<String> actionsFor(String domain, String areaCode) {
        List<String> out = new ArrayList<>();
        addLines(out, callsToAction(domain, areaCode));
        if (areaCode != null) {
            addLines(out, callsToAction(domain, null));
        }
        if (domain != null) {
            addLines(out, callsToAction(null, areaCode));
        }
        return out;
    }

    private static void addLines(List<String> out, String text) {
        for (String line : text.split("\\R")) {
            String s = line.strip().replaceFirst("^([-*\u2022]|\\d+[.)])\\s*", "");
            if (!s.isEmpty() && !out.contains(s)) {
                out.add(s);
            }
        }
    }

    // ---- Snapshots ----------------------------------------------------------------------------------------------

    /** Records the current counts so later reports can show change. */
    public Snapshot recordSnapshot(String label) {
        synchronized (lock) {
            SnapshotRow row = store.inTransaction(() -> store.reports().recordSnapshot(Instant.now(), label));
            return new Snapshot(row.id(), row.taken(), row.label());
        }
    }

    /** Every snapshot, newest first. */
    public List<Snapshot> snapshots() {
        synchronized (lock) {
            return store.reports().snapshots().stream().map(s -> new Snapshot(s.id(), s.taken(), s.label())).toList();
        }
    }

    // ---- Content ------------------------------------------------------------------------------------------------

    /** Gathers everything a report says. */
    public ReportContent content(ReportRequest req, Progress progress) throws IOException {
        progress.update(0, 4, "Counting assets");
        String domain = req.domain();
        if (domain != null) {
            domain = project.framework().find(domain).map(d -> d.name())
                    .orElseThrow(() -> new IllegalArgumentException("The project has no domain called \""
                            + req.domain() + "\"; its domains are " + String.join(", ", project.framework().names())));
        }
        Area area = null;
        if (req.areaCode() != null) {
            area = project.area(req.areaCode()).orElseThrow(() -> new IllegalArgumentException(
                    "The project has no area with the code or name \"" + req.areaCode() + "\""));
        }
        List<Area> areas;
        List<Asset> assets;
        List<Area> level;
        synchronized (lock) {
            areas = project.areas();
            assets = project.assets().find(new AssetQuery(null, domain, area == null ? null : area.code(), null, null, 0));
            level = project.assignmentLevel() == null ? List.of() : project.areas(project.assignmentLevel());
        }
        progress.checkCancelled();
        Area whole = area != null ? area : wholeArea(areas);
        String areaName = area != null ? area.name() : whole != null ? whole.name() : project.name();
        Integer population = area != null ? area.population() : wholePopulation(whole, level);
        String popSource = populationSource();

        Baseline baseline = baselines.baseline(req, domain, area);
        Map<AbcdCategory, Long> previousByCategory = baselines.categories(req, domain, area);
        List<Count> byCategory = new ArrayList<>();
        for (AbcdCategory c : AbcdCategory.values()) {
            long n = assets.stream().filter(a -> a.category() == c).count();
            Long prev = baseline == null ? null : previousByCategory.getOrDefault(c, 0L);
            byCategory.add(new Count(c.label(), c.rgb(), n, prev));
        }
        List<Count> byKind = new ArrayList<>();
        for (AssetKind k : AssetKind.values()) {
            long n = assets.stream().filter(a -> a.kind() == k).count();
            if (n > 0) {
                byKind.add(new Count(k.label(), -1, n, null));
            }
        }
        byKind.sort(Comparator.comparingLong(Count::count).reversed());
        Summary summary = new Summary(assets.size(), population, popSource, byCategory, byKind, baseline);

        progress.update(1, 4, "Drawing the map");
        progress.checkCancelled();
        List<Asset> onMap = PersonalDetails.release(assets,
                PersonalDetails.Individuals.included(req.includePersonalDetails())).assets();
        var map = ReportMap.render(areas, onMap, whole == null ? null : whole.code());
        long located = onMap.stream().filter(Asset::located).count();
        String mapNote = "Each dot is one of " + located + " assets with a location"
                + (onMap.size() - located > 0 ? " (" + (onMap.size() - located) + " more have none)" : "")
                + (req.includePersonalDetails() ? "" : "; individuals are not shown, to protect their privacy")
                + ". Bold lines: neighbourhoods; thin lines: wards. Boundaries: "
                + firstLine(project.attribution(), "see Appendix B") + ".";

        progress.update(2, 4, "Comparing areas");
        progress.checkCancelled();
        Coverage coverage = coverage(area == null ? null : area.code(), level);
        ReportEvidence ev = evidence.evidence(domain, area == null ? null : area.code());
        Map<String, String> areaNames = areas.stream().collect(Collectors.toMap(Area::code, Area::name, (x, y) -> x));
        Directory directory = ReportDirectory.of(assets, req.includePersonalDetails(), areaNames);

        List<String> notes = new ArrayList<>();
        long illustrative = assets.stream().filter(Asset::illustrative).count();
        if (illustrative > 0) {
            notes.add(illustrative + " of the " + assets.size() + " asset records in this report are illustrative:"
                    + " made up for demonstration and marked as such in the directory. Contact details use reserved"
                    + " fictional ranges.");
        }
        if (project.setting(DemoProject.DEMO_SETTING).map("true"::equals).orElse(false)) {
            notes.add("The neighbourhoods Colchester North, Central and South are a demo grouping of the real 2019"
                    + " electoral wards, not official boundaries.");
        }
        List<String> sources = new ArrayList<>();
        project.attribution().lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(sources::add);
        sources.add("Asset records: the project \u201C" + project.name() + "\u201D; each record's own source is kept"
                + " with it in the project and the accompanying spreadsheet.");
        String title = (domain == null ? "All domains" : domain) + " in " + areaName;
        progress.update(4, 4, "Report ready");
        return new ReportContent(title, "Community asset deep dive", domain, areaName, project.name(),
                LocalDate.now(), branding(), summary, map, mapNote, coverage, ev, actionsFor(domain,
                area == null ? null : area.code()), directory, sources, dataSources(), notes);
    }

    /**
     * Where the residents come from: the population file loaded last as reference data, else the project's
     * {@link #POPULATION_SOURCE} setting (projects from before reference data were recorded), else empty.
     */
    private String populationSource() {
        List<ReferenceSource> population = project.reference().sources().stream()
                .filter(s -> s.kind() == ReferenceSource.Kind.POPULATION).toList();
        if (population.isEmpty()) {
            return project.setting(POPULATION_SOURCE).orElse("");
        }
        ReferenceSource s = population.get(population.size() - 1);
        return s.title() + (s.vintage().isEmpty() ? "" : " (" + s.vintage() + ")");
    }

    /** The project's reference data for the report's "Data sources": each dataset and vintage once. */
    private List<ReferenceSource> dataSources() {
        Map<List<String>, ReferenceSource> distinct = new LinkedHashMap<>();
        for (ReferenceSource s : project.reference().sources()) {
            distinct.putIfAbsent(List.of(s.kind().name(), s.title(), s.vintage(), s.publisher(), s.licence()), s);
        }
        return List.copyOf(distinct.values());
    }

    private static Area wholeArea(List<Area> areas) {
        List<Area> districts = areas.stream().filter(a -> a.level() == AreaLevel.DISTRICT).toList();
        return districts.size() == 1 ? districts.get(0) : null;
    }

    private static Integer wholePopulation(Area whole, List<Area> level) {
        if (whole != null && whole.population() != null) {
            return whole.population();
        }
        if (level.isEmpty() || level.stream().anyMatch(a -> a.population() == null)) {
            return null;
        }
        return level.stream().mapToInt(Area::population).sum();
    }

    private static String firstLine(String text, String fallback) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).skip(1).findFirst()
                .or(() -> text.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst())
                .map(s -> s.endsWith(".") ? s.substring(0, s.length() - 1) : s).orElse(fallback);
    }

    /**
     * The deprivation column from the project's IMD decile ({@link AreaStatistics#imdDecile()}): at the assignment
     * level, the share of residents living in LSOAs among England's most deprived 20% (as the map shades it); null
     * when the project has no such statistic or it cannot be summed up to that level.
     */
    private AreaMeasure imported() {
        AreaLevel level = project.assignmentLevel();
        var raw = level == null ? java.util.Optional.<org.assetatlas.model.Indicator>empty()
                : project.statistics().imdDecile();
        if (raw.isEmpty()) {
            return null;
        }
        String edition = AreaStatistics.imdEdition(raw.get());
        try {
            org.assetatlas.analysis.AreaMeasure imd = ThematicMaps.imd(project, level);
            boolean deciles = level == raw.get().level(); // LSOAs: the decile itself
            return new AreaMeasure(deciles ? "IMD " + edition + " decile (1 = most deprived)"
                    : "Residents in England's most deprived 20% (IMD " + edition + ")", code -> {
                        double v = imd.value(code);
                        return Double.isNaN(v) ? null
                                : deciles ? String.format(Locale.UK, "%.0f", v) : String.format(Locale.UK, "%.0f%%", v);
                    });
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Coverage coverage(String currentCode, List<Area> level) {
        AreaDomainTable t = project.areaDomainTable();
        Map<String, Area> byCode = level.stream().collect(Collectors.toMap(Area::code, a -> a, (a, b) -> a));
        AreaMeasure m = imported();
        List<CoverageRow> rows = new ArrayList<>();
        for (AreaDomainTable.Row r : t.rows()) {
            Area a = r.areaCode() == null ? null : byCode.get(r.areaCode());
            String dep = m == null || r.areaCode() == null ? null : m.byCode().apply(r.areaCode());
            rows.add(new CoverageRow(r.areaName(), a == null ? null : a.population(), r.counts(), r.assets(), dep,
                    r.areaCode() != null && r.areaCode().equals(currentCode)));
        }
        String levelName = project.assignmentLevel() == null ? "area"
                : project.assignmentLevel().name().toLowerCase(Locale.ROOT);
        String note = "Assets by " + levelName + " and domain; an asset that serves several domains counts in each."
                + " \u201CAll assets\u201D counts each asset once. Highlighted: the area this report is about.";
        return new Coverage(t.domains(), rows, m == null ? null : m.label(), note);
    }

    // ---- Files --------------------------------------------------------------------------------------------------

    /**
     * Writes a report file, creating its folder if need be. The file appears whole or not at all (through
     * {@link SafeOutput}); a target that is the project, another project or database, or a folder is refused.
     */
    public void write(ReportRequest req, ReportFormat format, Path out, Progress progress) throws IOException {
        createFolderOf(out);
        SafeOutput.check(out, project.file(), req.compareWith());
        ReportContent c = content(req, progress);
        progress.checkCancelled();
        progress.update(-1, -1, "Writing " + out.getFileName());
        SafeOutput.write(out, os -> write(c, format, os), project.file(), req.compareWith());
    }

    /** Writes gathered content in a format, whole or not at all; see {@link SafeOutput}. */
    public static void write(ReportContent c, ReportFormat format, Path out) throws IOException {
        createFolderOf(out);
        SafeOutput.write(out, os -> write(c, format, os));
    }

    /** Reports have always created the folder they are written to. */
    private static void createFolderOf(Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
    }

    /** Writes gathered content in a format to a stream, which is left open. */
    private static void write(ReportContent c, ReportFormat format, OutputStream os) throws IOException {
        switch (format) {
            case PDF -> PdfReportWriter.write(c, os);
            case DOCX -> DocxReportWriter.write(c, os);
            case XLSX -> XlsxDirectoryWriter.write(c, os);
            default -> throw new IllegalArgumentException("Unknown format " + format);
        }
    }

    /**
     * Writes every domain × area report (areas at the assignment level) into a folder, one file per format, and one
     * combined PDF with a page group and bookmarks per area. The files are written as one {@link SafeOutput#batch
     * batch}: they appear together when all are written, and a run that fails or is cancelled leaves the folder as
     * it was. Areas or domains whose names give the same file name get distinct names ({@code name (2).pdf}).
     *
     * @param formats the formats of the single reports (the combined PDF is always written)
     * @return the files written, and the combined PDF; exactly the files now in the folder from this run
     */
    public AtlasResult writeAtlas(Path dir, Set<ReportFormat> formats, boolean includePersonalDetails,
                                  Progress progress) throws IOException {
        List<Area> areas;
        List<String> domains;
        synchronized (lock) {
            areas = project.assignmentLevel() == null ? List.of() : project.areas(project.assignmentLevel());
            domains = project.framework().names();
        }
        if (areas.isEmpty() || domains.isEmpty()) {
            throw new IllegalStateException("The project needs areas and domains for an atlas of reports");
        }
        List<PdfAtlasWriter.Part> parts = new ArrayList<>();
        int total = areas.size() * domains.size() + 1;
        int done = 0;
        try (SafeOutput.Batch batch = SafeOutput.batch(dir, project.file())) {
            for (Area a : areas) {
                for (String d : domains) {
                    progress.checkCancelled();
                    progress.update(done, total, d + " in " + a.name());
                    ReportRequest req = new ReportRequest(d, a.code(), includePersonalDetails, null);
                    ReportContent c = content(req, Progress.NONE);
                    String stem = slug(a.name()) + "_" + slug(d);
                    Path pdf = null;
                    for (ReportFormat f : formats) {
                        progress.checkCancelled();
                        Path out = batch.file(stem + "." + f.extension());
                        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
                            write(c, f, os);
                        }
                        if (f == ReportFormat.PDF) {
                            pdf = out;
                        }
                    }
                    if (pdf == null) {
                        pdf = batch.scratchFile(".pdf");
                        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(pdf))) {
                            write(c, ReportFormat.PDF, os);
                        }
                    }
                    parts.add(new PdfAtlasWriter.Part(a.name(), d, pdf));
                    done++;
                }
            }
            progress.update(done, total, "Joining the atlas");
            Path combined = batch.file(slug(project.name()) + "_atlas.pdf");
            PdfAtlasWriter.write(project.name() + ": community asset deep dives", parts, combined,
                    cancelOnly(progress));
            Path combinedFinal = batch.finalPath(combined);
            progress.checkCancelled();
            List<Path> written = batch.commit();
            progress.update(total, total, "Wrote " + written.size() + " files");
            return new AtlasResult(written, combinedFinal);
        }
    }

    /** Passes on cancellation but not the counts, for a step inside a larger piece of work. */
    private static Progress cancelOnly(Progress outer) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return outer.cancelled();
            }
        };
    }

    /** A file-name-safe form of a name: "Colchester North" becomes "colchester-north". */
    public static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "report" : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
