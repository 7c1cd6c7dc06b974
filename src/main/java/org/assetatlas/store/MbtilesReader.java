package org.assetatlas.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * Reads raster tiles from an MBTiles file (an SQLite database with a {@code metadata} table and a {@code tiles}
 * table whose rows count from the south, the TMS scheme), opened read-only. Not thread-safe.
 */
public final class MbtilesReader implements AutoCloseable {

    private final Path file;
    private final Connection c;
    private final PreparedStatement tileQuery;
    private final Map<String, String> metadata;

    private MbtilesReader(Path file, Connection c) throws SQLException {
        this.file = file;
        this.c = c;
        this.metadata = readMetadata(c);
        this.tileQuery = c.prepareStatement(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    }

    /**
     * Opens an MBTiles file.
     *
     * @throws StoreException when it is missing or not an MBTiles file
     */
    public static MbtilesReader open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("There is no MBTiles file " + file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection c = null;
        try {
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE name IN ('tiles', 'metadata')")) {
                if (!rs.next() || rs.getInt(1) < 2) {
                    throw new StoreException(file.getFileName() + " is not an MBTiles file (it has no tiles and"
                            + " metadata tables)");
                }
            }
            return new MbtilesReader(file, c);
        } catch (SQLException e) {
            close(c);
            throw new StoreException(file.getFileName() + " cannot be read as an MBTiles file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(c);
            throw e;
        }
    }

    private static Map<String, String> readMetadata(Connection c) throws SQLException {
        Map<String, String> m = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, value FROM metadata")) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
        }
        return m;
    }

    /** A metadata value ({@code name}, {@code format}, {@code minzoom}, {@code attribution}, ...), or null. */
    public String metadata(String name) {
        return metadata.get(name);
    }

    /**
     * The bytes of a tile addressed in the XYZ scheme (rows from the north), or null when the file has none.
     */
    public byte[] tile(int z, int x, int y) {
        int tmsRow = (1 << z) - 1 - y;
        try {
            tileQuery.setInt(1, z);
            tileQuery.setInt(2, x);
            tileQuery.setInt(3, tmsRow);
            try (ResultSet rs = tileQuery.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read a tile from " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The zoom levels that have tiles, as {@code {min, max}} (from the metadata, else from the tiles). */
    public int[] zoomRange() {
        try {
            String min = metadata.get("minzoom");
            String max = metadata.get("maxzoom");
            if (min != null && max != null) {
                return new int[] {Integer.parseInt(min.strip()), Integer.parseInt(max.strip())};
            }
        } catch (NumberFormatException ignored) {
            // fall back to the tiles themselves
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT min(zoom_level), max(zoom_level) FROM tiles")) {
            return rs.next() ? new int[] {rs.getInt(1), rs.getInt(2)} : new int[] {0, 0};
        } catch (SQLException e) {
            throw new StoreException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a small MBTiles file: for tests and for packaging a few tiles. Each tile is given in the XYZ scheme
     * as {@code {z, x, y}} with its bytes.
     */
    public static void write(Path file, Map<String, String> meta, Map<int[], byte[]> tiles) {
        try (Connection w = new SQLiteConfig().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = w.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
                    + " tile_data BLOB)");
            s.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
            try (PreparedStatement ps = w.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
                for (Map.Entry<String, String> e : meta.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = w.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<int[], byte[]> e : tiles.entrySet()) {
                    int[] k = e.getKey();
                    ps.setInt(1, k[0]);
                    ps.setInt(2, k[1]);
                    ps.setInt(3, (1 << k[0]) - 1 - k[2]);
                    ps.setBytes(4, e.getValue());
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            tileQuery.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
        close(c);
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing more to do
            }
        }
    }
}
