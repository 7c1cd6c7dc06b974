package org.assetatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.junit.jupiter.api.Test;

class ThemeDomainMatrixTest {

    private static final List<String> DOMAINS = List.of("Start Well", "Stay Well", "Feel Well", "Be Well", "Age Well",
            "Die Well");

    private static Factor f(FactorKind kind, String theme, int strength, String... domains) {
        return new Factor(0, kind, theme, theme + " " + kind, List.of(domains), List.of(), List.of(), strength,
                List.of(), false);
    }

    @Test
    void countsEnablersAndBarriersWithTheirStrengthInEachDomain() {
        ThemeDomainMatrix m = ThemeDomainMatrix.of(List.of("Transport", "Cost"), DOMAINS, List.of(
                f(FactorKind.BARRIER, "Transport", 10, "Age Well", "Stay Well"),
                f(FactorKind.BARRIER, "Transport", 3, "Age Well"),
                f(FactorKind.ENABLER, "transport", 5, "Age Well"),
                f(FactorKind.ENABLER, "Cost", 2, "Be Well")));
        ThemeDomainMatrix.Cell age = m.cell("Transport", "Age Well");
        assertEquals(2, age.barriers());
        assertEquals(13, age.barrierStrength());
        assertEquals(1, age.enablers());
        assertEquals(5, age.enablerStrength());
        assertEquals(18, age.strength());
        assertEquals(3, age.count());
        assertEquals(new ThemeDomainMatrix.Cell(0, 0, 1, 10), m.cell("Transport", "Stay Well"));
        assertTrue(m.cell("Transport", "Start Well").isEmpty());
        assertEquals(18, m.maxStrength());
        assertEquals(2, m.row("TRANSPORT").domainsPresent(), "themes match ignoring case");
        assertEquals(List.of("Transport", "Cost"), m.rows().stream().map(ThemeDomainMatrix.Row::theme).toList());
    }

    @Test
    void crossCuttingMeansMoreThanHalfTheDomains() {
        assertEquals(4, ThemeDomainMatrix.crossCuttingThreshold(6));
        assertEquals(3, ThemeDomainMatrix.crossCuttingThreshold(5));
        assertEquals(3, ThemeDomainMatrix.crossCuttingThreshold(4));
        assertEquals(2, ThemeDomainMatrix.crossCuttingThreshold(3));
        assertEquals(2, ThemeDomainMatrix.crossCuttingThreshold(2));
        assertEquals(2, ThemeDomainMatrix.crossCuttingThreshold(1));

        ThemeDomainMatrix m = ThemeDomainMatrix.of(List.of("Three", "Four", "Mixed"), DOMAINS, List.of(
                f(FactorKind.BARRIER, "Three", 1, "Start Well", "Stay Well", "Feel Well"),
                f(FactorKind.BARRIER, "Four", 1, "Start Well", "Stay Well", "Feel Well", "Be Well"),
                // barriers in two domains and enablers in two others: present in four
                f(FactorKind.BARRIER, "Mixed", 1, "Start Well", "Stay Well"),
                f(FactorKind.ENABLER, "Mixed", 1, "Age Well", "Die Well")));
        assertFalse(m.row("Three").crossCutting());
        assertTrue(m.row("Four").crossCutting());
        assertTrue(m.row("Mixed").crossCutting());
        assertEquals(List.of("Four", "Mixed"), m.crossCuttingThemes());
    }

    @Test
    void aThemeNoLongerListedStillGetsARowAndUnknownDomainsAreIgnored() {
        ThemeDomainMatrix m = ThemeDomainMatrix.of(List.of("Transport"), DOMAINS, List.of(
                f(FactorKind.BARRIER, "Loneliness", 4, "Feel Well", "Not A Domain")));
        assertNotNull(m.row("Loneliness"));
        assertEquals(1, m.row("Loneliness").domainsPresent());
        assertEquals(0, m.row("Transport").domainsPresent());
        assertTrue(m.cell("Loneliness", "Not A Domain").isEmpty());
    }

    @Test
    void formatMarksCrossCuttingThemesAndLeavesOutEmptyRows() {
        ThemeDomainMatrix m = ThemeDomainMatrix.of(List.of("Transport", "Cost"), DOMAINS, List.of(
                f(FactorKind.BARRIER, "Transport", 7, DOMAINS.toArray(String[]::new))));
        String text = m.format();
        assertTrue(text.contains("Transport *"), text);
        assertTrue(text.contains("+0/-1 (7)"), text);
        assertFalse(text.contains("Cost"), text);
        assertTrue(text.contains("at least 4 of 6"), text);
    }
}
