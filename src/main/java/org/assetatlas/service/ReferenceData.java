package org.assetatlas.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assetatlas.io.AreaValuesReader;
import org.assetatlas.io.AssetImportException;
import org.assetatlas.io.CsvAssetReader.RejectedRow;
import org.assetatlas.io.PostcodeCsvReader;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Indicator;
import org.assetatlas.model.ReferenceSource;
import org.assetatlas.model.ReferenceSource.Kind;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.util.Progress;

/**
 * The project's reference data: postcode centroids, the English Indices of Deprivation and population by age band,
 * each kept with its source, licence and vintage so the app and reports can cite it.
 *
 * <p>Postcodes are read by the one postcode parser ({@link SignpostService#importPostcodes}); deprivation and
 * population by the one area statistics reader ({@link AreaValuesReader}) and stored as indicators through
 * {@link AreaStatistics}. Every import is all or nothing — its figures and its entry in {@link #sources()} are
 * written in one transaction — and rows that cannot be used are listed with their line and reason, never silently
 * dropped. Area codes the project does not have are counted and reported, not fatal.
 */
public final class ReferenceData {

    /** Publisher of the English Indices of Deprivation. */
    public static final String MHCLG = "Ministry of Housing, Communities and Local Government";
    /** Licence of the ONS, MHCLG and OS open data the app reads. */
    public static final String OGL = "Open Government Licence v3.0";
    private static final int SAMPLE = 5;

    /** A row that could not be used as it stands: its line in the file and why. */
    public record Problem(long line, String reason) {
    }

    /**
     * What an import did.
     *
     * @param rows         data rows read
     * @param stored       rows (postcodes, areas) stored
     * @param problems     rows that could not be used, by line
     * @param notInProject area codes in the file that are not areas of the project (left out)
     * @param missingSample up to five of those codes
     * @param indicators   keys of the indicators stored (none for postcodes)
     */
    public record Result(Kind kind, String title, String vintage, long rows, long stored, List<Problem> problems,
                         int notInProject, List<String> missingSample, List<String> indicators) {
        public Result {
            problems = List.copyOf(problems);
            missingSample = List.copyOf(missingSample);
            indicators = List.copyOf(indicators);
        }

        /** One plain-English sentence about the import. */
        public String summary() {
            String s = "Imported " + stored + " of " + rows + " rows of " + title
                    + (vintage == null || vintage.isBlank() || title.contains(vintage) ? "" : " (" + vintage + ")");
            if (!indicators.isEmpty()) {
                s += " as " + indicators.size() + (indicators.size() == 1 ? " measure" : " measures");
            }
            if (notInProject > 0) {
                s += "; " + notInProject + (notInProject == 1 ? " area is" : " areas are")
                        + " not in this project (first: " + missingSample.get(0) + ")";
            }
            return problems.isEmpty() ? s + "." : s + "; " + problems.size()
                    + (problems.size() == 1 ? " row has" : " rows have") + " problems (listed by line).";
        }
    }

    /** Where to download a kind of reference file, and its licence. */
    public record Download(Kind kind, String what, String where, String licence) {
    }

    private final AtlasProject project;
    private final ProjectStore store;

    ReferenceData(AtlasProject project, ProjectStore store) {
        this.project = project;
        this.store = store;
    }

    // ---- Postcodes -------------------------------------------------------------------------------------------------

    /** Imports postcode centroids (ONS Postcode Directory, NSPL, or OS Code-Point Open with or without header). */
    public Result importPostcodes(Path csv, Progress progress) throws IOException {
        ReferenceSource about = postcodeSource(csv);
        SignpostService.PostcodeImport r = project.signposting().importPostcodes(csv, progress,
                stored -> store.referenceSources().put(withRows(about, stored)));
        List<Problem> problems = r.problems().stream().map(p -> new Problem(p.line(), p.reason())).toList();
        return new Result(Kind.POSTCODES, about.title(), about.vintage(), r.imported() + r.withoutLocation()
                + problems.size(), r.imported(), problems, 0, List.of(), List.of());
    }

