package org.assetatlas.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.assetatlas.io.PostcodeCsvReader;
import org.assetatlas.geo.AreaTree;
import org.assetatlas.model.Area;
import org.assetatlas.model.Asset;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.Postcodes;
import org.assetatlas.model.SignpostLogEntry;
import org.assetatlas.search.RankQuery;
import org.assetatlas.search.RankedHit;
import org.assetatlas.signpost.Answer;
import org.assetatlas.signpost.BankHolidays;
import org.assetatlas.signpost.Demand;
import org.assetatlas.signpost.Need;
import org.assetatlas.signpost.OpeningTimes;
import org.assetatlas.signpost.Place;
import org.assetatlas.signpost.Privacy;
import org.assetatlas.signpost.Signposter;
import org.assetatlas.signpost.Suggestion;
import org.assetatlas.signpost.Thesaurus;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.util.Progress;

/**
 * Signposting for one open project: answering a need, places from postcodes, points or areas, the project's
 * thesaurus, postcode import, the anonymous log and demand against supply. Obtained from
 * {@link AtlasProject#signposting()}; every method holds the project's lock.
 */
public final class SignpostService {

    /** Project setting holding the project's own thesaurus text. */
    public static final String THESAURUS_SETTING = "signpost.thesaurus";
    private static final String NOT_KNOWN = "Not known";

    private final AtlasProject project;
    private final ProjectStore store;
    private final AssetSearch search;
    private final Object lock;
    private final OpeningTimes opening = new OpeningTimes(BankHolidays.englandAndWales());
    private Thesaurus thesaurus;
    private Signposter signposter;

    SignpostService(AtlasProject project, ProjectStore store, AssetSearch search) {
        this.project = project;
        this.store = store;
        this.search = search;
        this.lock = project.lock();
    }

    // ---- Answering ----------------------------------------------------------------------------------------------

    /** Finds help for the need now. */
    public Answer answer(Need need) {
        return answer(need, LocalDateTime.now());
    }

    /** Finds help for the need at the signposter's clock {@code now}; never throws on any text. */
    public Answer answer(Need need, LocalDateTime now) {
        synchronized (lock) {
            return signposter().answer(need, now);
        }
    }

    private Signposter signposter() {
        if (signposter == null) {
            signposter = new Signposter(new Signposter.Catalogue() {
                @Override
                public boolean knows(String word) {
                    return search.knows(word);
                }

                @Override
                public String closestTerm(String word) {
                    return search.closestTerm(word);
                }

                @Override
                public long domainMask(String domain) {
                    return AssetSearch.domainMask(domain, project.framework().names());
                }

                @Override
                public List<RankedHit> rank(RankQuery q) {
                    return search.rank(q);
                }

                @Override
                public List<Asset> load(long[] ids) {
                    return store.assets().findByIds(ids);
                }
            }, thesaurus(), opening);
        }
        return signposter;
    }

    // ---- Places -------------------------------------------------------------------------------------------------

