package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assetatlas.analysis.PersonalDetails;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.Framework;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A messy spreadsheet imports every row, with what needs checking noted; the review queue lists those and the
 * records not checked for the review period, and checking one takes one step. On the Tendring project and on a
 * project started from nothing.
 */
class ReviewQueueTest {

    @TempDir
    Path dir;

    private Path messy() throws Exception {
        Path csv = dir.resolve("partners.csv");
        try (InputStream in = ReviewQueueTest.class.getResourceAsStream("/messy/tendring-partners-messy.csv")) {
            Files.copy(in, csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return csv;
    }

    private static Asset named(AtlasProject p, String start) {
        return p.assets().find(org.assetatlas.model.AssetQuery.all()).stream()
                .filter(a -> a.name().startsWith(start) && a.name().endsWith("(illustrative)")
                        && a.source().isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void aMessySpreadsheetImportsEveryRowWithWhatToCheck() throws Exception {
        for (boolean tendring : new boolean[] {true, false}) {
            Path file = dir.resolve((tendring ? "Tendring" : "New") + ".atlas");
            try (AtlasProject p = tendring ? TendringFixture.build(file)
                    : AtlasProject.create(file, "New", Framework.liveWell())) {
                long before = p.assets().count();
                ImportReport r = p.transfer().importCsv(messy(), Progress.NONE);
                assertEquals(0, r.rejected(), r.rejects().toString());
                assertEquals(5, r.imported());
                assertEquals(before + 5, p.assets().count());
                assertEquals(5, r.toCheck(), r.checkWarning());

                Asset shed = named(p, "Jaywick");
                assertEquals("shed@example", shed.email(), "kept as written");
                assertTrue(shed.needsChecking().contains("\"shed@example\" is not an e-mail address"),
                        shed.needsChecking());
                assertEquals("Tue 14:00-16:00", shed.openingHours().format(), "understood as people write it");
                Asset carers = named(p, "Harwich Carers");
                assertEquals("first Tuesday of the month", carers.openingNote(), "not weekly: kept as text");
                assertTrue(carers.needsChecking().contains("Opening hours \u201cfirst Tuesday of the month\u201d not"
                        + " understood, kept as the opening note"), carers.needsChecking());
                assertTrue(shed.located(), "good coordinates kept");
                Asset harwich = named(p, "Harwich Carers");
                assertEquals("CO12 3XX", harwich.postcode());
                assertTrue(harwich.located(), "a mistyped postcode does not lose good coordinates");
                Asset football = named(p, "Clacton Walking");
                assertEquals(List.of("Be Well"), football.domains(), "the unknown domain left out");
                assertTrue(football.needsChecking().contains("Unknown domain \"Healthy Lives\""));
                assertTrue(football.needsChecking().contains("\"call Sam\" is not a phone number"));
                Asset walton = named(p, "Walton");
                assertEquals(null, walton.ageMin());
                assertTrue(walton.needsChecking().contains("Minimum age \"eleven\""), walton.needsChecking());
                Asset frinton = named(p, "Frinton");
                assertTrue(frinton.needsChecking().contains("Unknown domain \"Live Well\"")
                        && frinton.needsChecking().contains("\"not a web site\" is not a web address"),
                        frinton.needsChecking());
                if (!tendring) {
                    assertTrue(frinton.needsChecking().contains("Area \u201cFrinton\u201d is not one of this"
                            + " project's areas"), frinton.needsChecking());
                }
            }
        }
    }

    @Test
    void theQueueListsWhatToCheckFirstThenTheOldestAndCheckingTakesOneStep() throws Exception {
        Path file = dir.resolve("Tendring.atlas");
        try (AtlasProject p = TendringFixture.build(file)) {
            p.transfer().importCsv(messy(), Progress.NONE);
            ReviewQueue q = p.review();
            assertEquals(12, q.months());
            List<ReviewQueue.Item> due = q.due();
            assertFalse(due.isEmpty());
            // the five imported rows have something to check: they come first
            for (int i = 0; i < 5; i++) {
                assertFalse(due.get(i).asset().needsChecking().isEmpty(), due.get(i).toString());
            }
            ReviewQueue.Item walton = due.stream().filter(x -> x.asset().name().startsWith("Walton Youth"))
                    .findFirst().orElseThrow();
            assertTrue(walton.reasons().contains("Not checked since 30 Jun 2024"), walton.reasons().toString());

            // verified: refused while the kept e-mail is still malformed; fixed in the editor, then checked
            Asset shed = named(p, "Jaywick");
            assertThrows(ValidationException.class, () -> q.verify(shed.id()));
            p.assets().save(p.assets().get(shed.id()).orElseThrow().toBuilder().email("shed@example.org")
                    .openingHours(org.assetatlas.model.WeeklySchedule.parse("Tue 14:00-16:00")).build());
            Asset checked = q.verify(shed.id());
            assertEquals(LocalDate.now(), checked.lastVerified());
            assertEquals("", checked.needsChecking());
            assertTrue(q.due().stream().noneMatch(x -> x.asset().id() == shed.id()));
            assertTrue(p.undo(ChangeScope.ASSETS), "a check is undoable like any save");
            assertTrue(q.due().stream().anyMatch(x -> x.asset().id() == shed.id()));

            // closed: in one step, though the phone kept from the import is still malformed
            Asset football = named(p, "Clacton Walking");
            assertEquals(AssetStatus.CLOSED, q.close(football.id()).status());
            assertTrue(q.due().stream().noneMatch(x -> x.asset().id() == football.id()), "closed leave the queue");
            Asset walton2 = named(p, "Walton");
            assertEquals(AssetStatus.PAUSED, q.pause(walton2.id()).status());

            // a shorter period brings more records due; the project keeps its choice
            int twelve = q.due().size();
            q.setMonths(1);
            assertTrue(p.review().due().size() >= twelve);
            assertEquals(1, p.review().months());
            assertThrows(IllegalArgumentException.class, () -> q.setMonths(0));
        }
    }

    @Test
    void theCheckListForAMailMergeHasContactsAndWhatToCheckAndLeavesIndividualsOut() throws Exception {
        try (AtlasProject p = AtlasProject.create(dir.resolve("New.atlas"), "New", Framework.liveWell())) {
            p.transfer().importCsv(messy(), Progress.NONE);
            p.assets().save(Asset.builder().name("Pat, volunteer befriender").kind(org.assetatlas.model.AssetKind
                    .INDIVIDUAL).category(org.assetatlas.model.AbcdCategory.INDIVIDUALS).domains(List.of("Age Well"))
                    .phone("07700 900000").build());
            Path out = dir.resolve("check.csv");
            PersonalDetails.Release r = p.review().writeCheckList(out, PersonalDetails.Individuals.LEAVE_OUT);
            assertEquals(5, r.assets().size());
            assertEquals(1, r.individualsLeftOut());
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFFid,name,organisation,email,phone,website,address,postcode,"
                    + "last_verified,to_check\r\n"), text);
            assertTrue(text.contains("harwich.carers@example.org"), text);
            assertTrue(text.contains("Never checked"), text);
            assertFalse(text.contains("07700 900000"), "an individual's phone is not in the list");
            assertThrows(java.io.IOException.class, () -> p.review().writeCheckList(p.file(),
                    PersonalDetails.Individuals.LEAVE_OUT), "never over the project");
        }
    }
}
