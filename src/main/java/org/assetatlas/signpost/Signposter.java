package org.assetatlas.signpost;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.model.WeeklySchedule;
import org.assetatlas.search.AssetFacets;
import org.assetatlas.search.RankQuery;
import org.assetatlas.search.RankedHit;
import org.assetatlas.search.Spelling;
import org.assetatlas.search.TextAnalyzer;

/**
 * Answers a {@link Need}: fixes spelling against the words the project and thesaurus know, expands the need
 * through the thesaurus, ranks by relevance blended with distance, applies the filters, and says for each result
 * why it matched, whether it is open today, what it costs and how accessible it is.
 */
public final class Signposter {

    /** Weight of single words when no wording matched as a whole. */
    static final double RELAXED_WEIGHT = 0.6;
    /** How much distance counts against relevance when a place is given. */
    static final double DISTANCE_WEIGHT = 0.35;
    /** Distance at which nearness counts half. */
    static final double HALF_METRES = 2000;
    /** Beyond this, a result is not a good answer for the place asked about. */
    static final double GOOD_METRES = 8000;
    /** A bus stop this close counts as "near a bus stop". */
    public static final double BUS_STOP_METRES = 400;
    /** Records not checked for this long are flagged ({@link org.assetatlas.model.Review}). */
    public static final int VERIFY_MONTHS = org.assetatlas.model.Review.DEFAULT_MONTHS;

    /** Words that say nothing about the need ("help with", "I need"); dropped unless nothing else is left. */
    private static final Set<String> FILLER = Set.of("a", "an", "and", "any", "are", "for", "from", "get", "getting",
            "help", "i", "im", "in", "is", "looking", "me", "my", "near", "need", "needs", "of", "on", "or", "please",
            "some", "someone", "something", "somewhere", "support", "the", "there", "to", "wants", "want", "who",
            "with", "where", "what", "can", "he", "she", "they", "their", "her", "his", "mum", "dad", "husband",
            "wife", "partner", "local", "around", "here");

    /** What the signposter needs of a project. */
    public interface Catalogue {
        /** Whether the word is indexed as a word or the start of one. */
        boolean knows(String word);

        /** The indexed word closest in spelling, or null. */
        String closestTerm(String word);

        /** The domain filter as a mask of the index (0 = any); -1 when the project has no such domain. */
        long domainMask(String domain);

        List<RankedHit> rank(RankQuery q);

        /** The assets with these ids, in order. */
        List<Asset> load(long[] ids);
    }

    private final Catalogue catalogue;
    private final Thesaurus thesaurus;
    private final OpeningTimes opening;
    private final Map<String, WeeklySchedule> schedules = new HashMap<>();

    public Signposter(Catalogue catalogue, Thesaurus thesaurus, OpeningTimes opening) {
        this.catalogue = catalogue;
        this.thesaurus = thesaurus;
        this.opening = opening;
    }

