package org.assetatlas.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assetatlas.model.Asset;
import org.assetatlas.model.GeoPoint;

/**
 * The one rule that says whether two asset records describe the same asset, and why: the same group entered twice,
 * typically from two partners' spreadsheets that spell its name, phone or web address differently.
 *
 * <p>In order:
 * <ol>
 *   <li><b>same postcode and phone</b> (phone compared by its digits, +44 read as 0): a duplicate wherever the
 *       records are placed;</li>
 *   <li>records placed more than {@value #MAX_METRES} m apart are <em>not</em> duplicates on any other ground: two
 *       branches of one charity share a name pattern, a web site or an e-mail address, but not a place;</li>
 *   <li><b>same e-mail</b>, or <b>same web address</b> (host without "www." and path, not scheme, query or trailing
 *       slash);</li>
 *   <li>names at least {@value #NAME_THRESHOLD} alike ({@link AssetNames#similarity}), carrying the same numbers,
 *       and placed together: both located within {@value #MAX_METRES} m, or the same postcode, or — when either
 *       lacks a place — names at least {@value #CLOSE_NAME_THRESHOLD} alike and no postcodes in different districts.</li>
 * </ol>
 * Two groups meeting in one building (same postcode and location) are not duplicates unless their names, phone,
 * e-mail or web address say so.
 */
public final class DuplicateRule {

    /** Farther apart than this (metres), two located records are not the same asset by name or web address. */
    public static final double MAX_METRES = 2000;
    /** Names at least this alike, placed together, are the same asset. */
    public static final double NAME_THRESHOLD = 0.92;
    /** Names at least this alike are the same asset when one of them has no place to compare. */
    public static final double CLOSE_NAME_THRESHOLD = 0.96;

    private DuplicateRule() {
    }

    /**
     * Why two records are the same asset.
     *
     * @param reason         plain words, e.g. "same postcode and phone" or "names 0.94 alike, 120 m apart"
     * @param nameSimilarity how alike the names are, 0..1; NaN when a postcode and phone, e-mail or web address
     *                       decided without the names
     * @param metres         distance between the two locations, or NaN when either has none
     */
    public record Match(String reason, double nameSimilarity, double metres) {
    }

    /** Why {@code a} and {@code b} are the same asset, or empty when they are not. */
    public static Optional<Match> judge(Asset a, Asset b) {
        return judge(Keys.of(a), Keys.of(b));
    }

    /** The same rule on keys computed once per asset (see {@link Keys#of}). */
    public static Optional<Match> judge(Keys a, Keys b) {
        double metres = a.location() != null && b.location() != null ? metres(a.location(), b.location()) : Double.NaN;
        boolean samePostcode = !a.postcode().isEmpty() && a.postcode().equals(b.postcode());
        if (samePostcode && !a.phone().isEmpty() && a.phone().equals(b.phone())) {
            return Optional.of(new Match("same postcode and phone", Double.NaN, metres));
        }
        if (metres > MAX_METRES) {
            return Optional.empty();
        }
        if (!a.email().isEmpty() && a.email().equals(b.email())) {
            return Optional.of(new Match("same e-mail" + where(metres, samePostcode), Double.NaN, metres));
        }
        if (!a.web().isEmpty() && a.web().equals(b.web())) {
            return Optional.of(new Match("same web address" + where(metres, samePostcode), Double.NaN, metres));
        }
        if (!a.numbers().equals(b.numbers())) {
            return Optional.empty();
        }
        // The whole-name measure is cheap and bounds the similarity from above: most pairs stop here.
        double whole = a.name().equals(b.name()) ? 1 : JaroWinkler.similarity(a.name(), b.name());
        if (whole < NAME_THRESHOLD) {
            return Optional.empty();
        }
        double sim = similarity(a, b);
        if (sim < NAME_THRESHOLD) {
            return Optional.empty();
        }
        String alike = String.format(Locale.ROOT, "names %.2f alike", Math.floor(sim * 100) / 100);
        if (!Double.isNaN(metres)) {
            return Optional.of(new Match(alike + ", " + distance(metres) + " apart", sim, metres));
        }
        if (samePostcode) {
            return Optional.of(new Match(alike + ", same postcode", sim, metres));
        }
        boolean otherDistricts = !a.district().isEmpty() && !b.district().isEmpty()
                && !a.district().equals(b.district());
        if (sim >= CLOSE_NAME_THRESHOLD && !otherDistricts) {
            String missing = a.location() == null && b.location() == null ? "neither has a location"
                    : "one has no location";
            return Optional.of(new Match(alike + ", " + missing, sim, metres));
        }
        return Optional.empty();
    }

