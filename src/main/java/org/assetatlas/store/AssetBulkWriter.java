package org.assetatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assetatlas.model.Asset;
import org.assetatlas.model.Labelled;
import org.assetatlas.util.Progress;

/**
 * Adds many assets in one transaction, several times faster than {@link AssetRepository#insert} one by one: for
 * imports of thousands of rows. The result is the same as inserting each asset, and an asset whose uid is already
 * stored replaces that one as an {@link AssetRepository#update} would (keeping its row id and creation time).
 *
 * <p>What makes it fast, all inside the one transaction (SQLite's schema changes are transactional, so a rollback
 * undoes them too):
 * <ul>
 * <li>The full-text index is not told of each new row by the insert trigger, which costs a statement per row and
 * writes the index in a thousand small pieces. The trigger is dropped at the start; the new rows are indexed with
 * one statement at the end, with room for the whole batch in FTS5's in-memory index so that it is written once;
 * then the trigger is created again, from the SQL the schema stores.</li>
 * <li>New rows get their ids from the writer (one more than the largest), so nothing is read back after each insert,
 * and go in with statements of many rows each; their domains likewise.</li>
 * <li>Once the rows added outnumber those the project had, the secondary indexes of the asset tables are dropped
 * and built again at the end: building an index by sorting costs a fraction of updating it row by row, but rebuilds
 * the whole index, so it only pays when most rows are new. Unique indexes stay, so uids are still checked as rows
 * go in.</li>
 * </ul>
 * Replacing an existing asset goes through {@link AssetRepository#update} and its triggers as always; a new row that
 * is replaced later in the same batch is indexed first, so that the update trigger finds it in the index.
 *
 * <p>Not thread-safe: use it on one thread, like the store.
 */
public final class AssetBulkWriter {

    /** Rows per insert statement: 25 × 35 parameters stays below SQLite's historic limit of 999. */
    private static final int ROWS_PER_STATEMENT = 25;
    /** Domain links written by one statement. */
    private static final int LINKS_PER_STATEMENT = 2000;
    /** Domain ids must fit the 16 bits that {@link #links} gives them. */
    private static final long MAX_DOMAIN_ID = 0xFFFF;
    /** Rows gathered before they are written. */
    private static final int PENDING = 500;
    /** Below this many new rows, rebuilding the indexes is not worth the bother. */
    private static final long MIN_ROWS_TO_REBUILD_INDEXES = 5_000;
    /** FTS5's in-memory index while writing: room for the terms of some 100,000 assets, written out once. */
    private static final long FTS_HASH_BYTES = 64L * 1024 * 1024;
    /** FTS5's own default for {@code hashsize}. */
    private static final long FTS_DEFAULT_HASH_BYTES = 1024 * 1024;
    private static final String FTS_TABLE = "asset_fts";
    private static final String FTS_INSERT_TRIGGER = "asset_fts_insert";
    /** Where the uid is among {@link AssetRepository#values}. */
    private static final int UID = List.of(AssetRepository.FIELDS.split(",\\s*")).indexOf("uid");
    private static final Pattern UNIQUE = Pattern.compile("^\\s*CREATE\\s+UNIQUE\\b", Pattern.CASE_INSENSITIVE);

    private final AssetRepository assets;
    private final AssetRepository.Placer placer;
    private final Connection c;
    private final Instant now = Instant.now();
    /** Rows the project had when the writer started. */
    private final long rowsBefore;
    /** Row ids up to here are in the full-text index (or were there before the writer started). */
    private long indexedUpTo;
    private long nextId;
    /**
     * Domain ids by {@link Labelled#squash squashed} name, as {@link DomainRepository#idOf} finds them, and by name
     * as stored, which is how assets mostly spell them (no squashing needed).
     */
    private final Map<String, Long> domainIds = new HashMap<>();
    private final List<Row> pending = new ArrayList<>(PENDING);
    /** Domain links to write, each {@code assetId << 16 | domainId}. */
    private final StringBuilder links = new StringBuilder();
    /** Links whose domain id is too large for {@link #links} (never, in practice). */
    private final List<long[]> largeLinks = new ArrayList<>();
    /** Areas of inserted rows not yet written (asset id, area code). */
    private long[] areaIds = new long[1024];
    private String[] areaCodes = new String[1024];
    private Asset[] areaAssets = new Asset[1024];
    private String[][] areaPlaces = new String[1024][];
    private int areaCount;
    private int linkCount;
    private PreparedStatement linkInsert;
    /** Hashes of the uids added so far, to notice a uid that comes twice without remembering every uid. */
    private final LongHashSet seen = new LongHashSet();
    private final Map<Integer, PreparedStatement> inserts = new HashMap<>();
    private String ftsTrigger;
    private List<String> ftsColumns;
    private String ftsHashBefore;
    private final List<String> droppedIndexes = new ArrayList<>();
    private long inserted;
    private long updated;