    /**
     * The place meant by the text: a full postcode ("CO4 3QE"), a postcode district ("CO4"), a point
     * ("51.89, 0.90") or the name or code of an area.
     *
     * @throws IllegalArgumentException saying what was not found and what to do
     */
    public Place place(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Type a postcode, a place name or \"lat, lon\"");
        }
        Optional<GeoPoint> point = parsePoint(t);
        if (point.isPresent()) {
            return new Place("map point", point.get(), null);
        }
        synchronized (lock) {
            if (Postcodes.isValid(t)) {
                String display = Postcodes.normalise(t);
                return store.postcodes().find(Postcodes.compact(t)).map(p -> new Place(display, p, null))
                        .orElseThrow(() -> new IllegalArgumentException("The postcode " + display + " is not in this "
                                + "project's postcode list (" + store.postcodes().count() + " postcodes). Import a "
                                + "postcode file, or click the place on the map."));
            }
            String compact = Postcodes.compact(t);
            if (compact.matches("[A-Z]{1,2}\\d[A-Z\\d]?")) {
                Optional<GeoPoint> centre = store.postcodes().districtCentre(compact);
                if (centre.isPresent()) {
                    return new Place(compact, centre.get(), null);
                }
            }
            Optional<Area> area = project.area(t);
            Optional<GeoPoint> inside = area.flatMap(a -> project.areaTree().pointInside(a.code()));
            if (inside.isPresent()) {
                return new Place(area.get().name(), inside.get(), area.get().code());
            }
        }
        throw new IllegalArgumentException("\"" + abbreviate(t) + "\" is not a postcode, area or \"lat, lon\" this "
                + "project knows");
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** "lat, lon" (or "lat lon") inside the UK. */
    static Optional<GeoPoint> parsePoint(String t) {
        String[] parts = t.split("\\s*[,\\s]\\s*");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            GeoPoint p = new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
            return p.inUk() ? Optional.of(p) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** How many postcodes the project can look up. */
    public long postcodeCount() {
        synchronized (lock) {
            return store.postcodes().count();
        }
    }

    /** What a postcode import did. */
    public record PostcodeImport(long imported, long withoutLocation, List<PostcodeCsvReader.Problem> problems) {
    }

    /**
     * Imports postcode centroids from an ONS Postcode Directory-style or Code-Point Open CSV, all or nothing: a
     * failure or cancel leaves the project as it was. Malformed rows are reported with their line and skipped.
     */
    public PostcodeImport importPostcodes(Path csv, Progress progress) throws IOException {
        return importPostcodes(csv, progress, n -> { });
    }

    /**
     * Imports postcode centroids as {@link #importPostcodes(Path, Progress)} does, and runs {@code alsoInTransaction}
     * with the number of centroids stored inside the same transaction (for {@link ReferenceData} to record the
     * file); the file is read before the project is locked.
     */
    PostcodeImport importPostcodes(Path csv, Progress progress, java.util.function.LongConsumer alsoInTransaction)
            throws IOException {
        PostcodeCsvReader.Result r = new PostcodeCsvReader().read(csv, progress);
        synchronized (lock) {
            project.backups().before("postcodes");
            store.inTransaction(() -> {
                long n = 0;
                for (PostcodeCsvReader.Centroid c : r.centroids()) {
                    if (++n % 2000 == 0) {
                        progress.update(n, r.centroids().size(), "Saving postcodes");
                        progress.checkCancelled();
                    }
                    store.postcodes().put(Postcodes.compact(c.postcode()), c.postcode(), c.location().lat(),
                            c.location().lon());
                }
                alsoInTransaction.accept(r.centroids().size());
                return null;
            });
        }
        progress.update(r.centroids().size(), r.centroids().size(), "Imported " + r.centroids().size() + " postcodes");
        return new PostcodeImport(r.centroids().size(), r.withoutLocation(), r.problems());
    }

    // ---- Thesaurus ----------------------------------------------------------------------------------------------

    /** The project's thesaurus: its own copy if it has one, otherwise the one shipped with the app. */
    public Thesaurus thesaurus() {
        synchronized (lock) {
            if (thesaurus == null) {
                thesaurus = project.setting(THESAURUS_SETTING).map(Thesaurus::parse).orElseGet(Thesaurus::standard);
            }
            return thesaurus;
        }
    }

    /**
     * Keeps an edited thesaurus with the project.
     *
     * @throws IllegalArgumentException naming the line that cannot be read; nothing is saved
     */
    public void setThesaurus(String text) {
        Thesaurus t = Thesaurus.parse(text);
        synchronized (lock) {
            project.setSetting(THESAURUS_SETTING, text);
            thesaurus = t;
            signposter = null;
        }
    }

    /** Forgets cached state after the project's framework or areas change. */
    void invalidate() {
        signposter = null;
    }

    // ---- Log ------------------------------------------------------------------------------------------------------

    /**
     * Records a signposting in the anonymous log: the day, the need (personal details taken out), the area (never
     * the point), the domain, and the names of the options given.
     */
    public SignpostLogEntry log(Answer answer, List<Asset> given, LocalDate date) {
        Need n = answer.need();
        String area = n.areaCode();
        if (area == null && n.near() != null) {
            area = project.locateArea(n.near().lat(), n.near().lon());
        }
        String domain = n.domain() != null && !n.domain().isBlank() ? n.domain() : likelyDomain(answer);
        List<String> names = given.stream().map(Asset::name).toList();
        SignpostLogEntry e = new SignpostLogEntry(0, date, Privacy.scrub(n.text()), area,
                Privacy.coarsePlace(n.placeLabel()), domain, names, answer.suggestions().size(), !answer.good(), "");
        synchronized (lock) {
            return store.signpostLog().add(e);
        }
    }

    /** The domain most of the top results share, or "" when they do not agree. */
    private static String likelyDomain(Answer answer) {
        Map<String, Integer> votes = new HashMap<>();
        List<Suggestion> top = answer.suggestions().subList(0, Math.min(5, answer.suggestions().size()));
        for (Suggestion s : top) {
            for (String d : s.asset().domains()) {
                votes.merge(d, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().filter(e -> e.getValue() * 2 > top.size())
                .sorted(Map.Entry.comparingByKey())
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse("");
    }

    /** Adds what came of a signposting to its log entry; false when there is no such entry. */
    public boolean setOutcome(long id, String outcome) {
        synchronized (lock) {
            return store.signpostLog().setOutcome(id, Privacy.scrub(outcome));
        }
    }

    /** Log entries between the dates (null = open-ended), newest first. */
    public List<SignpostLogEntry> log(LocalDate from, LocalDate to) {
        synchronized (lock) {
            return store.signpostLog().list(from, to);
        }
    }

    /** Demand against supply over the dates (null = open-ended), by area at the assignment level and domain. */
    public Demand demand(LocalDate from, LocalDate to) {
        synchronized (lock) {
            List<SignpostLogEntry> entries = store.signpostLog().list(from, to);
            AreaDomainTable supply = project.areaDomainTable();
            List<String> domains = new ArrayList<>(supply.domains());
            domains.add(NOT_KNOWN);
            int cols = domains.size();
            Map<String, Area> areaByCode = new HashMap<>();
            for (Area a : project.areas()) {
                areaByCode.put(a.code(), a);
            }
            // Rows: the assignment-level areas in the supply table's order, then "No area"
            LinkedHashMap<String, Demand.Row> rows = new LinkedHashMap<>();
            for (AreaDomainTable.Row r : supply.rows()) {
                long[] available = new long[cols];
                System.arraycopy(r.counts(), 0, available, 0, r.counts().length);
                available[cols - 1] = r.assets();
                String key = r.areaCode() == null ? "" : r.areaCode();
                rows.put(key, new Demand.Row(r.areaCode(), r.areaName(), new long[cols], new long[cols], available));
            }
            Map<String, List<SignpostLogEntry>> unmetByNeed = new TreeMap<>();
            for (SignpostLogEntry e : entries) {
                String key = rowKey(e.areaCode(), project.areaTree(), rows);
                Demand.Row row = rows.computeIfAbsent(key, k -> new Demand.Row(null, "No area", new long[cols],
                        new long[cols], new long[cols]));
                int col = indexOf(domains, e.domain());
                row.asked()[col]++;
                if (e.unmet()) {
                    row.unmet()[col]++;
                    unmetByNeed.computeIfAbsent(normalNeed(e.need()), k -> new ArrayList<>()).add(e);
                }
            }
            List<Demand.UnmetNeed> unmet = new ArrayList<>();
            for (Map.Entry<String, List<SignpostLogEntry>> u : unmetByNeed.entrySet()) {
                List<String> areaNames = u.getValue().stream().map(e -> {
                    Area a = e.areaCode() == null ? null : areaByCode.get(e.areaCode());
                    return a == null ? "No area" : a.name();
                }).distinct().sorted().toList();
                LocalDate last = u.getValue().stream().map(SignpostLogEntry::date).max(LocalDate::compareTo).orElse(null);
                unmet.add(new Demand.UnmetNeed(u.getKey(), u.getValue().size(), areaNames, last));
            }
            unmet.sort((a, b) -> a.times() != b.times() ? Integer.compare(b.times(), a.times()) : a.need().compareTo(b.need()));
            return new Demand(domains, List.copyOf(rows.values()), unmet, from, to, entries.size());
        }
    }

    /**
     * The row an entry counts in: the row's area that the entry's area is, or lies in (the project's one area
     * rule); else "No area".
     */
    private static String rowKey(String code, AreaTree tree, Map<String, Demand.Row> rows) {
        if (code == null) {
            return "";
        }
        for (String key : rows.keySet()) {
            if (!key.isEmpty() && tree.relation(key, code).inside()) {
                return key;
            }
        }
        return "";
    }

    private static int indexOf(List<String> domains, String d) {
        for (int i = 0; i < domains.size() - 1; i++) {
            if (domains.get(i).equalsIgnoreCase(d == null ? "" : d.strip())) {
                return i;
            }
        }
        return domains.size() - 1;
    }

    private static String normalNeed(String need) {
        return String.join(" ", org.assetatlas.search.TextAnalyzer.terms(need, 12)).toLowerCase(Locale.UK);
    }
}
