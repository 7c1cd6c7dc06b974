package org.assetatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelledTest {

    @ParameterizedTest
    @ValueSource(classes = {AssetKind.class, AbcdCategory.class, AssetStatus.class, CostBand.class, ReferralRoute.class,
        AccessFeature.class, AreaLevel.class})
    <E extends Enum<E> & Labelled> void everyCodeIsTheLowerCasedLabelUnlessTheEnumSaysOtherwiseAndParsesBack(
            Class<E> type) throws Exception {
        boolean own = type.getMethod("code").getDeclaringClass() == type;
        for (E e : type.getEnumConstants()) {
            if (!own) {
                assertEquals(e.label().toLowerCase(Locale.ROOT), e.code(), e.name());
            }
            assertSame(e.code(), e.code(), "worked out once");
            assertSame(e, Labelled.parse(type, e.code()));
        }
    }

    @org.junit.jupiter.api.Test
    void parsingIgnoresCaseSpacesAndPunctuationAndKnowsNothingElse() {
        assertSame(CostBand.LOW_COST, Labelled.parse(CostBand.class, "Low cost"));
        assertSame(CostBand.LOW_COST, Labelled.parse(CostBand.class, "LOW_COST"));
        assertSame(CostBand.LOW_COST, Labelled.parse(CostBand.class, " low-cost "));
        assertSame(AccessFeature.NEAR_BUS_STOP, Labelled.parse(AccessFeature.class, "near bus stop"));
        assertEquals(null, Labelled.parse(CostBand.class, "priceless"));
        assertEquals(null, Labelled.parse(CostBand.class, " - "));
        assertEquals(null, Labelled.parse(CostBand.class, null));
    }
}
