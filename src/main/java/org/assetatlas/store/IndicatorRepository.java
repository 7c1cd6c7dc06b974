package org.assetatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Indicator;

/** Imported area statistics ({@link Indicator}) and their values by area code. */
public final class IndicatorRepository {

    private static final String COLUMNS = "key, name, source, licence, level, vintage, unit, higher_is_worse, classes,"
            + " imported";
    private final Connection c;

    IndicatorRepository(Connection c) {
        this.c = c;
    }

    /**
     * Stores an indicator with its values, replacing any indicator with the same key (and all its values). Call
     * inside a transaction so that the replacement is all or nothing.
     */
    public void replace(Indicator ind, Map<String, Double> values) {
        try {
            delete(ind.key());
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO indicator (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, ind.key());
                ps.setString(2, ind.name());
                ps.setString(3, ind.source());
                ps.setString(4, ind.licence());
                ps.setString(5, ind.level().name());
                ps.setString(6, ind.vintage());
                ps.setString(7, ind.unit());
                ps.setInt(8, ind.higherIsWorse() ? 1 : 0);
                ps.setString(9, ind.classes());
                ps.setString(10, ind.imported().toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM indicator WHERE key = ?")) {
                ps.setString(1, ind.key());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO indicator_value (indicator_id, area_code, value) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, Double> e : values.entrySet()) {
                    ps.setLong(1, id);
                    ps.setString(2, e.getKey());
                    ps.setDouble(3, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save the indicator " + ind.key() + ": " + e.getMessage(), e);
        }
    }

    /** Every indicator, by name. */
    public List<Indicator> findAll() {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM indicator ORDER BY name")) {
            List<Indicator> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the indicators: " + e.getMessage(), e);
        }
    }

    /** The indicator with this key (ignoring case). */
    public Optional<Indicator> find(String key) {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM indicator WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the indicator " + key + ": " + e.getMessage(), e);
        }
    }

    /** The values of an indicator by area code (empty when there is no such indicator). */
    public Map<String, Double> values(String key) {
        try (PreparedStatement ps = c.prepareStatement("SELECT v.area_code, v.value FROM indicator_value v"
                + " JOIN indicator i ON i.id = v.indicator_id WHERE i.key = ? ORDER BY v.area_code")) {
            ps.setString(1, key);
            Map<String, Double> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getDouble(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the values of " + key + ": " + e.getMessage(), e);
        }
    }

    /** Deletes an indicator and its values; false when there was none. */
    public boolean delete(String key) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM indicator WHERE key = ?")) {
            ps.setString(1, key);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot delete the indicator " + key + ": " + e.getMessage(), e);
        }
    }

    private static Indicator read(ResultSet rs) throws SQLException {
        AreaLevel level;
        try {
            level = AreaLevel.valueOf(rs.getString(5));
        } catch (IllegalArgumentException e) {
            level = AreaLevel.OTHER;
        }
        Instant when;
        try {
            when = Instant.parse(rs.getString(10));
        } catch (RuntimeException e) {
            when = Instant.EPOCH;
        }
        return new Indicator(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), level,
                rs.getString(6), rs.getString(7), rs.getInt(8) != 0, rs.getString(9), when);
    }
}
