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
 * the lookup works the same from a directory and from inside the jar. A script's version is the number in its name;
 * numbers must rise through the list but may leave gaps (a number set aside for a change still in progress), and
 * every script numbered above the file's version is applied.
 */
public final class Migrations {

    private static final String DIR = "/db/migration/";

    private Migrations() {
    }

    /** The schema version this build of the app writes. */
    public static int latestVersion() {
        String[] all = scripts();
        return all.length == 0 ? 0 : version(all[all.length - 1]);
    }

    /** The version number of a script named {@code Vnnn__title.sql}. */
    static int version(String name) {
        int end = name.indexOf("__");
        if (!name.startsWith("V") || end < 2) {
            throw new StoreException("Migration " + name + " is not named Vnnn__title.sql");
        }
        try {
            return Integer.parseInt(name.substring(1, end));
        } catch (NumberFormatException e) {
            throw new StoreException("Migration " + name + " is not named Vnnn__title.sql", e);
        }
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
        int latest = latestVersion();
        try {
            int current = currentVersion(c);
            if (current > latest) {
                throw new StoreException("This project was saved by a newer version of Community Asset Atlas (schema "
                        + current + "; this version reads up to " + latest + "). Please update the app.");
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            int applied = 0;
            try {
                int previous = 0;
                for (String name : all) {
                    int v = version(name);
                    if (v <= previous) {
                        throw new StoreException("Migration " + name + " is out of order; expected a version above "
                                + previous);
                    }
                    previous = v;
                    if (v > current) {
                        applyOne(c, name, v);
                        applied++;
                    }
                }
            } finally {
                c.setAutoCommit(auto);
            }
            return applied;
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
