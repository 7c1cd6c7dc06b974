package org.assetatlas.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ExecutionException;
import org.assetatlas.store.StoreException;
import org.assetatlas.util.CancelledException;
import org.junit.jupiter.api.Test;

class UserMessagesTest {

    @Test
    void showsTheCoresOwnMessagesAsWritten() {
        assertEquals("notes.atlas is not a Community Asset Atlas project file",
                UserMessages.describe(new StoreException("notes.atlas is not a Community Asset Atlas project file")));
    }

    @Test
    void unwrapsExecutionFailures() {
        assertEquals("Disk full", UserMessages.describe(new ExecutionException(new StoreException("Disk full"))));
    }

    @Test
    void explainsMissingAndForbiddenFiles() {
        assertEquals("The file /data/assets.csv does not exist.",
                UserMessages.describe(new NoSuchFileException("/data/assets.csv")));
        assertEquals("Permission denied for /data/out.csv. Choose a folder you can write to.",
                UserMessages.describe(new AccessDeniedException("/data/out.csv")));
    }

    @Test
    void saysThatACancelledJobChangedNothing() {
        assertEquals("Cancelled; nothing was changed.", UserMessages.describe(new CancelledException()));
    }

    @Test
    void neverShowsAStackTraceOrABareClassName() {
        String m = UserMessages.describe(new IllegalStateException());
        assertEquals("Something went wrong: IllegalStateException", m);
        assertFalse(UserMessages.describe(new IOException("Stream closed")).contains("at org."));
    }
}
