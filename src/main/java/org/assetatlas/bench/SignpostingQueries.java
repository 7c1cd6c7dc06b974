package org.assetatlas.bench;

import java.util.ArrayList;
import java.util.List;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.signpost.Need;

/**
 * A fixed list of realistic signposting searches: plain words, prefixes (as typed, half-way through a word), a
 * domain filter, a near-a-point filter and misspellings. Every query has words, so each has a raw FTS5 twin to
 * compare with. {@link #needs()} runs them the way the signposting view does: thesaurus, spelling correction and
 * ranking by distance from a place all on.
 */
final class SignpostingQueries {

    private static final GeoPoint TOWN_CENTRE = new GeoPoint(51.8892, 0.9042);
    private static final GeoPoint GREENSTEAD = new GeoPoint(51.8880, 0.9390);
    private static final GeoPoint TIPTREE = new GeoPoint(51.8120, 0.7500);

    private SignpostingQueries() {
    }

    static final int LIMIT = 50;

    static List<AssetQuery> all() {
        String[] words = {"carers", "lonely", "loneliness", "befriending", "dementia", "dementia cafe", "food bank",
            "food", "debt advice", "benefits", "forms", "digital help", "toddler", "parents", "youth club",
            "mental health", "anxiety", "bereavement", "end of life", "hospice", "walking", "exercise", "yoga",
            "choir", "singing", "garden", "allotments", "men's shed", "stroke", "transport", "community transport",
            "breastfeeding", "stop smoking", "pharmacy", "repair cafe", "credit union", "knit", "heritage",
            "church", "hot meals"};
        String[] prefixes = {"car", "befr", "demen", "bere", "tod", "yout", "allot", "trans", "wellb", "volunt"};
        String[][] withDomain = {{"carers", "Age Well"}, {"support", "Feel Well"}, {"group", "Start Well"},
            {"advice", "Stay Well"}, {"walk", "Be Well"}, {"end of life", "Die Well"}};
        Object[][] nearPoint = {{"carers", TOWN_CENTRE}, {"lonely older", GREENSTEAD}, {"food", TIPTREE},
            {"toddler", TOWN_CENTRE}, {"dementia", GREENSTEAD}, {"advice", TIPTREE}};
        List<AssetQuery> out = new java.util.ArrayList<>();
        for (String w : words) {
            out.add(AssetQuery.all().withText(w).withLimit(LIMIT));
        }
        for (String p : prefixes) {
            out.add(AssetQuery.all().withText(p).withLimit(LIMIT));
        }
        for (String[] d : withDomain) {
            out.add(AssetQuery.all().withText(d[0]).withDomain(d[1]).withLimit(LIMIT));
        }
        for (Object[] n : nearPoint) {
            out.add(AssetQuery.all().withText((String) n[0]).near((GeoPoint) n[1], 2000).withLimit(LIMIT));
        }
        for (String t : TYPOS) {
            out.add(AssetQuery.all().withText(t).withLimit(LIMIT));
        }
        return List.copyOf(out);
    }

    /** Misspelt needs, as typed in a hurry. */
    private static final String[] TYPOS = {"lonley", "dementa", "befreinding", "bereavment", "excercise", "alotments"};

    /**
     * The same searches as signposting needs: every one ranked by distance from one of three places in turn (the
     * near-a-point searches from their own point), with the thesaurus and spelling correction on.
     */
    static List<Need> needs() {
        GeoPoint[] places = {TOWN_CENTRE, GREENSTEAD, TIPTREE};
        List<Need> out = new ArrayList<>();
        int i = 0;
        for (AssetQuery q : all()) {
            GeoPoint at = q.near() != null ? q.near() : places[i % places.length];
            Need n = Need.of(q.text()).withLimit(LIMIT).near(at, "bench").inDomain(q.domain());
            out.add(n);
            i++;
        }
        return List.copyOf(out);
    }
}
