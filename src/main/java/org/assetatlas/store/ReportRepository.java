package org.assetatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What deep-dive reports keep in the project: calls to action and snapshots of asset counts. */
public final class ReportRepository {

    /** A block of calls to action for one domain ('' = every domain) in one area ('' = every area). */
    public record CallToActionRow(String domain, String areaCode, String text, Instant updated) {
    }

    /** A recorded snapshot of asset counts. */
    public record SnapshotRow(long id, Instant taken, String label) {
    }

    /**
     * One count in a snapshot: assets in an area (at any level; '' = the whole project) and domain ('' = any: distinct assets) of an ABCD
     * category (its code).
     */
    public record SnapshotCount(String areaCode, String domain, String category, long count) {
    }

    private final Connection c;

    ReportRepository(Connection c) {
        this.c = c;
    }

    /** The calls to action for exactly this domain and area ('' for "every"), if any were written. */
    public Optional<CallToActionRow> callToAction(String domain, String areaCode) {
        String sql = "SELECT domain, area_code, text, updated FROM call_to_action WHERE domain = ? AND area_code = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, nz(domain));
            ps.setString(2, nz(areaCode));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(ctaRow(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the calls to action: " + e.getMessage(), e);
        }
    }

    /** Every block of calls to action, ordered by domain and area. */
    public List<CallToActionRow> callsToAction() {
        String sql = "SELECT domain, area_code, text, updated FROM call_to_action ORDER BY domain, area_code";
        List<CallToActionRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(ctaRow(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the calls to action: " + e.getMessage(), e);
        }
    }

    /** Saves the text for a domain and area; blank text deletes it. */
    public void putCallToAction(String domain, String areaCode, String text, Instant updated) {
        try {
            if (text == null || text.isBlank()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM call_to_action WHERE domain = ? AND area_code = ?")) {
                    ps.setString(1, nz(domain));
                    ps.setString(2, nz(areaCode));
                    ps.executeUpdate();
                }
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO call_to_action (domain, area_code, text, updated)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (domain, area_code) DO UPDATE SET text = excluded.text,"
                    + " updated = excluded.updated")) {
                ps.setString(1, nz(domain));
                ps.setString(2, nz(areaCode));
                ps.setString(3, text.strip());
                ps.setString(4, updated.toString());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save the calls to action: " + e.getMessage(), e);
        }
    }

    private static CallToActionRow ctaRow(ResultSet rs) throws SQLException {
        return new CallToActionRow(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)));
    }

    /**
     * Records the current asset counts by area, domain and category.
     *
     * @return the new snapshot
     */
    public SnapshotRow recordSnapshot(Instant taken, String label) {
        try {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO count_snapshot (taken, label) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, taken.toString());
                ps.setString(2, nz(label));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            // per area, at every level (an asset counts in each area it is in) ...
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO count_snapshot_row"
                    + " (snapshot_id, area_code, domain, category, count)"
                    + " SELECT ?, ap.area_code, d.name, a.category, count(*) FROM asset a"
                    + " JOIN " + AssetRepository.ASSET_AREAS + " ap ON ap.asset_id = a.id"
                    + " JOIN asset_domain ad ON ad.asset_id = a.id JOIN domain d ON d.id = ad.domain_id"
                    + " GROUP BY ap.area_code, d.name, a.category"
                    + " UNION ALL SELECT ?, ap.area_code, '', a.category, count(*) FROM asset a"
                    + " JOIN " + AssetRepository.ASSET_AREAS + " ap ON ap.asset_id = a.id"
                    + " GROUP BY ap.area_code, a.category")) {
                ps.setLong(1, id);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            // ... and for the whole project, under area code ''
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO count_snapshot_row"
                    + " (snapshot_id, area_code, domain, category, count)"
                    + " SELECT ?, '', d.name, a.category, count(*) FROM asset a"
                    + " JOIN asset_domain ad ON ad.asset_id = a.id JOIN domain d ON d.id = ad.domain_id"
                    + " GROUP BY d.name, a.category"
                    + " UNION ALL SELECT ?, '', '', a.category, count(*) FROM asset a GROUP BY a.category")) {
                ps.setLong(1, id);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return new SnapshotRow(id, taken, nz(label));
        } catch (SQLException e) {
            throw new StoreException("Cannot record a snapshot of the counts: " + e.getMessage(), e);
        }
    }

    /** Every snapshot, newest first. */
    public List<SnapshotRow> snapshots() {
        List<SnapshotRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, taken, label FROM count_snapshot ORDER BY taken DESC, id DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new SnapshotRow(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the snapshots: " + e.getMessage(), e);
        }
    }

    /** The counts of one snapshot. */
    public List<SnapshotCount> snapshotCounts(long snapshotId) {
        List<SnapshotCount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT area_code, domain, category, count FROM count_snapshot_row WHERE snapshot_id = ?")) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SnapshotCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read snapshot " + snapshotId + ": " + e.getMessage(), e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
