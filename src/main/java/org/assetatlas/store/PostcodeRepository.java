package org.assetatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.assetatlas.model.GeoPoint;

/** Postcode unit centroids, keyed by the postcode in upper case without spaces. */
public final class PostcodeRepository {

    private final Connection c;
    private PreparedStatement upsert;

    PostcodeRepository(Connection c) {
        this.c = c;
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
        try (PreparedStatement ps = c.prepareStatement("SELECT lat, lon FROM postcode WHERE code = ?")) {
            ps.setString(1, compact);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new GeoPoint(rs.getDouble(1), rs.getDouble(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot look up postcode: " + e.getMessage(), e);
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
