package org.assetatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.assetatlas.analysis.PersonalDetails.Individuals;
import org.assetatlas.analysis.PersonalDetails.Release;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PersonalDetailsTest {

    private static Asset asset(String name, AssetKind kind, AbcdCategory category) {
        return Asset.builder().name(name).kind(kind).category(category).address("1 Quay Street").postcode("CO1 1AA")
                .location(new GeoPoint(51.89, 0.90)).phone("01632 960001").email("someone@example.org")
                .website("https://example.org").build();
    }

    private static Asset person(String name) {
        return asset(name, AssetKind.INDIVIDUAL, AbcdCategory.INDIVIDUALS);
    }

    @ParameterizedTest
    @EnumSource(AssetKind.class)
    void onlyAnIndividualIsLeftOutByDefault(AssetKind kind) {
        Asset a = asset("Someone or something", kind, AbcdCategory.ASSOCIATIONS);
        assertEquals(kind != AssetKind.INDIVIDUAL, PersonalDetails.mayShare(a, Individuals.LEAVE_OUT));
        assertEquals(kind == AssetKind.INDIVIDUAL, PersonalDetails.isPersonal(a));
    }

    @ParameterizedTest
    @EnumSource(AssetKind.class)
    void everyAssetIsSharedWhenTheUserOptsIn(AssetKind kind) {
        assertTrue(PersonalDetails.mayShare(asset("Someone or something", kind, AbcdCategory.ASSOCIATIONS),
                Individuals.INCLUDE));
    }

    @Test
    void theCategoryDoesNotDecide() {
        Asset groupOfIndividuals = asset("Good Neighbours", AssetKind.GROUP, AbcdCategory.INDIVIDUALS);
        Asset personInAnAssociation = asset("Pat", AssetKind.INDIVIDUAL, AbcdCategory.ASSOCIATIONS);
        Release r = PersonalDetails.release(List.of(groupOfIndividuals, personInAnAssociation), Individuals.LEAVE_OUT);
        assertEquals(List.of(groupOfIndividuals), r.assets());
        assertEquals(1, r.individualsLeftOut());
    }

    @Test
    void leavesIndividualsOutWholeAndCountsThem() {
        Asset hall = asset("Village Hall", AssetKind.VENUE, AbcdCategory.PHYSICAL);
        Asset pat = person("Pat");
        Asset ola = person("Ola");
        Asset shed = asset("Men's Shed", AssetKind.GROUP, AbcdCategory.ASSOCIATIONS);
        Release r = PersonalDetails.release(List.of(pat, hall, ola, shed), Individuals.LEAVE_OUT);
        assertEquals(List.of(hall, shed), r.assets());
        assertEquals(2, r.individualsLeftOut());
        assertEquals(0, r.individualsIncluded());
    }

    @Test
    void withTheOptInSharesEveryAssetUnchangedInItsOrder() {
        Asset hall = asset("Village Hall", AssetKind.VENUE, AbcdCategory.PHYSICAL);
        Asset pat = person("Pat");
        Release r = PersonalDetails.release(List.of(pat, hall), Individuals.INCLUDE);
        assertEquals(List.of(pat, hall), r.assets());
        assertSame(pat, r.assets().get(0), "an individual is shared whole, not a copy with fields changed");
        assertEquals(1, r.individualsIncluded());
        assertEquals(0, r.individualsLeftOut());
    }

    @Test
    void otherAssetsKeepTheirContactDetails() {
        Asset hall = asset("Village Hall", AssetKind.VENUE, AbcdCategory.PHYSICAL);
        Asset shared = PersonalDetails.release(List.of(hall), Individuals.LEAVE_OUT).assets().get(0);
        assertSame(hall, shared);
        assertEquals("01632 960001", shared.phone());
    }

    @Test
    void nothingToShareIsNothingLeftOut() {
        Release r = PersonalDetails.release(List.of(), Individuals.LEAVE_OUT);
        assertTrue(r.assets().isEmpty());
        assertEquals(0, r.individualsLeftOut());
    }

    @Test
    void theOptInIsOffUnlessChosen() {
        assertEquals(Individuals.LEAVE_OUT, Individuals.included(false));
        assertEquals(Individuals.INCLUDE, Individuals.included(true));
    }
}