    /** The work done with a writer. */
    @FunctionalInterface
    public interface Work<T> {
        T run(AssetBulkWriter writer) throws Exception;
    }

    private AssetBulkWriter(ProjectStore store) throws SQLException {
        this.assets = store.assets();
        this.placer = assets.placer();
        this.c = assets.connection();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), coalesce(max(id), 0) FROM asset")) {
            rs.next();
            rowsBefore = rs.getLong(1);
            indexedUpTo = rs.getLong(2);
            nextId = indexedUpTo + 1;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name FROM domain")) {
            while (rs.next()) {
                domainIds.put(Labelled.squash(rs.getString(2)), rs.getLong(1));
                domainIds.putIfAbsent(rs.getString(2), rs.getLong(1));
            }
        }
    }

    /**
     * An asset made ready to write: its missing uid and times filled in, its values for the columns and its domain
     * ids worked out. {@link #prepare} makes one on any thread, so that the writing thread only hands the values to
     * SQLite.
     */
    public static final class Row {
        private final Asset asset;
        private final Object[] values;
        private final long[] domains;
        /** Every area the asset is in, worked out with the rest on the preparing thread. */
        private final String[] places;

        private Row(Asset asset, Object[] values, long[] domains, String[] places) {
            this.asset = asset;
            this.values = values;
            this.domains = domains;
            this.places = places;
        }
    }

    /**
     * Runs the work in one {@link ProjectStore#inLargeTransaction large transaction} of the store (joining the
     * caller's, if any) with a writer for it, then finishes: writes what is left, indexes the new rows and restores
     * the schema. If the work throws, the
     * transaction is rolled back and nothing of it remains; a caller whose transaction this joins must then roll
     * back too.
     *
     * @param progress told when the finishing steps start and asked between them whether to stop
     * @throws StoreException when a row cannot be stored (its uid or area, say); nothing is then stored
     */
    public static <T> T write(ProjectStore store, Progress progress, Work<T> work) {
        return store.inLargeTransaction(() -> {
            AssetBulkWriter writer = new AssetBulkWriter(store);
            try {
                writer.begin();
                T result = work.run(writer);
                writer.finish(progress);
                return result;
            } finally {
                writer.closeStatements();
            }
        });
    }

    /** Rows added as new assets so far. */
    public long inserted() {
        return inserted + pending.size();
    }

    /** Rows that replaced an asset with the same uid so far. */
    public long updated() {
        return updated;
    }

    /**
     * The asset made ready to write. May be called on any thread, also while the writer is writing on another.
     * Cheapest for an asset that has its created and updated times already (the asset is not built again).
     *
     * @throws StoreException when the asset names a domain the project does not have
     */
    public Row prepare(Asset a) {
        Asset full = a;
        if (a.created() == null || a.updated() == null) {
            // as AssetRepository.insert does, with the writer's start as "now"
            full = a.toBuilder()
                    .created(a.created() == null ? now : a.created())
                    .updated(a.updated() != null ? a.updated() : a.created() == null ? now : a.created())
                    .build();
        }
        Object[] values = AssetRepository.values(full);
        if (full.uid() == null) {
            values[UID] = UUID.randomUUID().toString(); // as AssetRepository.insert does
        }
        List<String> names = full.domains();
        long[] domains = new long[names.size()];
        for (int i = 0; i < domains.length; i++) {
            Long id = domainIds.get(names.get(i));
            if (id == null) {
                id = domainIds.get(Labelled.squash(names.get(i)));
            }
            if (id == null) {
                throw new StoreException("The project has no domain \"" + names.get(i) + "\"");
            }
            domains[i] = id;
        }
        return new Row(full, values, domains, placer.places(full));
    }

    /**
     * Adds the asset, or replaces the stored asset with the same uid (keeping its row id and creation time). A
     * missing uid is generated; missing created/updated times are set to when the writer started.
     *
     * @return true when it replaced an existing asset
     * @throws StoreException when the asset cannot be stored
     */
    public boolean add(Asset a) {
        return add(prepare(a));
    }

    /**
     * Adds the prepared asset, or replaces the stored asset with the same uid, as {@link #add(Asset)} does. The uid
     * given to an asset that had none is new, so such an asset is always added.
     *
     * @return true when it replaced an existing asset
     * @throws StoreException when the asset cannot be stored
     */
    public boolean add(Row row) {
        Asset a = row.asset;
        try {
            if (a.uid() == null) {
                // a new uid, given by prepare: nothing to look up
            } else if (!seen.add(hash(a.uid()))) {
                // Perhaps added earlier in this batch: write what is pending, then look it up for sure.
                flush();
                Optional<AssetRepository.Existing> existing = assets.existingByUid(a.uid());
                if (existing.isPresent()) {
                    replace(a, existing.get());
                    return true;
                }
            } else if (rowsBefore > 0) {
                // a uid the project may have had before (one look-up by the unique index)
                Optional<AssetRepository.Existing> existing = assets.existingByUid(a.uid());
                if (existing.isPresent()) {
                    replace(a, existing.get());
                    return true;
                }
            }
            pending.add(row);
            if (pending.size() >= PENDING) {
                flush();
            }
            return false;
        } catch (SQLException e) {
            throw new StoreException("Cannot add \"" + a.name() + "\": " + e.getMessage(), e);
        }
    }

    private void replace(Asset a, AssetRepository.Existing existing) throws SQLException {
        if (existing.id() > indexedUpTo) {
            indexNewRows(); // the update trigger takes the row's old words out of the index: they must be in it
        }
        assets.update(a.toBuilder().id(existing.id()).created(existing.created()).build());
        updated++;
    }

    // ---- Start and finish ------------------------------------------------------------------------------------

    private void begin() throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = '"
                     + FTS_INSERT_TRIGGER + "' AND tbl_name = 'asset'")) {
            ftsTrigger = rs.next() ? rs.getString(1) : null;
        }
        if (ftsTrigger == null) {
            return; // a schema without the trigger indexes rows some other way, which the inserts then trigger
        }
        ftsColumns = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA table_info(" + FTS_TABLE + ")")) {
            while (rs.next()) {
                ftsColumns.add(rs.getString("name"));
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM " + FTS_TABLE + "_config WHERE k = 'hashsize'")) {
            ftsHashBefore = rs.next() ? rs.getString(1) : null;
        }
        exec(c, "DROP TRIGGER " + FTS_INSERT_TRIGGER);
        exec(c, "INSERT INTO " + FTS_TABLE + " (" + FTS_TABLE + ", rank) VALUES ('hashsize', " + FTS_HASH_BYTES + ")");
    }

    private void finish(Progress progress) throws SQLException {
        flush();
        progress.checkCancelled();
        if (!droppedIndexes.isEmpty()) {
            progress.update(0, -1, "Building the indexes");
            for (String sql : droppedIndexes) {
                exec(c, sql);
            }
            droppedIndexes.clear();
            progress.checkCancelled();
        }
        if (ftsTrigger != null) {
            progress.update(0, -1, "Building the search index");
            indexNewRows();
            exec(c, "INSERT INTO " + FTS_TABLE + " (" + FTS_TABLE + ", rank) VALUES ('hashsize', "
                    + (ftsHashBefore != null ? ftsHashBefore : String.valueOf(FTS_DEFAULT_HASH_BYTES)) + ")");
            exec(c, ftsTrigger);
            ftsTrigger = null;
            progress.checkCancelled();
        }
    }

    /** Indexes the rows added since the last time, in one statement. */
    private void indexNewRows() throws SQLException {
        flush();
        if (ftsTrigger == null || nextId - 1 <= indexedUpTo) {
            return;
        }
        String cols = String.join(", ", ftsColumns);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + FTS_TABLE + " (rowid, " + cols + ") SELECT id, "
                + cols + " FROM asset WHERE id > ? AND id < ?")) {
            ps.setLong(1, indexedUpTo);
            ps.setLong(2, nextId);
            ps.executeUpdate();
        }
        indexedUpTo = nextId - 1;
    }

    /** Drops the non-unique indexes of the asset tables, to be built again by {@link #finish}. */
    private void dropIndexes() throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_schema WHERE type = 'index'"
                     + " AND tbl_name IN ('asset', 'asset_domain') AND sql IS NOT NULL")) {
            while (rs.next()) {
                found.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] index : found) {
            if (UNIQUE.matcher(index[1]).find()) {
                continue;
            }
            exec(c, "DROP INDEX \"" + index[0].replace("\"", "\"\"") + "\"");
            droppedIndexes.add(index[1]);
        }
    }

    // ---- Writing ---------------------------------------------------------------------------------------------

    /** Writes the pending rows and their domain links. */
    private void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        long added = inserted + pending.size();
        if (droppedIndexes.isEmpty() && added >= Math.max(MIN_ROWS_TO_REBUILD_INDEXES, rowsBefore)) {
            dropIndexes();
        }
        int i = 0;
        while (i < pending.size()) {
            int n = pending.size() - i >= ROWS_PER_STATEMENT ? ROWS_PER_STATEMENT : 1;
            insertRows(pending.subList(i, i + n));
            i += n;
        }
        inserted += pending.size();
        pending.clear();
        writeLinks();
    }

    private void insertRows(List<Row> rows) throws SQLException {
        PreparedStatement ps = insertStatement(rows.size());
        long firstId = nextId;
        int p = 1;
        for (Row r : rows) {
            ps.setLong(p++, nextId);
            for (Object v : r.values) {
                AssetRepository.set(ps, p++, v);
            }
            for (long domainId : r.domains) {
                link(nextId, domainId);
            }
            String area = r.asset.areaCode();
            if (area != null && !area.isBlank() || r.places.length > 0) {
                if (areaCount == areaIds.length) {
                    areaIds = Arrays.copyOf(areaIds, areaCount * 2);
                    areaCodes = Arrays.copyOf(areaCodes, areaCount * 2);
                    areaAssets = Arrays.copyOf(areaAssets, areaCount * 2);
                    areaPlaces = Arrays.copyOf(areaPlaces, areaCount * 2);
                }
                areaIds[areaCount] = nextId;
                areaAssets[areaCount] = r.asset;
                areaPlaces[areaCount] = r.places;
                areaCodes[areaCount++] = area == null || area.isBlank() ? null : area;
            }
            nextId++;
        }
        try {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(rows, firstId, e);
        }
        if (linkCount >= LINKS_PER_STATEMENT) {
            writeLinks();
        }
    }

    /** The error naming the first pending asset whose area the project does not have. */
    private StoreException unknownArea(StoreException e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM area WHERE code = ?")) {
            for (int i = 0; i < areaCount; i++) {
                if (areaCodes[i] == null) {
                    continue;
                }
                ps.setString(1, areaCodes[i]);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return new StoreException("Cannot add \"" + areaAssets[i].name()
                                + "\": the project has no area " + areaCodes[i], e);
                    }
                }
            }
        }
        return e;
    }

    /** Gathers a link, to be written once its asset is. */
    private void link(long assetId, long domainId) {
        if (domainId > MAX_DOMAIN_ID || domainId < 0) {
            largeLinks.add(new long[] {assetId, domainId});
        } else {
            links.append(links.length() == 0 ? '[' : ',').append(assetId << 16 | domainId);
        }
        linkCount++;
    }

    /**
     * Writes the gathered domain links with one statement: they travel as one JSON array of numbers, which SQLite
     * takes apart itself, rather than as two parameters each.
     */
    private void writeLinks() throws SQLException {
        if (areaCount > 0) {
            try {
                assets.setAreas(Arrays.copyOf(areaIds, areaCount), Arrays.copyOf(areaCodes, areaCount),
                        Arrays.copyOf(areaPlaces, areaCount));
            } catch (StoreException e) {
                throw unknownArea(e);
            }
            areaCount = 0;
            Arrays.fill(areaAssets, null);
            Arrays.fill(areaPlaces, null);
        }
        if (links.length() > 0) {
            if (linkInsert == null) {
                linkInsert = c.prepareStatement("INSERT OR IGNORE INTO asset_domain (asset_id, domain_id)"
                        + " SELECT value >> 16, value & 65535 FROM json_each(?)");
            }
            linkInsert.setString(1, links.append(']').toString());
            linkInsert.executeUpdate();
            links.setLength(0);
        }
        if (!largeLinks.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO asset_domain (asset_id, domain_id) VALUES (?, ?)")) {
                for (long[] link : largeLinks) {
                    ps.setLong(1, link[0]);
                    ps.setLong(2, link[1]);
                    ps.executeUpdate();
                }
            }
            largeLinks.clear();
        }
        linkCount = 0;
    }

    /**
     * The error for a failed insert of several rows, naming the row at fault: the rows are tried one by one (the
     * failed statement changed nothing) until one fails again.
     */
    private StoreException failure(List<Row> rows, long firstId, SQLException e) {
        if (rows.size() > 1) {
            try (Statement s = c.createStatement()) {
                s.execute("SAVEPOINT bulk_probe");
                try {
                    long id = firstId;
                    for (Row r : rows) {
                        PreparedStatement one = insertStatement(1);
                        one.setLong(1, id++);
                        int p = 2;
                        for (Object v : r.values) {
                            AssetRepository.set(one, p++, v);
                        }
                        try {
                            one.executeUpdate();
                        } catch (SQLException single) {
                            return failure(r.asset, single);
                        }
                    }
                } finally {
                    s.execute("ROLLBACK TO bulk_probe");
                    s.execute("RELEASE bulk_probe");
                }
            } catch (SQLException probe) {
                e.addSuppressed(probe);
            }
        }
        return failure(rows.get(0).asset, e);
    }

    /** As {@link AssetRepository} words it. */
    private static StoreException failure(Asset a, SQLException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("asset.uid")) {
            return new StoreException("Cannot add \"" + a.name() + "\": another asset already has id " + a.uid(), e);
        }
        if (msg.contains("FOREIGN KEY")) {
            return new StoreException("Cannot add \"" + a.name() + "\": the project has no area " + a.areaCode(), e);
        }
        return new StoreException("Cannot add \"" + a.name() + "\": " + msg, e);
    }

    private PreparedStatement insertStatement(int rows) throws SQLException {
        PreparedStatement ps = inserts.get(rows);
        if (ps == null) {
            String row = "(?" + ", ?".repeat(AssetRepository.FIELD_COUNT) + ")";
            ps = c.prepareStatement("INSERT INTO asset (id, " + AssetRepository.FIELDS + ") VALUES "
                    + String.join(", ", Collections.nCopies(rows, row)));
            inserts.put(rows, ps);
        }
        return ps;
    }

    private void closeStatements() {
        for (PreparedStatement ps : inserts.values()) {
            closeQuietly(ps);
        }
        if (linkInsert != null) {
            closeQuietly(linkInsert);
        }
        inserts.clear();
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException ignored) {
            // closed with the connection at the latest
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A 64-bit hash of the uid (FNV-1a over its characters), for {@link #seen}. */
    private static long hash(String uid) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < uid.length(); i++) {
            h ^= uid.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** An open-addressing set of non-zero longs. */
    private static final class LongHashSet {
        private long[] slots = new long[1024];
        private int size;

        /** Adds the value; false when it was there already. */
        boolean add(long v) {
            if (size * 2 >= slots.length) {
                grow();
            }
            int mask = slots.length - 1;
            int i = (int) (v ^ (v >>> 32)) * 0x9E3779B9 & mask;
            while (slots[i] != 0) {
                if (slots[i] == v) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            slots[i] = v;
            size++;
            return true;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (long v : old) {
                if (v != 0) {
                    add(v);
                }
            }
        }
    }
}
