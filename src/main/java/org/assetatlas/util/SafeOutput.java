package org.assetatlas.util;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes output files so that they can never destroy anything: the one way every export, report, map and side file
 * is written.
 *
 * <ul>
 * <li><b>Whole or not at all.</b> The content goes to a temporary file in the target's own folder, which is moved
 * over the target only when complete (an atomic rename where the file system has one). If writing fails or is
 * cancelled the temporary file is removed and an existing target is untouched.</li>
 * <li><b>Refusals.</b> A target that is one of the files the caller protects (the open project, the file being
 * imported; compared as files, however the path is spelt), an Atlas project, any other SQLite database, or a folder
 * is refused with an {@link OutputRefusedException} before anything is written. A database is recognised from its
 * header, read as plain bytes.</li>
 * <li><b>Permissions.</b> The temporary file is created as an ordinary new file, so the output gets the
 * permissions the user's umask gives any new file (unlike {@link Files#createTempFile}, which makes it private to
 * its owner).</li>
 * <li><b>Files written by name.</b> {@link #openFile} gives a library that writes a file by name (an SQLite
 * database such as a GeoPackage) a path inside a hidden folder beside the target, and moves the file into place when
 * it is complete. Only there may a database be replaced, and only one whose application id the caller names (an
 * earlier GeoPackage, say); an Atlas project never.</li>
 * <li><b>Batches.</b> {@link #batch} writes many files into a hidden folder beside them and moves them in together
 * when all are written, giving files whose names collide distinct names; a batch that is not committed is removed
 * and leaves the folder as it was.</li>
 * </ul>
 * Temporary files and folders are hidden (their names start with a dot), name the writing process and end in
 * {@code .part}. They are removed when the program is stopped normally or interrupted (Ctrl+C); what a program
 * killed outright left behind is removed by a later output written to the same folder, once that process has gone
 * (and, when another computer wrote it, the leftover is an hour old).
 */
public final class SafeOutput {

    /** What writes the content of an output, to a stream that is closed afterwards by {@link SafeOutput}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What writes the content of a text output (UTF-8), to a writer that is closed afterwards. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PART = ".part";
    private static final long PID = ProcessHandle.current().pid();
    /** How long a temporary file of a process that is not running here must have been left before it is removed. */
    static final Duration LEFTOVER_AGE = Duration.ofHours(1);
    /** A temporary name of ours: the writing process's id is group 1. */
    private static final Pattern LEFTOVER = Pattern.compile("^\\..*\\.([0-9]{1,19})-[0-9a-z]+\\.part$");
    /** A leftover's name with the computer that wrote it: {@code .NAME.HOST.PID-RANDOM.part}. */
    private static final Pattern LEFTOVER_HERE = Pattern.compile("^\\..*\\.h([0-9a-z]{1,13})\\.([0-9]{1,19})-[0-9a-z]+\\.part$");
    /** This computer, as a short token in temporary names: the base-36 hash of its name. */
    private static final String HOST = hostToken();
    /** Temporary files and folders not yet moved into place or removed, removed if the program is stopped. */
    private static final Set<Path> PENDING = Collections.synchronizedSet(new HashSet<>());

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SafeOutput::removePending, "remove-partial-outputs"));
    }

    private SafeOutput() {
    }

    /**
     * Writes the file whole or not at all.
     *
     * @param protect files that must not be written over (the open project, the input of an import)
     * @throws OutputRefusedException when the target is refused (see the class comment); nothing is then written
     */
    public static void write(Path out, Content content, Path... protect) throws IOException {
        try (Pending p = open(out, protect)) {
            content.writeTo(p.stream());
            p.commit();
        }
    }

    /**
     * Starts writing an output whose content comes bit by bit: write to {@link Pending#stream()}, then
     * {@link Pending#commit()}; closing without committing discards it and leaves the target untouched.
     *
     * @param protect files that must not be written over, as for {@link #write}
     * @throws OutputRefusedException when the target is refused (see the class comment); nothing is then written
     */
    public static Pending open(Path out, Path... protect) throws IOException {
        Path target = check(out, protect);
        Path tmp = createTemporaryFile(target);
        try {
            FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
            return new Pending(target, tmp, channel, new BufferedOutputStream(Channels.newOutputStream(channel)));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            PENDING.remove(tmp);
            throw e;
        }
    }

    /** An output being written to its temporary file; see {@link #open}. Not thread-safe. */
    public static final class Pending implements Closeable {
        private final Path target;
        private final Path tmp;
        private final FileChannel channel;
        private final OutputStream stream;
        private final OutputStream exposed;
        private boolean finished;

        private Pending(Path target, Path tmp, FileChannel channel, OutputStream stream) {
            this.target = target;
            this.tmp = tmp;
            this.channel = channel;
            this.stream = stream;
            this.exposed = new FilterOutputStream(stream) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            };
        }

        /**
         * Where to write the content. Closing it only flushes it (some libraries close the stream they are given):
         * {@link #commit} or {@link #close} closes the file.
         */
        public OutputStream stream() {
            return exposed;
        }

        /** The file this output will become. */
        public Path target() {
            return target;
        }

        /**
         * Closes the stream, makes sure the content is on the disk, and only then moves the file into place, so
         * that a power cut cannot leave the target renamed but empty.
         */
        public void commit() throws IOException {
            if (finished) {
                throw new IllegalStateException("The output " + target.getFileName() + " is finished already");
            }
            stream.flush();
            channel.force(true);
            stream.close();
            moveIntoPlace(tmp, target);
            finished = true;
            PENDING.remove(tmp);
        }

        /** Discards the output unless it was committed. */
        @Override
        public void close() throws IOException {
            if (finished) {
                return;
            }
            finished = true;
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(tmp);
                PENDING.remove(tmp);
            }
        }
    }

    /** Writes a UTF-8 text file whole or not at all, as {@link #write} does. */
    public static void writeText(Path out, TextContent content, Path... protect) throws IOException {
        write(out, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            content.writeTo(w);
            w.flush();
        }, protect);
    }

    /**
     * Checks the target without writing anything.
     *
     * @return the target as an absolute path
     * @throws OutputRefusedException when the target is refused (see the class comment)
     * @throws IOException            when its folder does not exist
     */
    public static Path check(Path out, Path... protect) throws IOException {
        return check(out, null, protect);
    }

    /**
     * As {@link #check(Path, Path...)}, but a database whose application id is {@code replaceable} (when not null)
     * may be replaced: an earlier output of the same kind, such as a GeoPackage.
     */
    private static Path check(Path out, Integer replaceable, Path... protect) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("The folder " + (dir == null ? target : dir) + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new OutputRefusedException(out + " is a folder, not a file");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.exists(target)) {
            return target;
        }
        var header = DatabaseFile.read(target);
        if (header.isPresent() && !(replaceable != null && !header.get().atlasProject()
                && header.get().applicationId() == replaceable)) {
            throw new OutputRefusedException("Will not write over " + out + ": it is "
                    + (header.get().atlasProject() ? "an Atlas project" : "a database") + ". Choose another file name.");
        }
        for (Path p : protect) {
            if (p != null && Files.exists(p) && Files.isSameFile(p, target)) {
                throw new OutputRefusedException("Will not write to " + out + ": it is the file being read. "
                        + "Choose another file name.");
            }
        }
        return target;
    }

    /**
     * Starts writing an output that a library writes by file name rather than to a stream, such as an SQLite
     * database: the library writes to {@link PendingFile#path()}, a file of the target's name inside a hidden folder
     * beside the target (so that any journal files the library makes stay in that folder too), and
     * {@link PendingFile#commit()} moves it into place. Closing without committing removes the folder and leaves the
     * target untouched.
     *
     * @param replaceable the application id of a database that may be replaced (an earlier output of the same
     *                    kind), or null when no database may be; an Atlas project never may
     * @param protect     files that must not be written over, as for {@link #write}
     * @throws OutputRefusedException when the target is refused (see the class comment); nothing is then written
     */
    public static PendingFile openFile(Path out, Integer replaceable, Path... protect) throws IOException {
        Path target = check(out, replaceable, protect);
        Path dir = target.getParent();
        removeLeftovers(dir);
        while (true) {
            Path work = dir.resolve(temporaryName(target.getFileName().toString()));
            try {
                Files.createDirectory(work);
                PENDING.add(work);
                return new PendingFile(target, work, replaceable, protect.clone());
            } catch (FileAlreadyExistsException e) {
                // another random name
            } catch (AccessDeniedException e) {
                throw new IOException("The folder " + dir + " cannot be written to (permission denied)", e);
            }
        }
    }

    /** An output a library is writing by file name; see {@link #openFile}. Not thread-safe. */
    public static final class PendingFile implements Closeable {
        private final Path target;
        private final Path work;
        private final Integer replaceable;
        private final Path[] protect;
        private boolean finished;

        private PendingFile(Path target, Path work, Integer replaceable, Path[] protect) {
            this.target = target;
            this.work = work;
            this.replaceable = replaceable;
            this.protect = protect;
        }

        /** Where the library is to write the file: it has the target's file name, in a hidden folder. */
        public Path path() {
            return work.resolve(target.getFileName().toString());
        }

        /** The file this output will become. */
        public Path target() {
            return target;
        }

        /**
         * Makes sure the written file is on the disk and moves it into place, checking the target again (nothing
         * may have appeared there meanwhile that must not be replaced); the library must have closed it.
         *
         * @throws IOException when the file was not written, or the move fails
         */
        public void commit() throws IOException {
            if (finished) {
                throw new IllegalStateException("The output " + target.getFileName() + " is finished already");
            }
            Path file = path();
            if (!Files.isRegularFile(file)) {
                throw new IOException(target.getFileName() + " was not written");
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            check(target, replaceable, protect);
            moveIntoPlace(file, target);
            finished = true;
            close();
        }

        /** Removes the hidden folder and whatever is still in it (everything, unless committed). */
        @Override
        public void close() throws IOException {
            finished = true;
            removeTree(work);
            PENDING.remove(work);
        }
    }

    private static Path createTemporaryFile(Path target) throws IOException {
        Path dir = target.getParent();
        removeLeftovers(dir);
        String name = target.getFileName().toString();
        while (true) {
            Path tmp = dir.resolve(temporaryName(name));
            try {
                Files.createFile(tmp); // default attributes: the umask decides, as for any new file
                PENDING.add(tmp);
                return tmp;
            } catch (FileAlreadyExistsException e) {
                // another random name
            } catch (AccessDeniedException e) {
                throw new IOException("The folder " + dir + " cannot be written to (permission denied)", e);
            }
        }
    }

    /** {@code .NAME.hHOST.PID-RANDOM.part}: hidden, and naming the computer and process that write it. */
    private static String temporaryName(String name) {
        String stem = name.length() > 60 ? name.substring(0, 60) : name;
        return "." + stem + ".h" + HOST + "." + PID + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + PART;
    }

    private static String hostToken() {
        String host = System.getenv("COMPUTERNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "";
            }
        }
        return Long.toString(Integer.toUnsignedLong(host.toLowerCase(java.util.Locale.ROOT).hashCode()), 36);
    }

    /**
     * Removes what a writer killed outright left in the folder: temporary files and folders of ours whose process
     * is no longer running: at once when they were written on this computer, otherwise once they have not changed
     * for {@link #LEFTOVER_AGE} (in a shared folder, a process id is that of another computer's writer, which may be
     * busy). Anything else is left alone.
     */
    static void removeLeftovers(Path dir) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, ".*" + PART)) {
            for (Path p : parts) {
                Matcher here = LEFTOVER_HERE.matcher(p.getFileName().toString());
                if (here.matches() && here.group(1).equals(HOST)) {
                    // written on this computer: gone as soon as its process is
                    if (ProcessHandle.of(Long.parseLong(here.group(2))).map(h -> !h.isAlive()).orElse(true)) {
                        removeTree(p);
                    }
                    continue;
                }
                Matcher m = LEFTOVER.matcher(p.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()
                        && Files.getLastModifiedTime(p).toInstant().isBefore(Instant.now().minus(LEFTOVER_AGE))) {
                    removeTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying is a courtesy: a leftover that will not go must not stop the output being written
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Starts a batch of files to be written into {@code dir} (created if missing) and moved in together.
     *
     * @param protect files that must not be written over, as for {@link #write}
     */
    public static Batch batch(Path dir, Path... protect) throws IOException {
        Path folder = dir.toAbsolutePath().normalize();
        Files.createDirectories(folder);
        return new Batch(folder, protect);
    }

    /**
     * Files written into a hidden folder and moved into the target folder together by {@link #commit}; closing a
     * batch that was not committed removes everything it wrote. Not thread-safe.
     */
    public static final class Batch implements Closeable {
        private final Path dir;
        private final Path work;
        private final Path[] protect;
        /** Final name → file in the work folder, in the order asked for. */
        private final Map<String, Path> files = new LinkedHashMap<>();
        private final Set<String> taken = new HashSet<>();
        private int scratch;

        private Batch(Path dir, Path[] protect) throws IOException {
            this.dir = dir;
            this.protect = protect.clone();
            removeLeftovers(dir);
            Path w;
            while (true) {
                w = dir.resolve(temporaryName("batch"));
                try {
                    Files.createDirectory(w);
                    break;
                } catch (FileAlreadyExistsException e) {
                    // another random name
                }
            }
            this.work = w;
            PENDING.add(work);
        }

        /**
         * A path to write one output file to. Its final name is {@code name}, or, when the batch already has a file
         * of that name (ignoring case, as Windows and macOS do), {@code name (2)}, {@code name (3)} and so on
         * before the extension.
         */
        public Path file(String name) throws IOException {
            String unique = name;
            int n = 1;
            while (taken.contains(unique.toLowerCase(Locale.ROOT))) {
                n++;
                int dot = name.lastIndexOf('.');
                unique = dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
            }
            check(dir.resolve(unique), protect);
            taken.add(unique.toLowerCase(Locale.ROOT));
            Path p = work.resolve("out-" + files.size());
            files.put(unique, p);
            return p;
        }

        /** A scratch file inside the batch's folder that is never moved in, e.g. an intermediate result. */
        public Path scratchFile(String suffix) {
            return work.resolve("scratch-" + (scratch++) + suffix);
        }

        /** The final path a file of the batch will have. */
        public Path finalPath(Path file) {
            for (Map.Entry<String, Path> e : files.entrySet()) {
                if (e.getValue().equals(file)) {
                    return dir.resolve(e.getKey());
                }
            }
            throw new IllegalArgumentException("Not a file of this batch: " + file.getFileName());
        }

        /**
         * Moves every file written into the target folder (each one atomically where the file system allows),
         * replacing files of the same names, and removes the work folder.
         *
         * @return the files now in the target folder, in the order they were asked for
         * @throws IOException when a file asked for was never written, or a move fails
         */
        public List<Path> commit() throws IOException {
            for (Map.Entry<String, Path> e : files.entrySet()) {
                if (!Files.isRegularFile(e.getValue())) {
                    throw new IOException(e.getKey() + " was not written");
                }
            }
            List<Path> out = new ArrayList<>(files.size());
            for (Map.Entry<String, Path> e : files.entrySet()) {
                Path target = dir.resolve(e.getKey());
                check(target, protect); // nothing may have appeared there meanwhile that must not be replaced
                moveIntoPlace(e.getValue(), target);
                out.add(target);
            }
            close();
            return out;
        }

        /** Removes the work folder and whatever is still in it. */
        @Override
        public void close() throws IOException {
            removeTree(work);
            PENDING.remove(work);
        }
    }

    private static void removeTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }

    private static void removePending() {
        List<Path> left;
        synchronized (PENDING) {
            left = new ArrayList<>(PENDING);
        }
        for (Path p : left) {
            try {
                removeTree(p);
            } catch (IOException | RuntimeException e) {
                // the program is stopping; nothing more can be done about a file that will not go
            }
        }
    }
}
