package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.Domain;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.Voice;
import org.assetatlas.model.VoiceConsent;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Editing the framework's domains keeps everything tagged with them, previews truly, and undoes exactly. */
class DomainEditingTest {

    /** Every domain tag in the project, as text, so that two moments can be compared exactly. */
    static Map<String, Object> tags(AtlasProject p) {
        Map<String, Object> out = new TreeMap<>();
        out.put("framework", p.framework().domains());
        for (Asset a : p.assets().find(AssetQuery.all())) {
            out.put("asset " + a.uid(), a.domains());
        }
        for (Factor f : p.factors().factors()) {
            out.put("factor " + f.id(), f.domains());
        }
        for (Voice v : p.voices().voices()) {
            out.put("voice " + v.id(), v.domains());
        }
        for (String d : p.framework().names()) {
            out.put("calls " + d, p.reports().callsToAction(d, ""));
        }
        return out;
    }

    static long tagged(AtlasProject p, String domain) {
        return p.assets().find(AssetQuery.all()).stream().filter(a -> a.domains().contains(domain)).count();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnTheDemo {
        AtlasProject p;

        @BeforeAll
        void build(@TempDir Path dir) throws Exception {
            p = DemoProject.build(dir.resolve("demo.atlas"), Progress.NONE);
        }

        @AfterAll
        void close() {
            p.close();
        }

        @Test
        void renameKeepsEveryTagAndUndoRestoresExactly() {
            Map<String, Object> before = tags(p);
            long assets = tagged(p, "Start Well");
            long factors = p.factors().factors().stream().filter(f -> f.domains().contains("Start Well")).count();
            long voices = p.voices().voices().stream().filter(v -> v.domains().contains("Start Well")).count();
            assertTrue(assets > 0);
            DomainEditing.Preview preview = p.domains().previewRename("Start Well", "Early Years");
            assertEquals(assets, preview.assets());
            assertEquals(factors, preview.factors());
            assertEquals(voices, preview.voices());
            assertTrue(preview.text().startsWith(assets + " assets, "), preview.text());
            assertTrue(preview.text().contains("tagged Start Well will be tagged Early Years"), preview.text());
            assertEquals(before, tags(p), "a preview changes nothing");

            AtomicInteger heard = new AtomicInteger();
            Runnable listener = heard::incrementAndGet;
            p.addChangeListener(ChangeScope.ASSETS, listener);
            p.addChangeListener(ChangeScope.FACTORS, listener);
            p.domains().rename("Start Well", "Early Years");
            p.removeChangeListener(listener);
            assertEquals(2, heard.get());
            assertEquals(assets, tagged(p, "Early Years"));
            assertEquals(0, tagged(p, "Start Well"));
            assertEquals(factors, p.factors().factors().stream().filter(f -> f.domains().contains("Early Years"))
                    .count());
            assertEquals(voices, p.voices().voices().stream().filter(v -> v.domains().contains("Early Years"))
                    .count());
            assertEquals(assets, p.assets().find(AssetQuery.all().withDomain("Early Years")).size(),
                    "the search index hears of the rename");
            assertEquals("rename domain \u201cStart Well\u201d", p.nextUndo(ChangeScope.ASSETS).orElseThrow());

            assertTrue(p.undo(ChangeScope.ASSETS));
            assertEquals(before, tags(p));
            assertTrue(p.redo(ChangeScope.ASSETS));
            assertEquals(assets, tagged(p, "Early Years"));
            assertTrue(p.undo(ChangeScope.ASSETS));
            assertEquals(before, tags(p));
        }

        @Test
        void mergeTagsEverythingOnceAndUndoes() {
            Map<String, Object> before = tags(p);
            List<Asset> all = p.assets().find(AssetQuery.all());
            long union = all.stream().filter(a -> a.domains().contains("Feel Well") || a.domains().contains("Be Well"))
                    .count();
            DomainEditing.Preview preview = p.domains().previewMerge("Feel Well", "Be Well");
            assertEquals(tagged(p, "Feel Well"), preview.assets());
            p.domains().merge("Feel Well", "Be Well");
            assertFalse(p.framework().find("Feel Well").isPresent());
            assertEquals(5, p.framework().domains().size());
            assertEquals(union, tagged(p, "Be Well"));
            for (Asset a : p.assets().find(AssetQuery.all())) {
                assertEquals(a.domains().size(), a.domains().stream().distinct().count(), "no duplicates");
            }
            for (Voice v : p.voices().voices()) {
                assertFalse(v.domains().contains("Feel Well"));
                assertEquals(v.domains().size(), v.domains().stream().distinct().count());
            }
            assertTrue(p.undo(ChangeScope.ASSETS));
            assertEquals(before, tags(p));
        }

        @Test
        void retireHidesFromPickListsButKeepsTagsAndCounts() {
            Map<String, Object> before = tags(p);
            long assets = tagged(p, "Die Well");
            p.domains().retire("Die Well");
            assertTrue(p.framework().isRetired("Die Well"));
            assertFalse(p.framework().currentNames().contains("Die Well"));
            assertTrue(p.framework().names().contains("Die Well"), "reports still count it");
            assertEquals(assets, tagged(p, "Die Well"));
            assertTrue(p.areaDomainTable().format().contains("Die Well"));
            Asset fresh = Asset.builder().name("New group").domains(List.of("Die Well"))
                    .location(new GeoPoint(51.89, 0.90)).build();
            assertThrows(ValidationException.class, () -> p.assets().save(fresh), "no new tagging");
            Asset old = p.assets().find(AssetQuery.all()).stream().filter(a -> a.domains().contains("Die Well"))
                    .findFirst().orElseThrow();
            Asset edited = p.assets().save(old.toBuilder().description("Edited while retired").build());
            assertTrue(edited.domains().contains("Die Well"), "what has it keeps it");
            assertTrue(p.undo(ChangeScope.ASSETS));
            p.domains().restore("Die Well");
            assertFalse(p.framework().isRetired("Die Well"));
            assertTrue(p.undo(ChangeScope.ASSETS));
            assertTrue(p.undo(ChangeScope.ASSETS));
            assertEquals(before, tags(p));
        }

        @Test
        void namesAreValidated() {
            assertThrows(IllegalArgumentException.class, () -> p.domains().add("  ", ""));
            assertThrows(IllegalArgumentException.class, () -> p.domains().add("age well", ""));
            assertThrows(IllegalArgumentException.class, () -> p.domains().rename("Age Well", "STAY WELL"));
            assertThrows(IllegalArgumentException.class, () -> p.domains().rename("Nope", "Other"));
            assertThrows(IllegalArgumentException.class, () -> p.domains().merge("Age Well", "age-well"));
            assertThrows(IllegalArgumentException.class, () -> p.domains().move("Age Well", 7));
            assertEquals(6, p.framework().domains().size());
        }
    }

    @Nested
    class FromScratch {
        @TempDir
        Path dir;

        @Test
        void southendFrameworkEditsKeepTagsAndUndoExactly() {
            try (AtlasProject p = AtlasProject.create(dir.resolve("southend.atlas"), "Southend", Framework.southend2050())) {
                assertEquals(List.of("Pride and Joy", "Safe and Well", "Active and Involved",
                        "Opportunity and Prosperity", "Connected and Smart"), p.framework().names());
                List<Asset> saved = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    saved.add(p.assets().save(Asset.builder().name("Group " + i)
                            .domains(i % 2 == 0 ? List.of("Safe and Well") : List.of("Safe and Well", "Pride and Joy"))
                            .location(new GeoPoint(51.54, 0.71)).build()));
                }
                Factor f = p.factors().record(new Factor(0, FactorKind.BARRIER, "Transport", "No late bus",
                        List.of("Safe and Well", "Pride and Joy"), List.of(), List.of(), 2, List.of(), false), List.of());
                Voice v = p.voices().recordVoice(new Voice(0, "The seafront bus is a lifeline", "resident", "",
                        VoiceConsent.PUBLISH, List.of(f.id()), List.of("Pride and Joy", "Safe and Well"), List.of(), 0,
                        null, false));
                p.reports().setCallsToAction("Safe and Well", "", "Fund a late bus");
                p.reports().setCallsToAction("Pride and Joy", "", "Fund a late bus\nOpen the pier on Sundays");
                Map<String, Object> before = tags(p);

                DomainEditing.Preview preview = p.domains().previewMerge("Safe and Well", "Pride and Joy");
                assertEquals("4 assets, 1 barrier or enabler and 1 voice tagged Safe and Well will be tagged Pride and"
                        + " Joy (2 assets already tagged both will be tagged Pride and Joy once), and Safe and Well will"
                        + " leave the framework. 1 set of calls to action follows.", preview.text());
                p.domains().merge("Safe and Well", "Pride and Joy");
                assertEquals(4, tagged(p, "Pride and Joy"));
                assertEquals(List.of("Pride and Joy"), p.factors().factors().get(0).domains());
                assertEquals(List.of("Pride and Joy"), p.voices().voices().get(0).domains());
                assertEquals("Fund a late bus\nOpen the pier on Sundays", p.reports().callsToAction("Pride and Joy", ""));
                assertTrue(p.undo(ChangeScope.ASSETS));
                assertEquals(before, tags(p));
                assertEquals("Fund a late bus", p.reports().callsToAction("Safe and Well", ""));

                p.domains().add("Healthy Homes", "Warm, safe homes");
                p.domains().move("Healthy Homes", 1);
                assertEquals("Healthy Homes", p.framework().names().get(0));
                p.domains().rename("Pride and Joy", "Pride & Joy");
                assertEquals("Pride & Joy", p.voices().voices().stream().filter(x -> x.id() == v.id()).findFirst().orElseThrow().domains().get(0));
                assertNotEquals(before, tags(p));
                for (int i = 0; i < 3; i++) {
                    assertTrue(p.undo(ChangeScope.ASSETS));
                }
                assertEquals(before, tags(p));
                assertEquals(List.of(new Domain("Pride and Joy", Framework.southend2050().domains().get(0).definition())),
                        p.framework().domains().subList(0, 1));
            }
        }
    }
}
