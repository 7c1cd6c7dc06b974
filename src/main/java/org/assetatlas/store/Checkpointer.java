package org.assetatlas.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;

/**
 * Folds a project file's write-ahead log into the file on a background thread, with a connection of its own: a
 * passive checkpoint, which neither waits for the project's connection nor makes it wait (SQLite lets readers and a
 * writer carry on during a checkpoint in WAL mode). What it cannot copy yet, because a reader still needs the old
 * pages, is left for the next checkpoint; nothing is lost either way, as the log is part of the database.
 *
 * <p>Requests made while a checkpoint runs are merged into one more. {@link #close} waits for the one running.
 */
final class Checkpointer implements AutoCloseable {

    /** How long {@link #close} waits for a running checkpoint: it only copies pages, so this is never reached. */
    private static final long CLOSE_WAIT_SECONDS = 120;

    private final Path file;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "project-checkpoint");
        t.setDaemon(true);
        return t;
    });
    private boolean queued;

    Checkpointer(Path file) {
        this.file = file;
    }

    /** Asks for a checkpoint soon; returns at once. */
    synchronized void request() {
        if (queued || thread.isShutdown()) {
            return;
        }
        queued = true;
        thread.execute(this::checkpoint);
    }

    private void checkpoint() {
        synchronized (this) {
            queued = false;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException ignored) {
            // the project's own connection folds the log at its next commit or when it closes
        }
    }

    /** Waits for a running checkpoint to end and stops the thread; a queued one still runs first. */
    @Override
    public void close() {
        thread.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (thread.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    break;
                }
                thread.shutdownNow();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