    /** The dataset a postcode file comes from, told from its header or headerless layout. */
    static ReferenceSource postcodeSource(Path csv) throws IOException {
        String vintage = vintageFromName(csv);
        String ons = "Office for National Statistics";
        return switch (PostcodeCsvReader.layout(csv)) {
            case ONSPD -> source(Kind.POSTCODES, "ONS Postcode Directory", ons, OGL, vintage, csv);
            case NSPL -> source(Kind.POSTCODES, "National Statistics Postcode Lookup", ons, OGL, vintage, csv);
            case CODE_POINT_OPEN -> source(Kind.POSTCODES, "OS Code-Point Open", "Ordnance Survey",
                    OGL + " (OS OpenData)", vintage, csv);
            case OTHER -> source(Kind.POSTCODES, "Postcode centroids", "", "", vintage, csv);
        };
    }

    // ---- Deprivation -----------------------------------------------------------------------------------------------

    /** A domain of the Indices of Deprivation as it starts a column header, with its key stem and label. */
    private record Domain(String prefix, String stem, String label) {
    }

    /** More specific prefixes first: IDACI and IDAOPI headers also start with "Income". */
    private static final List<Domain> DOMAINS = List.of(
            new Domain("income deprivation affecting children index", "idaci", "IDACI"),
            new Domain("idaci", "idaci", "IDACI"),
            new Domain("income deprivation affecting older people", "idaopi", "IDAOPI"),
            new Domain("idaopi", "idaopi", "IDAOPI"),
            new Domain("index of multiple deprivation", "imd", "IMD"),
            new Domain("imd", "imd", "IMD"),
            new Domain("income", "income", "Income"),
            new Domain("employment", "employment", "Employment"),
            new Domain("education, skills and training", "education", "Education, Skills and Training"),
            new Domain("children and young people sub-domain", "education-cyp", "Children and Young People"),
            new Domain("adult skills sub-domain", "education-adult-skills", "Adult Skills"),
            new Domain("health deprivation and disability", "health", "Health Deprivation and Disability"),
            new Domain("crime", "crime", "Crime"),
            new Domain("barriers to housing and services", "barriers", "Barriers to Housing and Services"),
            new Domain("geographical barriers sub-domain", "barriers-geographical", "Geographical Barriers"),
            new Domain("wider barriers sub-domain", "barriers-wider", "Wider Barriers"),
            new Domain("living environment", "living-environment", "Living Environment"),
            new Domain("indoors sub-domain", "living-indoors", "Living Environment Indoors"),
            new Domain("outdoors sub-domain", "living-outdoors", "Living Environment Outdoors"));

    private static final Pattern LSOA_HEADER = Pattern.compile(
            "lsoa\\s*(?:code)?\\s*\\(?\\s*(\\d{4})?\\s*\\)?\\s*(?:code)?|lsoa(\\d{2})cd");

    /** The LSOA code column of a header and the census year of its codes ("2011", "2021" or ""), or null. */
    private record CodeColumn(String header, String vintage) {
    }

    private static CodeColumn lsoaColumn(List<String> headers) {
        for (String h : headers) {
            String l = h == null ? "" : h.strip().toLowerCase(Locale.ROOT);
            if (!l.contains("name")) {
                Matcher m = LSOA_HEADER.matcher(l);
                if (m.matches() && (l.contains("code") || m.group(2) != null)) {
                    String year = m.group(1) != null ? m.group(1) : m.group(2) != null ? "20" + m.group(2) : "";
                    return new CodeColumn(h, year);
                }
            }
        }
        return null;
    }

