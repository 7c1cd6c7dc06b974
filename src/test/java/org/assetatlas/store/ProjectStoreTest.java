package org.assetatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.model.WeeklySchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.io.WKTReader;

class ProjectStoreTest {

    @TempDir
    Path dir;

    private ProjectStore fresh() {
        ProjectStore s = ProjectStore.create(dir.resolve("p.atlas"));
        s.inTransaction(() -> {
            s.domains().save(Framework.liveWell());
            return null;
        });
        return s;
    }

    static Asset richAsset() {
        return Asset.builder()
                .uid("a-1").name("Greenstead Carers' Coffee Morning").description("Tea, cake and a chat for unpaid carers")
                .kind(AssetKind.GROUP).category(AbcdCategory.ASSOCIATIONS).domains(List.of("Stay Well", "Age Well"))
                .tags(List.of("carers", "social")).organisation("Greenstead Community Centre").address("Hawthorn Avenue")
                .postcode("CO4 3QE").location(new GeoPoint(51.8890, 0.9380)).phone("01632 960123")
                .email("carers@example.org").website("https://example.org/carers")
                .openingHours(WeeklySchedule.parse("Tue 10:00-12:00; Fri 22:00-02:00")).openingNote("Not bank holidays")
                .cost(CostBand.FREE).costNote("Donations welcome")
                .accessibility(EnumSet.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP))
                .ageMin(18).ageMax(null).languages(List.of("English", "Polish")).referral(ReferralRoute.SELF)
                .status(AssetStatus.ACTIVE).capacityNote("Room for 20").lastVerified(LocalDate.of(2026, 9, 14))
                .verifiedBy("Community partnership team").source("Test").illustrative(true)
                .build();
    }

    @Test
    void createsSchemaAtLatestVersionWithWalAndForeignKeys() throws Exception {
        try (ProjectStore s = fresh()) {
            assertEquals(Migrations.latestVersion(), s.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("p.atlas"));
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                rs.next();
                assertEquals(ProjectStore.APPLICATION_ID, rs.getInt(1));
            }
        }
    }

    @Test
    void reopeningAMigratedFileAppliesNothing() {
        fresh().close();
        try (ProjectStore s = ProjectStore.open(dir.resolve("p.atlas"))) {
            assertEquals(Migrations.latestVersion(), s.schemaVersion());
            assertEquals(6, s.domains().load().size());
        }
    }

    @Test
    void refusesAnEmptyFileRatherThanTurningItIntoAProject() throws Exception {
        Path f = dir.resolve("notes.atlas");
        Files.createFile(f);
        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(f));
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
        assertEquals(0, Files.size(f));
    }

    @Test
    void refusesAFileFromANewerVersion() throws Exception {
        fresh().close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("p.atlas"))) {
            c.createStatement().execute("PRAGMA user_version = 999");
        }
        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(dir.resolve("p.atlas")));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
    }

    @Test
    void refusesAnotherSqliteDatabase() throws Exception {
        Path f = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            c.createStatement().execute("CREATE TABLE t (x)");
        }
        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(f));
        assertTrue(e.getMessage().contains("not a Community Asset Atlas project"), e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        Path f = dir.resolve("notes.atlas");
        Files.writeString(f, "this is a text file, not a project ".repeat(200));
        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(f));
        assertTrue(e.getMessage().contains("not a Community Asset Atlas project"), e.getMessage());
    }

    @Test
    void refusesToCreateOverAnExistingFile() throws Exception {
        Files.writeString(dir.resolve("p.atlas"), "x");
        assertThrows(StoreException.class, () -> ProjectStore.create(dir.resolve("p.atlas")));
    }

    @Test
    void storesAndReadsBackEveryField() {
        try (ProjectStore s = fresh()) {
            Asset stored = s.inTransaction(() -> s.assets().insert(richAsset()));
            assertTrue(stored.id() > 0);
            Asset read = s.assets().findById(stored.id()).orElseThrow();
            assertTrue(read.sameContent(richAsset()), () -> "read back: " + read);
            assertEquals(stored.created(), read.created());
            assertTrue(read.openingHours().isOpen(DayOfWeek.SATURDAY, LocalTime.of(1, 30)));
        }
    }

    @Test
    void updatesAndDeletes() {
        try (ProjectStore s = fresh()) {
            Asset stored = s.inTransaction(() -> s.assets().insert(richAsset()));
            Asset changed = stored.toBuilder().name("Greenstead Carers' Café").domains(List.of("Feel Well")).build();
            s.inTransaction(() -> s.assets().update(changed));
            Asset read = s.assets().findById(stored.id()).orElseThrow();
            assertEquals("Greenstead Carers' Café", read.name());
            assertEquals(List.of("Feel Well"), read.domains());
            assertTrue(s.inTransaction(() -> s.assets().delete(stored.id())));
            assertTrue(s.assets().findById(stored.id()).isEmpty());
            assertEquals(0, s.assets().count());
        }
    }

    @Test
    void fullTextIndexFollowsEdits() {
        try (ProjectStore s = fresh()) {
            Asset stored = s.inTransaction(() -> s.assets().insert(richAsset()));
            assertEquals(1, s.assets().search(AssetQuery.all().withText("carers")).size());
            assertEquals(1, s.assets().search(AssetQuery.all().withText("coff")).size(), "prefix match");
            s.inTransaction(() -> s.assets().update(stored.toBuilder().name("Knit and Natter").description("Knitting")
                    .tags(List.of("crafts")).organisation("").build()));
            assertEquals(0, s.assets().search(AssetQuery.all().withText("carers")).size());
            assertEquals(1, s.assets().search(AssetQuery.all().withText("natter")).size());
            s.inTransaction(() -> s.assets().delete(stored.id()));
            assertEquals(0, s.assets().search(AssetQuery.all().withText("natter")).size());
        }
    }

    @Test
    void searchesRankNameMatchesAndCombineFilters() {
        try (ProjectStore s = fresh()) {
            s.inTransaction(() -> {
                s.assets().insert(richAsset());
                s.assets().insert(Asset.builder().name("Lexden Walking Group").description("Gentle walks; carers welcome")
                        .category(AbcdCategory.PHYSICAL).domains(List.of("Be Well")).build());
                s.assets().insert(Asset.builder().name("Highwoods Toddler Stay and Play").domains(List.of("Start Well"))
                        .status(AssetStatus.PAUSED).build());
                return null;
            });
            assertEquals(2, s.assets().search(AssetQuery.all().withText("carers")).size());
            assertEquals(List.of("Lexden Walking Group"), s.assets().search(AssetQuery.all().withText("carers")
                    .withDomain("Be Well")).stream().map(Asset::name).toList());
            assertEquals(1, s.assets().search(AssetQuery.all().withStatus(AssetStatus.PAUSED)).size());
            assertEquals(1, s.assets().search(AssetQuery.all().withCategory(AbcdCategory.PHYSICAL)).size());
            assertEquals(3, s.assets().search(AssetQuery.all()).size());
            assertEquals(0, s.assets().search(AssetQuery.all().withDomain("No Such Domain")).size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "carers\"", "*", "-", "AND", "NEAR(", "car AND", "(((", ")", "OR OR", "'; DROP TABLE asset; --",
        "^", "co:", "name:carers", "😀 carers", "\u0000", "NOT", "a\"b*c-d"})
    void anySearchTextIsSafe(String text) {
        try (ProjectStore s = fresh()) {
            s.inTransaction(() -> s.assets().insert(richAsset()));
            s.assets().search(AssetQuery.all().withText(text));
            s.assets().search(AssetQuery.all().withText(text.repeat(5000)));
            assertEquals(1, s.assets().count());
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (ProjectStore s = fresh()) {
            assertThrows(IllegalStateException.class, () -> s.inTransaction(() -> {
                s.assets().insert(richAsset());
                throw new IllegalStateException("crash mid-write");
            }));
            assertEquals(0, s.assets().count());
            assertEquals(0, s.assets().search(AssetQuery.all().withText("carers")).size());
        }
    }

    @Test
    void rejectsADuplicateUidWithAClearMessage() {
        try (ProjectStore s = fresh()) {
            s.inTransaction(() -> s.assets().insert(richAsset()));
            StoreException e = assertThrows(StoreException.class, () -> s.inTransaction(() -> s.assets().insert(richAsset())));
            assertTrue(e.getMessage().contains("already has id a-1"), e.getMessage());
        }
    }

    @Test
    void storesAreasWithGeometryAndFindsByCodeOrName() throws Exception {
        try (ProjectStore s = fresh()) {
            Area ward = new Area("E05010828", "Castle", AreaLevel.WARD, "NBH-C", 12000,
                    new WKTReader().read("POLYGON ((0.88 51.88, 0.91 51.88, 0.91 51.90, 0.88 51.90, 0.88 51.88))"), "");
            s.inTransaction(() -> {
                s.areas().save(ward);
                return null;
            });
            Area read = s.areas().findByCode("E05010828").orElseThrow();
            assertEquals("E05010828", read.code());
            assertTrue(read.geometry().equalsExact(ward.geometry()));
            assertEquals(12000, read.population());
            assertFalse(s.areas().findByCode("Nowhere").isPresent());
        }
    }

    @Test
    void deletingAnAreaClearsTheAssetsAreaButKeepsTheAsset() throws Exception {
        try (ProjectStore s = fresh()) {
            s.inTransaction(() -> {
                s.areas().save(new Area("X1", "Somewhere", AreaLevel.NEIGHBOURHOOD, null, null, null, ""));
                return null;
            });
            Asset a = s.inTransaction(() -> s.assets().insert(richAsset().toBuilder().areaCode("X1").areaChosen(true).build()));
            s.areas().delete("X1");
            assertEquals(null, s.assets().findById(a.id()).orElseThrow().areaCode());
        }
    }

    @Test
    void findsAssetsNearAPointWithinTheRadius() {
        try (ProjectStore s = fresh()) {
            GeoPoint centre = new GeoPoint(51.8892, 0.9042);
            s.inTransaction(() -> {
                s.assets().insert(Asset.builder().name("Here").location(centre).build());
                // 0.009 degrees of latitude is about 1,000 m
                s.assets().insert(Asset.builder().name("One km north").location(new GeoPoint(51.8892 + 0.009, 0.9042)).build());
                s.assets().insert(Asset.builder().name("Three km east").location(new GeoPoint(51.8892, 0.9042 + 0.0435)).build());
                s.assets().insert(Asset.builder().name("Nowhere in particular").build());
                return null;
            });
            assertEquals(List.of("Here"), names(s, AssetQuery.all().near(centre, 500)));
            assertEquals(List.of("Here", "One km north"), names(s, AssetQuery.all().near(centre, 1100)));
            assertEquals(List.of("Here", "One km north"), names(s, AssetQuery.all().near(centre, 2900)));
            assertEquals(3, names(s, AssetQuery.all().near(centre, 3100)).size());
        }
    }

    private static List<String> names(ProjectStore s, AssetQuery q) {
        return s.assets().search(q).stream().map(Asset::name).sorted().toList();
    }

    @Test
    void upgradesAVersionOneFileKeepingItsAssets() throws Exception {
        Path f = dir.resolve("v1.atlas");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + ProjectStore.APPLICATION_ID);
            String v1 = new String(ProjectStoreTest.class.getResourceAsStream("/db/migration/V001__create_schema.sql")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String sql : SqlScript.split(v1)) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO asset (uid, name, kind, category, cost, referral, status, created, updated)"
                    + " VALUES ('u1', 'Old asset', 'group', 'associations', 'free', 'self', 'active',"
                    + " '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
        }
        try (ProjectStore s = ProjectStore.open(f)) {
            assertEquals(Migrations.latestVersion(), s.schemaVersion());
            assertEquals("Old asset", s.assets().findByUid("u1").orElseThrow().name());
            assertEquals(1, s.assets().search(AssetQuery.all().withText("old")).size());
        }
    }

    @Test
    void upgradingAVersionThreeFileMovesEachAssetsAreaIntoItsOwnTable() throws Exception {
        Path f = dir.resolve("v3.atlas");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + ProjectStore.APPLICATION_ID);
            st.execute("PRAGMA foreign_keys = ON");
            for (String script : new String[] {"V001__create_schema.sql", "V002__index_asset_names.sql",
                "V003__grid_cell_spatial_index.sql"}) {
                String sql = new String(ProjectStoreTest.class.getResourceAsStream("/db/migration/" + script)
                        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                for (String one : SqlScript.split(sql)) {
                    st.execute(one);
                }
            }
            st.execute("PRAGMA user_version = 3");
            st.execute("INSERT INTO area (code, name, level) VALUES ('N1', 'North', 'neighbourhood')");
            for (int i = 1; i <= 3; i++) {
                st.execute("INSERT INTO asset (uid, name, kind, category, area_code, cost, referral, status, created,"
                        + " updated) VALUES ('u" + i + "', 'Asset " + i + "', 'group', 'associations', "
                        + (i == 3 ? "NULL" : "'N1'") + ", 'free', 'self', 'active', '2025-01-01T00:00:00Z',"
                        + " '2025-01-01T00:00:00Z')");
            }
        }
        try (ProjectStore s = ProjectStore.open(f)) {
            assertEquals(Migrations.latestVersion(), s.schemaVersion());
            assertEquals("N1", s.assets().findByUid("u1").orElseThrow().areaCode());
            assertEquals("N1", s.assets().findByUid("u2").orElseThrow().areaCode());
            assertEquals(null, s.assets().findByUid("u3").orElseThrow().areaCode());
            assertEquals(2, s.assets().search(AssetQuery.all().withArea("N1")).size());
            assertEquals(java.util.Map.of("N1", 2L), without(s.assets().countByArea(), null, 1L));
        }
    }

    private static java.util.Map<String, Long> without(java.util.Map<String, Long> m, String key, long expected) {
        assertEquals(expected, m.get(key));
        java.util.Map<String, Long> rest = new java.util.HashMap<>(m);
        rest.remove(key);
        return rest;
    }

    @Test
    void settingAreasInBulkMovesClearsAndKeepsThemApart() throws Exception {
        try (ProjectStore s = fresh()) {
            long[] ids = s.inTransaction(() -> {
                s.areas().save(new Area("A1", "One", AreaLevel.NEIGHBOURHOOD, null, null, null, ""));
                s.areas().save(new Area("A2", "Two", AreaLevel.NEIGHBOURHOOD, null, null, null, ""));
                long[] out = new long[4];
                for (int i = 0; i < 4; i++) {
                    out[i] = s.assets().insert(richAsset().toBuilder().uid("bulk-" + i).areaCode("A1").build()).id();
                }
                return out;
            });
            s.inTransaction(() -> {
                s.assets().setAreas(new long[] {ids[0], ids[1], ids[2]}, new String[] {"A2", null, "A1"},
                        new String[][] {{"A2"}, {}, {"A1"}});
                return null;
            });
            assertEquals("A2", s.assets().findById(ids[0]).orElseThrow().areaCode());
            assertEquals(null, s.assets().findById(ids[1]).orElseThrow().areaCode());
            assertEquals("A1", s.assets().findById(ids[2]).orElseThrow().areaCode());
            assertEquals("A1", s.assets().findById(ids[3]).orElseThrow().areaCode());
            StoreException e = assertThrows(StoreException.class, () -> s.inTransaction(() -> {
                s.assets().setAreas(new long[] {ids[3]}, new String[] {"NOWHERE"}, new String[][] {{}});
                return null;
            }));
            assertTrue(e.getMessage().toLowerCase().contains("foreign key"), e.getMessage());
            assertEquals("A1", s.assets().findById(ids[3]).orElseThrow().areaCode());
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"51.8892, 0.9042", "51.8100, -0.0001", "0.0, 0.0", "-33.87, 151.21",
        "51.99999, 0.99999", "52.0, 1.0"})
    void theDatabaseComputesTheSameGridCellAsJava(double lat, double lon) throws Exception {
        try (ProjectStore s = fresh()) {
            Asset a = s.inTransaction(() -> s.assets().insert(Asset.builder().name("P").location(new GeoPoint(lat, lon)).build()));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("p.atlas"));
                 ResultSet rs = c.createStatement().executeQuery("SELECT cell FROM asset WHERE id = " + a.id())) {
                rs.next();
                assertEquals(SpatialCells.cell(lat, lon), rs.getLong(1));
            }
        }
    }

    /** The file's bytes and modification time, and whether SQLite has left side files beside it. */
    private static String fingerprint(Path f) throws Exception {
        return java.util.Arrays.hashCode(Files.readAllBytes(f)) + " " + Files.getLastModifiedTime(f).toMillis() + " "
                + Files.exists(f.resolveSibling(f.getFileName() + "-wal")) + " "
                + Files.exists(f.resolveSibling(f.getFileName() + "-shm"));
    }

    private static void backdate(Path f) throws Exception {
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L));
    }

    @Test
    void refusingAnotherSqliteDatabaseLeavesItExactlyAsItWas() throws Exception {
        Path f = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            c.createStatement().execute("CREATE TABLE t (x)");
        }
        backdate(f);
        String before = fingerprint(f);

        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(f));

        assertTrue(e.getMessage().contains("not a Community Asset Atlas project"), e.getMessage());
        assertEquals(before, fingerprint(f));
    }

    @Test
    void refusingAProjectFromANewerVersionLeavesItExactlyAsItWas() throws Exception {
        fresh().close();
        Path f = dir.resolve("p.atlas");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            c.createStatement().execute("PRAGMA user_version = 999");
            c.createStatement().execute("PRAGMA journal_mode = DELETE");
        }
        backdate(f);
        String before = fingerprint(f);

        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(f));

        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertEquals(before, fingerprint(f));
    }

    @Test
    void aTruncatedProjectIsCalledDamagedInPlainWordsAndLeftAlone() throws Exception {
        try (ProjectStore s = fresh()) {
            s.inTransaction(() -> {
                for (int i = 0; i < 200; i++) {
                    s.assets().insert(richAsset().toBuilder().uid("a-" + i).build());
                }
                return null;
            });
        }
        Path f = dir.resolve("p.atlas");
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }
        backdate(f);
        String before = fingerprint(f);

        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(f));

        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertFalse(e.getMessage().contains("SQLITE"), e.getMessage());
        assertEquals(before, fingerprint(f));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[SQLITE_BUSY] The database file is locked (database is locked)|in use by another program",
            "[SQLITE_CORRUPT] The database disk image is malformed (database disk image is malformed)|is damaged",
            "[SQLITE_READONLY_DIRECTORY] Attempt to write a readonly database (attempt to write a readonly database)"
                    + "|cannot be written to",
            "[SQLITE_CANTOPEN] Unable to open the database file (unable to open database file)|cannot be opened",
            "[SQLITE_FULL] Insertion failed because database is full (database or disk is full)|is full",
            "[SQLITE_IOERR_SHORT_READ] Some kind of disk I/O error occurred (disk I/O error)|read error",
            "[SQLITE_ERROR] Something new (something new)|Cannot open p.atlas: Something new"})
    void openingFailuresAreToldInPlainWords(String sqliteMessage, String expected) {
        String told = ProjectStore.openingFailure("p.atlas", sqliteMessage);

        assertTrue(told.contains(expected), told);
        assertFalse(told.contains("SQLITE"), told);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[SQLITE_BUSY] The database file is locked (database is locked)|in use by another program",
            "[SQLITE_FULL] Insertion failed because database is full (database or disk is full)|is full",
            "[SQLITE_READONLY] Attempt to write a readonly database (attempt to write a readonly database)"
                    + "|can no longer be written to",
            "[SQLITE_IOERR_WRITE] Some kind of disk I/O error occurred (disk I/O error)|a disk or network error",
            "[SQLITE_CORRUPT] The database disk image is malformed (database disk image is malformed)|is damaged",
            "[SQLITE_ERROR] Something new (something new)|Could not save to p.atlas: Something new"})
    void savingFailuresAreToldInPlainWords(String sqliteMessage, String expected) {
        String told = ProjectStore.savingFailure("p.atlas", sqliteMessage);

        assertTrue(told.contains(expected), told);
        assertFalse(told.contains("SQLITE"), told);
    }
}
