package org.assetatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.assetatlas.model.Labelled;

/**
 * Everything tagged with a domain, wherever it is kept: assets and barriers and enablers link to the domain's row
 * (so they follow a rename by themselves); voices, calls to action, count snapshots and the signposting log keep
 * the domain's name as text. Renames and merges rewrite both kinds; {@link #capture} and {@link #apply} record and
 * put back exactly what a change touched, for undo. Call the writing methods inside a transaction.
 */
public final class DomainTags {

    /** How many things are tagged with one domain. */
    public record Use(int assets, int factors, int voices, int callsToAction, int snapshots, int logEntries) {
    }

    /**
     * What a domain change touches, as it stood at one moment: the whole domain table and which domains were
     * retired, the asset and factor links of the domains concerned, and the rows that name them as text.
     */
    public static final class State {
        private final List<List<Object>> domains = new ArrayList<>();
        private Set<Long> retired = new TreeSet<>();
        private final Set<List<Long>> assetLinks = new HashSet<>();
        private final Set<List<Long>> factorLinks = new HashSet<>();
        private final Map<Long, String> voices = new HashMap<>();
        private final Set<List<Object>> callsToAction = new HashSet<>();
        private final Set<List<Object>> snapshotRows = new HashSet<>();
        private final Map<Long, String> log = new HashMap<>();
    }

    private static final String VOICE_SEPARATOR = "\n";

    private final Connection c;
    private final DomainRepository domains;

    DomainTags(Connection c, DomainRepository domains) {
        this.c = c;
        this.domains = domains;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && Labelled.squash(a).equals(Labelled.squash(b));
    }

    private static boolean anyOf(String name, Collection<String> names) {
        return names.stream().anyMatch(n -> same(n, name));
    }

    private long domainId(String name) {
        Long id = domains.idOf(name);
        if (id == null) {
            throw new StoreException("The project has no domain \u201c" + name + "\u201d");
        }
        return id;
    }

    // ---- counting -----------------------------------------------------------------------------------------------

    /** How many assets, factors, voices, calls to action, snapshots and log entries are tagged with the domain. */
    public Use use(String name) {
        try {
            long id = domainId(name);
            int assets = count("SELECT count(*) FROM asset_domain WHERE domain_id = ?", id);
            int factors = count("SELECT count(*) FROM factor_domain WHERE domain_id = ?", id);
            int voices = 0;
            for (String text : voiceDomains().values()) {
                if (splitVoice(text).stream().anyMatch(d -> same(d, name))) {
                    voices++;
                }
            }
            int calls = 0;
            for (List<Object> row : rows("SELECT domain, area_code, text, updated FROM call_to_action")) {
                if (same((String) row.get(0), name)) {
                    calls++;
                }
            }
            Set<Object> snapshots = new HashSet<>();
            for (List<Object> row : rows("SELECT DISTINCT snapshot_id, domain FROM count_snapshot_row")) {
                if (same((String) row.get(1), name)) {
                    snapshots.add(row.get(0));
                }
            }
            int log = 0;
            for (List<Object> row : rows("SELECT domain, count(*) FROM signpost_log GROUP BY domain")) {
                if (same((String) row.get(0), name)) {
                    log += ((Number) row.get(1)).intValue();
                }
            }
            return new Use(assets, factors, voices, calls, snapshots.size(), log);
        } catch (SQLException e) {
            throw new StoreException("Cannot count what is tagged with a domain: " + e.getMessage(), e);
        }
    }

    /** How many assets are tagged with both domains. */
    public int assetsInBoth(String a, String b) {
        try {
            return count("SELECT count(*) FROM asset_domain x JOIN asset_domain y ON y.asset_id = x.asset_id"
                    + " WHERE x.domain_id = ? AND y.domain_id = " + domainId(b), domainId(a));
        } catch (SQLException e) {
            throw new StoreException("Cannot count what is tagged with a domain: " + e.getMessage(), e);
        }
    }

