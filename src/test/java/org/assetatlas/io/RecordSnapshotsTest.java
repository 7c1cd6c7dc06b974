package org.assetatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.LocationSource;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.model.WeeklySchedule;
import org.junit.jupiter.api.Test;

class RecordSnapshotsTest {

    static Asset everything() {
        return Asset.builder().id(42).uid("lib-S100605").name("Clacton Library").description("Books, \"wifi\" & help")
                .kind(AssetKind.VENUE).category(AbcdCategory.INSTITUTIONS).domains(List.of("Age Well", "Start Well"))
                .areaCode("E01021950").areaChosen(true).tags(List.of("books", "wifi")).organisation("Essex Libraries")
                .address("Station Road").postcode("CO15 1SF").location(new GeoPoint(51.7899, 1.1534))
                .locationSource(LocationSource.POSTCODE).phone("\t=01255 000000").email("a@b.org")
                .website("https://example.org").openingHours(WeeklySchedule.parse("Mon-Fri 09:00-17:00"))
                .openingNote("term time").cost(CostBand.LOW_COST).costNote("£1").accessibility(Set.of(
                        AccessFeature.values()[0], AccessFeature.values()[1])).ageMin(16).ageMax(99)
                .languages(List.of("English", "Polish")).referral(ReferralRoute.values()[1])
                .status(AssetStatus.values()[1]).capacityNote("busy").lastVerified(LocalDate.of(2026, 3, 1))
                .verifiedBy("Sam").source("council list").illustrative(true)
                .created(Instant.parse("2025-01-02T03:04:05Z")).updated(Instant.parse("2026-01-02T03:04:05.123Z"))
                .version(7).build();
    }

    @Test
    void anAssetComesBackExactly() {
        Asset a = everything();
        Asset back = RecordSnapshots.asset(RecordSnapshots.of(a));
        assertEquals(a, back);
        assertEquals(a.id(), back.id());
        assertEquals(a.created(), back.created());
        assertEquals(a.updated(), back.updated());
        assertEquals(7, back.version());
        assertEquals(a.location(), back.location());
        assertEquals(LocationSource.POSTCODE, back.locationSource());
    }

    @Test
    void aFactorComesBackExactly() {
        Factor f = new Factor(9, FactorKind.ENABLER, "Transport", "Community car", List.of("Age Well"),
                List.of("E07000076"), List.of("lib-S100605"), 3, List.of(4L, 5L), true);
        assertEquals(f, RecordSnapshots.factor(RecordSnapshots.of(f)));
    }

    @Test
    void changesAreListedInWordsWithLabelsNotCodes() {
        Asset a = everything();
        Asset b = a.toBuilder().cost(CostBand.FREE).tags(List.of("books")).updated(Instant.now()).version(8).build();
        List<org.assetatlas.model.FieldChange> c = RecordSnapshots.changes(RecordSnapshots.of(a), RecordSnapshots.of(b));
        assertEquals(List.of(new org.assetatlas.model.FieldChange("Tags", "books; wifi", "books"),
                new org.assetatlas.model.FieldChange("Cost", "Low cost", "Free")), c);
        List<org.assetatlas.model.FieldChange> added = RecordSnapshots.changes(null, RecordSnapshots.of(a));
        assertTrue(added.stream().anyMatch(x -> x.field().equals("Name") && x.after().equals("Clacton Library")));
    }

    @Test
    void anOlderSnapshotReadsMissingFieldsAsDefaultsAndNonsenseIsRefused() {
        Asset a = RecordSnapshots.asset("{\"id\":3,\"name\":\"Shed\",\"kind\":\"group\",\"future\":1}");
        assertEquals("Shed", a.name());
        assertEquals(AssetKind.GROUP, a.kind());
        assertThrows(IllegalArgumentException.class, () -> RecordSnapshots.asset("[1,2]"));
        assertThrows(IllegalArgumentException.class, () -> RecordSnapshots.asset("{not json"));
    }
}
