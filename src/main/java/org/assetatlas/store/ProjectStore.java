package org.assetatlas.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.assetatlas.util.DatabaseFile;
import org.sqlite.SQLiteConfig;

/**
 * An open project file ({@code *.atlas}): one SQLite database in WAL mode with foreign keys on.
 *
 * <p>Every change runs in a transaction ({@link #inTransaction}), so a crash or power cut mid-write leaves the file
 * as it was before the change. One connection serves the project; callers serialise their use of it (the service
 * layer does). After a {@link #inLargeTransaction large transaction}, a second connection on a background thread
 * folds the write-ahead log into the file while the first carries on. The file is marked with an application id so that other SQLite files are refused with a clear
 * message rather than altered.
 */
public final class ProjectStore implements AutoCloseable {

    /** {@code PRAGMA application_id} of project files: "ATLS". */
    public static final int APPLICATION_ID = DatabaseFile.ATLAS_APPLICATION_ID;
    /** File name ending of project files. */
    public static final String EXTENSION = ".atlas";

    private final Path file;
    private final Connection connection;
    private final MetaRepository meta;
    private final DomainRepository domains;
    private final AreaRepository areas;
    private final AssetRepository assets;
    /** Folds the write-ahead log into the file after large transactions; started when first needed. */
    private Checkpointer checkpointer;
    private final PostcodeRepository postcodes;
    private final SignpostLogRepository signpostLog;
    private final FactorRepository factors;
    private final TransportRepository transport;
    private final ReportRepository reports;
    private final IndicatorRepository indicators;
    private final ReferenceSourceRepository referenceSources;
    private final ChangeLogRepository changeLog;
    private final DomainTags domainTags;
    /** Why the project is open read-only, or null when it is open for editing. */
    private final String readOnlyReason;
    /** Whether the file uses SQLite's write-ahead log (not on network drives, nor when read-only). */
    private final boolean wal;

    private ProjectStore(Path file, Connection connection, String readOnlyReason, boolean wal) {
        this.file = file;
        this.connection = connection;
        this.readOnlyReason = readOnlyReason;
        this.wal = wal;
        this.meta = new MetaRepository(connection);
        this.domains = new DomainRepository(connection);
        this.areas = new AreaRepository(connection);
        this.assets = new AssetRepository(connection, domains);
        this.postcodes = new PostcodeRepository(connection, file);
        this.signpostLog = new SignpostLogRepository(connection);
        this.factors = new FactorRepository(connection, domains);
        this.transport = new TransportRepository(connection);
        this.reports = new ReportRepository(connection);
        this.indicators = new IndicatorRepository(connection);
        this.referenceSources = new ReferenceSourceRepository(connection);
        this.changeLog = new ChangeLogRepository(connection);
        this.domainTags = new DomainTags(connection, domains);
    }

    /**
     * Creates a new, empty project file.
     *
     * @throws StoreException when the file exists already or cannot be written
     */
    public static ProjectStore create(Path file) {
        if (Files.exists(file)) {
            throw new StoreException(file.getFileName() + " already exists; choose another name or open it instead");
        }
        return connect(file, true);
    }

