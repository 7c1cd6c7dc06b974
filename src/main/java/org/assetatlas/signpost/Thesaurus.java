package org.assetatlas.signpost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assetatlas.search.TextAnalyzer;

/**
 * The words residents use for a need and what the help is usually called: "lonely" → befriending, social group,
 * lunch club. Text form, one need per line: {@code lonely, isolated = befriending, social group}; lines starting
 * with {@code #} are notes. The left side recognises the need in what was typed; the right side is what is searched
 * for, closest first.
 */
public final class Thesaurus {

    /** The most wordings one query expands into, the words as typed included. */
    public static final int MAX_ALTERNATIVES = 16;
    private static final String DEFAULT_RESOURCE = "thesaurus.txt";

    /** One line: the need's phrases and what to search for as well, each phrase as its index terms. */
    public record Entry(List<List<String>> needs, List<List<String>> alternatives) {
    }

    /**
     * One wording to search for: the text, the need phrase it stands in for (null for the words as typed), and how
     * much a match on it counts: 1 as typed, 0.9 for another word for the same need, then from 0.85 down by 0.04 per
     * place in the line's list (the first alternatives are the closest), never below 0.45.
     */
    public record Expansion(String text, String forNeed, double weight) {
    }

    private final List<Entry> entries;
    private final String text;
    private final Set<String> words;

    private Thesaurus(List<Entry> entries, String text) {
        this.entries = List.copyOf(entries);
        this.text = text;
        Set<String> all = new TreeSet<>();
        for (Entry e : entries) {
            e.needs().forEach(all::addAll);
            e.alternatives().forEach(all::addAll);
        }
        this.words = java.util.Collections.unmodifiableSet(all);
    }

    /** The thesaurus shipped with the app. */
    public static Thesaurus standard() {
        return parse(standardText());
    }

    /** The text of the thesaurus shipped with the app. */
    public static String standardText() {
        try (InputStream in = Thesaurus.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The signposting thesaurus is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the signposting thesaurus: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the text form.
     *
     * @throws IllegalArgumentException naming the line that cannot be read
     */
    public static Thesaurus parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("Thesaurus line " + (i + 1)
                        + ": expected \"need words = what to search for\", found \"" + abbreviate(line) + "\"");
            }
            List<List<String>> needs = phrases(line.substring(0, eq));
            List<List<String>> alternatives = phrases(line.substring(eq + 1));
            if (needs.isEmpty()) {
                throw new IllegalArgumentException("Thesaurus line " + (i + 1) + ": nothing before the =");
            }
            if (alternatives.isEmpty()) {
                throw new IllegalArgumentException("Thesaurus line " + (i + 1) + ": nothing to search for after the =");
            }
            entries.add(new Entry(needs, alternatives));
        }
        return new Thesaurus(entries, text == null ? "" : text);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static List<List<String>> phrases(String list) {
        List<List<String>> out = new ArrayList<>();
        for (String p : list.split(",")) {
            List<String> terms = TextAnalyzer.terms(p, 8);
            if (!terms.isEmpty() && !out.contains(terms)) {
                out.add(terms);
            }
        }
        return out;
    }

    /** The text this thesaurus was read from. */
    public String text() {
        return text;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Every word the thesaurus knows on either side, for spelling suggestions. */
    public Set<String> words() {
        return words;
    }

    /**
     * The wordings to search for: the words as typed first, then, for each need phrase found in them, the words
     * with that phrase replaced by each alternative. At most
     * {@link #MAX_ALTERNATIVES}, without repeats.
     */
    public List<Expansion> expand(String query) {
        List<String> words = TextAnalyzer.terms(query, 12);
        Set<String> seen = new LinkedHashSet<>();
        List<Expansion> out = new ArrayList<>();
        String typed = String.join(" ", words);
        if (words.isEmpty()) {
            return out;
        }
        seen.add(typed);
        out.add(new Expansion(typed, null, 1));
        for (Entry e : entries) {
            for (List<String> need : e.needs()) {
                int at = indexOf(words, need);
                if (at < 0) {
                    continue;
                }
                List<List<String>> replacements = new ArrayList<>();
                List<Double> weights = new ArrayList<>();
                for (int i = 0; i < e.alternatives().size(); i++) {
                    replacements.add(e.alternatives().get(i));
                    weights.add(Math.max(0.45, 0.85 - 0.04 * i));
                }
                for (int i = 0; i < replacements.size(); i++) {
                    List<String> w = new ArrayList<>(words.subList(0, at));
                    w.addAll(replacements.get(i));
                    w.addAll(words.subList(at + need.size(), words.size()));
                    String t = String.join(" ", w);
                    if (out.size() < MAX_ALTERNATIVES && seen.add(t)) {
                        out.add(new Expansion(t, String.join(" ", need), weights.get(i)));
                    }
                }
            }
        }
        return out;
    }

    private static int indexOf(List<String> words, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