    /** How many barriers and enablers are tagged with both domains. */
    public int factorsInBoth(String a, String b) {
        try {
            return count("SELECT count(*) FROM factor_domain x JOIN factor_domain y ON y.factor_id = x.factor_id"
                    + " WHERE x.domain_id = ? AND y.domain_id = " + domainId(b), domainId(a));
        } catch (SQLException e) {
            throw new StoreException("Cannot count what is tagged with a domain: " + e.getMessage(), e);
        }
    }

    // ---- rename and merge ---------------------------------------------------------------------------------------

    /** Renames a domain; its assets and factors keep it, and every row that names it as text is changed to match. */
    public void rename(String from, String to) {
        try {
            long id = domainId(from);
            try (PreparedStatement ps = c.prepareStatement("UPDATE domain SET name = ? WHERE id = ?")) {
                ps.setString(1, to);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            domains.forget();
            retag(from, to);
        } catch (SQLException e) {
            throw new StoreException("Cannot rename the domain: " + e.getMessage(), e);
        }
    }

    /**
     * Merges one domain into another: everything tagged {@code from} becomes tagged {@code into} (once), and
     * {@code from} is removed from the framework.
     */
    public void merge(String from, String into) {
        try {
            long fromId = domainId(from);
            long intoId = domainId(into);
            update("INSERT OR IGNORE INTO asset_domain (asset_id, domain_id) SELECT asset_id, " + intoId
                    + " FROM asset_domain WHERE domain_id = " + fromId);
            update("INSERT OR IGNORE INTO factor_domain (factor_id, domain_id) SELECT factor_id, " + intoId
                    + " FROM factor_domain WHERE domain_id = " + fromId);
            update("DELETE FROM domain WHERE id = " + fromId);
            update("UPDATE domain SET position = (SELECT count(*) FROM domain d WHERE d.position < domain.position)");
            Set<Long> retired = domains.retiredIds();
            if (retired.remove(fromId)) {
                domains.writeRetiredIds(retired);
            }
            domains.forget();
            retag(from, into);
        } catch (SQLException e) {
            throw new StoreException("Cannot merge the domains: " + e.getMessage(), e);
        }
    }

    /** Changes every row that names {@code from} as text to name {@code into}, with no duplicates. */
    private void retag(String from, String into) throws SQLException {
        for (Map.Entry<Long, String> v : voiceDomains().entrySet()) {
            List<String> list = splitVoice(v.getValue());
            if (list.stream().noneMatch(d -> same(d, from))) {
                continue;
            }
            Set<String> out = new LinkedHashSet<>();
            for (String d : list) {
                String n = same(d, from) ? into : d;
                if (out.stream().noneMatch(x -> same(x, n))) {
                    out.add(n);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE voice SET domains = ? WHERE id = ?")) {
                ps.setString(1, String.join(VOICE_SEPARATOR, out));
                ps.setLong(2, v.getKey());
                ps.executeUpdate();
            }
        }
        for (List<Object> row : rows("SELECT domain, area_code, text, updated FROM call_to_action")) {
            if (!same((String) row.get(0), from)) {
                continue;
            }
            String area = (String) row.get(1);
            String text = (String) row.get(2);
            List<Object> existing = null;
            for (List<Object> other : rows("SELECT domain, area_code, text, updated FROM call_to_action")) {
                if (same((String) other.get(0), into) && Objects.equals(other.get(1), area)) {
                    existing = other;
                }
            }
            deleteCallToAction(row);
            if (existing != null) {
                // both domains had calls to action for the area: keep B's and add A's lines it lacks
                Set<String> lines = new LinkedHashSet<>(((String) existing.get(2)).lines().toList());
                lines.addAll(text.lines().toList());
                deleteCallToAction(existing);
                insertCallToAction(List.of(existing.get(0), area, String.join("\n", lines), existing.get(3)));
            } else {
                insertCallToAction(List.of(into, area, text, row.get(3)));
            }
        }
        for (List<Object> row : rows("SELECT snapshot_id, area_code, domain, category, count FROM count_snapshot_row")) {
            if (!same((String) row.get(2), from)) {
                continue;
            }
            deleteSnapshotRow(row);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO count_snapshot_row"
                    + " (snapshot_id, area_code, domain, category, count) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (snapshot_id, area_code, domain, category) DO UPDATE SET count = count"
                    + " + excluded.count")) {
                ps.setObject(1, row.get(0));
                ps.setObject(2, row.get(1));
                ps.setString(3, into);
                ps.setObject(4, row.get(3));
                ps.setObject(5, row.get(4));
                ps.executeUpdate();
            }
        }
        for (List<Object> row : rows("SELECT id, domain FROM signpost_log WHERE domain <> ''")) {
            if (same((String) row.get(1), from)) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE signpost_log SET domain = ? WHERE id = ?")) {
                    ps.setString(1, into);
                    ps.setObject(2, row.get(0));
                    ps.executeUpdate();
                }
            }
        }
    }

    // ---- capture and apply, for undo ----------------------------------------------------------------------------

    /** Records what a change to the named domains touches, as it stands now. */
    public State capture(Collection<String> names) {
        try {
            State s = new State();
            Set<Long> ids = new HashSet<>();
            for (List<Object> row : rows("SELECT id, name, definition, position FROM domain ORDER BY position")) {
                s.domains.add(row);
                if (anyOf((String) row.get(1), names)) {
                    ids.add(((Number) row.get(0)).longValue());
                }
            }
            s.retired = domains.retiredIds();
            for (long id : ids) {
                for (List<Object> r : rows("SELECT asset_id, domain_id FROM asset_domain WHERE domain_id = " + id)) {
                    s.assetLinks.add(List.of(((Number) r.get(0)).longValue(), id));
                }
                for (List<Object> r : rows("SELECT factor_id, domain_id FROM factor_domain WHERE domain_id = " + id)) {
                    s.factorLinks.add(List.of(((Number) r.get(0)).longValue(), id));
                }
            }
            for (Map.Entry<Long, String> v : voiceDomains().entrySet()) {
                if (splitVoice(v.getValue()).stream().anyMatch(d -> anyOf(d, names))) {
                    s.voices.put(v.getKey(), v.getValue());
                }
            }
            for (List<Object> row : rows("SELECT domain, area_code, text, updated FROM call_to_action")) {
                if (anyOf((String) row.get(0), names)) {
                    s.callsToAction.add(row);
                }
            }
            for (List<Object> row : rows("SELECT snapshot_id, area_code, domain, category, count"
                    + " FROM count_snapshot_row")) {
                if (anyOf((String) row.get(2), names)) {
                    s.snapshotRows.add(row);
                }
            }
            for (List<Object> row : rows("SELECT id, domain FROM signpost_log WHERE domain <> ''")) {
                if (anyOf((String) row.get(1), names)) {
                    s.log.put(((Number) row.get(0)).longValue(), (String) row.get(1));
                }
            }
            return s;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the domains: " + e.getMessage(), e);
        }
    }

    /**
     * Brings what {@code from} recorded to how {@code to} recorded it, both captured for the same domains. Only the
     * differences are written, so rows added since (a newer voice, a newer log entry) are left alone.
     */
    public void apply(State from, State to) {
        try {
            Map<Long, List<Object>> wanted = new HashMap<>();
            for (List<Object> row : to.domains) {
                wanted.put(((Number) row.get(0)).longValue(), row);
            }
            Set<Long> present = new HashSet<>();
            for (List<Object> row : rows("SELECT id FROM domain")) {
                present.add(((Number) row.get(0)).longValue());
            }
            for (long id : present) {
                if (!wanted.containsKey(id)) {
                    update("DELETE FROM domain WHERE id = " + id);
                } else {
                    // out of the way first, so that names can change places
                    update("UPDATE domain SET name = '\u0001' || id WHERE id = " + id);
                }
            }
            for (List<Object> row : to.domains) {
                long id = ((Number) row.get(0)).longValue();
                String sql = present.contains(id)
                        ? "UPDATE domain SET name = ?, definition = ?, position = ? WHERE id = ?"
                        : "INSERT INTO domain (name, definition, position, id) VALUES (?, ?, ?, ?)";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setObject(1, row.get(1));
                    ps.setObject(2, row.get(2));
                    ps.setObject(3, row.get(3));
                    ps.setLong(4, id);
                    ps.executeUpdate();
                }
            }
            domains.writeRetiredIds(to.retired);
            domains.forget();
            links("asset_domain", "asset_id", "asset", from.assetLinks, to.assetLinks);
            links("factor_domain", "factor_id", "factor", from.factorLinks, to.factorLinks);
            texts("voice", "domains", from.voices, to.voices);
            for (List<Object> row : minus(from.callsToAction, to.callsToAction)) {
                deleteCallToAction(row);
            }
            for (List<Object> row : minus(to.callsToAction, from.callsToAction)) {
                insertCallToAction(row);
            }
            for (List<Object> row : minus(from.snapshotRows, to.snapshotRows)) {
                deleteSnapshotRow(row);
            }
            for (List<Object> row : minus(to.snapshotRows, from.snapshotRows)) {
                try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO count_snapshot_row"
                        + " (snapshot_id, area_code, domain, category, count) SELECT ?, ?, ?, ?, ?"
                        + " WHERE EXISTS (SELECT 1 FROM count_snapshot WHERE id = ?)")) {
                    for (int i = 0; i < 5; i++) {
                        ps.setObject(i + 1, row.get(i));
                    }
                    ps.setObject(6, row.get(0));
                    ps.executeUpdate();
                }
            }
            texts("signpost_log", "domain", from.log, to.log);
        } catch (SQLException e) {
            throw new StoreException("Cannot put the domains back: " + e.getMessage(), e);
        }
    }

    private void links(String table, String column, String owner, Set<List<Long>> from, Set<List<Long>> to)
            throws SQLException {
        for (List<Long> l : minus(from, to)) {
            update("DELETE FROM " + table + " WHERE " + column + " = " + l.get(0) + " AND domain_id = " + l.get(1));
        }
        for (List<Long> l : minus(to, from)) {
            update("INSERT OR IGNORE INTO " + table + " (" + column + ", domain_id) SELECT " + l.get(0) + ", "
                    + l.get(1) + " WHERE EXISTS (SELECT 1 FROM " + owner + " WHERE id = " + l.get(0) + ")"
                    + " AND EXISTS (SELECT 1 FROM domain WHERE id = " + l.get(1) + ")");
        }
    }

    private void texts(String table, String column, Map<Long, String> from, Map<Long, String> to)
            throws SQLException {
        for (Map.Entry<Long, String> e : to.entrySet()) {
            if (from.containsKey(e.getKey()) && !from.get(e.getKey()).equals(e.getValue())) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
                    ps.setString(1, e.getValue());
                    ps.setLong(2, e.getKey());
                    ps.executeUpdate();
                }
            }
        }
    }

    private static <T> List<T> minus(Set<T> a, Set<T> b) {
        List<T> out = new ArrayList<>();
        for (T x : a) {
            if (!b.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void deleteCallToAction(List<Object> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM call_to_action WHERE domain = ? AND area_code = ?")) {
            ps.setObject(1, row.get(0));
            ps.setObject(2, row.get(1));
            ps.executeUpdate();
        }
    }

    private void insertCallToAction(List<Object> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO call_to_action (domain, area_code, text, updated) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < 4; i++) {
                ps.setObject(i + 1, row.get(i));
            }
            ps.executeUpdate();
        }
    }

    private void deleteSnapshotRow(List<Object> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM count_snapshot_row"
                + " WHERE snapshot_id = ? AND area_code = ? AND domain = ? AND category = ?")) {
            for (int i = 0; i < 4; i++) {
                ps.setObject(i + 1, row.get(i));
            }
            ps.executeUpdate();
        }
    }

    private Map<Long, String> voiceDomains() throws SQLException {
        Map<Long, String> out = new HashMap<>();
        for (List<Object> row : rows("SELECT id, domains FROM voice WHERE domains <> ''")) {
            out.put(((Number) row.get(0)).longValue(), (String) row.get(1));
        }
        return out;
    }

    private static List<String> splitVoice(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(VOICE_SEPARATOR));
    }

    private int count(String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private void update(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    Object o = rs.getObject(i);
                    row.add(o instanceof Integer x ? Long.valueOf(x) : o);
                }
                out.add(java.util.Collections.unmodifiableList(row));
            }
        }
        return out;
    }
}
