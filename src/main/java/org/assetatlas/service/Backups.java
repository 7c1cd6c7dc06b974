package org.assetatlas.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.store.StoreException;

/**
 * Backups of a project: whole, consistent copies taken with SQLite's online backup API while the project is open,
 * kept in a folder beside it ({@code NAME backups}), one file each, named by when and why they were taken
 * ({@code Tendring 2026-12-05 074210 before import.atlas}).
 *
 * <p>One is taken before every change that touches many records at once (an import, a merge of domains or any
 * domain change, boundaries or reference data loaded, a bulk edit) and once a day of use; older ones are pruned by
 * the project's retention settings. {@link #restore} puts a backup back in place of a closed project, backing up the
 * current state first, so a restore can itself be undone. A backup is a project file: it opens as one, and nothing
 * ever writes over it.
 */
public final class Backups {

    /** Project setting: how many of the newest backups are always kept. */
    public static final String KEEP_SETTING = "backups.keep";
    /** Project setting: for how many days the last backup of each day is kept besides. */
    public static final String DAYS_SETTING = "backups.days";
    /** Defaults of the retention settings. */
    public static final int DEFAULT_KEEP = 20;
    public static final int DEFAULT_DAYS = 30;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmmss", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile("(.*) (\\d{4}-\\d{2}-\\d{2} \\d{6})(?:-(\\d+))? (.+)\\.atlas");

