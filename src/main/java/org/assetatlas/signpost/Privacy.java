package org.assetatlas.signpost;

import java.util.regex.Pattern;

/** Takes what looks personal out of text before it goes into the anonymous log. */
public final class Privacy {

    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d\\s()-]{5,}\\d");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)\\b([A-Z]{1,2}\\d[A-Z\\d]?)\\s*\\d[A-Z]{2}\\b");
    private static final int MAX = 200;

    private Privacy() {
    }

    /**
     * The text with e-mail addresses and phone numbers removed, full postcodes cut to their district ("CO4 3QE" →
     * "CO4"), white space collapsed and at most 200 characters kept.
     */
    public static String scrub(String text) {
        if (text == null) {
            return "";
        }
        String s = EMAIL.matcher(text).replaceAll("[removed]");
        s = POSTCODE.matcher(s).replaceAll("$1");
        s = PHONE.matcher(s).replaceAll("[removed]");
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() <= MAX ? s : s.substring(0, MAX);
    }

    /** A place as the log may keep it: a postcode's district, or the words given when they are not a postcode. */
    public static String coarsePlace(String label) {
        if (label == null) {
            return "";
        }
        String s = POSTCODE.matcher(label.strip()).replaceAll("$1");
        if (s.matches("-?\\d+(\\.\\d+)?\\s*,\\s*-?\\d+(\\.\\d+)?")) {
            return "map point";
        }
        return scrub(s);
    }
}
