package org.assetatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a project file's schema up to date by applying the numbered scripts {@code db/migration/V001__*.sql},
 * {@code V002__*.sql}, ... in order, each in its own transaction, recording the version in
 * {@code PRAGMA user_version}.
 *
 * <p>Scripts are found by number through {@code db/migration/index.txt}, which lists their file names in order, so
 * the lookup works the same from a directory and from inside the jar.
 */
public final class Migrations {

    private static final String DIR = "/db/migration/";

    private Migrations() {
    }

    /** The schema version this build of the app writes. */
    public static int latestVersion() {
        return scripts().length;
    }

    private static String[] scripts() {
        try (InputStream in = Migrations.class.getResourceAsStream(DIR + "index.txt")) {
            if (in == null) {
                throw new StoreException("The migration index is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toArray(String[]::new);
        } catch (IOException e) {
            throw new StoreException("Cannot read the migration index", e);
        }
    }

    /** The schema version of an open database (0 for an empty file). */
    public static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Applies every script newer than the file's version.
     *
     * @return the number of scripts applied
     * @throws StoreException when the file was written by a newer version of the app, or a script fails (the file is
     *                        then left at the last version that succeeded)
     */
    public static int migrate(Connection c) {
        String[] all = scripts();
        try {
            int current = currentVersion(c);
            if (current > all.length) {
                throw new StoreException(ProjectStore.newerVersion(current));
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                for (int v = current + 1; v <= all.length; v++) {
                    String name = all[v - 1];
                    if (!name.startsWith(String.format("V%03d__", v))) {
                        throw new StoreException("Migration " + name + " is out of order; expected version " + v);
                    }
                    applyOne(c, name, v);
                }
            } finally {
                c.setAutoCommit(auto);
            }
            return all.length - current;
        } catch (SQLException e) {
            throw new StoreException("Cannot upgrade the project file: " + e.getMessage(), e);
        }
    }

    private static void applyOne(Connection c, String name, int version) throws SQLException {
        String sql;
        try (InputStream in = Migrations.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new StoreException("Migration " + name + " is missing from the application");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read migration " + name, e);
        }
        try (Statement s = c.createStatement()) {
            for (String statement : SqlScript.split(sql)) {
                s.execute(statement);
            }
            s.execute("PRAGMA user_version = " + version);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("migration " + name + " failed: " + e.getMessage(), e);
        }
    }
}
