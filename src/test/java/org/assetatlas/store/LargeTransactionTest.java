package org.assetatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.Framework;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large transactions (imports) leave the log to a background checkpoint; schema version 4 drops two indexes. */
class LargeTransactionTest {

    @TempDir
    Path dir;

    private ProjectStore fresh(String name) {
        ProjectStore s = ProjectStore.create(dir.resolve(name));
        s.inTransaction(() -> {
            s.domains().save(Framework.liveWell());
            return null;
        });
        return s;
    }

    private static List<Asset> assets(int n, String prefix) {
        List<Asset> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Asset.builder().uid(prefix + i).name("Asset " + prefix + i)
                    .description("A long description to fill some pages of the log ".repeat(5))
                    .category(i % 2 == 0 ? AbcdCategory.INDIVIDUALS : AbcdCategory.PHYSICAL).build());
        }
        return out;
    }

    private static long pragma(ProjectStore s, String pragma) throws SQLException {
        try (Statement st = s.assets().connection().createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aBulkWriteIsKeptAndTheLogIsFoldedIntoTheFileByClose() throws Exception {
        Path file = dir.resolve("p.atlas");
        ProjectStore s = fresh("p.atlas");
        long before = pragma(s, "wal_autocheckpoint");
        AssetBulkWriter.write(s, Progress.NONE, w -> {
            assets(6_000, "a").forEach(w::add);
            return null;
        });
        assertEquals(before, pragma(s, "wal_autocheckpoint"), "the log's automatic checkpoint is back on");
        assertEquals(6_000, s.assets().count());
        // the project carries on writing while the log may still be being folded in
        s.inTransaction(() -> s.assets().insert(Asset.builder().uid("later").name("Later").build()));
        AssetBulkWriter.write(s, Progress.NONE, w -> {
            assets(6_000, "b").forEach(w::add);
            return null;
        });
        assertEquals(12_001, s.assets().count());
        s.close();
        Path wal = dir.resolve("p.atlas-wal");
        assertTrue(!Files.exists(wal) || Files.size(wal) == 0, "closing folds the whole log into the file");
        assertEquals(12_001, count(file, "SELECT count(*) FROM asset"));
        try (ProjectStore again = ProjectStore.open(file)) {
            assertEquals(12_001, again.assets().count());
            assertEquals(1, again.assets().search(AssetQuery.all().withText("later")).size());
        }
    }

    @Test
    void aFailedLargeTransactionLeavesNothingAndPutsTheSettingBack() throws Exception {
        try (ProjectStore s = fresh("p.atlas")) {
            long before = pragma(s, "wal_autocheckpoint");
            assertThrows(IllegalStateException.class, () -> s.inLargeTransaction(() -> {
                for (Asset a : assets(500, "x")) {
                    s.assets().insert(a);
                }
                throw new IllegalStateException("stop");
            }));
            assertEquals(before, pragma(s, "wal_autocheckpoint"));
            assertEquals(0, s.assets().count());
        }
    }

    @Test
    void insideAnotherTransactionItJoinsThatOne() throws Exception {
        try (ProjectStore s = fresh("p.atlas")) {
            assertThrows(IllegalStateException.class, () -> s.inTransaction(() -> {
                s.inLargeTransaction(() -> s.assets().insert(Asset.builder().uid("in").name("Inner").build()));
                throw new IllegalStateException("outer fails");
            }));
            assertEquals(0, s.assets().count(), "the outer rollback took the inner work with it");
        }
    }

    @Test
    void aVersionThreeFileLosesTheCategoryAndStatusIndexesAndKeepsItsAssets() throws Exception {
        Path f = dir.resolve("v3.atlas");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + ProjectStore.APPLICATION_ID);
            for (String script : List.of("V001__create_schema.sql", "V002__index_asset_names.sql",
                    "V003__grid_cell_spatial_index.sql")) {
                String sql = new String(LargeTransactionTest.class.getResourceAsStream("/db/migration/" + script)
                        .readAllBytes(), StandardCharsets.UTF_8);
                for (String statement : SqlScript.split(sql)) {
                    st.execute(statement);
                }
            }
            st.execute("PRAGMA user_version = 3");
            st.execute("INSERT INTO asset (uid, name, kind, category, cost, referral, status, created, updated)"
                    + " VALUES ('u1', 'Old hall', 'venue', 'physical', 'free', 'self', 'closed',"
                    + " '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
        }
        assertEquals(2, count(f, "SELECT count(*) FROM sqlite_schema WHERE name IN ('asset_by_category', 'asset_by_status')"));
        try (ProjectStore s = ProjectStore.open(f)) {
            assertEquals(Migrations.latestVersion(), s.schemaVersion());
            assertEquals(1, s.assets().search(AssetQuery.all().withCategory(AbcdCategory.PHYSICAL)
                    .withStatus(AssetStatus.CLOSED)).size());
        }
        assertEquals(0, count(f, "SELECT count(*) FROM sqlite_schema WHERE name IN ('asset_by_category', 'asset_by_status')"));
        assertEquals(1, count(f, "SELECT count(*) FROM asset WHERE uid = 'u1'"));
    }

    @Test
    void listsFilteredByCategoryAndStatusStillFindEveryMatch() {
        try (ProjectStore s = fresh("p.atlas")) {
            AssetBulkWriter.write(s, Progress.NONE, w -> {
                assets(6_000, "c").forEach(w::add);
                return null;
            });
            List<Asset> found = s.assets().search(AssetQuery.all().withCategory(AbcdCategory.INDIVIDUALS));
            assertEquals(3_000, found.size());
            assertFalse(found.stream().anyMatch(a -> a.category() != AbcdCategory.INDIVIDUALS));
        }
    }
}
