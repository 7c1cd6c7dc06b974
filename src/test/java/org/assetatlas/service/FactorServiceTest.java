package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assetatlas.analysis.ThemeDomainMatrix;
import org.assetatlas.analysis.VoiceRelease;
import org.assetatlas.geo.BritishNationalGrid;
import org.assetatlas.io.AssetImportException;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.EngagementSummary;
import org.assetatlas.model.EvidenceSource;
import org.assetatlas.model.EvidenceType;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.model.FactorThemes;
import org.assetatlas.model.Framework;
import org.assetatlas.model.TransportKind;
import org.assetatlas.model.TransportService;
import org.assetatlas.model.Voice;
import org.assetatlas.model.VoiceConsent;
import org.assetatlas.model.WeeklySchedule;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactorServiceTest {

    @TempDir
    Path dir;
    private AtlasProject project;
    private FactorService factors;

    @BeforeEach
    void open() {
        project = AtlasProject.create(dir.resolve("f.atlas"), "Factors", Framework.liveWell());
        project.saveAreas(List.of(new Area("N1", "North", AreaLevel.NEIGHBOURHOOD, null, null, null, ""),
                new Area("W1", "Ward One", AreaLevel.WARD, "N1", null, null, ""),
                new Area("W2", "Ward Two", AreaLevel.WARD, null, null, null, "")), Progress.NONE);
        factors = project.factors();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private static Factor factor(FactorKind kind, String theme, List<String> domains, List<String> areas) {
        return new Factor(0, kind, theme, theme + " " + kind.label(), domains, areas, List.of(), 3, List.of(), false);
    }

    @Test
    void aNewProjectStartsWithTheDefaultThemes() {
        assertEquals(FactorThemes.DEFAULTS, factors.themes());
        factors.setThemes(List.of("Transport", " transport ", "", "Loneliness"));
        assertEquals(List.of("Transport", "Loneliness"), factors.themes());
    }

    @Test
    void recordsAFactorWithNewEvidenceAndUndoesAndRedoesIt() {
        Factor stored = factors.record(factor(FactorKind.BARRIER, "Transport", List.of("Age Well", "Stay Well"),
                List.of("W1")), List.of(new EvidenceSource(0, EvidenceType.FOCUS_GROUP, "Carers' group", "", "",
                LocalDate.of(2025, 5, 1), 9, false)));
        assertEquals(1, factors.factors().size());
        assertEquals(List.of("Stay Well", "Age Well"), factors.factors().get(0).domains(), "framework order");
        assertEquals(1, factors.evidenceFor(stored).size());
        assertEquals(9, factors.evidenceFor(stored).get(0).sampleSize());
        assertEquals(1, factors.matrix().cell("Transport", "Age Well").barriers());

        assertTrue(project.canUndo(ChangeScope.FACTORS));
        assertTrue(project.nextUndo(ChangeScope.FACTORS).orElseThrow().startsWith("record barrier"));
        project.undo(ChangeScope.FACTORS);
        assertTrue(factors.factors().isEmpty());
        assertTrue(factors.evidence().isEmpty(), "the new evidence goes with it");
        project.redo(ChangeScope.FACTORS);
        assertEquals(stored, factors.factors().get(0));
        assertEquals(1, factors.evidence().size());
    }

    @Test
    void deleteIsUndoableAndRestoresTheVoicesLinks() {
        Factor f = factors.record(factor(FactorKind.ENABLER, "Transport", List.of("Age Well"), List.of()), List.of());
        Voice v = project.voices().recordVoice(new Voice(0, "The bus saved me", "older resident", "", VoiceConsent.PUBLISH,
                List.of(f.id()), List.of("Age Well"), List.of(), 0, null, false));
        assertEquals(List.of(v), project.voices().voicesFor(f));
        factors.delete(f.id());
        assertTrue(factors.factors().isEmpty());
        assertTrue(project.voices().voices().get(0).factorIds().isEmpty());
        project.undo(ChangeScope.FACTORS);
        assertEquals(List.of(f.id()), project.voices().voices().get(0).factorIds());
    }

    @Test
    void refusesUnknownDomainsAndAreas() {
        assertThrows(ValidationException.class, () -> factors.record(factor(FactorKind.BARRIER, "Cost",
                List.of("Sleep Well"), List.of()), List.of()));
        assertThrows(ValidationException.class, () -> factors.record(factor(FactorKind.BARRIER, "Cost",
                List.of("Age Well"), List.of("NOWHERE")), List.of()));
        assertTrue(factors.factors().isEmpty());
        assertTrue(factors.evidence().isEmpty());
    }

    @Test
    void listsFactorsForADomainAndAnAreaIncludingThoseOfContainingAreas() {
        Factor whole = factors.record(factor(FactorKind.BARRIER, "Cost", List.of("Age Well"), List.of()), List.of());
        Factor north = factors.record(factor(FactorKind.BARRIER, "Transport", List.of("Age Well"), List.of("N1")),
                List.of());
        Factor ward2 = factors.record(factor(FactorKind.ENABLER, "Transport", List.of("Be Well"), List.of("W2")),
                List.of());
        assertEquals(List.of(whole.id(), north.id()), ids(factors.factors("Age Well", "W1")));
        assertEquals(List.of(whole.id()), ids(factors.factors(null, "W2").stream()
                .filter(f -> f.kind() == FactorKind.BARRIER).toList()));
        assertEquals(List.of(ward2.id()), ids(factors.factors("Be Well", null)));
        ThemeDomainMatrix inW1 = factors.matrix("W1");
        assertEquals(1, inW1.cell("Transport", "Age Well").barriers());
        assertTrue(inW1.cell("Transport", "Be Well").isEmpty());
    }

    private static List<Long> ids(List<Factor> list) {
        return list.stream().map(Factor::id).sorted().toList();
    }

    @Test
    void removingAThemeKeepsItsFactorsAndRenamingCarriesThemWithUndo() {
        Factor f = factors.record(factor(FactorKind.BARRIER, "Cost", List.of("Age Well"), List.of()), List.of());
        List<String> before = factors.themes();
        factors.setThemes(before.stream().filter(t -> !t.equals("Cost")).toList());
        assertFalse(factors.themes().contains("Cost"));
        assertEquals("Cost", factors.factor(f.id()).orElseThrow().theme(), "the factor keeps its theme");
        assertEquals(1, factors.matrix().cell("Cost", "Age Well").barriers(), "and the matrix still shows it");
        project.undo(ChangeScope.FACTORS);
        assertEquals(before, factors.themes());

        factors.renameTheme("Cost", "Cost of living");
        assertEquals("Cost of living", factors.factor(f.id()).orElseThrow().theme());
        assertTrue(factors.themes().contains("Cost of living") && !factors.themes().contains("Cost"));
        project.undo(ChangeScope.FACTORS);
        assertEquals("Cost", factors.factor(f.id()).orElseThrow().theme());
        assertEquals(before, factors.themes());
        assertThrows(IllegalArgumentException.class, () -> factors.renameTheme("Cost", " "));
        assertThrows(IllegalArgumentException.class, () -> factors.renameTheme("Nothing like it", "X"));
    }

    @Test
    void aRecordedVoiceIsUndoableRedoableAndDeletableWithUndo() {
        Factor f = factors.record(factor(FactorKind.BARRIER, "Transport", List.of("Age Well"), List.of("W1")),
                List.of());
        Voice v = project.voices().recordVoice(new Voice(0, "No bus after six", "older resident, Ward One", "",
                VoiceService.DEFAULT_CONSENT, List.of(f.id()), List.of("Age Well"), List.of("W1"), 0, null, false));
        assertEquals(VoiceConsent.NO, v.consent(), "a voice starts with no consent to be quoted");
        assertEquals(List.of(v), project.voices().voicesFor(f));
        assertTrue(project.voices().release(VoiceRelease.Audience.PARTNERS).isEmpty());
        assertTrue(project.nextUndo(ChangeScope.FACTORS).orElseThrow().startsWith("record voice"));
        project.undo(ChangeScope.FACTORS);
        assertTrue(project.voices().voices().isEmpty());
        assertTrue(project.nextRedo(ChangeScope.FACTORS).orElseThrow().startsWith("record voice"));
        project.redo(ChangeScope.FACTORS);
        assertEquals(List.of(v), project.voices().voices());
        assertTrue(project.voices().deleteVoice(v.id()));
        assertTrue(project.voices().voices().isEmpty());
        project.undo(ChangeScope.FACTORS);
        assertEquals(List.of(v), project.voices().voices(), "undo restores the voice with its links");
        assertFalse(project.voices().deleteVoice(9999));
    }

    @Test
    void aVoiceLinkedToAnUnknownFactorOrAreaIsRefusedAndNothingIsStored() {
        Voice bad = new Voice(0, "words", "resident", "", VoiceConsent.PUBLISH, List.of(42L), List.of("Nope"),
                List.of("X9"), 0, null, false);
        ValidationException e = assertThrows(ValidationException.class, () -> project.voices().recordVoice(bad));
        assertTrue(e.getMessage().contains("42") && e.getMessage().contains("Nope") && e.getMessage().contains("X9"),
                e.getMessage());
        assertTrue(project.voices().voices().isEmpty());
        assertFalse(project.canUndo(ChangeScope.FACTORS));
    }

    @Test
    void everyConsentLevelIsExplainedInPlainWords() {
        for (VoiceConsent c : VoiceConsent.values()) {
            assertFalse(c.explanation().isBlank());
        }
        assertTrue(VoiceConsent.NO.explanation().contains("never"));
        assertTrue(VoiceConsent.PUBLISH.explanation().contains("published"));
    }

    @Test
    void exportsOnlyVoicesWithConsentForTheAudience() throws IOException {
        project.voices().recordVoice(new Voice(0, "never out", "resident", "", VoiceConsent.NO, List.of(), List.of(),
                List.of(), 0, null, false));
        project.voices().recordVoice(new Voice(0, "partners only", "resident", "", VoiceConsent.QUOTE, List.of(), List.of(),
                List.of(), 0, null, false));
        project.voices().recordVoice(new Voice(0, "for the report", "carer", "Sam Lee", VoiceConsent.PUBLISH, List.of(),
                List.of(), List.of(), 0, null, false));
        Path out = dir.resolve("voices.csv");
        assertEquals(1, project.voices().exportVoices(out, VoiceRelease.Audience.PUBLIC));
        String text = Files.readString(out);
        assertTrue(text.contains("for the report") && text.contains("Sam Lee (carer)"), text);
        assertFalse(text.contains("never out") || text.contains("partners only"), text);
        assertEquals(2, project.voices().exportVoices(out, VoiceRelease.Audience.PARTNERS));
        assertFalse(Files.readString(out).contains("never out"));
        assertEquals(3, project.voices().voices().size(), "everything stays recorded inside the project");
    }

    @Test
    void engagementSummariesKeepTheirNeedsInOrder() {
        project.voices().recordEngagement(new EngagementSummary(0, "Listening campaign", "W1", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 5, 31), 200, new java.util.LinkedHashMap<>(Map.of("Information and advice", 124)),
                "", false));
        EngagementSummary e = project.voices().engagements().get(0);
        assertEquals(0.62, e.share("Information and advice"), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new EngagementSummary(0, "Too many", null, null, null,
                10, Map.of("Advice", 11), "", false));
    }

    @Test
    void nearestStopDistancesServiceReachAndTheFarFromStopsFilter() throws IOException {
        Path csv = dir.resolve("Stops.csv");
        Files.writeString(csv, "ATCOCode,CommonName,Easting,Northing,Status\n"
                + "S1,First,600000,225000,active\n"
                + "S2,Second,610000,225000,active\n"
                + "BAD,Broken,east,225000,active\n", StandardCharsets.UTF_8);
        TransportAccess.StopImport r = project.transport().importNaptanCsv(csv, Progress.NONE);
        assertEquals(2, r.stored());
        assertEquals(4L, r.problems().get(0).line());

        Asset near = project.assets().save(asset("Near", 600_300, 225_400, "Age Well")); // 500 m from S1
        Asset far = project.assets().save(asset("Far", 605_000, 226_200, "Age Well")); // sqrt(5000^2 + 1200^2) from both
        Asset other = project.assets().save(asset("Other domain", 603_000, 221_000, "Be Well"));
        assertEquals(500, project.transport().distanceToStop(near), 0.05);
        assertEquals(Math.hypot(5000, 1200), project.transport().distanceToStop(far), 0.05);

        List<TransportAccess.StopAccess> gaps = project.transport().farFromStops(AssetQuery.all().withDomain("Age Well"), 800);
        assertEquals(List.of("Far"), gaps.stream().map(a -> a.asset().name()).toList());
        assertEquals(2, project.transport().farFromStops(AssetQuery.all(), 800).size());
        assertFalse(gaps.get(0).served());

        // a hopper calling at S2 reaches nothing (S2 is 5 km from "Far"); a dial-a-ride for the asset's area does
        project.transport().recordTransportService(new TransportService(0, "Hopper", TransportKind.HOPPER_BUS, "", List.of(),
                List.of("S2"), WeeklySchedule.parse("Mon-Fri 09:00-17:00"), "Anyone", List.of(), "", false));
        assertFalse(project.transport().served(far));
        Asset placed = project.assets().save(far.toBuilder().areaCode("W1").areaChosen(true).build());
        project.transport().recordTransportService(new TransportService(0, "Dial-a-ride", TransportKind.DIAL_A_RIDE, "", List.of(),
                List.of(), WeeklySchedule.empty(), "Over 60s", List.of("N1"), "", false));
        assertTrue(project.transport().served(placed), "a service for the neighbourhood reaches its wards");
        assertFalse(project.transport().served(other));
        Asset byStop = project.assets().save(asset("By the hopper stop", 610_100, 225_000, "Be Well"));
        assertTrue(project.transport().served(byStop), "within 400 m of a stop the hopper calls at");
    }

    @Test
    void aStopFileThatCannotBeReadChangesNothing() throws IOException {
        Path csv = dir.resolve("NotStops.csv");
        Files.writeString(csv, "name,lat\nx,1\n", StandardCharsets.UTF_8);
        assertThrows(AssetImportException.class, () -> project.transport().importNaptanCsv(csv, Progress.NONE));
        assertTrue(project.transport().stops().isEmpty());
    }

    private static Asset asset(String name, double e, double n, String domain) {
        return Asset.builder().name(name).category(AbcdCategory.ASSOCIATIONS).domains(List.of(domain))
                .location(BritishNationalGrid.toWgs84(e, n)).build();
    }

    @Test
    void theDemoShowsTransportAndTheOtherThemesCuttingAcrossDomains() throws IOException {
        try (AtlasProject demo = DemoProject.build(dir.resolve("demo.atlas"), Progress.NONE)) {
            FactorService f = demo.factors();
            ThemeDomainMatrix m = f.matrix();
            assertTrue(m.row("Transport").crossCutting());
            assertEquals(6, m.row("Transport").domainsPresent(), "transport in every domain");
            for (String theme : List.of("Unpaid carers", "Community safety", "Awareness and information",
                    "Advocacy")) {
                assertTrue(m.row(theme).crossCutting(), theme);
            }
            assertTrue(demo.transport().stops().size() > 1000);
            assertTrue(demo.transport().transportServices().stream().anyMatch(t -> t.kind() == TransportKind.HOPPER_BUS
                    && t.note().contains("few residents knew")));
            assertTrue(f.factors().stream().allMatch(Factor::illustrative));
            assertTrue(demo.voices().voices().stream().anyMatch(v -> v.consent() == VoiceConsent.NO));
            assertTrue(demo.voices().release(VoiceRelease.Audience.PUBLIC).stream().noneMatch(q -> q.text().contains("dark")));
            assertFalse(demo.canUndo(ChangeScope.FACTORS), "seeding is not the user's edit");
            EngagementSummary listening = demo.voices().engagements().get(0);
            assertEquals(301.0 / 486, listening.share("Information and advice"), 1e-9);
        }
    }
}
