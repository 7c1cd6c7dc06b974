package org.assetatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Project-wide settings as key/value text (project name, attribution, ...). */
public final class MetaRepository {

    private final Connection c;

    MetaRepository(Connection c) {
        this.c = c;
    }

    public Optional<String> get(String key) {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read project setting " + key + ": " + e.getMessage(), e);
        }
    }

    public void put(String key, String value) {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value == null ? "" : value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot save project setting " + key + ": " + e.getMessage(), e);
        }
    }
}
