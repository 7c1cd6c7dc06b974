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
import org.assetatlas.model.Domain;
import org.assetatlas.model.Framework;
import org.assetatlas.model.Labelled;

/** The project's framework of domains. Keeps an id↔name cache, refreshed whenever the framework is saved. */
public final class DomainRepository {

    private final Connection c;
    private Map<Long, String> namesById;
    private Map<String, Long> idsByKey;

    DomainRepository(Connection c) {
        this.c = c;
    }

    /** The stored framework (named from the meta table by the caller); empty list for a new project. */
    public List<Domain> load() {
        List<Domain> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, definition FROM domain ORDER BY position")) {
            while (rs.next()) {
                out.add(new Domain(rs.getString(1), rs.getString(2)));
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
                } else {
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
            namesById = null;
            idsByKey = null;
        } catch (SQLException e) {
            throw new StoreException("Cannot save the domains: " + e.getMessage(), e);
        }
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