    private static double similarity(Keys a, Keys b) {
        return AssetNames.similarity(a.words(), b.words());
    }

    private static String where(double metres, boolean samePostcode) {
        if (!Double.isNaN(metres)) {
            return ", " + distance(metres) + " apart";
        }
        return samePostcode ? ", same postcode" : "";
    }

    /** "0 m", "120 m", "1.4 km". */
    static String distance(double metres) {
        if (metres < 1000) {
            return Math.round(metres / 10) * 10 + " m";
        }
        long tenths = Math.round(metres / 100);
        return tenths / 10 + "." + tenths % 10 + " km";
    }

    /**
     * Distance in metres on a local flat approximation (equirectangular at the mean latitude): within 0.1% of the
     * great-circle distance at the few kilometres the rule cares about, and much cheaper.
     */
    static double metres(GeoPoint a, GeoPoint b) {
        double x = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        double y = Math.toRadians(b.lat() - a.lat());
        return 6_371_008.8 * Math.sqrt(x * x + y * y);
    }

    /**
     * What the rule compares of one asset, normalised once.
     *
     * @param words    the name's normalised words
     * @param name     the normalised name: its words joined by spaces
     * @param postcode the postcode upper case without spaces, or empty
     * @param district the postcode's outward code ("CO15"), or empty
     * @param phone    the phone's digits with +44 read as 0, or empty when fewer than 10 digits
     * @param email    the e-mail in lower case, or empty
     * @param web      the web address's host (no "www.") and path (no trailing slash) in lower case, or empty
     * @param location where it is, or null
     * @param numbers  the numbers in the name, in order ("1st Clacton Scouts" → [1])
     */
    public record Keys(List<String> words, String name, String postcode, String district, String phone, String email, String web,
                       GeoPoint location, List<String> numbers) {

        /** The keys of one asset. */
        public static Keys of(Asset a) {
            String postcode = a.postcode().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            String district = postcode.length() > 3 ? postcode.substring(0, postcode.length() - 3) : "";
            List<String> words = AssetNames.words(a.name());
            return new Keys(words, String.join(" ", words), postcode, district, phone(a.phone()), email(a.email()), web(a.website()),
                    a.location(), AssetNames.numbers(words));
        }

        static String phone(String text) {
            String d = text.replaceAll("\\D", "");
            if (d.startsWith("44") && text.strip().startsWith("+")) {
                d = "0" + d.substring(2);
            } else if (d.startsWith("0044")) {
                d = "0" + d.substring(4);
            }
            // "+44 (0)1206 …" leaves "0" + "01206…"
            if (d.startsWith("00")) {
                d = d.substring(1);
            }
            return d.length() >= 10 ? d : "";
        }

        static String email(String text) {
            String e = text.strip().toLowerCase(Locale.ROOT);
            if (e.startsWith("mailto:")) {
                e = e.substring(7);
            }
            return e.contains("@") ? e : "";
        }

        static String web(String text) {
            String w = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
            int cut = w.length();
            for (char c : new char[] {'?', '#'}) {
                int i = w.indexOf(c);
                if (i >= 0) {
                    cut = Math.min(cut, i);
                }
            }
            w = w.substring(0, cut);
            if (w.startsWith("www.")) {
                w = w.substring(4);
            }
            while (w.endsWith("/")) {
                w = w.substring(0, w.length() - 1);
            }
            w = w.replaceFirst("/index\\.(html?|php|aspx?)$", "");
            return w.contains(".") ? w : "";
        }
    }
}
