package org.assetatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.Labelled;
import org.assetatlas.model.LocationSource;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.model.WeeklySchedule;

/**
 * Stores and finds assets. The full-text and spatial indexes follow every change through triggers in the schema.
 *
 * <p>List-valued fields (tags, languages, accessibility) are stored as text joined with {@code ;}; domains are
 * linked through {@code asset_domain} so they can be counted and renamed.
 */
public final class AssetRepository {

    private static final String SEP = ";";
    /** Metres per degree of latitude (mean); longitude is scaled by cos(latitude). */
    static final double METRES_PER_DEGREE_LAT = 111_195.0;
    /** The stored columns of an asset but its row id, in the order of {@link #values}. */
    static final String FIELDS = "uid, name, description, kind, category, area_chosen, tags,"
            + " organisation, address, postcode, lat, lon, location_source, phone, email, website, opening_hours, opening_note, cost,"
            + " cost_note, accessibility, age_min, age_max, languages, referral, status, capacity_note, last_verified,"
            + " verified_by, source, illustrative, needs_checking, created, updated";
    static final int FIELD_COUNT = 34;
    /** The area code of the asset aliased {@code a} (its row in {@code asset_area}, schema version 4). */
    static final String AREA_OF_A = "(SELECT aa.area_code FROM asset_area aa WHERE aa.asset_id = a.id)";
    /** Every area the asset aliased {@code a} is in, joined by char(31) (schema version 10). */
    static final String PLACES_OF_A = "(SELECT group_concat(psa.area_code, char(31)) FROM asset_place ap"
            + " JOIN place_set_area psa ON psa.set_id = ap.set_id WHERE ap.asset_id = a.id)";
    /** The assets in the area bound to the next parameter, at any level (schema version 10). */
    static final String ASSETS_IN_AREA = "SELECT ap.asset_id FROM asset_place ap WHERE ap.set_id IN"
            + " (SELECT psa.set_id FROM place_set_area psa WHERE psa.area_code = ?)";
    /** Each asset (asset_id) with each area it is in (area_code), as a table to join. */
    static final String ASSET_AREAS = "(SELECT ap.asset_id, psa.area_code FROM asset_place ap"
            + " JOIN place_set_area psa ON psa.set_id = ap.set_id)";
    private static final String SELECT = "SELECT a.id, a.version, " + prefixed() + ", " + AREA_OF_A + " AS area_code,"
            + " (SELECT group_concat(d.name, char(31)"
            + " ORDER BY d.position) FROM asset_domain ad JOIN domain d ON d.id = ad.domain_id"
            + " WHERE ad.asset_id = a.id) AS domain_names FROM asset a";
    private static final String BY_IDS = SELECT + " WHERE a.id IN (SELECT value FROM json_each(?))";

