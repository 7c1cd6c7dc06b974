package org.assetatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assetatlas.model.SignpostLogEntry;

/** The anonymous signposting log. Options are stored joined with the unit separator. */
public final class SignpostLogRepository {

    private static final String SEP = "\u001f";
    private final Connection c;

    SignpostLogRepository(Connection c) {
        this.c = c;
    }

    /** Stores a new entry and returns it with its row id. */
    public SignpostLogEntry add(SignpostLogEntry e) {
        String sql = "INSERT INTO signpost_log (logged_on, need, area_code, place, domain, options, results, unmet,"
                + " outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, e.date().toString());
            ps.setString(2, e.need());
            ps.setString(3, e.areaCode());
            ps.setString(4, e.place());
            ps.setString(5, e.domain());
            ps.setString(6, String.join(SEP, e.options()));
            ps.setInt(7, e.results());
            ps.setInt(8, e.unmet() ? 1 : 0);
            ps.setString(9, e.outcome());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                return e.withId(rs.next() ? rs.getLong(1) : 0);
            }
        } catch (SQLException ex) {
            throw new StoreException("Cannot add to the signposting log: " + ex.getMessage(), ex);
        }
    }

    /** Records what came of a signposting; false when there is no such entry. */
    public boolean setOutcome(long id, String outcome) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE signpost_log SET outcome = ? WHERE id = ?")) {
            ps.setString(1, outcome == null ? "" : outcome.strip());
            ps.setLong(2, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException ex) {
            throw new StoreException("Cannot save the outcome: " + ex.getMessage(), ex);
        }
    }

    /** Entries dated from {@code from} to {@code to} inclusive (null = open-ended), newest first. */
    public List<SignpostLogEntry> list(LocalDate from, LocalDate to) {
        String sql = "SELECT id, logged_on, need, area_code, place, domain, options, results, unmet, outcome"
                + " FROM signpost_log WHERE logged_on >= ? AND logged_on <= ? ORDER BY logged_on DESC, id DESC";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, from == null ? "0000-00-00" : from.toString());
            ps.setString(2, to == null ? "9999-99-99" : to.toString());
            List<SignpostLogEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String options = rs.getString(7);
                    out.add(new SignpostLogEntry(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6),
                            options.isEmpty() ? List.of() : Arrays.asList(options.split(SEP)), rs.getInt(8),
                            rs.getInt(9) != 0, rs.getString(10)));
                }
            }
            return out;
        } catch (SQLException ex) {
            throw new StoreException("Cannot read the signposting log: " + ex.getMessage(), ex);
        }
    }
}
