package org.assetatlas.analysis;

/**
 * Jaro-Winkler similarity of two strings, 0 (nothing alike) to 1 (equal), as defined by Winkler (1990): the Jaro
 * similarity raised by 0.1 for each of up to four leading characters the strings share.
 *
 * <p>Two empty strings are equal (1); an empty string and a non-empty one are not alike (0). Characters are
 * compared exactly, so callers normalise case and spelling first (see {@link AssetNames}).
 */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    /** The Jaro-Winkler similarity of {@code a} and {@code b}. */
    public static double similarity(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 && lb == 0) {
            return 1;
        }
        if (la == 0 || lb == 0) {
            return 0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] matchedA = new boolean[la];
        boolean[] matchedB = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int halfTranspositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (matchedA[i]) {
                while (!matchedB[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    halfTranspositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - halfTranspositions / 2.0) / m) / 3.0;
        int prefix = 0;
        int maxPrefix = Math.min(4, Math.min(la, lb));
        while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