    /**
     * A backup file.
     *
     * @param file   the file in the backups folder
     * @param taken  when it was taken (local time of this computer)
     * @param reason why, e.g. "before import", "daily", "by hand"
     * @param bytes  its size
     */
    public record Backup(Path file, LocalDateTime taken, String reason, long bytes) {
        /** "5 Dec 2026 07:42 · before import · 1.2 MB". */
        public String describe() {
            return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).format(taken) + " \u00b7 " + reason
                    + " \u00b7 " + size(bytes);
        }
    }

    private final AtlasProject project;
    private final ProjectStore store;
    private final Object lock;
    private final Clock clock;
    private final boolean createdNow;

    Backups(AtlasProject project, ProjectStore store, boolean createdNow, Clock clock) {
        this.project = project;
        this.store = store;
        this.lock = project.lock();
        this.createdNow = createdNow;
        this.clock = clock;
    }

    /** The folder the project's backups are kept in: {@code NAME backups} beside the project file. */
    public static Path folder(Path projectFile) {
        Path abs = projectFile.toAbsolutePath();
        return abs.resolveSibling(stem(abs) + " backups");
    }

    public Path folder() {
        return folder(store.file());
    }

    /**
     * Takes a backup now.
     *
     * @param reason why, in a few words ("by hand", "before import"); letters, digits, spaces and hyphens are kept
     * @return the backup
     * @throws StoreException when the backup cannot be written (the project is not changed)
     */
    public Backup take(String reason) {
        String why = reason == null ? "" : reason.replaceAll("[^\\p{L}\\p{N} -]+", " ").replaceAll("\\s+", " ").strip();
        if (why.isEmpty()) {
            why = "by hand";
        }
        Path dir = folder();
        synchronized (lock) {
            try {
                Files.createDirectories(dir);
                LocalDateTime now = LocalDateTime.now(clock).withNano(0);
                String base = stem(store.file()) + " " + STAMP.format(now);
                Path target = dir.resolve(base + " " + why + ProjectStore.EXTENSION);
                for (int n = 2; Files.exists(target); n++) {
                    target = dir.resolve(base + "-" + n + " " + why + ProjectStore.EXTENSION);
                }
                Path part = dir.resolve(partName(target.getFileName().toString()));
                try {
                    store.backupTo(part);
                    move(part, target);
                } finally {
                    Files.deleteIfExists(part);
                }
                prune();
                return new Backup(target, now, why, Files.size(target));
            } catch (IOException e) {
                throw new StoreException("Could not write a backup in " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Takes a backup before a change that touches many records, unless the project is still open since it was created
     * (there is nothing older to protect), or a change is already under way (its own backup was taken before it
     * began; a copy from inside its transaction could not be taken anyway). A failure stops the change: it is better
     * not to import than to import with no way back.
     */
    public Optional<Backup> before(String change) {
        if (createdNow || store.readOnlyReason().isPresent() || store.inTransactionNow()) {
            return Optional.empty();
        }
        return Optional.of(take("before " + change));
    }

    /**
     * Takes the day's backup when the project was last changed before today and there is no backup from today;
     * called as the project opens. A project opened read-only is not backed up. A failure is not fatal here: the
     * project still opens (and the next change's own backup reports the problem).
     */
    public Optional<Backup> daily() {
        if (createdNow || store.readOnlyReason().isPresent()) {
            return Optional.empty();
        }
        cleanStrays(folder());
        try {
            LocalDate today = LocalDate.now(clock);
            Instant modified = Files.getLastModifiedTime(store.file()).toInstant();
            if (!LocalDate.ofInstant(modified, clock.getZone()).isBefore(today)) {
                return Optional.empty();
            }
            List<Backup> all = list();
            if (!all.isEmpty() && !all.get(0).taken().toLocalDate().isBefore(today)) {
                return Optional.empty();
            }
            return Optional.of(take("daily"));
        } catch (IOException | StoreException e) {
            return Optional.empty();
        }
    }

    /** The project's backups, newest first. */
    public List<Backup> list() {
        return list(store.file());
    }

    /** The backups of a project file (open or not), newest first. */
    public static List<Backup> list(Path projectFile) {
        Path dir = folder(projectFile);
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        String stem = stem(projectFile.toAbsolutePath());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + ProjectStore.EXTENSION)) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (!m.matches() || !m.group(1).equals(stem)) {
                    continue;
                }
                try {
                    out.add(new Backup(f, LocalDateTime.parse(m.group(2), STAMP), m.group(4), Files.size(f)));
                } catch (DateTimeParseException | IOException e) {
                    // not one of ours after all, or gone meanwhile
                }
            }
        } catch (IOException e) {
            throw new StoreException("Could not list the backups in " + dir + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(Backup::taken).thenComparing(b -> b.file().getFileName().toString())
                .reversed());
        return out;
    }

    /** The retention settings in force: the newest {@code keep}, and the last of each of {@code days} days. */
    public int keep() {
        return setting(KEEP_SETTING, DEFAULT_KEEP);
    }

    public int days() {
        return setting(DAYS_SETTING, DEFAULT_DAYS);
    }

    /** Changes the retention settings (at least one backup is always kept) and prunes at once. */
    public void setRetention(int keep, int days) {
        if (keep < 1 || days < 0) {
            throw new IllegalArgumentException("Keep at least 1 backup, for 0 or more days");
        }
        project.setSetting(KEEP_SETTING, Integer.toString(keep));
        project.setSetting(DAYS_SETTING, Integer.toString(days));
        prune();
    }

    /** Deletes the backups the retention settings no longer keep; returns how many went. */
    public int prune() {
        List<Backup> all = list();
        Set<Path> kept = new HashSet<>();
        int keep = keep();
        for (int i = 0; i < Math.min(keep, all.size()); i++) {
            kept.add(all.get(i).file());
        }
        LocalDate oldest = LocalDate.now(clock).minusDays(days());
        Set<LocalDate> daysSeen = new HashSet<>();
        for (Backup b : all) { // newest first: the first of each day is its last backup
            LocalDate d = b.taken().toLocalDate();
            if (!d.isBefore(oldest) && daysSeen.add(d)) {
                kept.add(b.file());
            }
        }
        int gone = 0;
        for (Backup b : all) {
            if (!kept.contains(b.file())) {
                try {
                    Files.deleteIfExists(b.file());
                    gone++;
                } catch (IOException e) {
                    // kept for now; the next prune tries again
                }
            }
        }
        return gone;
    }

    /**
     * Puts a backup back in place of a project file that is not open anywhere in this app. The project as it is
     * now is backed up first ("before restore"), so the restore can be undone by restoring that. The backup is
     * checked first (a project file, readable), copied beside the project and moved over it in one step; it is
     * never changed itself.
     *
     * @return the backup of the state just replaced, or empty when the project file could not be opened at all
     * @throws StoreException when the backup is not a project file or the project cannot be replaced
     */
    public static Optional<Backup> restore(Path projectFile, Path backup) {
        Path target = projectFile.toAbsolutePath();
        if (!Files.isRegularFile(backup)) {
            throw new StoreException("There is no backup " + backup);
        }
        if (target.equals(backup.toAbsolutePath())) {
            throw new StoreException("That is the project itself, not a backup of it");
        }
        // check the backup opens as a project: copied first, so that the backup itself is never touched
        Path dir = target.getParent();
        cleanStrays(dir);
        Path part = dir.resolve(partName(target.getFileName() + ".restore"));
        Optional<Backup> before = Optional.empty();
        try {
            Files.copy(backup, part, StandardCopyOption.REPLACE_EXISTING);
            try (AtlasProject check = AtlasProject.open(part)) {
                check.name(); // opens, is ours and is of a schema this version reads
            } catch (StoreException e) {
                throw new StoreException(backup.getFileName() + " cannot be restored: " + e.getMessage(), e);
            }
            deleteSideFiles(part);
            if (Files.exists(target)) {
                try (AtlasProject current = AtlasProject.open(target)) {
                    before = Optional.of(current.backups().take("before restore"));
                } catch (StoreException e) {
                    // the current file does not open (that may be why it is being restored): keep a plain copy
                    Path dirB = folder(target);
                    Files.createDirectories(dirB);
                    Path copy = dirB.resolve(stem(target) + " " + STAMP.format(LocalDateTime.now().withNano(0))
                            + " unreadable before restore" + ProjectStore.EXTENSION);
                    if (!Files.exists(copy)) {
                        Files.copy(target, copy);
                    }
                }
            }
            deleteSideFiles(target); // after a clean close there are none; stale ones would not match the new file
            move(part, target);
            return before;
        } catch (IOException e) {
            throw new StoreException("Could not restore " + target.getFileName() + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
                deleteSideFiles(part);
            } catch (IOException e) {
                // a stray temporary file is left; it is hidden and named after the project
            }
        }
    }

    private static final Pattern PART = Pattern.compile("\\..+\\.(\\d+)\\.part(-wal|-shm|-journal)?");

    /** A hidden temporary name that says which process writes it: {@code .NAME.PID.part}. */
    private static String partName(String name) {
        return "." + name + "." + ProcessHandle.current().pid() + ".part";
    }

    /**
     * Deletes the temporary files of backups or restores that were stopped part-way (the process was killed, the
     * machine lost power): those whose process is no longer running on this computer.
     */
    static void cleanStrays(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.part*")) {
            for (Path f : files) {
                Matcher m = PART.matcher(f.getFileName().toString());
                if (m.matches() && !ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive)
                        .orElse(false)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // left for the next time
        }
    }

    private static void deleteSideFiles(Path db) throws IOException {
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-journal"));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private int setting(String key, int fallback) {
        try {
            return project.setting(key).map(String::strip).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(ProjectStore.EXTENSION)
                ? name.substring(0, name.length() - ProjectStore.EXTENSION.length()) : name;
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
