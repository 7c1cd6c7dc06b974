package org.assetatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assetatlas.model.Domain;
import org.assetatlas.model.Framework;
import org.assetatlas.model.Labelled;

/**
 * The project's framework of domains. Keeps an id↔name cache, refreshed whenever the framework is saved.
 *
 * <p>Which domains are retired is kept in the meta table under {@value #META_RETIRED}, as the domains' row ids
 * (which survive a rename), until a schema version gives the domain table a column for it (ADR 28).
 */
public final class DomainRepository {

    /** The meta key holding the row ids of the retired domains, comma-separated. */
    static final String META_RETIRED = "framework.retired";

    private final Connection c;
    private Map<Long, String> namesById;
    private Map<String, Long> idsByKey;

    DomainRepository(Connection c) {
        this.c = c;
    }

    /** The stored framework (named from the meta table by the caller); empty list for a new project. */
    public List<Domain> load() {
        List<Domain> out = new ArrayList<>();
        Set<Long> retired = retiredIds();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, definition FROM domain ORDER BY position")) {
            while (rs.next()) {
                out.add(new Domain(rs.getString(2), rs.getString(3), retired.contains(rs.getLong(1))));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the domains: " + e.getMessage(), e);
        }
    }

    /**
     * Saves the framework's domains: existing names keep their id (and so their assets), new ones are added, and
     * ones no longer listed are removed along with their links to assets. Call inside a transaction.
     */
    public void save(Framework framework) {
        try {
            Map<String, Long> existing = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name FROM domain")) {
                while (rs.next()) {
                    existing.put(Labelled.squash(rs.getString(2)), rs.getLong(1));
                }
            }
            int position = 0;
            Set<Long> retired = new TreeSet<>();
            for (Domain d : framework.domains()) {
                Long id = existing.remove(Labelled.squash(d.name()));
                if (id == null) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO domain (name, definition, position) VALUES (?, ?, ?)")) {
                        ps.setString(1, d.name());
                        ps.setString(2, d.definition());
                        ps.setInt(3, position);
                        ps.executeUpdate();
                    }
                    if (d.retired()) {
                        try (Statement s = c.createStatement();
                             ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
                            rs.next();
                            retired.add(rs.getLong(1));
                        }
                    }
                } else {
                    if (d.retired()) {
                        retired.add(id);
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE domain SET name = ?, definition = ?, position = ? WHERE id = ?")) {
                        ps.setString(1, d.name());
                        ps.setString(2, d.definition());
                        ps.setInt(3, position);
                        ps.setLong(4, id);
                        ps.executeUpdate();
                    }
                }
                position++;
            }
            for (Long gone : existing.values()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM domain WHERE id = ?")) {
                    ps.setLong(1, gone);
                    ps.executeUpdate();
                }
            }
            writeRetiredIds(retired);
            namesById = null;
            idsByKey = null;
        } catch (SQLException e) {
            throw new StoreException("Cannot save the domains: " + e.getMessage(), e);
        }
    }

    /** The row ids of the retired domains. */
    Set<Long> retiredIds() {
        Set<Long> out = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, META_RETIRED);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    for (String part : rs.getString(1).split(",")) {
                        if (!part.isBlank()) {
                            out.add(Long.parseLong(part.strip()));
                        }
                    }
                }
            }
            return out;
        } catch (SQLException | NumberFormatException e) {
            throw new StoreException("Cannot read the retired domains: " + e.getMessage(), e);
        }
    }

    /** Records which domains are retired; call inside a transaction. */
    void writeRetiredIds(Set<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, META_RETIRED);
            ps.setString(2, String.join(",", ids.stream().map(String::valueOf).toList()));
            ps.executeUpdate();
        }
    }

    /** Forgets the id↔name cache after the domain table was changed directly. */
    void forget() {
        namesById = null;
        idsByKey = null;
    }

    private void cache() {
        if (namesById != null) {
            return;
        }
        Map<Long, String> byId = new HashMap<>();
        Map<String, Long> byKey = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name FROM domain")) {
            while (rs.next()) {
                byId.put(rs.getLong(1), rs.getString(2));
                byKey.put(Labelled.squash(rs.getString(2)), rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the domains: " + e.getMessage(), e);
        }
        namesById = byId;
        idsByKey = byKey;
    }

    /** The id of a domain by name (ignoring case and punctuation), or null. */
    Long idOf(String name) {
        cache();
        return idsByKey.get(Labelled.squash(name));
    }

    /** The name of a domain by id, or null. */
    String nameOf(long id) {
        cache();
        return namesById.get(id);
    }
}
