package org.assetatlas.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How alike two asset names are, after the differences spreadsheets make in writing one name are taken out.
 *
 * <p>Normalising: lower case, accents and apostrophes dropped ("St Anne's" → "st annes"), "&amp;" read as "and",
 * other punctuation a space, common abbreviations written out (Comm. → community, Ctr/Ctre/Center → centre,
 * Assoc. → association, Grp → group, Soc. → society, Med. → medical, …), "St" read as "saint" where it starts a
 * name or follows "of"/"and" and as "street" elsewhere ("North St Hall"), and the words that carry no identity
 * ("the", "of", "and", "for", "ltd", "cic", …) left out.
 *
 * <p>Similarity: the smaller of two measures, each 0..1: the {@link JaroWinkler} similarity of the whole normalised
 * names, and a word-by-word score (each word matched to its most alike word in the other name, averaged over the
 * words of both names). The word score keeps a name whose place differs ("Citizens Advice Colchester" /
 * "Citizens Advice Tendring") apart even though the whole strings share a long beginning.
 */
public final class AssetNames {

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("comm", "community"), Map.entry("cmty", "community"), Map.entry("cmnty", "community"),
            Map.entry("ctr", "centre"), Map.entry("ctre", "centre"), Map.entry("cntr", "centre"),
            Map.entry("center", "centre"), Map.entry("cen", "centre"),
            Map.entry("assoc", "association"), Map.entry("assn", "association"), Map.entry("ass", "association"),
            Map.entry("grp", "group"), Map.entry("soc", "society"),
            Map.entry("med", "medical"), Map.entry("hlth", "health"), Map.entry("svc", "service"),
            Map.entry("svcs", "services"), Map.entry("serv", "services"), Map.entry("lib", "library"),
            Map.entry("vol", "voluntary"), Map.entry("rd", "road"), Map.entry("ave", "avenue"),
            Map.entry("ln", "lane"), Map.entry("hse", "house"), Map.entry("mem", "memorial"),
            Map.entry("sch", "school"), Map.entry("prac", "practice"), Map.entry("surg", "surgery"),
            Map.entry("cte", "committee"), Map.entry("ctee", "committee"), Map.entry("info", "information"),
            Map.entry("intl", "international"), Map.entry("nat", "national"), Map.entry("gt", "great"),
            Map.entry("sq", "square"), Map.entry("mt", "mount"), Map.entry("dept", "department"),
            Map.entry("u3a", "u3a"), Map.entry("hosp", "hospital"), Map.entry("ch", "church"));

    private static final Set<String> STOP_WORDS = Set.of("the", "of", "and", "for", "a", "an", "at", "in", "on",
            "ltd", "limited", "cic", "inc", "plc", "llp");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private AssetNames() {
    }

    /** The name's words after normalising, in order; empty for a blank name. */
    public static List<String> words(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("+", " and ");
        s = OTHER.matcher(APOSTROPHES.matcher(s).replaceAll("")).replaceAll(" ").strip();
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        String[] raw = s.split(" ");
        for (int i = 0; i < raw.length; i++) {
            String w = raw[i];
            if (w.equals("st") || w.equals("saint")) {
                String before = i == 0 ? "" : raw[i - 1];
                boolean saint = i == 0 || before.equals("of") || before.equals("and") || i + 1 < raw.length
                        && out.isEmpty();
                out.add(saint || w.equals("saint") ? "saint" : "street");
                continue;
            }
            if (STOP_WORDS.contains(w)) {
                continue;
            }
            out.add(ABBREVIATIONS.getOrDefault(w, w));
        }
        return out;
    }

    /** The normalised name: its {@link #words} joined by single spaces. */
    public static String normalise(String name) {
        return String.join(" ", words(name));
    }

    /** How alike the two names are, 0..1, after normalising both. */
    public static double similarity(String a, String b) {
        return similarity(words(a), words(b));
    }

    /** How alike two already normalised names are, given as their words. */
    public static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty() ? 1 : 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        double whole = JaroWinkler.similarity(String.join(" ", a), String.join(" ", b));
        double words = (bestMatches(a, b) + bestMatches(b, a)) / (a.size() + b.size());
        return Math.min(whole, words);
    }

    private static double bestMatches(List<String> from, List<String> to) {
        double sum = 0;
        for (String w : from) {
            double best = 0;
            for (String v : to) {
                best = Math.max(best, JaroWinkler.similarity(w, v));
            }
            sum += best;
        }
        return sum;
    }

    /**
     * The numbers in a normalised name, in order: names carrying different numbers ("1st Clacton Scouts" / "2nd
     * Clacton Scouts") are different assets however alike.
     */
    public static List<String> numbers(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String d = w.replaceAll("\\D", "");
            if (!d.isEmpty()) {
                out.add(d);
            }
        }
        return out;
    }
}