    private final Connection c;
    private final DomainRepository domains;
    /** Prepared statements by SQL text, most recently used last; preparing is the costly step in SQLite. */
    private final java.util.LinkedHashMap<String, PreparedStatement> statements =
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, PreparedStatement> eldest) {
                    if (size() <= 64) {
                        return false;
                    }
                    try {
                        eldest.getValue().close();
                    } catch (SQLException ignored) {
                        // a statement that will not close is collected with the connection
                    }
                    return true;
                }
            };

    AssetRepository(Connection c, DomainRepository domains) {
        this.c = c;
        this.domains = domains;
    }

    /** The connection, for {@link AssetBulkWriter}. */
    Connection connection() {
        return c;
    }

    private static String prefixed() {
        StringBuilder b = new StringBuilder();
        for (String f : FIELDS.split(",\\s*")) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append("a.").append(f);
        }
        return b.toString();
    }

    /**
     * Adds an asset. A missing uid is generated; missing created/updated times are set to now. An asset that
     * carries a row id (one being restored by undo) keeps it.
     *
     * @return the stored asset, with its row id
     * @throws StoreException when the uid is taken or the area code is unknown
     */
    public Asset insert(Asset a) {
        Instant now = Instant.now();
        Asset.Builder b = a.toBuilder();
        if (a.uid() == null) {
            b.uid(UUID.randomUUID().toString());
        }
        if (a.created() == null) {
            b.created(now);
        }
        if (a.updated() == null) {
            b.updated(a.created() == null ? now : a.created());
        }
        Asset full = b.build();
        try {
            PreparedStatement ps;
            if (a.id() > 0) {
                ps = statement("INSERT INTO asset (id, " + FIELDS + ") VALUES (?" + ", ?".repeat(FIELD_COUNT) + ")");
                ps.setLong(1, a.id());
                bind(ps, full, 2);
            } else {
                ps = statement("INSERT INTO asset (" + FIELDS + ") VALUES (?" + ", ?".repeat(FIELD_COUNT - 1) + ")");
                bind(ps, full, 1);
            }
            ps.executeUpdate();
            long id = a.id() > 0 ? a.id() : lastRowId();
            place(id, full);
            linkDomains(id, full.domains());
            return full.toBuilder().id(id).version(1).build(); // the column's default: a new row is version 1
        } catch (SQLException e) {
            throw failure("add", full, e);
        }
    }

    /**
     * Replaces the stored asset with the same row id, whatever version is stored; sets its updated time to now and
     * counts a new version.
     *
     * @return the stored asset
     * @throws StoreException when no asset has that id
     */
    public Asset update(Asset a) {
        return update(a, false);
    }

    /**
     * Replaces the stored asset with the same row id only if it is still the version {@code a} was edited from
     * ({@link Asset#version()}); sets its updated time to now and counts a new version.
     *
     * @return the stored asset
     * @throws ChangedMeanwhileException when the stored asset has been saved since (carrying it as it is now)
     * @throws StoreException when no asset has that id
     */
    public Asset updateIfUnchanged(Asset a) {
        return update(a, a.version() > 0);
    }

    private Asset update(Asset a, boolean checkVersion) {
        Asset full = a.toBuilder().updated(Instant.now()).build();
        StringBuilder set = new StringBuilder();
        for (String f : FIELDS.split(",\\s*")) {
            if (f.equals("created")) {
                continue;
            }
            if (set.length() > 0) {
                set.append(", ");
            }
            set.append(f).append(" = ?");
        }
        String sql = "UPDATE asset SET " + set + ", version = version + 1 WHERE id = ?"
                + (checkVersion ? " AND version = ?" : "");
        try {
            PreparedStatement ps = statement(sql);
            Asset forBind = full.created() == null ? full.toBuilder().created(Instant.now()).build() : full;
            bindExceptCreated(ps, forBind);
            ps.setLong(FIELD_COUNT, a.id());
            if (checkVersion) {
                ps.setLong(FIELD_COUNT + 1, a.version());
            }
            if (ps.executeUpdate() == 0) {
                Optional<Asset> now = checkVersion ? findById(a.id()) : Optional.empty();
                if (now.isPresent()) {
                    throw new ChangedMeanwhileException(now.get());
                }
                throw new StoreException("There is no asset with id " + a.id() + " to update");
            }
            place(a.id(), full);
            PreparedStatement del = statement("DELETE FROM asset_domain WHERE asset_id = ?");
            del.setLong(1, a.id());
            del.executeUpdate();
            linkDomains(a.id(), full.domains());
            return findById(a.id()).orElseThrow();
        } catch (SQLException e) {
            throw failure("save", full, e);
        }
    }

    /** Thrown when an asset is saved from a version that is no longer the stored one. */
    public static final class ChangedMeanwhileException extends StoreException {
        private static final long serialVersionUID = 1L;
        private final transient Asset stored;

        ChangedMeanwhileException(Asset stored) {
            super("\u201c" + stored.name() + "\u201d has been changed since it was opened for editing");
            this.stored = stored;
        }

        /** The asset as it is stored now. */
        public Asset stored() {
            return stored;
        }
    }

    /** Deletes the asset; false when there was none with that id. */
    public boolean delete(long id) {
        try {
            PreparedStatement ps = statement("DELETE FROM asset WHERE id = ?");
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot delete asset " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * How assets are placed in the project's areas: every area an asset is in (see
     * {@code org.assetatlas.geo.AreaTree#places}). Set by the project whenever its areas change; until then an asset
     * is in its own area only.
     */
    @FunctionalInterface
    public interface Placer {
        String[] places(Asset a);
    }

    private volatile Placer placer = a -> a.areaCode() == null || a.areaCode().isBlank()
            ? new String[0] : new String[] {a.areaCode()};

    /** Sets how assets are placed in areas; every write from now on uses it. */
    public void setPlacer(Placer p) {
        placer = java.util.Objects.requireNonNull(p);
    }

    /** How assets are placed in areas now (also for the bulk writer's reading thread). */
    Placer placer() {
        return placer;
    }

    /** Records the asset's own area (none when its code is null or blank) and every area it is in. */
    private void place(long id, Asset full) throws SQLException {
        String areaCode = full.areaCode();
        PreparedStatement ps;
        if (areaCode == null || areaCode.isBlank()) {
            ps = statement("DELETE FROM asset_area WHERE asset_id = ?");
            ps.setLong(1, id);
        } else {
            ps = statement("INSERT INTO asset_area (asset_id, area_code) VALUES (?, ?)"
                    + " ON CONFLICT (asset_id) DO UPDATE SET area_code = excluded.area_code");
            ps.setLong(1, id);
            ps.setString(2, areaCode);
        }
        ps.executeUpdate();
        setPlaces(new long[] {id}, new String[][] {placer.places(full)});
    }

    public Optional<Asset> findById(long id) {
        return one(SELECT + " WHERE a.id = ?", id);
    }

    /** The row id and creation time of the asset with this uid, if any: a cheap existence check for imports. */
    public record Existing(long id, Instant created) {
    }

    public Optional<Existing> existingByUid(String uid) {
        try {
            PreparedStatement ps = statement("SELECT id, created FROM asset WHERE uid = ?");
            ps.setString(1, uid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Existing(rs.getLong(1), Instant.parse(rs.getString(2))))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read asset: " + e.getMessage(), e);
        }
    }

    public Optional<Asset> findByUid(String uid) {
        return one(SELECT + " WHERE a.uid = ?", uid);
    }

    /** Number of assets in the project. */
    public long count() {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM asset")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot count assets: " + e.getMessage(), e);
        }
    }

    /** Visits every asset in id order without holding them all in memory. */
    public void forEach(Consumer<Asset> visitor) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SELECT + " ORDER BY a.id")) {
            while (rs.next()) {
                visitor.accept(read(rs));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read assets: " + e.getMessage(), e);
        }
    }

    /**
     * The assets matching the query, by relevance when it has words and by name otherwise. Any text is accepted
     * (see {@link FtsQuery}).
     */
    public List<Asset> search(AssetQuery q) {
        List<Object> params = new ArrayList<>();
        String match = FtsQuery.of(q.text());
        StringBuilder sql = new StringBuilder();
        List<String> clauses = filters(q, params);
        if (match == null) {
            sql.append(SELECT);
            if (!clauses.isEmpty()) {
                sql.append(" WHERE ").append(String.join(" AND ", clauses));
            }
            sql.append(" ORDER BY a.name COLLATE NOCASE, a.id");
            if (q.limit() > 0) {
                sql.append(" LIMIT ?");
                params.add(q.limit());
            }
        } else {
            // Rank and cut inside the full-text index first, then load only the rows kept: joining first would read
            // every matching asset before the sort.
            List<Object> ordered = new ArrayList<>();
            ordered.add(match);
            StringBuilder inner = new StringBuilder("SELECT rowid AS rid, rank AS r FROM asset_fts WHERE asset_fts MATCH ?");
            if (!clauses.isEmpty()) {
                inner.append(" AND rowid IN (SELECT a.id FROM asset a WHERE ").append(String.join(" AND ", clauses))
                        .append(')');
                ordered.addAll(params);
            }
            inner.append(" ORDER BY rank");
            if (q.limit() > 0) {
                inner.append(" LIMIT ?");
                ordered.add(q.limit());
            }
            params = ordered;
            sql.append(SELECT.replace(" FROM asset a", " FROM (" + inner + ") f JOIN asset a ON a.id = f.rid"))
                    .append(" ORDER BY f.r, a.name COLLATE NOCASE");
        }
        return assets(sql.toString(), params, "Search failed");
    }

    /** The assets a query of {@link #SELECT} finds, with its parameters, in its order. */
    private List<Asset> assets(String sql, List<Object> params, String failure) {
        try {
            PreparedStatement ps = statement(sql);
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<Asset> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(failure + ": " + e.getMessage(), e);
        }
    }

    /**
     * The assets due to be checked ({@code org.assetatlas.model.Review}): something noted to check, never verified,
     * or verified before {@code cutoff}. Those with something to check first, then never verified, then the oldest
     * checks; closed assets are left out.
     */
    public List<Asset> dueForReview(java.time.LocalDate cutoff) {
        String sql = SELECT + " WHERE a.status <> 'closed' AND (a.needs_checking <> '' OR a.last_verified IS NULL"
                + " OR a.last_verified < ?) ORDER BY a.needs_checking = '', a.last_verified IS NOT NULL,"
                + " a.last_verified, a.name COLLATE NOCASE";
        return assets(sql, List.of(cutoff.toString()), "Cannot list the assets due for checking");
    }

    /** One row of {@link #countByAreaAndDomain()}: areaCode is null for assets with no area. */
    public record AreaDomainCount(String areaCode, String domain, long count) {
    }

    /**
     * Asset counts per area code (every area, at every level, that has assets in it) and domain (an asset in two
     * domains counts in both); area code null for the assets in no area.
     */
    public List<AreaDomainCount> countByAreaAndDomain() {
        String sql = "SELECT ap.area_code, d.name, count(*) FROM " + ASSET_AREAS + " ap"
                + " JOIN asset_domain ad ON ad.asset_id = ap.asset_id JOIN domain d ON d.id = ad.domain_id"
                + " GROUP BY ap.area_code, d.id"
                + " UNION ALL SELECT NULL, d.name, count(*) FROM asset a JOIN asset_domain ad ON ad.asset_id = a.id"
                + " JOIN domain d ON d.id = ad.domain_id"
                + " WHERE NOT EXISTS (SELECT 1 FROM asset_place ap WHERE ap.asset_id = a.id) GROUP BY d.id";
        List<AreaDomainCount> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new AreaDomainCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot count assets: " + e.getMessage(), e);
        }
    }

    /** What the search index needs of one asset: its text by field and its filter attributes. */
    public record IndexRow(long id, String name, String tags, String organisation, String description, String address,
                           double lat, double lon, String category, String status, String[] places, long[] domainIds,
                           Facets facets) {
    }

    /**
     * The signposting filter attributes of one asset, as stored (codes and text; parsed by the caller).
     *
     * @param accessibility feature codes joined with {@code ;}
     * @param ageMin        null when not recorded
     * @param ageMax        null when not recorded
     * @param lastVerified  ISO date or null
     */
    public record Facets(String cost, String accessibility, Integer ageMin, Integer ageMax, String referral,
                         String openingHours, String lastVerified) {
    }

    /** Visits every asset's search row in id order. */
    public void forEachIndexRow(Consumer<IndexRow> visitor) {
        String sql = "SELECT a.id, a.name, a.tags, a.organisation, a.description, a.address || ' ' || a.postcode,"
                + " a.lat, a.lon, a.category, a.status, " + PLACES_OF_A + ","
                + " (SELECT group_concat(domain_id) FROM asset_domain WHERE asset_id = a.id),"
                + " a.cost, a.accessibility, a.age_min, a.age_max, a.referral, a.opening_hours, a.last_verified"
                + " FROM asset a ORDER BY a.id";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                visitor.accept(indexRow(rs));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read assets: " + e.getMessage(), e);
        }
    }

    /** The search row of one asset, if it exists. */
    public Optional<IndexRow> indexRow(long id) {
        String sql = "SELECT a.id, a.name, a.tags, a.organisation, a.description, a.address || ' ' || a.postcode,"
                + " a.lat, a.lon, a.category, a.status, " + PLACES_OF_A + ","
                + " (SELECT group_concat(domain_id) FROM asset_domain WHERE asset_id = a.id),"
                + " a.cost, a.accessibility, a.age_min, a.age_max, a.referral, a.opening_hours, a.last_verified"
                + " FROM asset a WHERE a.id = ?";
        try {
            PreparedStatement ps = statement(sql);
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(indexRow(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read asset " + id + ": " + e.getMessage(), e);
        }
    }

    private static IndexRow indexRow(ResultSet rs) throws SQLException {
        double lat = rs.getDouble(7);
        boolean noLat = rs.wasNull();
        double lon = rs.getDouble(8);
        boolean noLon = rs.wasNull();
        String ds = rs.getString(12);
        long[] domainIds = ds == null || ds.isEmpty() ? new long[0]
                : Arrays.stream(ds.split(",")).mapToLong(Long::parseLong).toArray();
        return new IndexRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), noLat || noLon ? Double.NaN : lat, noLat || noLon ? Double.NaN : lon,
                rs.getString(9), rs.getString(10), splitPlaces(rs.getString(11)), domainIds,
                new Facets(rs.getString(13), rs.getString(14), intOrNull(rs, 15), intOrNull(rs, 16),
                        rs.getString(17), rs.getString(18), rs.getString(19)));
    }

    private static final String[] NO_PLACES = new String[0];

    private static String[] splitPlaces(String joined) {
        return joined == null || joined.isEmpty() ? NO_PLACES : joined.split("\u001f");
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** The assets with these row ids, in the order given (ids that do not exist are skipped). */
    public List<Asset> findByIds(long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        // One statement whatever the number of ids (the list goes in as one JSON array), so it is prepared once
        java.util.Map<Long, Asset> byId = new java.util.HashMap<>(ids.length * 2);
        StringBuilder list = new StringBuilder(ids.length * 8).append('[');
        for (int i = 0; i < ids.length; i++) {
            list.append(i == 0 ? "" : ",").append(ids[i]);
        }
        list.append(']');
        try {
            PreparedStatement ps = statement(BY_IDS);
            ps.setString(1, list.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Asset a = read(rs);
                    byId.put(a.id(), a);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read assets: " + e.getMessage(), e);
        }
        List<Asset> out = new ArrayList<>(byId.size());
        for (long id : ids) {
            Asset a = byId.get(id);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** The domain row ids in framework order (bit i of a search index's domain mask is the i-th). */
    public long[] domainIdsInOrder() {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM domain ORDER BY position")) {
            List<Long> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out.stream().mapToLong(Long::longValue).toArray();
        } catch (SQLException e) {
            throw new StoreException("Cannot read the domains: " + e.getMessage(), e);
        }
    }

    /** Assets per domain name (an asset in two domains counts in both). */
    public java.util.Map<String, Long> countByDomain() {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT d.name, count(*) FROM asset_domain ad JOIN domain d"
                     + " ON d.id = ad.domain_id GROUP BY d.id ORDER BY d.position")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot count assets: " + e.getMessage(), e);
        }
    }

    /**
     * Distinct assets in each area, at every level, leaving out those with one status (null: none left out) and
     * counting only those in one domain (null: any).
     */
    public java.util.Map<String, Long> countByArea(String domain, String leaveOutStatus) {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        String sql = "SELECT ap.area_code, count(*) FROM " + ASSET_AREAS + " ap JOIN asset a ON a.id = ap.asset_id"
                + " WHERE (? IS NULL OR a.status <> ?)"
                + " AND (? IS NULL OR a.id IN (SELECT asset_id FROM asset_domain WHERE domain_id = ?))"
                + " GROUP BY ap.area_code";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, leaveOutStatus);
            ps.setString(2, leaveOutStatus);
            Long id = domain == null ? null : domains.idOf(domain);
            if (domain == null) {
                ps.setNull(3, java.sql.Types.INTEGER);
                ps.setNull(4, java.sql.Types.INTEGER);
            } else {
                ps.setLong(3, id == null ? -1L : id);
                ps.setLong(4, id == null ? -1L : id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot count assets: " + e.getMessage(), e);
        }
    }

    /** Distinct assets in each area, at every level (key null for the assets in no area). */
    public java.util.Map<String, Long> countByArea() {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT area_code, count(*) FROM " + ASSET_AREAS + " GROUP BY area_code"
                     + " UNION ALL SELECT NULL, count(*) FROM asset a"
                     + " WHERE NOT EXISTS (SELECT 1 FROM asset_place ap WHERE ap.asset_id = a.id)")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot count assets: " + e.getMessage(), e);
        }
    }

    /**
     * Sets the own area of many assets (none where the code is null) and every area each is in: one statement per
     * distinct code, each taking its asset ids as one JSON array that SQLite takes apart itself, rather than two
     * bound values per asset. Call inside a transaction.
     *
     * @param places for each asset, every area it is in (as {@link Placer#places} gives them)
     */
    public void setAreas(long[] ids, String[] codes, String[][] places) {
        java.util.Map<String, StringBuilder> byCode = new java.util.HashMap<>();
        StringBuilder none = new StringBuilder();
        for (int i = 0; i < ids.length; i++) {
            String code = codes[i] == null || codes[i].isBlank() ? null : codes[i];
            StringBuilder b = code == null ? none : byCode.computeIfAbsent(code, k -> new StringBuilder());
            b.append(b.length() == 0 ? '[' : ',').append(ids[i]);
        }
        try {
            if (none.length() > 0) {
                PreparedStatement ps = statement(
                        "DELETE FROM asset_area WHERE asset_id IN (SELECT value FROM json_each(?))");
                ps.setString(1, none.append(']').toString());
                ps.executeUpdate();
            }
            PreparedStatement ps = statement("INSERT INTO asset_area (asset_id, area_code)"
                    + " SELECT value, ? FROM json_each(?) WHERE true"
                    + " ON CONFLICT (asset_id) DO UPDATE SET area_code = excluded.area_code");
            for (var e : byCode.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue().append(']').toString());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot set the areas of assets: " + e.getMessage(), e);
        }
        setPlaces(ids, places);
    }

    /**
     * Replaces every area each of these assets is in. The areas are kept once per distinct set (assets in one LSOA
     * share a set), so this writes one narrow row per asset: one statement per distinct set, the asset ids travelling
     * as one JSON array. Call inside a transaction.
     *
     * @throws StoreException when an area code is not the project's
     */
    public void setPlaces(long[] ids, String[][] places) {
        // grouped first by the array itself (the area tree hands out one array per distinct set), then by its
        // sorted codes, so the key is worked out once per group rather than once per asset
        java.util.Map<String[], StringBuilder> byArray = new java.util.IdentityHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            StringBuilder b = byArray.computeIfAbsent(places[i], k -> new StringBuilder());
            b.append(b.length() == 0 ? '[' : ',').append(ids[i]);
        }
        java.util.Map<String, StringBuilder> bySet = new java.util.HashMap<>();
        java.util.Map<String, String[]> sets = new java.util.HashMap<>();
        for (var e : byArray.entrySet()) {
            String[] sorted = e.getKey().clone();
            Arrays.sort(sorted);
            String key = String.join("\u001f", sorted);
            sets.putIfAbsent(key, sorted);
            StringBuilder b = bySet.get(key);
            if (b == null) {
                bySet.put(key, e.getValue());
            } else {
                b.append(',').append(e.getValue(), 1, e.getValue().length());
            }
        }
        try {
            for (var e : bySet.entrySet()) {
                String json = e.getValue().append(']').toString();
                if (e.getKey().isEmpty()) {
                    PreparedStatement del = statement(
                            "DELETE FROM asset_place WHERE asset_id IN (SELECT value FROM json_each(?))");
                    del.setString(1, json);
                    del.executeUpdate();
                    continue;
                }
                PreparedStatement ps = statement("INSERT INTO asset_place (asset_id, set_id)"
                        + " SELECT value, ? FROM json_each(?) WHERE true"
                        + " ON CONFLICT (asset_id) DO UPDATE SET set_id = excluded.set_id");
                ps.setLong(1, placeSet(e.getKey(), sets.get(e.getKey())));
                ps.setString(2, json);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot place assets in areas: " + e.getMessage(), e);
        }
    }

    /** The id of the set of these areas (sorted, and joined by char(31) as {@code key}), made if new. */
    private long placeSet(String key, String[] codes) throws SQLException {
        PreparedStatement find = statement("SELECT id FROM place_set WHERE codes = ?");
        find.setString(1, key);
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                return rs.getLong(1);
            }
        }
        PreparedStatement add = statement("INSERT INTO place_set (codes) VALUES (?)");
        add.setString(1, key);
        add.executeUpdate();
        long id = lastRowId();
        PreparedStatement area = statement("INSERT INTO place_set_area (set_id, area_code) VALUES (?, ?)");
        for (String code : codes) {
            area.setLong(1, id);
            area.setString(2, code);
            area.executeUpdate();
        }
        return id;
    }

    /** Forgets the sets of areas no asset is in any more (after every asset was placed afresh). */
    public void forgetUnusedPlaces() {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM place_set WHERE id NOT IN (SELECT set_id FROM asset_place)");
        } catch (SQLException e) {
            throw new StoreException("Cannot tidy asset places: " + e.getMessage(), e);
        }
    }

    /** The compact form of the postcode of the asset aliased {@code a}, as the postcode table keys it. */
    private static final String COMPACT_POSTCODE_OF_A = "upper(replace(a.postcode, ' ', ''))";

    /** An asset the postcode table can place: its row id and its postcode's centroid. */
    public record PostcodeMatch(long id, double lat, double lon) {
    }

    /**
     * The assets to place at their postcode's centroid: those without a location whose postcode the project's
     * postcode table knows, and those placed by postcode whose postcode's centroid has since moved; in row id order.
     */
    public List<PostcodeMatch> placeableByPostcode() {
        String sql = "SELECT a.id, p.lat, p.lon FROM asset a JOIN postcode p ON p.code = " + COMPACT_POSTCODE_OF_A
                + " WHERE a.postcode <> '' AND (a.lat IS NULL OR a.lon IS NULL OR (a.location_source = 'postcode'"
                + " AND (a.lat <> p.lat OR a.lon <> p.lon))) ORDER BY a.id";
        List<PostcodeMatch> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new PostcodeMatch(rs.getLong(1), rs.getDouble(2), rs.getDouble(3)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot match assets to postcodes: " + e.getMessage(), e);
        }
    }

    /** How many assets without a location have a postcode the postcode table does not know, with a few of those. */
    public record UnknownPostcodes(long count, List<String> examples) {
    }

    /** The assets without a location whose postcode the project's postcode table does not know. */
    public UnknownPostcodes unknownPostcodes(int examples) {
        String where = " FROM asset a WHERE a.postcode <> '' AND (a.lat IS NULL OR a.lon IS NULL) AND NOT EXISTS"
                + " (SELECT 1 FROM postcode p WHERE p.code = " + COMPACT_POSTCODE_OF_A + ")";
        try (Statement s = c.createStatement()) {
            long count;
            try (ResultSet rs = s.executeQuery("SELECT count(*)" + where)) {
                count = rs.next() ? rs.getLong(1) : 0;
            }
            List<String> some = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT a.postcode" + where + " ORDER BY a.postcode LIMIT "
                    + Math.max(0, examples))) {
                while (rs.next()) {
                    some.add(rs.getString(1));
                }
            }
            return new UnknownPostcodes(count, List.copyOf(some));
        } catch (SQLException e) {
            throw new StoreException("Cannot count unknown postcodes: " + e.getMessage(), e);
        }
    }

    /**
     * Every asset's location and own area, as parallel arrays (NaN for no location), for placing them all afresh.
     */
    public record Placing(int size, long[] ids, double[] lats, double[] lons, boolean[] chosen, String[] areaCodes) {
    }

    /** Reads every asset's location and own area (see {@link Placing}). */
    public Placing placing() {
        String sql = "SELECT a.id, a.lat, a.lon, a.area_chosen, aa.area_code FROM asset a"
                + " LEFT JOIN asset_area aa ON aa.asset_id = a.id";
        int cap = 1024;
        long[] ids = new long[cap];
        double[] lats = new double[cap];
        double[] lons = new double[cap];
        boolean[] chosen = new boolean[cap];
        String[] codes = new String[cap];
        int n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                if (n == cap) {
                    cap *= 2;
                    ids = Arrays.copyOf(ids, cap);
                    lats = Arrays.copyOf(lats, cap);
                    lons = Arrays.copyOf(lons, cap);
                    chosen = Arrays.copyOf(chosen, cap);
                    codes = Arrays.copyOf(codes, cap);
                }
                ids[n] = rs.getLong(1);
                double lat = rs.getDouble(2);
                lats[n] = rs.wasNull() ? Double.NaN : lat;
                double lon = rs.getDouble(3);
                lons[n] = rs.wasNull() ? Double.NaN : lon;
                chosen[n] = rs.getInt(4) != 0;
                codes[n] = rs.getString(5);
                n++;
            }
            return new Placing(n, ids, lats, lons, chosen, codes);
        } catch (SQLException e) {
            throw new StoreException("Cannot read asset locations: " + e.getMessage(), e);
        }
    }

    /**
     * The physical floor of a text search: the row ids of the best matches straight from the FTS5 index, with no
     * filters and no row loading. Used by the benchmark to compare {@link #search} against.
     */
    public long[] rawFullTextIds(String userText, int limit) {
        String match = FtsQuery.of(userText);
        if (match == null) {
            return new long[0];
        }
        try {
            PreparedStatement ps = statement(
                "SELECT rowid FROM asset_fts WHERE asset_fts MATCH ? ORDER BY rank LIMIT ?");
            ps.setString(1, match);
            ps.setInt(2, limit);
            long[] out = new long[limit];
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out[n++] = rs.getLong(1);
                }
            }
            return java.util.Arrays.copyOf(out, n);
        } catch (SQLException e) {
            throw new StoreException("Search failed: " + e.getMessage(), e);
        }
    }

    /** Receives located assets as the map needs them, one call per asset. */
    @FunctionalInterface
    public interface MapPointSink {
        /**
         * @param firstDomain the asset's first domain in framework order, or null when it has none
         */
        void accept(long id, double lat, double lon, AbcdCategory category,
                    AssetStatus status, String firstDomain);
    }

    /**
     * Visits every located asset with only what the map draws (row id, location, category, status, first domain),
     * without building full assets: a fraction of the time and memory of reading them.
     */
    public void forEachMapPoint(MapPointSink sink) {
        String sql = "SELECT a.id, a.lat, a.lon, a.category, a.status, (SELECT d.name FROM asset_domain ad"
                + " JOIN domain d ON d.id = ad.domain_id WHERE ad.asset_id = a.id ORDER BY d.position LIMIT 1)"
                + " FROM asset a WHERE a.lat IS NOT NULL AND a.lon IS NOT NULL ORDER BY a.id";
        java.util.Map<String, AbcdCategory> categories = new java.util.HashMap<>();
        for (AbcdCategory cat : AbcdCategory.values()) {
            categories.put(cat.code(), cat);
        }
        java.util.Map<String, AssetStatus> statuses = new java.util.HashMap<>();
        for (AssetStatus st : AssetStatus.values()) {
            statuses.put(st.code(), st);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                sink.accept(rs.getLong(1), rs.getDouble(2), rs.getDouble(3),
                        categories.getOrDefault(rs.getString(4), AbcdCategory.ASSOCIATIONS),
                        statuses.getOrDefault(rs.getString(5), AssetStatus.ACTIVE),
                        rs.getString(6));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read asset locations: " + e.getMessage(), e);
        }
    }

    private List<String> filters(AssetQuery q, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (q.domain() != null && !q.domain().isBlank()) {
            Long id = domains.idOf(q.domain());
            clauses.add("a.id IN (SELECT asset_id FROM asset_domain WHERE domain_id = ?)");
            params.add(id == null ? -1L : id);
        }
        if (q.areaCode() != null && !q.areaCode().isBlank()) {
            // the one area rule, applied when the asset was placed (see Placer)
            clauses.add("a.id IN (" + ASSETS_IN_AREA + ")");
            params.add(q.areaCode());
        }
        if (q.category() != null) {
            clauses.add("a.category = ?");
            params.add(q.category().code());
        }
        if (q.status() != null) {
            clauses.add("a.status = ?");
            params.add(q.status().code());
        }
        if (q.near() != null && q.radiusMetres() > 0) {
            SpatialCells.Box box = SpatialCells.around(q.near(), q.radiusMetres());
            // Candidate cells first (one index range per grid row), then the exact distance on a local
            // equirectangular projection, within a fraction of a percent at community distances.
            StringBuilder ranges = new StringBuilder();
            for (long[] range : box.ranges()) {
                ranges.append(ranges.length() == 0 ? "" : " OR ").append("a.cell BETWEEN ? AND ?");
                params.add(range[0]);
                params.add(range[1]);
            }
            clauses.add("(" + ranges + ")");
            double lat = q.near().lat();
            double kx = METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(lat));
            clauses.add("((a.lat - ?) * (a.lat - ?) * ? + (a.lon - ?) * (a.lon - ?) * ?) <= ?");
            params.add(lat);
            params.add(lat);
            params.add(METRES_PER_DEGREE_LAT * METRES_PER_DEGREE_LAT);
            params.add(q.near().lon());
            params.add(q.near().lon());
            params.add(kx * kx);
            params.add(q.radiusMetres() * q.radiusMetres());
        }
        return clauses;
    }

    private Optional<Asset> one(String sql, Object param) {
        try {
            PreparedStatement ps = statement(sql);
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read asset: " + e.getMessage(), e);
        }
    }

    private void linkDomains(long id, List<String> names) throws SQLException {
        if (names.isEmpty()) {
            return;
        }
        PreparedStatement link = statement("INSERT OR IGNORE INTO asset_domain (asset_id, domain_id) VALUES (?, ?)");
        for (String name : names) {
            Long domainId = domains.idOf(name);
            if (domainId == null) {
                throw new StoreException("The project has no domain \"" + name + "\"");
            }
            link.setLong(1, id);
            link.setLong(2, domainId);
            link.executeUpdate();
        }
    }

    private long lastRowId() throws SQLException {
        try (ResultSet rs = statement("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A prepared statement for the SQL, reused across calls; parameters are cleared. */
    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    private StoreException failure(String verb, Asset a, SQLException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("asset.uid")) {
            return new StoreException("Cannot " + verb + " \"" + a.name() + "\": another asset already has id " + a.uid(), e);
        }
        if (msg.contains("FOREIGN KEY")) {
            return new StoreException("Cannot " + verb + " \"" + a.name() + "\": the project has no area " + a.areaCode(), e);
        }
        return new StoreException("Cannot " + verb + " \"" + a.name() + "\": " + msg, e);
    }

    private static void bind(PreparedStatement ps, Asset a, int start) throws SQLException {
        Object[] v = values(a);
        for (int i = 0; i < v.length; i++) {
            set(ps, start + i, v[i]);
        }
    }

    private static void bindExceptCreated(PreparedStatement ps, Asset a) throws SQLException {
        Object[] v = values(a);
        int p = 1;
        for (int i = 0; i < v.length; i++) {
            if (i == FIELD_COUNT - 2) {
                continue; // created
            }
            set(ps, p++, v[i]);
        }
    }

    /** Binds a value of {@link #values} (package-private for {@link AssetBulkWriter}). */
    static void set(PreparedStatement ps, int index, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(index, Types.NULL);
        } else if (v instanceof String s) {
            ps.setString(index, s);
        } else if (v instanceof Double d) {
            ps.setDouble(index, d);
        } else if (v instanceof Integer n) {
            ps.setInt(index, n);
        } else {
            ps.setObject(index, v);
        }
    }

    /** The asset's values for the columns {@link #FIELDS} (package-private for {@link AssetBulkWriter}). */
    static Object[] values(Asset a) {
        return new Object[] {
            a.uid(), a.name(), a.description(), a.kind().code(), a.category().code(), a.areaChosen() ? 1 : 0, String.join(SEP, a.tags()), a.organisation(), a.address(), a.postcode(),
            a.location() == null ? null : a.location().lat(), a.location() == null ? null : a.location().lon(),
            a.locationSource().code(), a.phone(), a.email(), a.website(), a.openingHours().format(), a.openingNote(), a.cost().code(),
            a.costNote(), joinCodes(a.accessibility()), a.ageMin(), a.ageMax(), String.join(SEP, a.languages()),
            a.referral().code(), a.status().code(), a.capacityNote(),
            a.lastVerified() == null ? null : a.lastVerified().toString(), a.verifiedBy(), a.source(),
            a.illustrative() ? 1 : 0, a.needsChecking(), a.created().toString(), a.updated().toString()
        };
    }

    private static String joinCodes(Set<AccessFeature> features) {
        StringBuilder b = new StringBuilder();
        for (AccessFeature f : features) {
            if (b.length() > 0) {
                b.append(SEP);
            }
            b.append(f.code());
        }
        return b.toString();
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(SEP));
    }

    private static <E extends Enum<E> & Labelled> E parse(Class<E> type, String code, E fallback) {
        E e = Labelled.parse(type, code);
        return e == null ? fallback : e;
    }

    private static Asset read(ResultSet rs) throws SQLException {
        double lat = rs.getDouble("lat");
        boolean noLat = rs.wasNull();
        double lon = rs.getDouble("lon");
        boolean noLon = rs.wasNull();
        Set<AccessFeature> access = EnumSet.noneOf(AccessFeature.class);
        for (String code : split(rs.getString("accessibility"))) {
            AccessFeature f = Labelled.parse(AccessFeature.class, code);
            if (f != null) {
                access.add(f);
            }
        }
        String domainNames = rs.getString("domain_names");
        int ageMin = rs.getInt("age_min");
        boolean noAgeMin = rs.wasNull();
        int ageMax = rs.getInt("age_max");
        boolean noAgeMax = rs.wasNull();
        String verified = rs.getString("last_verified");
        return Asset.builder()
                .id(rs.getLong("id"))
                .uid(rs.getString("uid"))
                .name(rs.getString("name"))
                .description(rs.getString("description"))
                .kind(parse(AssetKind.class, rs.getString("kind"), AssetKind.GROUP))
                .category(parse(AbcdCategory.class, rs.getString("category"), AbcdCategory.ASSOCIATIONS))
                .domains(domainNames == null ? List.of() : Arrays.asList(domainNames.split("\u001f")))
                .areaCode(rs.getString("area_code"))
                .areaChosen(rs.getInt("area_chosen") != 0)
                .tags(split(rs.getString("tags")))
                .organisation(rs.getString("organisation"))
                .address(rs.getString("address"))
                .postcode(rs.getString("postcode"))
                .location(noLat || noLon ? null : new GeoPoint(lat, lon))
                .locationSource(parse(LocationSource.class, rs.getString("location_source"), LocationSource.GIVEN))
                .phone(rs.getString("phone"))
                .email(rs.getString("email"))
                .website(rs.getString("website"))
                .openingHours(WeeklySchedule.parse(rs.getString("opening_hours")))
                .openingNote(rs.getString("opening_note"))
                .cost(parse(CostBand.class, rs.getString("cost"), CostBand.UNKNOWN))
                .costNote(rs.getString("cost_note"))
                .accessibility(access)
                .ageMin(noAgeMin ? null : ageMin)
                .ageMax(noAgeMax ? null : ageMax)
                .languages(split(rs.getString("languages")))
                .referral(parse(ReferralRoute.class, rs.getString("referral"), ReferralRoute.SELF))
                .status(parse(AssetStatus.class, rs.getString("status"), AssetStatus.ACTIVE))
                .capacityNote(rs.getString("capacity_note"))
                .lastVerified(verified == null ? null : StoredTimes.date(verified))
                .verifiedBy(rs.getString("verified_by"))
                .source(rs.getString("source"))
                .illustrative(rs.getInt("illustrative") != 0)
                .needsChecking(rs.getString("needs_checking"))
                .created(StoredTimes.instant(rs.getString("created")))
                .updated(StoredTimes.instant(rs.getString("updated")))
                .version(rs.getLong("version"))
                .build();
    }
}