    /** Finds help for the need; never throws on any text. {@code now} is the signposter's clock. */
    public Answer answer(Need need, LocalDateTime now) {
        List<String> typed = TextAnalyzer.terms(need.text(), 12);
        if (typed.isEmpty()) {
            return Answer.guidance(need, Answer.EMPTY_GUIDANCE);
        }
        // Spelling: each unknown word becomes the closest known one
        List<String> fixed = new ArrayList<>();
        boolean changed = false;
        Set<String> thesaurusWords = thesaurus.words();
        for (String w : typed) {
            String f = fix(w, thesaurusWords);
            changed |= !f.equals(w);
            fixed.add(f);
        }
        List<String> meaningful = new ArrayList<>();
        for (String w : fixed) {
            if (!FILLER.contains(w)) {
                meaningful.add(w);
            }
        }
        if (meaningful.isEmpty()) {
            meaningful = fixed;
        }
        String words = String.join(" ", meaningful);
        List<Thesaurus.Expansion> expansions = thesaurus.expand(words);
        List<RankQuery.Alternative> alternatives = new ArrayList<>();
        for (Thesaurus.Expansion e : expansions) {
            alternatives.add(new RankQuery.Alternative(e.text(), e.weight()));
        }
        long domainMask = 0;
        if (need.domain() != null && !need.domain().isBlank()) {
            domainMask = catalogue.domainMask(need.domain());
            if (domainMask < 0) {
                return Answer.guidance(need, "The project has no domain \"" + need.domain() + "\".");
            }
        }
        Set<String> areas = need.areaCode() == null || need.areaCode().isBlank() ? null
                : Set.of(need.areaCode()); // the index holds every area each asset is in, at every level
        LocalDate today = now.toLocalDate();
        Predicate<AssetFacets> facets = facetFilter(need);
        int statusMask = need.includeInactive() ? 0 : 1 << AssetStatus.ACTIVE.ordinal();
        double lat = need.near() == null ? Double.NaN : need.near().lat();
        double lon = need.near() == null ? Double.NaN : need.near().lon();
        RankQuery q = new RankQuery(alternatives, domainMask, areas, need.category() == null ? -1
                : need.category().ordinal(), statusMask, lat, lon, 0, DISTANCE_WEIGHT, HALF_METRES, facets,
                need.limit());
        List<RankedHit> hits = catalogue.rank(q);
        String guidance = "";
        List<String> wordings = new ArrayList<>();
        expansions.forEach(e -> wordings.add(e.text()));
        if (hits.isEmpty() && meaningful.size() > 1) {
            // No wording matched as a whole: any one of the words will do, at lower weight
            List<RankQuery.Alternative> relaxed = new ArrayList<>();
            for (String w : new LinkedHashSet<>(meaningful)) {
                for (Thesaurus.Expansion e : thesaurus.expand(w)) {
                    if (relaxed.size() < Thesaurus.MAX_ALTERNATIVES) {
                        relaxed.add(new RankQuery.Alternative(e.text(), RELAXED_WEIGHT * e.weight()));
                        wordings.add(e.text());
                    }
                }
            }
            hits = catalogue.rank(new RankQuery(relaxed, q.domainMask(), q.areaCodes(), q.category(),
                    q.statusMask(), lat, lon, 0, DISTANCE_WEIGHT, HALF_METRES, facets, need.limit()));
            alternatives = relaxed;
            if (!hits.isEmpty()) {
                guidance = "Nothing matched all of \"" + words + "\"" + (filtered(need) ? " with these filters" : "")
                        + "; showing places that match some of the words.";
            }
        }
        long[] ids = hits.stream().mapToLong(RankedHit::id).toArray();
        List<Asset> assets = catalogue.load(ids);
        Map<Long, Asset> byId = new HashMap<>();
        assets.forEach(a -> byId.put(a.id(), a));
        List<Suggestion> out = new ArrayList<>();
        LocalDate day = need.openAt() == null ? today : need.openAt().toLocalDate();
        for (RankedHit h : hits) {
            Asset a = byId.get(h.id());
            if (a == null) {
                continue;
            }
            String wording = alternatives.get(h.alternative()).text();
            String forNeed = null;
            for (Thesaurus.Expansion e : expansions) {
                if (e.text().equals(wording) && e.forNeed() != null) {
                    forNeed = e.forNeed();
                }
            }
            out.add(new Suggestion(a, h.distanceMetres(), why(a, wording, forNeed),
                    day.equals(today) ? opening.today(a.openingHours(), day) : opening.on(a.openingHours(), day),
                    costWords(a), accessWords(a), unverified(a, today), h.score()));
        }
        boolean good = !out.isEmpty() && (need.near() == null || Double.isNaN(out.get(0).distanceMetres())
                || out.stream().anyMatch(s -> !Double.isNaN(s.distanceMetres()) && s.distanceMetres() <= GOOD_METRES));
        if (out.isEmpty()) {
            guidance = "Nothing in the directory matches \"" + words + "\"" + (filtered(need) ? " with these filters" : "")
                    + ". Try other words" + (filtered(need) ? " or fewer filters" : "")
                    + ", and consider recording this as an unmet need.";
        } else if (!good) {
            guidance = "Nothing suitable within " + Distances.words(GOOD_METRES) + "; the nearest matches are shown.";
        }
        String corrected = changed ? String.join(" ", fixed) : null;
        return new Answer(need, out, guidance, corrected, wordings, good);
    }

    private static boolean filtered(Need n) {
        return n.domain() != null || n.areaCode() != null || n.category() != null || n.freeOrLowCost()
                || !n.access().isEmpty() || n.age() != null || n.openAt() != null || n.selfReferral()
                || n.nearBusStop();
    }

    private String fix(String word, Set<String> thesaurusWords) {
        if (thesaurusWords.contains(word) || catalogue.knows(word) || Character.isDigit(word.charAt(0))) {
            return word;
        }
        int max = Spelling.allowedEdits(word.length());
        String best = catalogue.closestTerm(word);
        int bestDistance = best == null ? max + 1 : Spelling.distance(word, best, max);
        String fromThesaurus = null;
        int thesaurusDistance = max + 1;
        for (String t : thesaurusWords) {
            int d = Spelling.distance(word, t, max);
            if (d < thesaurusDistance) {
                fromThesaurus = t;
                thesaurusDistance = d;
            }
        }
        // On a tie the need vocabulary wins: it is what residents say
        if (fromThesaurus != null && thesaurusDistance <= max && thesaurusDistance <= bestDistance) {
            return fromThesaurus;
        }
        return best == null || bestDistance > max ? word : best;
    }

