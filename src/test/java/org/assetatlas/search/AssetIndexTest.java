package org.assetatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssetIndexTest {

    private static IndexedAsset asset(long id, String name, String tags, String description) {
        return new IndexedAsset(id, name, tags, "", description, "", Double.NaN, Double.NaN, 1, 0, 1L, "A");
    }

    private static IndexedAsset at(long id, String name, double lat, double lon, int category, int status, long domains,
                                   String area) {
        return new IndexedAsset(id, name, "", "", "", "", lat, lon, category, status, domains, area);
    }

    private static List<Long> ids(AssetIndex index, String text) {
        return index.search(IndexQuery.words(text, 10)).stream().map(SearchHit::id).toList();
    }

    private final AssetIndex index = AssetIndex.build(List.of(
            asset(1, "Greenstead Carers' Coffee Morning", "carers;social", "A cuppa for unpaid carers."),
            asset(2, "Lexden Walking Group", "walking;exercise", "Gentle walks; carers welcome."),
            asset(3, "Highwoods Toddler Stay and Play", "toddlers;parents", "Songs and play for under-fives."),
            asset(4, "Dementia Café", "dementia;memory", "For people living with dementia and their carers."),
            asset(5, "Carer Support Line", "carer;advice", "Phone support for carers.")));

    @Test
    void aWordInTheNameOutranksTheSameWordInTheDescription() {
        List<Long> hits = ids(index, "carers");
        assertEquals(1L, hits.get(0), "the only asset with 'carers' in its name and tags");
        assertEquals(Set.of(1L, 2L, 4L, 5L), Set.copyOf(hits));
    }

    @Test
    void everyWordMustMatch() {
        assertEquals(List.of(4L), ids(index, "dementia carers"));
        assertEquals(List.of(), ids(index, "dementia toddler"));
    }

    @Test
    void wordsMatchTheStartOfLongerWordsButExactMatchesCountMore() {
        assertEquals(List.of(3L), ids(index, "todd"));
        List<Long> carer = ids(index, "carer");
        assertEquals(5L, carer.get(0), "exact 'carer' in the name first");
        assertEquals(4, carer.size());
    }

    @Test
    void accentsCaseAndApostrophesFold() {
        assertEquals(List.of(4L), ids(index, "CAFE"));
        assertEquals(List.of(4L), ids(index, "café"));
        assertEquals(ids(index, "carers"), ids(index, "Carers\u2019"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"", "*", "😀", "((((", "-"})
    void textWithoutKnownWordsFindsNothingAndNeverFails(String text) {
        assertEquals(List.of(), ids(index, text), "no asset has a word of \"" + text + "\"");
        assertEquals(List.of(), ids(index, text.repeat(10_000)), "the same text repeated finds nothing either");
        assertEquals(List.of(4L), ids(index, "dementia " + text), "the text adds nothing to a real word");
    }

    @Test
    void queryOperatorsAreSearchedAsOrdinaryWords() {
        assertEquals(Set.of(3L, 4L), Set.copyOf(ids(index, "AND")), "'and' is in two names and descriptions");
        assertEquals(List.of(), ids(index, "NEAR("));
        assertEquals(List.of(), ids(index, "NEAR(".repeat(10_000)));
    }

    @Test
    void putReplacesAndRemoveForgets() {
        AssetIndex i = AssetIndex.build(List.of(asset(1, "Knit and Natter", "", "")));
        i.put(asset(1, "Men's Shed", "", ""));
        assertEquals(List.of(), ids(i, "knit"));
        assertEquals(List.of(1L), ids(i, "shed"));
        assertEquals(1, i.size());
        assertEquals(1, i.retired());
        assertTrue(i.remove(1));
        assertEquals(List.of(), ids(i, "shed"));
        assertEquals(0, i.size());
    }

    @Test
    void filtersByDomainCategoryStatusAreaAndDistance() {
        AssetIndex i = AssetIndex.build(List.of(
                at(1, "Hall one", 51.8892, 0.9042, 1, 0, 0b01, "N"),
                at(2, "Hall two", 51.8892 + 0.009, 0.9042, 2, 0, 0b10, "N"),
                at(3, "Hall three", 51.8892, 0.9042 + 0.0435, 1, 1, 0b11, "S"),
                at(4, "Hall four", Double.NaN, Double.NaN, 1, 0, 0b01, null)));
        assertEquals(List.of(1L, 2L, 3L, 4L), sorted(i, new IndexQuery("hall", 0, null, -1, -1, Double.NaN, 0, 0, 10)));
        assertEquals(List.of(2L, 3L), sorted(i, new IndexQuery("hall", 0b10, null, -1, -1, Double.NaN, 0, 0, 10)));
        assertEquals(List.of(1L, 3L, 4L), sorted(i, new IndexQuery("hall", 0, null, 1, -1, Double.NaN, 0, 0, 10)));
        assertEquals(List.of(3L), sorted(i, new IndexQuery("hall", 0, null, -1, 1, Double.NaN, 0, 0, 10)));
        assertEquals(List.of(1L, 2L), sorted(i, new IndexQuery("hall", 0, Set.of("N"), -1, -1, Double.NaN, 0, 0, 10)));
        assertEquals(List.of(), sorted(i, new IndexQuery("hall", 0, Set.of("X"), -1, -1, Double.NaN, 0, 0, 10)));
        assertEquals(List.of(1L, 2L), sorted(i, new IndexQuery("hall", 0, null, -1, -1, 51.8892, 0.9042, 1100, 10)));
        assertEquals(List.of(1L), sorted(i, new IndexQuery("hall", 0, null, -1, -1, 51.8892, 0.9042, 500, 10)));
    }

    private static List<Long> sorted(AssetIndex i, IndexQuery q) {
        return i.search(q).stream().map(SearchHit::id).sorted().toList();
    }

    @Test
    void keepsTheBestLimitAndBreaksTiesByLowerId() {
        List<IndexedAsset> many = new ArrayList<>();
        for (int k = 1; k <= 200; k++) {
            many.add(asset(k, "Community hall", "", ""));
        }
        AssetIndex i = AssetIndex.build(many);
        List<SearchHit> hits = i.search(IndexQuery.words("community", 5));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), hits.stream().map(SearchHit::id).toList());
    }

    /** The heap-based top-k must agree with sorting every match, whatever the data. */
    @Test
    void topKAgreesWithAFullSort() {
        Random r = new Random(7);
        String[] words = {"carers", "support", "group", "walking", "dementia", "cafe", "food", "advice", "youth"};
        List<IndexedAsset> docs = new ArrayList<>();
        for (int k = 1; k <= 2000; k++) {
            StringBuilder name = new StringBuilder();
            StringBuilder desc = new StringBuilder();
            for (int w = 0; w < 3; w++) {
                name.append(words[r.nextInt(words.length)]).append(' ');
                desc.append(words[r.nextInt(words.length)]).append(' ');
            }
            docs.add(asset(k, name.toString(), "", desc.toString()));
        }
        AssetIndex i = AssetIndex.build(docs);
        for (String q : List.of("carers", "support group", "caf", "food advice youth")) {
            List<SearchHit> all = i.search(IndexQuery.words(q, 100_000));
            List<SearchHit> top = i.search(IndexQuery.words(q, 20));
            assertEquals(all.subList(0, Math.min(20, all.size())), top, q);
            for (int k = 1; k < all.size(); k++) {
                assertTrue(all.get(k - 1).score() >= all.get(k).score(), q);
            }
        }
    }
}