    /**
     * Imports an English Indices of Deprivation file keyed by LSOA code (any of the IoD 2019 or 2025 files): every
     * rank, decile and score column of any domain becomes an indicator, e.g. {@code imd2019-decile},
     * {@code income2019-score}. Deciles and ranks run from 1 = most deprived and deciles keep the IMD's fixed
     * classes; a higher score is more deprived. Name and local authority columns are left out.
     *
     * @throws AssetImportException when the file has no LSOA code column or no rank, decile or score column, is
     *                              not valid CSV (naming the line), or none of its LSOAs is in the project; nothing
     *                              is stored
     */
    public Result importDeprivation(Path csv, Progress progress) throws IOException {
        List<String> headers = AreaValuesReader.headers(csv);
        CodeColumn code = lsoaColumn(headers);
        if (code == null) {
            throw new AssetImportException(csv.getFileName() + " has no LSOA code column (such as \"LSOA code (2011)\")."
                    + " Its columns are: " + String.join(", ", headers));
        }
        String edition = iodEdition(code.vintage(), csv);
        String title = "English Indices of Deprivation " + edition;
        List<AreaStatistics.IndicatorColumn> columns = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String h : headers) {
            if (h == null || h.equals(code.header())) {
                continue;
            }
            AreaStatistics.IndicatorColumn c = deprivationColumn(h, edition, code.vintage(), title);
            if (c != null && keys.add(c.meta().key())) {
                columns.add(c);
            }
        }
        if (columns.isEmpty()) {
            throw new AssetImportException(csv.getFileName() + " has no rank, decile or score column of a deprivation"
                    + " domain (such as \"Index of Multiple Deprivation (IMD) Decile\"). Is it the population file?"
                    + " Import that as population.");
        }
        return importIndicators(csv, code.header(), columns, source(Kind.DEPRIVATION, title, MHCLG, OGL, edition, csv),
                progress);
    }

    private static String iodEdition(String lsoaVintage, Path csv) throws AssetImportException {
        Matcher m = Pattern.compile("(?<![0-9])(2019|2025|2015|2010)(?![0-9])").matcher(csv.getFileName().toString());
        if (m.find()) {
            return m.group(1);
        }
        if (lsoaVintage.equals("2011")) {
            return "2019";
        }
        if (lsoaVintage.equals("2021")) {
            return "2025";
        }
        throw new AssetImportException("Cannot tell which edition of the Indices of Deprivation "
                + csv.getFileName() + " is: its LSOA code column does not give the census year (2011 or 2021)."
                + " Put the year of the edition in the file name, e.g. iod2019_file1.csv.");
    }

    /** The indicator a column header of an IoD file makes, or null for a column that is not a measure. */
    static AreaStatistics.IndicatorColumn deprivationColumn(String header, String edition, String lsoaVintage,
                                                            String title) {
        String l = header.strip().toLowerCase(Locale.ROOT);
        if (l.contains("name") || l.contains(" code")) {
            return null;
        }
        Domain domain = DOMAINS.stream().filter(d -> l.startsWith(d.prefix())).findFirst().orElse(null);
        if (domain == null) {
            return null;
        }
        String rest = l.substring(domain.prefix().length());
        String measure = rest.contains("decile") ? "decile" : rest.contains("rank") ? "rank"
                : rest.contains("score") ? "score" : null;
        if (measure == null) {
            return null;
        }
        boolean deciles = measure.equals("decile");
        String unit = switch (measure) {
            case "decile" -> "decile (1 = most deprived 10%)";
            case "rank" -> "rank (1 = most deprived)";
            default -> "score (higher = more deprived)";
        };
        Indicator meta = new Indicator(domain.stem() + edition + "-" + measure,
                domain.label() + " " + edition + " " + measure, title + " (" + MHCLG + ")",
                title + ", " + MHCLG + " (OGL v3.0)", AreaLevel.LSOA, lsoaVintage, unit,
                measure.equals("score"), deciles ? Indicator.IMD_DECILES : "", Instant.now());
        return new AreaStatistics.IndicatorColumn(meta, header);
    }

    // ---- Population ------------------------------------------------------------------------------------------------

    /** An age band: its indicator key and label, and the columns summed for it. */
    private record Band(String key, String label, List<String> columns) {
    }

    /**
     * Imports residents by LSOA from the IoD File 6 (total, 0–15, 16–59, 60 and over) or the ONS mid-year estimates
     * ({@code LSOA Code}, {@code All Ages}, single years {@code 0} … {@code 90+}, summed into 0–15, 16–64 and 65
     * and over). The totals become the areas' populations used for rates per 1,000 residents (and are summed up the
     * area tree, see {@link AreaSetup#setPopulations}); every band is kept as an indicator ({@code pop-all-ages},
     * {@code pop-0-15}, …).
     *
     * @throws AssetImportException when the file is neither layout, is not valid CSV (naming the line), or none of
     *                              its LSOAs is in the project; nothing is stored
     */
    public Result importPopulation(Path csv, Progress progress) throws IOException {
        List<String> headers = AreaValuesReader.headers(csv);
        CodeColumn code = lsoaColumn(headers);
        if (code == null) {
            throw new AssetImportException(csv.getFileName() + " has no LSOA code column (such as \"LSOA Code\" or"
                    + " \"LSOA code (2011)\"). Its columns are: " + String.join(", ", headers));
        }
        String total = header(headers, "total population");
        ReferenceSource about;
        List<Band> bands;
        if (total != null) {
            Matcher m = Pattern.compile("mid[ -]?(\\d{4})").matcher(total.toLowerCase(Locale.ROOT));
            String vintage = m.find() ? "mid-" + m.group(1) : vintageFromName(csv);
            bands = new ArrayList<>(List.of(new Band("pop-all-ages", "Residents, all ages", List.of(total))));
            addBand(bands, headers, "dependent children aged 0-15", "pop-0-15", "Residents aged 0\u201315");
            addBand(bands, headers, "population aged 16-59", "pop-16-59", "Residents aged 16\u201359");
            addBand(bands, headers, "older population aged 60", "pop-60-plus", "Residents aged 60 and over");
            about = source(Kind.POPULATION, "Population denominators, English Indices of Deprivation 2019 (File 6),"
                    + " from ONS mid-year estimates", MHCLG, OGL, vintage, csv);
        } else {
            String all = header(headers, "all ages");
            if (all == null) {
                throw new AssetImportException(csv.getFileName() + " is not a population file this app reads: it"
                        + " needs an \"All Ages\" column (ONS mid-year estimates) or a \"Total population\" column"
                        + " (IoD File 6). Its columns are: " + String.join(", ", headers));
            }
            bands = new ArrayList<>(List.of(new Band("pop-all-ages", "Residents, all ages", List.of(all))));
            bands.add(new Band("pop-0-15", "Residents aged 0\u201315", years(headers, csv, 0, 15)));
            bands.add(new Band("pop-16-64", "Residents aged 16\u201364", years(headers, csv, 16, 64)));
            List<String> old = new ArrayList<>(years(headers, csv, 65, 89));
            old.add(header(headers, "90+"));
            if (old.contains(null)) {
                throw new AssetImportException(csv.getFileName() + " has no \"90+\" column");
            }
            bands.add(new Band("pop-65-plus", "Residents aged 65 and over", old));
            about = source(Kind.POPULATION, "ONS mid-year population estimates by LSOA", "Office for National Statistics",
                    OGL, vintageFromName(csv), csv);
        }
        return importBands(csv, code, bands, about, progress);
    }

    private static void addBand(List<Band> bands, List<String> headers, String startsWith, String key, String label) {
        String h = header(headers, startsWith);
        if (h != null) {
            bands.add(new Band(key, label, List.of(h)));
        }
    }

    private static List<String> years(List<String> headers, Path csv, int from, int to) throws AssetImportException {
        List<String> out = new ArrayList<>();
        for (int age = from; age <= to; age++) {
            String h = exact(headers, Integer.toString(age));
            if (h == null) {
                throw new AssetImportException(csv.getFileName() + " has no column for age " + age + " (single years"
                        + " of age \"0\" to \"89\" and \"90+\" are expected beside \"All Ages\")");
            }
            out.add(h);
        }
        return out;
    }

    private static String exact(List<String> headers, String wanted) {
        return headers.stream().filter(h -> h != null && h.strip().equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }

    /** The first header that starts with the text, ignoring case. */
    private static String header(List<String> headers, String startsWith) {
        return headers.stream().filter(h -> h != null && h.strip().toLowerCase(Locale.ROOT).startsWith(startsWith))
                .findFirst().orElse(null);
    }

    private Result importBands(Path csv, CodeColumn code, List<Band> bands, ReferenceSource about, Progress progress)
            throws IOException {
        List<String> columns = bands.stream().flatMap(b -> b.columns().stream()).distinct().toList();
        List<AreaValuesReader.Result> reads = AreaValuesReader.readColumns(csv, code.header(), columns, progress);
        Map<String, AreaValuesReader.Result> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byColumn.put(columns.get(i), reads.get(i));
        }
        List<Indicator> metas = new ArrayList<>();
        List<AreaValuesReader.Result> summed = new ArrayList<>();
        String unit = "residents" + (about.vintage().isEmpty() ? "" : " (" + about.vintage() + ")");
        for (Band b : bands) {
            metas.add(new Indicator(b.key(), b.label() + (about.vintage().isEmpty() ? "" : " (" + about.vintage() + ")"),
                    about.title() + " (" + about.publisher() + ")", about.title() + ", " + about.publisher()
                    + " (OGL v3.0)", AreaLevel.LSOA, code.vintage(), unit, true, "", Instant.now()));
            summed.add(sum(b, byColumn));
        }
        return store(csv, metas, summed, about, true, progress);
    }

    /** A band's values: the sum of its columns for each area that has all of them; other areas are rejected. */
    private static AreaValuesReader.Result sum(Band b, Map<String, AreaValuesReader.Result> byColumn) {
        AreaValuesReader.Result first = byColumn.get(b.columns().get(0));
        if (b.columns().size() == 1) {
            return first;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        Map<Long, RejectedRow> rejects = new TreeMap<>();
        for (String c : b.columns()) {
            byColumn.get(c).rejects().forEach(r -> rejects.putIfAbsent(r.line(), r));
        }
        for (String area : first.values().keySet()) {
            double s = 0;
            boolean all = true;
            for (String c : b.columns()) {
                Double v = byColumn.get(c).values().get(area);
                if (v == null) {
                    all = false;
                    break;
                }
                s += v;
            }
            if (all) {
                values.put(area, s);
            }
        }
        return new AreaValuesReader.Result(first.codeColumn(), b.label(), values, first.lines(),
                new ArrayList<>(rejects.values()), first.rows());
    }

    // ---- Storing ---------------------------------------------------------------------------------------------------

    private Result importIndicators(Path csv, String codeColumn, List<AreaStatistics.IndicatorColumn> columns,
                                    ReferenceSource about, Progress progress)
            throws IOException {
        List<AreaValuesReader.Result> reads = AreaValuesReader.readColumns(csv, codeColumn,
                columns.stream().map(AreaStatistics.IndicatorColumn::valueColumn).toList(), progress);
        return store(csv, columns.stream().map(AreaStatistics.IndicatorColumn::meta).toList(), reads, about, false,
                progress);
    }

    /**
     * Checks and stores indicators read from a file, with the source entry (and, for population, the areas'
     * residents from the first indicator) in one transaction.
     */
    private Result store(Path csv, List<Indicator> metas, List<AreaValuesReader.Result> reads, ReferenceSource about,
                         boolean populations, Progress progress) throws IOException {
        AreaStatistics stats = project.statistics();
        synchronized (project.lock()) {
            List<AreaStatistics.Checked> checked = stats.check(csv, metas, reads);
            progress.checkCancelled();
            project.backups().before("reference data");
            long stored = checked.stream().mapToLong(c -> c.good().size()).max().orElse(0);
            store.inLargeTransaction(() -> {
                stats.write(checked);
                if (populations) {
                    Map<String, Integer> residents = new LinkedHashMap<>();
                    checked.get(0).good().forEach((area, n) -> residents.put(area, (int) Math.round(n)));
                    project.areaSetup().setPopulations(residents, progress);
                }
                store.referenceSources().put(withRows(about, stored));
                return null;
            });
            project.statisticsChanged();
            Map<Long, String> problems = new TreeMap<>();
            for (AreaStatistics.Checked c : checked) {
                c.rejects().forEach(r -> problems.putIfAbsent(r.line(), r.reason()));
            }
            AreaStatistics.Checked widest = checked.stream()
                    .max(java.util.Comparator.comparingInt(AreaStatistics.Checked::notInProject)).orElseThrow();
            progress.update(stored, stored, "Imported " + about.title());
            return new Result(about.kind(), about.title(), about.vintage(), reads.get(0).rows(), stored,
                    problems.entrySet().stream().map(e -> new Problem(e.getKey(), e.getValue())).toList(),
                    widest.notInProject(), widest.missing(), checked.stream().map(c -> c.indicator().key()).toList());
        }
    }

    // ---- Sources ---------------------------------------------------------------------------------------------------

    /** The reference files loaded into the project, oldest first. */
    public List<ReferenceSource> sources() {
        synchronized (project.lock()) {
            return store.referenceSources().findAll();
        }
    }

    private static ReferenceSource source(Kind kind, String title, String publisher, String licence, String vintage,
                                          Path file) {
        return new ReferenceSource(kind, title, publisher, licence, vintage, file.getFileName().toString(),
                LocalDate.now(), 0);
    }

    private static ReferenceSource withRows(ReferenceSource s, long rows) {
        return new ReferenceSource(s.kind(), s.title(), s.publisher(), s.licence(), s.vintage(), s.file(), s.loaded(),
                rows);
    }

    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*[_ -]?((?:19|20)\\d{2})");
    private static final Pattern MID_YEAR = Pattern.compile("(?i)mid[_ -]?((?:19|20)\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(?![0-9])");

    /** The edition a file's name gives, e.g. "NOV 2024" for ONSPD_NOV_2024_UK.csv, "mid-2020", "2014"; or "". */
    static String vintageFromName(Path file) {
        String name = file.getFileName().toString();
        Matcher m = MID_YEAR.matcher(name);
        if (m.find()) {
            return "mid-" + m.group(1);
        }
        m = MONTH_YEAR.matcher(name);
        if (m.find()) {
            return m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2);
        }
        m = YEAR.matcher(name);
        return m.find() ? m.group(1) : "";
    }

    /** Where to download each kind of reference file. */
    public static List<Download> downloads() {
        return List.of(
                new Download(Kind.POSTCODES, "ONS Postcode Directory (ONSPD) or National Statistics Postcode Lookup (NSPL)",
                        "https://geoportal.statistics.gov.uk", OGL),
                new Download(Kind.POSTCODES, "OS Code-Point Open",
                        "https://osdatahub.os.uk/downloads/open/CodePointOpen", OGL + " (OS OpenData)"),
                new Download(Kind.DEPRIVATION, "English Indices of Deprivation 2019",
                        "https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019", OGL),
                new Download(Kind.DEPRIVATION, "English Indices of Deprivation 2025",
                        "https://www.gov.uk/government/statistics/english-indices-of-deprivation-2025", OGL),
                new Download(Kind.POPULATION, "ONS Lower layer Super Output Area population estimates",
                        "https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates",
                        OGL));
    }
}
