package org.assetatlas.ui.common;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.assetatlas.util.CancelledException;

/** Turns an exception into one or two sentences a user can act on; never a stack trace. */
public final class UserMessages {

    private static final String OWN_PACKAGES = "org.assetatlas.";

    private UserMessages() {
    }

    /** The message to show for a failure. */
    public static String describe(Throwable t) {
        Throwable e = unwrap(t);
        if (e instanceof CancelledException) {
            return "Cancelled; nothing was changed.";
        }
        if (e.getClass().getName().startsWith(OWN_PACKAGES) && e.getMessage() != null && !e.getMessage().isBlank()) {
            // the core writes its exception messages for users (what went wrong and what to do)
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException n) {
            return "The file " + n.getFile() + " does not exist.";
        }
        if (e instanceof AccessDeniedException a) {
            return "Permission denied for " + a.getFile() + ". Choose a folder you can write to.";
        }
        if (e instanceof FileSystemException f) {
            return (f.getReason() != null ? f.getReason() : "File error") + ": " + f.getFile();
        }
        if (e instanceof FileNotFoundException) {
            return "File not found: " + text(e);
        }
        if (e instanceof java.io.IOException) {
            return "Could not read or write the file: " + text(e);
        }
        if (e instanceof OutOfMemoryError) {
            return "The app ran out of memory. Close other programs, or work with a smaller file.";
        }
        return "Something went wrong: " + text(e);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof java.util.concurrent.ExecutionException
                || e instanceof java.util.concurrent.CompletionException
                || e instanceof java.io.UncheckedIOException
                || e instanceof java.lang.reflect.InvocationTargetException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String text(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
