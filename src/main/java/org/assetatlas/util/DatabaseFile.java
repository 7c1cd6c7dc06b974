package org.assetatlas.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the 100-byte header of an SQLite database file says, read as plain bytes: nothing opens the file as a
 * database, takes a lock or writes, so asking never changes the file.
 *
 * <p>The values are those of the main file: while a project is open in WAL mode, newer values may wait in its
 * {@code -wal} file until the next checkpoint.
 *
 * @param applicationId {@code PRAGMA application_id} (offset 68)
 * @param userVersion   {@code PRAGMA user_version}, the schema version (offset 60)
 * @param pageSize      bytes per page (offset 16)
 * @param pageCount     pages the file should hold, or 0 when the header does not say reliably (offsets 28, 24
 *                      and 92: the count is valid only when written by the same change as the change counter)
 */
public record DatabaseFile(int applicationId, int userVersion, int pageSize, long pageCount) {

    /** The application id of Atlas project files: "ATLS". */
    public static final int ATLAS_APPLICATION_ID = 0x41544C53;

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;

    /**
     * The header of the file, or empty when the file is not an SQLite database (or is shorter than a header, or is
     * not a regular file).
     */
    public static Optional<DatabaseFile> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER);
        }
        if (header.length < HEADER || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(b.getShort(16));
        if (pageSize == 1) {
            pageSize = 65_536;
        }
        long pages = b.getInt(24) == b.getInt(92) ? Integer.toUnsignedLong(b.getInt(28)) : 0;
        return Optional.of(new DatabaseFile(b.getInt(68), b.getInt(60), pageSize, pages));
    }

    /** Whether a file of this many bytes is shorter than its header says it should be: cut off, e.g. in copying. */
    public boolean truncated(long fileSize) {
        return pageCount > 0 && fileSize < pageCount * pageSize;
    }

    /** Whether the file is an Atlas project. */
    public boolean atlasProject() {
        return applicationId == ATLAS_APPLICATION_ID;
    }
}
