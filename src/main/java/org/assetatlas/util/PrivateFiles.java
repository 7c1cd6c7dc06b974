package org.assetatlas.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Temporary files that only their owner may read, whatever the umask: for inputs unpacked for a moment, caches and
 * the user's own settings. Never for a file the user asked for; those go through {@link SafeOutput}, which gives
 * them ordinary permissions. {@code ArchitectureTest} keeps {@link Files#createTempFile} to this class, so that
 * choice is made once, here, and visibly.
 */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /** A new empty file in the system's temporary folder, readable by its owner only. */
    public static Path temporaryFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(prefix, suffix);
    }

    /** A new empty file in {@code dir}, readable by its owner only. */
    public static Path temporaryFile(Path dir, String prefix, String suffix) throws IOException {
        return Files.createTempFile(dir, prefix, suffix);
    }
}