    /**
     * Opens an existing project file, upgrading its schema if it was made by an older version.
     *
     * @throws StoreException when the file is missing, is not a project file, or was made by a newer version
     */
    public static ProjectStore open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("There is no project file " + file);
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new StoreException(file.getFileName() + " is empty: it is not a Community Asset Atlas project file");
            }
            checkBeforeOpening(file, size);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return connect(file, false);
    }

    /**
     * Opens an existing project file for reading only: nothing in it can change (saving says why, with the reason
     * given), and it is neither upgraded nor switched to another journal mode. For a project someone else has open
     * for editing, or one in a folder this user cannot write to.
     *
     * @param reason why it is read-only, e.g. "Sam Jones on LAPTOP-12 has it open since 10:42"
     * @throws StoreException as {@link #open}, and when the file was made by an older version (it would need
     *                        upgrading, which is a change)
     */
    public static ProjectStore openReadOnly(Path file, String reason) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("There is no project file " + file);
        }
        try {
            checkBeforeOpening(file, Files.size(file));
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        Connection c = null;
        try {
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                int appId;
                try (ResultSet rs = s.executeQuery("PRAGMA application_id")) {
                    appId = rs.next() ? rs.getInt(1) : 0;
                }
                if (appId != APPLICATION_ID) {
                    throw new StoreException(file.getFileName() + " is not a Community Asset Atlas project file");
                }
            }
            int version = Migrations.currentVersion(c);
            if (version < Migrations.latestVersion()) {
                throw new StoreException(file.getFileName() + " was saved by an earlier version of Community Asset "
                        + "Atlas and must be opened for editing once to be brought up to date; it cannot be now ("
                        + reason + ").");
            }
            return new ProjectStore(file, c, reason == null || reason.isBlank() ? "it is open read-only" : reason,
                    false);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(openingFailure(file.getFileName().toString(),
                    e.getMessage() == null ? "" : e.getMessage()), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Why the project is read-only ("Sam Jones on LAPTOP-12 has it open since 10:42"), or empty when editable. */
    public java.util.Optional<String> readOnlyReason() {
        return java.util.Optional.ofNullable(readOnlyReason);
    }

    /** Whether a transaction is open on the project's connection (a change is being made). */
    public boolean inTransactionNow() {
        try {
            return !connection.getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }

    /** Whether the project uses the write-ahead log (false on a network drive: the rollback journal instead). */
    public boolean writeAheadLog() {
        return wal;
    }

    /**
     * Refuses, from the file's header read as plain bytes and so without changing anything, a file that is not a
     * project, one made by a newer version, and one cut short. Only then is the file opened as a database, which
     * switches it to WAL mode and may upgrade it. A file whose header has no application id but that has a
     * write-ahead log beside it may be a project whose first save is still in the log; SQLite itself checks it.
     */
    private static void checkBeforeOpening(Path file, long size) throws java.io.IOException {
        Optional<DatabaseFile> header = DatabaseFile.read(file);
        String name = file.getFileName().toString();
        if (header.isEmpty()) {
            throw new StoreException(name + " is not a Community Asset Atlas project file");
        }
        DatabaseFile h = header.get();
        boolean logBeside = Files.exists(file.resolveSibling(name + "-wal"));
        if (!h.atlasProject() && !(h.applicationId() == 0 && logBeside)) {
            throw new StoreException(name + " is not a Community Asset Atlas project file");
        }
        if (h.userVersion() > Migrations.latestVersion()) {
            throw new StoreException(newerVersion(h.userVersion()));
        }
        // a write-ahead log or rollback journal beside the file can hold what the file lacks: a checkpoint stopped
        // part-way (the program killed) leaves the file's header ahead of its length until SQLite recovers it
        boolean journalBeside = Files.exists(file.resolveSibling(name + "-journal"));
        if (h.truncated(size) && !logBeside && !journalBeside) {
            throw new StoreException(damaged(name));
        }
    }

    static String newerVersion(int version) {
        return "This project was saved by a newer version of Community Asset Atlas (schema " + version
                + "; this version reads up to " + Migrations.latestVersion() + "). Please update the app.";
    }

    private static String damaged(String name) {
        return name + " is damaged and cannot be opened: part of it is missing or unreadable (it may have been cut "
                + "off while being copied or saved). It has not been changed. Open a copy or a backup instead.";
    }

    /** What went wrong in opening, in plain words, from SQLite's message. */
    static String openingFailure(String name, String msg) {
        if (msg.contains("SQLITE_NOTADB") || msg.contains("not a database")) {
            return name + " is not a Community Asset Atlas project file";
        }
        if (msg.contains("SQLITE_CORRUPT") || msg.contains("malformed")) {
            return damaged(name);
        }
        if (msg.contains("SQLITE_BUSY") || msg.contains("SQLITE_LOCKED") || msg.contains("database is locked")) {
            return name + " is in use by another program that is changing it. Close it there, or wait until it "
                    + "has finished, then try again.";
        }
        if (msg.contains("SQLITE_READONLY") || msg.contains("readonly")) {
            return name + " or its folder cannot be written to, and a project is opened for editing. Copy it to a "
                    + "folder you can write to, or ask for write access.";
        }
        if (msg.contains("SQLITE_CANTOPEN") || msg.contains("unable to open")) {
            return name + " cannot be opened: check that it exists and that you may read and write it and its "
                    + "folder.";
        }
        if (msg.contains("SQLITE_FULL") || msg.contains("disk is full")) {
            return "The disk holding " + name + " is full. Make room, then try again.";
        }
        if (msg.contains("SQLITE_IOERR") || msg.contains("disk I/O error")) {
            return name + " could not be read from the disk (a read error). Copy it somewhere else and open the "
                    + "copy, or open a backup.";
        }
        return "Cannot open " + name + ": " + msg.replaceAll("\\[SQLITE_[A-Z_]+\\]\\s*", "");
    }

    /**
     * A failure to save that SQLite reported as the file being busy, full, read-only, damaged or unreadable, told in
     * plain words whichever repository met it ("Cannot add …: [SQLITE_BUSY] …" becomes "… is in use by another
     * program …"); any other failure as it was.
     */
    private StoreException plainSaving(StoreException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String told = savingFailure(file.getFileName().toString(), String.valueOf(sql.getMessage()));
                return told.startsWith("Could not save to ") ? e : new StoreException(told, e);
            }
        }
        return e;
    }

    /** What went wrong in saving a change, in plain words, from SQLite's message; the change was not saved. */
    static String savingFailure(String name, String msg) {
        String notSaved = ", so the change was not saved.";
        if (msg.contains("SQLITE_BUSY") || msg.contains("SQLITE_LOCKED") || msg.contains("database is locked")) {
            return name + " is in use by another program that is changing it" + notSaved + " Close it there, or"
                    + " wait until it has finished, then try again.";
        }
        if (msg.contains("SQLITE_FULL") || msg.contains("disk is full")) {
            return "The disk holding " + name + " is full" + notSaved + " Make room, then try again.";
        }
        if (msg.contains("SQLITE_READONLY") || msg.contains("readonly")) {
            return name + " or its folder can no longer be written to" + notSaved + " Ask for write access, then"
                    + " try again.";
        }
        if (msg.contains("SQLITE_CORRUPT") || msg.contains("malformed")) {
            return damaged(name);
        }
        if (msg.contains("SQLITE_IOERR") || msg.contains("disk I/O error")) {
            return name + " could not be written (a disk or network error)" + notSaved + " Check the drive is"
                    + " still there, then try again.";
        }
        return "Could not save to " + name + ": " + msg.replaceAll("\\[SQLITE_[A-Z_]+\\]\\s*", "");
    }

    private static ProjectStore connect(Path file, boolean fresh) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // the write-ahead log needs every process on one computer: on a network drive, the rollback journal
        boolean wal = !FileSystemKind.isNetwork(file);
        config.setJournalMode(wal ? SQLiteConfig.JournalMode.WAL : SQLiteConfig.JournalMode.DELETE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5000);
        Connection c = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            int appId;
            int version;
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA application_id")) {
                    appId = rs.next() ? rs.getInt(1) : 0;
                }
                version = Migrations.currentVersion(c);
                if (fresh) {
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                } else if (appId != APPLICATION_ID) {
                    throw new StoreException(file.getFileName() + " is not a Community Asset Atlas project file");
                }
            }
            Migrations.migrate(c);
            return new ProjectStore(file, c, null, wal);
        } catch (SQLException e) {
            closeQuietly(c);
            String msg = e.getMessage() == null ? "" : e.getMessage();
            throw new StoreException(openingFailure(file.getFileName().toString(), msg), e);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    /** Work done inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /**
     * Runs the work in one transaction: all of it is kept, or — if it throws — none of it. Nested calls join the
     * outer transaction.
     *
     * @throws StoreException wrapping an SQL failure; other runtime exceptions pass through after the rollback
     */
    public <T> T inTransaction(Work<T> work) {
        if (readOnlyReason != null) {
            throw new StoreException("This project is open read-only, so nothing can be changed: " + readOnlyReason
                    + ".");
        }
        try {
            if (!connection.getAutoCommit()) {
                return work.run();
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (Throwable t) {
                connection.rollback();
                throw t;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(savingFailure(file.getFileName().toString(), String.valueOf(e.getMessage())), e);
        } catch (StoreException e) {
            throw plainSaving(e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /**
     * Runs the work in one transaction, as {@link #inTransaction} does, for a transaction that writes much of the
     * file (an import, say): the commit does not wait for the write-ahead log to be folded into the file, which
     * costs about as much again as writing it; that is done on a background thread with a connection of its own,
     * which readers and writers of this store do not wait for, or at the latest by {@link #close}. Nested in a
     * transaction, it joins that one and the outer commit folds the log as usual.
     */
    public <T> T inLargeTransaction(Work<T> work) {
        boolean outer;
        int autoCheckpoint;
        try {
            outer = connection.getAutoCommit();
            autoCheckpoint = outer ? walAutoCheckpoint() : 0;
        } catch (SQLException e) {
            throw new StoreException(savingFailure(file.getFileName().toString(), String.valueOf(e.getMessage())), e);
        }
        if (!outer || !wal) {
            return inTransaction(work);
        }
        setWalAutoCheckpoint(0);
        try {
            return inTransaction(work);
        } finally {
            setWalAutoCheckpoint(autoCheckpoint);
            if (checkpointer == null) {
                checkpointer = new Checkpointer(file);
            }
            checkpointer.request();
        }
    }

    private int walAutoCheckpoint() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_autocheckpoint")) {
            return rs.next() ? rs.getInt(1) : 1000;
        }
    }

    private void setWalAutoCheckpoint(int pages) {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = " + pages);
        } catch (SQLException e) {
            throw new StoreException(savingFailure(file.getFileName().toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Writes a consistent copy of the whole project to a new file with SQLite's online backup API; the project
     * stays open and unchanged. The caller holds the project's lock.
     */
    public void backupTo(Path target) {
        try {
            int rc = ((org.sqlite.SQLiteConnection) connection).getDatabase()
                    .backup("main", target.toAbsolutePath().toString(), null);
            if (rc != 0) {
                throw new StoreException("The backup stopped (SQLite result " + rc + ")");
            }
        } catch (SQLException e) {
            throw new StoreException("Could not write the backup " + target.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public MetaRepository meta() {
        return meta;
    }

    public DomainRepository domains() {
        return domains;
    }

    /** Everything tagged with a domain: counting it, renaming and merging domains, and undoing that. */
    public DomainTags domainTags() {
        return domainTags;
    }

    public AreaRepository areas() {
        return areas;
    }

    public PostcodeRepository postcodes() {
        return postcodes;
    }

    public SignpostLogRepository signpostLog() {
        return signpostLog;
    }

    public AssetRepository assets() {
        return assets;
    }

    /** Barriers and enablers, evidence, voices and engagement summaries. */
    public FactorRepository factors() {
        return factors;
    }

    /** Transport stops and services. */
    public TransportRepository transport() {
        return transport;
    }

    /** Calls to action and count snapshots for reports. */
    public ReportRepository reports() {
        return reports;
    }

    /** Imported area statistics (indicators) and their values. */
    public IndicatorRepository indicators() {
        return indicators;
    }

    /** The reference files loaded into the project, with source, licence and vintage. */
    public ChangeLogRepository changeLog() {
        return changeLog;
    }

    public ReferenceSourceRepository referenceSources() {
        return referenceSources;
    }

    /** The schema version of the open file. */
    public int schemaVersion() {
        try {
            return Migrations.currentVersion(connection);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the schema version: " + e.getMessage(), e);
        }
    }

    /** Folds the write-ahead log into the main file and closes it. */
    @Override
    public void close() {
        if (checkpointer != null) {
            checkpointer.close();
        }
        try (Statement s = connection.createStatement()) {
            if (readOnlyReason == null) {
                s.execute("PRAGMA optimize");
            }
            if (wal) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (SQLException ignored) {
            // closing anyway; SQLite recovers the log on next open
        }
        closeQuietly(connection);
    }
}
