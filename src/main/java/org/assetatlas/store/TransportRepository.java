package org.assetatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.TransportKind;
import org.assetatlas.model.TransportService;
import org.assetatlas.model.WeeklySchedule;

/** Public transport stops (NaPTAN) and recorded transport services. */
public final class TransportRepository {

    private final Connection c;

    TransportRepository(Connection c) {
        this.c = c;
    }

    /** Adds stops, replacing any with the same ATCO code; call inside a transaction for many. */
    public void saveStops(List<BusStop> stops) {
        String sql = "INSERT INTO transport_stop (atco_code, name, street, indicator, stop_type, lat, lon)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (atco_code) DO UPDATE SET name = excluded.name,"
                + " street = excluded.street, indicator = excluded.indicator, stop_type = excluded.stop_type,"
                + " lat = excluded.lat, lon = excluded.lon";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (BusStop s : stops) {
                ps.setString(1, s.atcoCode());
                ps.setString(2, s.name());
                ps.setString(3, s.street());
                ps.setString(4, s.indicator());
                ps.setString(5, s.stopType());
                ps.setDouble(6, s.location().lat());
                ps.setDouble(7, s.location().lon());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("Cannot save the stops: " + e.getMessage(), e);
        }
    }

    /** Every stop, by ATCO code. */
    public List<BusStop> stops() {
        List<BusStop> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT atco_code, name, street,"
                + " indicator, stop_type, lat, lon FROM transport_stop ORDER BY atco_code")) {
            while (rs.next()) {
                out.add(new BusStop(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), new GeoPoint(rs.getDouble(6), rs.getDouble(7))));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the stops: " + e.getMessage(), e);
        }
    }

    public long stopCount() {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM transport_stop")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot count the stops: " + e.getMessage(), e);
        }
    }

    /** Adds the service (id 0, or restores it with its id) and returns it with its id. */
    public TransportService insert(TransportService t) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO transport_service (id, name, kind, operator, route,"
                + " stops, schedule, eligibility, note, illustrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            if (t.id() == 0) {
                ps.setNull(1, Types.INTEGER);
            } else {
                ps.setLong(1, t.id());
            }
            ps.setString(2, t.name());
            ps.setString(3, t.kind().name().toLowerCase(Locale.ROOT));
            ps.setString(4, t.operator());
            ps.setString(5, formatRoute(t.route()));
            ps.setString(6, String.join(",", t.stopCodes()));
            ps.setString(7, t.schedule().format());
            ps.setString(8, t.eligibility());
            ps.setString(9, t.note());
            ps.setInt(10, t.illustrative() ? 1 : 0);
            ps.executeUpdate();
            long id = t.id();
            if (id == 0) {
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement area = c.prepareStatement(
                    "INSERT INTO transport_service_area (service_id, area_code) VALUES (?, ?)")) {
                for (String code : t.areaCodes()) {
                    area.setLong(1, id);
                    area.setString(2, code);
                    area.executeUpdate();
                }
            }
            return t.withId(id);
        } catch (SQLException e) {
            throw new StoreException("Cannot save the transport service \u201c" + t.name() + "\u201d: "
                    + e.getMessage(), e);
        }
    }

    public void deleteService(long id) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM transport_service WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot delete the transport service: " + e.getMessage(), e);
        }
    }

    /** Every recorded service, by name. */
    public List<TransportService> services() {
        Map<Long, List<String>> areas = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT service_id, area_code FROM transport_service_area ORDER BY 1, 2")) {
            while (rs.next()) {
                areas.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the transport services: " + e.getMessage(), e);
        }
        List<TransportService> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name, kind, operator, route,"
                + " stops, schedule, eligibility, note, illustrative FROM transport_service ORDER BY name")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String stops = rs.getString(6);
                out.add(new TransportService(id, rs.getString(2),
                        TransportKind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4),
                        parseRoute(rs.getString(5)), stops.isEmpty() ? List.of() : List.of(stops.split(",")),
                        WeeklySchedule.parse(rs.getString(7)), rs.getString(8), areas.getOrDefault(id, List.of()),
                        rs.getString(9), rs.getInt(10) != 0));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the transport services: " + e.getMessage(), e);
        }
    }

    private static String formatRoute(List<GeoPoint> route) {
        StringBuilder b = new StringBuilder();
        for (GeoPoint p : route) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(p.lon()).append(' ').append(p.lat());
        }
        return b.toString();
    }

    private static List<GeoPoint> parseRoute(String text) {
        List<GeoPoint> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String pair : text.split(",")) {
            String[] xy = pair.strip().split("\\s+");
            out.add(new GeoPoint(Double.parseDouble(xy[1]), Double.parseDouble(xy[0])));
        }
        return out;
    }
}
