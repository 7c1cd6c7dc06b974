package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.model.SignpostLogEntry;
import org.assetatlas.model.WeeklySchedule;
import org.assetatlas.signpost.Answer;
import org.assetatlas.signpost.Demand;
import org.assetatlas.signpost.Need;
import org.assetatlas.signpost.Place;
import org.assetatlas.signpost.Suggestion;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signposting on a fixed corpus: ranking, filters, places, spelling, hostile input, the log and demand. */
class SignpostServiceTest {

    /** Tuesday afternoon, an ordinary working day. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 14, 0);
    private static final GeoPoint GREENSTEAD = new GeoPoint(51.8914, 0.9369);
    private static final GeoPoint TOWN = new GeoPoint(51.8892, 0.9042);
    private static final GeoPoint TIPTREE = new GeoPoint(51.812, 0.75);

    @TempDir
    Path dir;
    private AtlasProject project;
    private SignpostService s;

    @BeforeEach
    void corpus() {
        project = AtlasProject.create(dir.resolve("t.atlas"), "Test", Framework.liveWell());
        add("Greenstead Befriending Service", "Volunteers visit older people at home for a chat.", "befriending;older people",
                GREENSTEAD, "Age Well", "Mon-Fri 09:00-17:00", CostBand.FREE, ReferralRoute.SELF, AssetStatus.ACTIVE,
                Set.of(AccessFeature.STEP_FREE));
        add("Tiptree Befriending Scheme", "Friendly phone calls and visits.", "befriending",
                TIPTREE, "Age Well", "Mon-Fri 09:00-17:00", CostBand.FREE, ReferralRoute.PROFESSIONAL,
                AssetStatus.ACTIVE, Set.of());
        add("Town Centre Social Group", "A weekly social for anyone feeling isolated.", "social;friendship",
                TOWN, "Feel Well", "Tue 13:00-15:00", CostBand.LOW_COST, ReferralRoute.SELF, AssetStatus.ACTIVE,
                Set.of(AccessFeature.HEARING_LOOP, AccessFeature.NEAR_BUS_STOP));
        add("Greenstead Food Bank", "Emergency food parcels with a voucher.", "food bank;food",
                GREENSTEAD, "Stay Well", "Wed 10:00-12:00", CostBand.FREE, ReferralRoute.PROFESSIONAL,
                AssetStatus.ACTIVE, Set.of());
        add("Town Citizens Advice", "Advice on benefits, debt and filling in forms.", "advice;benefits;debt",
                TOWN, "Stay Well", "Mon-Thu 10:00-16:00", CostBand.FREE, ReferralRoute.SELF, AssetStatus.ACTIVE,
                Set.of(AccessFeature.STEP_FREE));
        add("Greenstead Dementia Cafe", "A cafe for people living with dementia and their carers.", "dementia;carers",
                GREENSTEAD, "Age Well", "Thu 14:00-16:00", CostBand.FREE, ReferralRoute.SELF, AssetStatus.ACTIVE,
                Set.of(AccessFeature.DEMENTIA_FRIENDLY));
        add("Closed Lunch Club", "Lunch and company for older people.", "lunch club;loneliness",
                GREENSTEAD, "Age Well", "Tue 12:00-14:00", CostBand.LOW_COST, ReferralRoute.SELF, AssetStatus.CLOSED,
                Set.of());
        add("Night Shelter", "Somewhere safe to sleep.", "housing;homeless",
                TOWN, "Stay Well", "Fri 22:00-06:00", CostBand.FREE, ReferralRoute.SELF, AssetStatus.ACTIVE, Set.of());
        s = project.signposting();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private void add(String name, String description, String tags, GeoPoint at, String domain, String hours,
                     CostBand cost, ReferralRoute referral, AssetStatus status, Set<AccessFeature> access) {
        project.assets().save(Asset.builder().name(name).description(description).tags(List.of(tags.split(";")))
                .category(AbcdCategory.ASSOCIATIONS).domains(List.of(domain)).location(at)
                .openingHours(WeeklySchedule.parse(hours)).cost(cost).referral(referral).status(status)
                .accessibility(access).lastVerified(LocalDate.of(2026, 6, 1)).build());
    }

    private List<String> names(Answer a) {
        return a.suggestions().stream().map(x -> x.asset().name()).toList();
    }

    @Test
    void lonelyFindsBefriendingAndSocialGroupsNearestFirst() {
        Answer a = s.answer(Need.of("lonely").near(GREENSTEAD, "CO4"), NOW);
        List<String> names = names(a);
        assertEquals("Greenstead Befriending Service", names.get(0), names.toString());
        assertTrue(names.contains("Town Centre Social Group"), names.toString());
        assertTrue(names.contains("Tiptree Befriending Scheme"), names.toString());
        assertTrue(names.indexOf("Town Centre Social Group") < names.indexOf("Tiptree Befriending Scheme"),
                "the nearer social group before the far befriending scheme: " + names);
        assertFalse(names.contains("Closed Lunch Club"), "closed assets are left out");
        assertTrue(a.good());
        Suggestion first = a.suggestions().get(0);
        assertTrue(first.why().contains("befriending") && first.why().contains("lonely"), first.why());
        assertTrue(first.distanceMetres() < 50, "the befriending service is at the place asked about");
        assertEquals("Open today 09:00 to 17:00", first.today());
        assertEquals("Free", first.cost());
    }

    @Test
    void expectedTopResultsForASetOfNeeds() {
        String[][] expected = {
            {"food bank", "Greenstead Food Bank"},
            {"help with forms", "Town Citizens Advice"},
            {"debt", "Town Citizens Advice"},
            {"dementia", "Greenstead Dementia Cafe"},
            {"carer", "Greenstead Dementia Cafe"},
            {"memory loss", "Greenstead Dementia Cafe"},
            {"homeless", "Night Shelter"},
            {"alzheimers", "Greenstead Dementia Cafe"},
        };
        for (String[] e : expected) {
            Answer a = s.answer(Need.of(e[0]).near(TOWN, "town"), NOW);
            assertFalse(a.suggestions().isEmpty(), e[0] + " found nothing");
            assertEquals(e[1], a.suggestions().get(0).asset().name(), e[0] + " → " + names(a));
        }
    }

    @Test
    void misspellingsAreCorrected() {
        Answer a = s.answer(Need.of("dementa"), NOW);
        assertEquals("dementia", a.corrected());
        assertEquals("Greenstead Dementia Cafe", names(a).get(0));
        Answer b = s.answer(Need.of("lonley"), NOW);
        assertEquals("lonely", b.corrected(), "the need vocabulary wins");
        assertTrue(names(b).contains("Greenstead Befriending Service"));
        assertNull(s.answer(Need.of("befriending"), NOW).corrected(), "a known word is left alone");
    }

    @Test
    void filtersNarrowTheResults() {
        assertEquals(Set.of("Town Centre Social Group", "Greenstead Befriending Service", "Tiptree Befriending Scheme"),
                Set.copyOf(names(s.answer(Need.of("lonely").openAt(LocalDateTime.of(2026, 11, 24, 14, 0)), NOW))),
                "open Tuesday 14:00");
        assertEquals(List.of("Greenstead Befriending Service", "Tiptree Befriending Scheme"),
                names(s.answer(Need.of("lonely").openAt(LocalDateTime.of(2026, 11, 24, 16, 0)).near(GREENSTEAD, "x"),
                        NOW)), "open Tuesday 16:00, after the social group");
        assertTrue(names(s.answer(Need.of("lonely").openAt(LocalDateTime.of(2026, 11, 28, 11, 0)), NOW)).isEmpty(),
                "nothing on Saturday");
        assertTrue(names(s.answer(Need.of("lonely").openAt(LocalDateTime.of(2026, 12, 25, 10, 0)), NOW)).isEmpty(),
                "Christmas Day");
        assertEquals(List.of("Night Shelter"),
                names(s.answer(Need.of("homeless").openAt(LocalDateTime.of(2026, 11, 28, 3, 0)), NOW)),
                "overnight into Saturday");
        List<String> self = names(s.answer(Need.of("befriending").selfReferral(true), NOW));
        assertEquals(List.of("Greenstead Befriending Service"), self);
        List<String> step = names(s.answer(Need.of("lonely").withAccess(Set.of(AccessFeature.HEARING_LOOP)), NOW));
        assertEquals(List.of("Town Centre Social Group"), step);
        assertEquals(List.of("Town Centre Social Group"), names(s.answer(Need.of("lonely").nearBusStop(true), NOW)));
        assertTrue(names(s.answer(Need.of("lonely").freeOrLowCost(true), NOW)).contains("Town Centre Social Group"));
        assertEquals(List.of("Town Centre Social Group"), names(s.answer(Need.of("lonely").inDomain("Feel Well"), NOW)));
        assertTrue(names(s.answer(Need.of("lonely").includeInactive(true), NOW)).contains("Closed Lunch Club"));
        Answer none = s.answer(Need.of("lonely").inDomain("No Such Domain"), NOW);
        assertTrue(none.suggestions().isEmpty());
        assertTrue(none.guidance().contains("No Such Domain"));
    }

    @Test
    void hostileTextNeverFails() {
        String[] hostile = {"\"", "\"\"\"", "*", "-", "- -", "AND", "OR", "NOT", "NEAR(", "NEAR(carers food, 5)",
            "(((", ")", "[]", "{}", "carers AND", "carers OR NOT", "car*", "-carers", "^name", "name:carers",
            "'; DROP TABLE asset; --", "😀", "👵🏽 lonely 😢", "\u0000", "\t\n", "café", "Ünïcödé", "\\",
            "%_%", "x".repeat(10_000), "lonely ".repeat(2_000), "a b c d e f g h i j k l m n o p", "  "};
        for (String h : hostile) {
            Answer a = s.answer(Need.of(h).near(TOWN, "t"), NOW);
            assertNotNull(a, h);
            assertNotNull(a.guidance());
        }
        assertEquals(Answer.EMPTY_GUIDANCE, s.answer(Need.of(""), NOW).guidance());
        assertEquals(Answer.EMPTY_GUIDANCE, s.answer(Need.of("   \"*()-"), NOW).guidance());
        assertTrue(names(s.answer(Need.of("👵🏽 lonely 😢"), NOW)).contains("Greenstead Befriending Service"));
    }

    @Test
    void placesFromPostcodesPointsAndAreas() throws IOException {
        Path csv = dir.resolve("onspd.csv");
        Files.writeString(csv, "pcds,lat,long,oseast1m,osnrth1m\n"
                + "CO4 3QE,51.891394,0.936914,,\n"
                + "CO1 1JB,51.888485,0.899719,,\n"
                + "not a postcode,51.9,0.9,,\n"
                + "CO2 7AA,99.999999,0.000000,,\n"
                + "CO3 3AB,abc,0.9,,\n"
                + "CO5 0AA,,,593000,216000\n");
        SignpostService.PostcodeImport r = s.importPostcodes(csv, Progress.NONE);
        assertEquals(3, r.imported());
        assertEquals(1, r.withoutLocation());
        assertEquals(2, r.problems().size());
        assertEquals(4, r.problems().get(0).line());
        assertEquals(6, r.problems().get(1).line());
        assertEquals(3, s.postcodeCount());

        Place p = s.place("co43qe");
        assertEquals("CO4 3QE", p.label());
        assertEquals(51.891394, p.point().lat(), 1e-9);
        assertEquals("map point", s.place("51.9, 0.91").label());
        assertEquals("CO4", s.place("CO4").label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.place("CO9 9ZZ"));
        assertTrue(e.getMessage().contains("not in this project's postcode list"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.place("NEAR((("));
    }

    @Test
    void postcodeImportIsAllOrNothing() throws IOException {
        Path bad = dir.resolve("none.csv");
        Files.writeString(bad, "name,x\nfoo,1\n");
        assertThrows(IOException.class, () -> s.importPostcodes(bad, Progress.NONE));
        Path ok = dir.resolve("ok.csv");
        StringBuilder b = new StringBuilder("pcds,lat,long\n");
        for (int i = 0; i < 5000; i++) {
            b.append("CO4 ").append(i % 10).append((char) ('A' + (i / 10) % 20)).append((char) ('A' + (i / 200) % 20))
                    .append(",51.89,0.93\n");
        }
        Files.writeString(ok, b);
        Progress cancelAfterStart = new Progress() {
            private int calls;

            @Override
            public void update(long done, long total, String message) {
                calls++;
            }

            @Override
            public boolean cancelled() {
                return calls > 2;
            }
        };
        assertThrows(org.assetatlas.util.CancelledException.class, () -> s.importPostcodes(ok, cancelAfterStart));
        assertEquals(0, s.postcodeCount(), "a cancelled import leaves nothing behind");
    }

    @Test
    void theLogIsAnonymousAndFeedsDemand() {
        Answer a = s.answer(Need.of("lonely, call Mrs Smith on 07700 900123 at CO4 3QE or smith@example.org")
                .near(GREENSTEAD, "CO4 3QE"), NOW);
        SignpostLogEntry e = s.log(a, List.of(a.suggestions().get(0).asset()), NOW.toLocalDate());
        assertFalse(e.need().contains("07700"), e.need());
        assertFalse(e.need().contains("3QE"), e.need());
        assertFalse(e.need().contains("@"), e.need());
        assertEquals("CO4", e.place());
        assertEquals(List.of("Greenstead Befriending Service"), e.options());
        Answer unmet = s.answer(Need.of("swimming lessons"), NOW);
        assertFalse(unmet.good());
        s.log(unmet, List.of(), NOW.toLocalDate());
        s.log(s.answer(Need.of("swimming lessons"), NOW), List.of(), NOW.toLocalDate().plusDays(1));
        assertTrue(s.setOutcome(e.id(), "went along, enjoyed it"));
        assertEquals("went along, enjoyed it", s.log(null, null).get(2).outcome());

        Demand d = s.demand(null, null);
        assertEquals(3, d.entries());
        assertEquals(1, d.unmet().size());
        assertEquals("swimming lessons", d.unmet().get(0).need());
        assertEquals(2, d.unmet().get(0).times());
        long asked = d.rows().stream().mapToLong(r -> java.util.Arrays.stream(r.asked()).sum()).sum();
        long unmetCount = d.rows().stream().mapToLong(r -> java.util.Arrays.stream(r.unmet()).sum()).sum();
        assertEquals(3, asked);
        assertEquals(2, unmetCount);
    }

    @Test
    void theThesaurusIsEditablePerProject() {
        assertTrue(names(s.answer(Need.of("singing"), NOW)).isEmpty());
        s.setThesaurus("singing, music = dementia cafe, memory\n");
        assertEquals("Greenstead Dementia Cafe", names(s.answer(Need.of("singing"), NOW)).get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.setThesaurus("good = line\nno equals sign here\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertEquals("Greenstead Dementia Cafe", names(s.answer(Need.of("singing"), NOW)).get(0), "a bad edit keeps the old");
    }
}
