package org.assetatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assetatlas.model.ReferenceSource;

/**
 * The reference files loaded into the project ({@link ReferenceSource}). Loading the same file of the same dataset
 * again replaces its entry.
 */
public final class ReferenceSourceRepository {

    private final Connection c;

    ReferenceSourceRepository(Connection c) {
        this.c = c;
    }

    /** Records a loaded file, replacing the entry for the same kind, title, vintage and file name. */
    public void put(ReferenceSource s) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reference_source (kind, title, publisher, licence,"
                + " vintage, file, loaded, rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, title, vintage,"
                + " file) DO UPDATE SET publisher = excluded.publisher, licence = excluded.licence,"
                + " loaded = excluded.loaded, rows = excluded.rows")) {
            ps.setString(1, s.kind().name());
            ps.setString(2, s.title());
            ps.setString(3, s.publisher());
            ps.setString(4, s.licence());
            ps.setString(5, s.vintage());
            ps.setString(6, s.file());
            ps.setString(7, s.loaded().toString());
            ps.setLong(8, s.rows());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot record the reference file " + s.file() + ": " + e.getMessage(), e);
        }
    }

    /** Every loaded file, oldest first. */
    public List<ReferenceSource> findAll() {
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, title, publisher, licence, vintage, file, loaded,"
                + " rows FROM reference_source ORDER BY loaded, id"); ResultSet rs = ps.executeQuery()) {
            List<ReferenceSource> out = new ArrayList<>();
            while (rs.next()) {
                ReferenceSource.Kind kind;
                try {
                    kind = ReferenceSource.Kind.valueOf(rs.getString(1));
                } catch (IllegalArgumentException e) {
                    continue; // written by a newer version of the app
                }
                out.add(new ReferenceSource(kind, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), LocalDate.parse(rs.getString(7)), rs.getLong(8)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the reference files: " + e.getMessage(), e);
        }
    }
}