    /** The facet conditions of the need, checked inside the index. */
    Predicate<AssetFacets> facetFilter(Need need) {
        List<Predicate<AssetFacets>> all = new ArrayList<>();
        if (need.freeOrLowCost()) {
            int free = CostBand.FREE.ordinal();
            int low = CostBand.LOW_COST.ordinal();
            all.add(f -> f.cost() == free || f.cost() == low);
        }
        if (!need.access().isEmpty()) {
            int mask = accessMask(need.access());
            all.add(f -> (f.accessMask() & mask) == mask);
        }
        if (need.age() != null) {
            int age = need.age();
            all.add(f -> (f.ageMin() < 0 || f.ageMin() <= age) && (f.ageMax() < 0 || f.ageMax() >= age));
        }
        if (need.selfReferral()) {
            int self = ReferralRoute.SELF.ordinal();
            int either = ReferralRoute.EITHER.ordinal();
            all.add(f -> f.referral() == self || f.referral() == either);
        }
        if (need.nearBusStop()) {
            int bit = 1 << AccessFeature.NEAR_BUS_STOP.ordinal();
            // The measured distance to the nearest stop wins; without it, the record's "near bus stop" feature
            all.add(f -> Double.isNaN(f.busStopMetres()) ? (f.accessMask() & bit) != 0
                    : f.busStopMetres() <= BUS_STOP_METRES);
        }
        if (need.openAt() != null) {
            LocalDateTime when = need.openAt();
            all.add(f -> !f.openingHours().isEmpty() && opening.isOpen(schedule(f.openingHours()), when));
        }
        if (all.isEmpty()) {
            return null;
        }
        return f -> {
            for (Predicate<AssetFacets> p : all) {
                if (!p.test(f)) {
                    return false;
                }
            }
            return true;
        };
    }

    private WeeklySchedule schedule(String text) {
        WeeklySchedule s = schedules.get(text);
        if (s == null) {
            try {
                s = WeeklySchedule.parse(text);
            } catch (IllegalArgumentException e) {
                s = WeeklySchedule.empty();
            }
            if (schedules.size() > 10_000) {
                schedules.clear();
            }
            schedules.put(text, s);
        }
        return s;
    }

    /** The accessibility features as a bit mask by ordinal. */
    public static int accessMask(Set<AccessFeature> features) {
        int m = 0;
        for (AccessFeature f : features) {
            m |= 1 << f.ordinal();
        }
        return m;
    }

    /** Why the asset matched the wording, in plain words: which words were found where. */
    static String why(Asset a, String wording, String forNeed) {
        List<String> words = TextAnalyzer.terms(wording, 12);
        List<String> parts = new ArrayList<>();
        List<String> inName = new ArrayList<>();
        List<String> inTags = new ArrayList<>();
        List<String> inText = new ArrayList<>();
        // Each field is read into words only when a word was not found in the fields before it: most words are in
        // the name, and the description is the longest text of a record.
        List<String> nameTerms = TextAnalyzer.terms(a.name(), 200);
        List<String> tagTerms = null;
        List<String> otherTerms = null;
        for (String w : words) {
            if (hasWord(nameTerms, w)) {
                inName.add(w);
                continue;
            }
            if (tagTerms == null) {
                tagTerms = TextAnalyzer.terms(String.join(" ", a.tags()), 200);
            }
            if (hasWord(tagTerms, w)) {
                inTags.add(w);
                continue;
            }
            if (otherTerms == null) {
                otherTerms = TextAnalyzer.terms(a.description() + " " + a.organisation() + " " + a.address()
                        + " " + a.postcode(), 500);
            }
            if (hasWord(otherTerms, w)) {
                inText.add(w);
            }
        }
        if (!inName.isEmpty()) {
            parts.add(quoted(inName) + " in its name");
        }
        if (!inTags.isEmpty()) {
            parts.add("tagged " + quoted(inTags));
        }
        if (!inText.isEmpty()) {
            parts.add(quoted(inText) + " in its description");
        }
        String s = parts.isEmpty() ? "matches \"" + wording + "\"" : String.join("; ", parts);
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return forNeed == null ? s : s + " (a way of helping with \"" + forNeed + "\")";
    }

    private static boolean hasWord(List<String> terms, String w) {
        for (String t : terms) {
            if (t.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static String quoted(List<String> words) {
        return "\"" + String.join(" ", words) + "\"";
    }

    /** What it costs, in plain words, with the record's note. */
    public static String costWords(Asset a) {
        String base = switch (a.cost()) {
            case FREE -> "Free";
            case LOW_COST -> "Low cost";
            case PAID -> "There is a charge";
            case UNKNOWN -> "Cost not known";
        };
        return a.costNote().isEmpty() ? base : base + " (" + a.costNote() + ")";
    }

    /** The accessibility features, comma-separated. */
    public static String accessWords(Asset a) {
        List<String> out = new ArrayList<>();
        for (AccessFeature f : a.accessibility()) {
            out.add(f.label().toLowerCase(Locale.UK).replace("bsl", "BSL"));
        }
        if (out.isEmpty()) {
            return "";
        }
        String s = String.join(", ", out);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Whether the record has not been checked in the last {@link #VERIFY_MONTHS} months (or never). */
    public static boolean unverified(Asset a, LocalDate today) {
        return org.assetatlas.model.Review.overdue(a.lastVerified(), today, VERIFY_MONTHS);
    }
}
