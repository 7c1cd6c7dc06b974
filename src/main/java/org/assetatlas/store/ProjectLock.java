package org.assetatlas.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Who has a project open for writing: a small file beside it ({@code NAME.atlas.lock}) naming the person, the
 * computer, the process and since when, so that a second person opening the same file from another PC (on a shared
 * drive, where partnerships keep their projects) is told "Sam Jones on LAPTOP-12 has it open since 10:42" and
 * gets it read-only, instead of two writers meeting in SQLite's locks.
 *
 * <p>The file is made with create-new (atomic on local disks, SMB and NFS), refreshed every
 * {@value #HEARTBEAT_SECONDS} seconds while the project is open, and deleted when it closes. A lock left by a process
 * that ended without closing (a crash, a power cut) is taken over: on the same computer when that process is gone,
 * from another computer when it has not been refreshed for {@value #STALE_MINUTES} minutes.
 */
public final class ProjectLock implements AutoCloseable {

    static final int HEARTBEAT_SECONDS = 30;
    static final int STALE_MINUTES = 5;
    /** A lock file nobody can read (a process killed while writing its few lines) is left this long, then taken. */
    static final int UNREADABLE_SECONDS = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK);

    /** Who holds a lock. */
    public record Holder(String user, String machine, long pid, Instant since) {

        /** "Sam Jones on LAPTOP-12 has it open since 10:42" (with the day when not today). */
        public String describe() {
            var at = since.atZone(ZoneId.systemDefault());
            boolean today = at.toLocalDate().equals(java.time.LocalDate.now());
            return user + " on " + machine + " has it open since " + (today ? TIME : DAY_TIME).format(at);
        }
    }

    /** Thrown when someone else holds the project. */
    public static final class HeldException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Holder holder;

        HeldException(Holder holder) {
            super(holder.describe());
            this.holder = holder;
        }

        public Holder holder() {
            return holder;
        }
    }

    private final Path file;
    private final Holder me;
    private final ScheduledExecutorService heartbeat;

    private ProjectLock(Path file, Holder me) {
        this.file = file;
        this.me = me;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "project-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** The lock file of a project. */
    public static Path lockFile(Path project) {
        Path abs = project.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".lock");
    }

    /** This person, on this computer, in this process, now. */
    public static Holder me(String user) {
        return new Holder(user == null || user.isBlank() ? System.getProperty("user.name", "someone") : user.strip(),
                machineName(), ProcessHandle.current().pid(), Instant.now());
    }

    /**
     * Takes the project for writing.
     *
     * @param user the name to show others: a chosen name, or null for the computer's user name
     * @throws HeldException when someone else has it open (and their lock is not stale)
     * @throws StoreException when the lock file cannot be written (e.g. a read-only folder)
     */
    public static ProjectLock acquire(Path project, String user) throws HeldException {
        Path lock = lockFile(project);
        Holder me = me(user);
        // made before the file is created and written with one call, so that a process killed in between leaves
        // an empty file only in a window of microseconds (and an unreadable lock is taken over after a moment)
        byte[] content = format(me).getBytes(StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.write(lock, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new ProjectLock(lock, me);
            } catch (FileAlreadyExistsException e) {
                Optional<Holder> held = read(lock);
                if (held.isPresent() && !stale(lock, held.get())) {
                    throw new HeldException(held.get());
                }
                try {
                    Files.deleteIfExists(lock); // left by a process that has gone: take it over
                } catch (IOException gone) {
                    throw new StoreException("Cannot take over the lock of " + project.getFileName() + ": "
                            + gone.getMessage(), gone);
                }
            } catch (IOException e) {
                throw new StoreException("Cannot write " + lock.getFileName() + " beside the project: "
                        + e.getMessage(), e);
            }
        }
        throw new StoreException("Cannot take the lock of " + project.getFileName()
                + ": another program keeps making it");
    }

    /** Who has the project open for writing, if anyone (a stale lock counts as no one). */
    public static Optional<Holder> holder(Path project) {
        Path lock = lockFile(project);
        return read(lock).filter(h -> !stale(lock, h));
    }

    /** The holder this lock names. */
    public Holder holder() {
        return me;
    }

    /** Releases the project: stops the heartbeat and deletes the lock file if it is still this one. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        Optional<Holder> now = read(file);
        if (now.isPresent() && now.get().pid() == me.pid() && now.get().machine().equals(me.machine())
                && now.get().since().equals(me.since())) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // left behind; the next opener sees this process has gone and takes it over
            }
        }
    }

    private void beat() {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // the drive may be away for a moment; the next beat tries again
        }
    }

    static boolean stale(Path lock, Holder h) {
        if (h.pid() == 0) { // unreadable: being written this instant, or left half-written by a killed process
            return Duration.between(h.since(), Instant.now()).toSeconds() >= UNREADABLE_SECONDS;
        }
        if (h.machine().equalsIgnoreCase(machineName())) {
            return ProcessHandle.of(h.pid()).map(p -> !p.isAlive()).orElse(true);
        }
        try {
            Instant touched = Files.getLastModifiedTime(lock).toInstant();
            return Duration.between(touched, Instant.now()).toMinutes() >= STALE_MINUTES;
        } catch (IOException e) {
            return true;
        }
    }

    static Optional<Holder> read(Path lock) {
        String text;
        try {
            text = Files.readString(lock, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
            return Optional.of(new Holder(p.getProperty("user", "someone"), p.getProperty("machine", "another computer"),
                    Long.parseLong(p.getProperty("pid", "0")), Instant.parse(p.getProperty("since"))));
        } catch (IOException | RuntimeException e) {
            // unreadable: someone is writing it this instant, or a process was killed while writing it; held by
            // an unknown since the file was last written, and taken over once that is more than a moment ago
            Instant touched;
            try {
                touched = Files.getLastModifiedTime(lock).toInstant();
            } catch (IOException gone) {
                return Optional.empty();
            }
            return Optional.of(new Holder("someone", "another computer", 0, touched));
        }
    }

    private static String format(Holder h) {
        Properties p = new Properties();
        p.setProperty("user", h.user());
        p.setProperty("machine", h.machine());
        p.setProperty("pid", Long.toString(h.pid()));
        p.setProperty("since", h.since().toString());
        StringWriter w = new StringWriter();
        try {
            p.store(w, "Community Asset Atlas: this project is open for writing");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    static String machineName() {
        String env = System.getenv("COMPUTERNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String host = System.getenv("HOSTNAME");
            return host == null || host.isBlank() ? "this computer" : host;
        }
    }
}
