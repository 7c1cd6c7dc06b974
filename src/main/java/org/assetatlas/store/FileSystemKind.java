package org.assetatlas.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Whether a project file is on a network drive, where SQLite's write-ahead log must not be used: the log's shared
 * memory only works between processes on one computer, and SMB and NFS have had locking failures with it.
 *
 * <ul>
 *   <li>Linux: the file system type of the mount holding the file, from {@code /proc/self/mountinfo} (cifs, smb3,
 *       nfs, nfs4, sshfs and the like).</li>
 *   <li>macOS: the type of the file's store (smbfs, nfs, afpfs, webdav).</li>
 *   <li>Windows: a UNC path ({@code \\server\share\…}), or a drive letter that {@code net use} lists as mapped.</li>
 * </ul>
 * The system property {@code atlas.filesystem} ({@code network} or {@code local}) overrides the check, for a drive
 * the check gets wrong and for tests.
 */
public final class FileSystemKind {

    /** File system types that are network file systems, as Linux and macOS name them. */
    static final Set<String> NETWORK_TYPES = Set.of("cifs", "smb3", "smbfs", "smb", "nfs", "nfs4", "afs", "afpfs",
            "webdav", "davfs", "fuse.sshfs", "sshfs", "9p", "ncpfs", "ceph", "glusterfs", "fuse.glusterfs",
            "fuse.rclone", "lustre", "gpfs", "fuse.s3fs", "virtiofs");
    /** The override's system property. */
    public static final String PROPERTY = "atlas.filesystem";

    private FileSystemKind() {
    }

    /** Whether the file (or, when it does not exist yet, its folder) is on a network drive. */
    public static boolean isNetwork(Path file) {
        String forced = System.getProperty(PROPERTY, "").strip().toLowerCase(Locale.ROOT);
        if (forced.equals("network")) {
            return true;
        }
        if (forced.equals("local")) {
            return false;
        }
        Path p = file.toAbsolutePath().normalize();
        String text = p.toString();
        if (text.startsWith("\\\\") || text.startsWith("//")) {
            return true; // a UNC path
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            Path existing = p;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return false;
            }
            Path real = existing.toRealPath();
            if (os.contains("linux")) {
                Path mountinfo = Path.of("/proc/self/mountinfo");
                if (Files.isReadable(mountinfo)) {
                    return NETWORK_TYPES.contains(typeFromMountinfo(Files.readAllLines(mountinfo), real));
                }
            }
            if (os.contains("windows")) {
                return mappedWindowsDrive(real);
            }
            FileStore store = Files.getFileStore(real);
            return NETWORK_TYPES.contains(store.type().toLowerCase(Locale.ROOT));
        } catch (IOException | RuntimeException e) {
            return false; // cannot tell: the file's own locking still guards it
        }
    }

    /**
     * The file system type of the mount that holds a path, from the lines of {@code /proc/self/mountinfo}: the
     * longest mount point that is a prefix of the path.
     */
    static String typeFromMountinfo(List<String> lines, Path realPath) {
        String path = realPath.toString();
        String best = null;
        int bestLength = -1;
        for (String line : lines) {
            String[] halves = line.split(" - ", 2);
            if (halves.length < 2) {
                continue;
            }
            String[] left = halves[0].split(" ");
            String[] right = halves[1].split(" ");
            if (left.length < 5 || right.length < 1) {
                continue;
            }
            String mountPoint = unescape(left[4]);
            boolean under = path.equals(mountPoint) || mountPoint.equals("/")
                    || path.startsWith(mountPoint.endsWith("/") ? mountPoint : mountPoint + "/");
            if (under && mountPoint.length() > bestLength) {
                bestLength = mountPoint.length();
                best = right[0].toLowerCase(Locale.ROOT);
            }
        }
        return best == null ? "" : best;
    }

    /** Spaces and other characters in mount points are written as octal escapes ({@code \040}). */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length() && s.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether {@code net use} lists the path's drive letter as a network connection. */
    private static boolean mappedWindowsDrive(Path real) {
        Path root = real.getRoot();
        if (root == null || root.toString().length() < 2 || root.toString().charAt(1) != ':') {
            return false;
        }
        try {
            Process p = new ProcessBuilder("net", "use", root.toString().substring(0, 2))
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(3, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
