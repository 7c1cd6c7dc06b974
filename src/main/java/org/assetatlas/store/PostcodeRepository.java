package org.assetatlas.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.assetatlas.model.GeoPoint;
import org.sqlite.SQLiteConfig;

/** Postcode unit centroids, keyed by the postcode in upper case without spaces. */
public final class PostcodeRepository {

    private final Connection c;
    private final Path file;
    private PreparedStatement upsert;
    private PreparedStatement byCode;

    PostcodeRepository(Connection c, Path file) {
        this.c = c;
        this.file = file;
    }

    /** Adds or replaces one postcode; call inside a transaction when adding many. */
    public void put(String compact, String display, double lat, double lon) {
        try {
            if (upsert == null) {
                upsert = c.prepareStatement("INSERT INTO postcode (code, display, lat, lon) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (code) DO UPDATE SET display = excluded.display, lat = excluded.lat,"
                        + " lon = excluded.lon");
            }
            upsert.setString(1, compact);
            upsert.setString(2, display);
            upsert.setDouble(3, lat);
            upsert.setDouble(4, lon);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot save postcode " + display + ": " + e.getMessage(), e);
        }
    }

    /** The centroid of a full postcode, by its compact form. */
    public Optional<GeoPoint> find(String compact) {
        try {
            if (byCode == null) {
                byCode = c.prepareStatement(BY_CODE);
            }
            return Optional.ofNullable(centroid(byCode, compact));
        } catch (SQLException e) {
            throw new StoreException("Cannot look up postcode: " + e.getMessage(), e);
        }
    }

    private static final String BY_CODE = "SELECT lat, lon FROM postcode WHERE code = ?";

    private static GeoPoint centroid(PreparedStatement ps, String compact) throws SQLException {
        ps.setString(1, compact);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new GeoPoint(rs.getDouble(1), rs.getDouble(2)) : null;
        }
    }

    /**
     * Opens a lookup of postcode centroids for one other thread, such as the thread that reads a file being
     * imported while this store's own connection writes it. The lookup reads through a connection of its own, so it
     * sees the postcodes as last committed; it remembers what it has looked up. Close it when done.
     */
    public Lookup openLookup() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        Connection own = null;
        try {
            own = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = own.createStatement()) {
                // a national postcode table is about 100 MB: let the lookups keep what they touch in memory
                s.execute("PRAGMA cache_size = -131072");
                s.execute("PRAGMA mmap_size = 268435456");
            }
            return new Lookup(own, own.prepareStatement(BY_CODE));
        } catch (SQLException e) {
            if (own != null) {
                try {
                    own.close();
                } catch (SQLException ignored) {
                    // already failing; the first error is the one to report
                }
            }
            throw new StoreException("Cannot read the postcode table: " + e.getMessage(), e);
        }
    }

    /**
     * Postcode centroids looked up by compact postcode through a connection of their own, with the answers
     * remembered (assets often share a postcode). For use by one thread at a time.
     */
    public static final class Lookup implements AutoCloseable {
        /** Answers remembered before the memory is cleared and started afresh. */
        private static final int REMEMBERED = 250_000;
        private static final GeoPoint UNKNOWN = new GeoPoint(0, 0);

        private final Connection own;
        private final PreparedStatement ps;
        private final Map<String, GeoPoint> known = new HashMap<>();

        private Lookup(Connection own, PreparedStatement ps) {
            this.own = own;
            this.ps = ps;
        }

        /** The centroid of the postcode in compact form (upper case, no spaces), or null when it is not known. */
        public GeoPoint find(String compact) {
            GeoPoint p = known.get(compact);
            if (p == null) {
                try {
                    p = centroid(ps, compact);
                } catch (SQLException e) {
                    throw new StoreException("Cannot look up postcode: " + e.getMessage(), e);
                }
                if (known.size() >= REMEMBERED) {
                    known.clear();
                }
                known.put(compact, p == null ? UNKNOWN : p);
            }
            return p == UNKNOWN ? null : p;
        }

        @Override
        public void close() {
            try {
                ps.close();
                own.close();
            } catch (SQLException ignored) {
                // nothing was written through this connection
            }
        }
    }

    /**
     * The mean centroid of the postcodes in an outward code (postcode district, e.g. "CO4"), if the project has any.
     */
    public Optional<GeoPoint> districtCentre(String outward) {
        // The compact key is outward + 3-character inward code, so the district's units are exactly these
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT avg(lat), avg(lon), count(*) FROM postcode WHERE code LIKE ? AND length(code) = ?")) {
            ps.setString(1, outward.replace("%", "").replace("_", "") + "%");
            ps.setInt(2, outward.length() + 3);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(3) > 0 ? Optional.of(new GeoPoint(rs.getDouble(1), rs.getDouble(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot look up postcode district: " + e.getMessage(), e);
        }
    }

    public long count() {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM postcode")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot count postcodes: " + e.getMessage(), e);
        }
    }
}
