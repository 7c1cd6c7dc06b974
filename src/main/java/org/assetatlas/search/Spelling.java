package org.assetatlas.search;

/**
 * Edit distance for spelling suggestions: optimal string alignment (Damerau–Levenshtein with adjacent
 * transpositions counted as one edit), computed only up to a bound so that most candidates are rejected early.
 */
public final class Spelling {

    private Spelling() {
    }

    /** The most edits allowed for a word of this length: none below 4 letters, 1 up to 5, 2 from 6. */
    public static int allowedEdits(int length) {
        if (length < 4) {
            return 0;
        }
        return length <= 5 ? 1 : 2;
    }

    /**
     * The edit distance between the words, or {@code max + 1} when it exceeds {@code max}.
     */
    public static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], max + 1);
    }
}
