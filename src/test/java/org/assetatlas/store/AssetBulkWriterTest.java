package org.assetatlas.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.util.CancelledException;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetBulkWriterTest {

    /** More than the writer adds before it drops and rebuilds the secondary indexes. */
    private static final int MANY = 12_000;

    @TempDir
    Path dir;

    private ProjectStore store;

    @BeforeEach
    void open() {
        store = ProjectStore.create(dir.resolve("p.atlas"));
        store.inTransaction(() -> {
            store.domains().save(Framework.liveWell());
            store.areas().save(new Area("N", "North", AreaLevel.NEIGHBOURHOOD, null, null, null, ""));
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A word no other asset's text contains, nor starts with: "qx" and the number in four letters. */
    private static String word(int i) {
        StringBuilder b = new StringBuilder("qx");
        int n = i;
        for (int k = 0; k < 4; k++) {
            b.append((char) ('a' + n % 26));
            n /= 26;
        }
        return b.toString();
    }

    private static Asset asset(int i) {
        return Asset.builder()
                .uid("bulk-" + i)
                .name("Group " + word(i))
                .description("Meets weekly")
                .domains(i % 2 == 0 ? List.of("Age Well", "Feel Well") : List.of("Start Well"))
                .tags(List.of("social"))
                .postcode("CO1 1JB")
                .location(new GeoPoint(51.88 + (i % 100) / 1000.0, 0.90))
                .areaCode(i % 3 == 0 ? "N" : null)
                .areaChosen(i % 3 == 0)
                .build();
    }

    private long write(int from, int to) {
        return AssetBulkWriter.write(store, Progress.NONE, w -> {
            for (int i = from; i < to; i++) {
                w.add(asset(i));
            }
            return w.inserted();
        });
    }

    /** The schema as SQLite stores it: every table, index and trigger with its SQL. */
    private List<String> schema() throws SQLException {
        return strings("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY name");
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = store.assets().connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** FTS5's own check that the index holds exactly the words of the content table. */
    private void assertIndexMatchesContent() throws SQLException {
        try (Statement s = store.assets().connection().createStatement()) {
            s.execute("INSERT INTO asset_fts (asset_fts, rank) VALUES ('integrity-check', 1)");
        }
    }

    private long[] found(String text) {
        return store.assets().rawFullTextIds(text, 10);
    }

    @Test
    void everyAssetWrittenInBulkIsFoundByAWordOfItsName() throws Exception {
        assertEquals(MANY, write(0, MANY));

        assertEquals(MANY, store.assets().count());
        for (int i = 0; i < MANY; i++) {
            long[] ids = found(word(i));
            assertEquals(1, ids.length, word(i));
            assertEquals("bulk-" + i, store.assets().findById(ids[0]).orElseThrow().uid());
        }
        assertIndexMatchesContent();
    }

    @Test
    void storesWhatAnInsertWouldStore() {
        Asset rich = ProjectStoreTest.richAsset();
        AssetBulkWriter.write(store, Progress.NONE, w -> w.add(rich));

        Asset stored = store.assets().findByUid(rich.uid()).orElseThrow();
        assertTrue(rich.sameContent(stored), () -> rich + " vs " + stored);
        assertEquals(stored.created(), stored.updated());
        Asset plain = Asset.builder().name("No uid").build();
        AssetBulkWriter.write(store, Progress.NONE, w -> w.add(plain));
        Asset given = store.assets().search(AssetQuery.all().withText("uid")).get(0);
        assertEquals(36, given.uid().length());
    }

    @Test
    void putsTheSchemaBackAsItWasAndLaterInsertsAreIndexed() throws Exception {
        List<String> before = schema();
        List<String> config = strings("SELECT k || '=' || v FROM asset_fts_config WHERE k <> 'hashsize'");

        write(0, MANY);

        assertEquals(before, schema());
        assertEquals(config, strings("SELECT k || '=' || v FROM asset_fts_config WHERE k <> 'hashsize'"));
        assertEquals(List.of("1048576"), strings("SELECT v FROM asset_fts_config WHERE k = 'hashsize'"));
        Asset later = store.inTransaction(() -> store.assets().insert(Asset.builder().name("Later qxlater").build()));
        assertArrayEquals(new long[] {later.id()}, found("qxlater"));
        assertIndexMatchesContent();
    }

    @Test
    void aFailedWriteLeavesSchemaDataAndIndexAsBefore() throws Exception {
        write(0, 10);
        List<String> before = schema();

        RuntimeException e = assertThrows(IllegalStateException.class, () ->
                AssetBulkWriter.write(store, Progress.NONE, w -> {
                    for (int i = 10; i < MANY; i++) {
                        w.add(asset(i));
                    }
                    throw new IllegalStateException("stop");
                }));

        assertEquals("stop", e.getMessage());
        assertEquals(before, schema());
        assertEquals(10, store.assets().count());
        assertEquals(0, found(word(MANY - 1)).length);
        assertEquals(1, found(word(9)).length);
        Asset later = store.inTransaction(() -> store.assets().insert(Asset.builder().name("Later qxlater").build()));
        assertArrayEquals(new long[] {later.id()}, found("qxlater"));
        assertIndexMatchesContent();
    }

    @Test
    void aWriteCancelledWhileIndexingLeavesEverythingAsBefore() throws Exception {
        List<String> before = schema();
        AtomicBoolean indexing = new AtomicBoolean();
        Progress cancelWhileIndexing = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                indexing.set(true);
            }

            @Override
            public boolean cancelled() {
                return indexing.get();
            }
        };

        assertThrows(CancelledException.class, () -> AssetBulkWriter.write(store, cancelWhileIndexing, w -> {
            for (int i = 0; i < MANY; i++) {
                w.add(asset(i));
            }
            return null;
        }));

        assertTrue(indexing.get());
        assertEquals(before, schema());
        assertEquals(0, store.assets().count());
        assertEquals(0, found(word(1)).length);
        write(0, 3);
        assertEquals(1, found(word(2)).length);
        assertIndexMatchesContent();
    }

    @Test
    void namesTheRowThatCannotBeStored() {
        StoreException e = assertThrows(StoreException.class, () -> AssetBulkWriter.write(store, Progress.NONE, w -> {
            for (int i = 0; i < 100; i++) {
                w.add(i == 42 ? asset(i).toBuilder().areaCode("Atlantis").areaChosen(true).build() : asset(i));
            }
            return null;
        }));

        assertEquals("Cannot add \"Group " + word(42) + "\": the project has no area Atlantis", e.getMessage());
        assertEquals(0, store.assets().count());
    }

    @Test
    void replacesAnAssetWithTheSameUidKeepingItsIdAndCreationTime() throws Exception {
        Asset old = store.inTransaction(() -> store.assets().insert(asset(7).toBuilder()
                .created(Instant.parse("2020-01-01T00:00:00Z")).build()));

        long[] counts = AssetBulkWriter.write(store, Progress.NONE, w -> {
            boolean replaced = w.add(asset(7).toBuilder().name("Renamed qxrenamed").build());
            w.add(asset(8));
            return new long[] {replaced ? 1 : 0, w.inserted(), w.updated()};
        });

        assertArrayEquals(new long[] {1, 1, 1}, counts);
        Asset now = store.assets().findById(old.id()).orElseThrow();
        assertEquals("Renamed qxrenamed", now.name());
        assertEquals(old.created(), now.created());
        assertArrayEquals(new long[] {old.id()}, found("qxrenamed"));
        assertEquals(0, found(word(7)).length);
        assertIndexMatchesContent();
    }

    @Test
    void aUidThatComesTwiceInOneWriteIsStoredOnceWithTheLaterValues() throws Exception {
        long[] counts = AssetBulkWriter.write(store, Progress.NONE, w -> {
            for (int i = 0; i < MANY; i++) {
                w.add(asset(i));
                if (i == 5 || i == MANY - 2) {
                    w.add(asset(i).toBuilder().name("Again " + word(i) + " qxagain" + (i == 5 ? "a" : "b")).build());
                }
            }
            return new long[] {w.inserted(), w.updated()};
        });

        assertArrayEquals(new long[] {MANY, 2}, counts);
        assertEquals(MANY, store.assets().count());
        assertEquals("Again " + word(5) + " qxagaina", store.assets().findByUid("bulk-5").orElseThrow().name());
        assertEquals(1, found("qxagaina").length);
        assertEquals(1, found("qxagainb").length);
        assertEquals(1, found(word(MANY - 2)).length);
        assertIndexMatchesContent();
    }

    @Test
    void linksEveryDomain() {
        write(0, MANY);

        // in the framework's order, as the store reads them
        assertEquals(List.of("Feel Well", "Age Well"), store.assets().findByUid("bulk-10").orElseThrow().domains());
        assertEquals(List.of("Start Well"), store.assets().findByUid("bulk-11").orElseThrow().domains());
        assertEquals(MANY / 2, store.assets().search(AssetQuery.all().withDomain("Start Well")).size());
    }
}
