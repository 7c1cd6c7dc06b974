package org.assetatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assetatlas.geo.Geometries;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;

/** Areas and their boundaries. */
public final class AreaRepository {

    private static final String COLUMNS = "code, name, level, parent_code, population, geometry, note";
    private final Connection c;

    AreaRepository(Connection c) {
        this.c = c;
    }

    private static final String UPSERT = "INSERT INTO area (code, name, level, parent_code, population, geometry,"
            + " min_lon, min_lat, max_lon, max_lat, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code)"
            + " DO UPDATE SET name = excluded.name, level = excluded.level, parent_code = excluded.parent_code,"
            + " population = excluded.population, geometry = excluded.geometry, min_lon = excluded.min_lon,"
            + " min_lat = excluded.min_lat, max_lon = excluded.max_lon, max_lat = excluded.max_lat,"
            + " note = excluded.note";

    /** Adds the area, or replaces the one with the same code. */
    public void save(Area a) {
        saveAll(List.of(a));
    }

    /**
     * Adds the areas, or replaces those with the same codes, through one prepared statement; the caller's
     * transaction makes them all or nothing.
     */
    public void saveAll(List<Area> areas) {
        String current = null;
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            WKBWriter wkb = new WKBWriter(2);
            for (Area a : areas) {
                current = a.code();
                ps.setString(1, a.code());
                ps.setString(2, a.name());
                ps.setString(3, a.level().name());
                ps.setString(4, a.parentCode());
                if (a.population() == null) {
                    ps.setNull(5, Types.INTEGER);
                } else {
                    ps.setInt(5, a.population());
                }
                if (a.geometry() == null) {
                    for (int i = 6; i <= 10; i++) {
                        ps.setNull(i, i == 6 ? Types.BLOB : Types.REAL);
                    }
                } else {
                    Envelope e = a.geometry().getEnvelopeInternal();
                    ps.setBytes(6, wkb.write(a.geometry()));
                    ps.setDouble(7, e.getMinX());
                    ps.setDouble(8, e.getMinY());
                    ps.setDouble(9, e.getMaxX());
                    ps.setDouble(10, e.getMaxY());
                }
                ps.setString(11, a.note());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save area " + current + ": " + e.getMessage(), e);
        }
    }

    /** Every area, ordered by level then name. */
    public List<Area> findAll() {
        return query("SELECT " + COLUMNS + " FROM area ORDER BY level, name", null);
    }

    /** The code of every area, read without the boundaries. */
    public java.util.Set<String> codes() {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM area");
             java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new StoreException("Cannot read the project's areas: " + e.getMessage(), e);
        }
    }

    /** The areas of one level, ordered by name. */
    public List<Area> findByLevel(AreaLevel level) {
        return query("SELECT " + COLUMNS + " FROM area WHERE level = ? ORDER BY name", level.name());
    }

    public Optional<Area> findByCode(String code) {
        return query("SELECT " + COLUMNS + " FROM area WHERE code = ?", code).stream().findFirst();
    }

    public void delete(String code) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM area WHERE code = ?")) {
            ps.setString(1, code);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot delete area " + code + ": " + e.getMessage(), e);
        }
    }

    private List<Area> query(String sql, String param) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            List<Area> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] wkb = rs.getBytes(6);
                    int pop = rs.getInt(5);
                    Integer population = rs.wasNull() ? null : pop;
                    AreaLevel level = AreaLevel.valueOf(rs.getString(3));
                    out.add(new Area(rs.getString(1), rs.getString(2), level, rs.getString(4), population,
                            wkb == null ? null : Geometries.fromWkb(wkb), rs.getString(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read areas: " + e.getMessage(), e);
        }
    }
}
