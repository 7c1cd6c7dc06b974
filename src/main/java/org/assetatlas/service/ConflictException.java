package org.assetatlas.service;

import java.util.List;
import org.assetatlas.io.RecordSnapshots;
import org.assetatlas.model.Asset;

/**
 * Thrown when changes to an asset are saved over a version that is no longer the stored one: someone (or an import)
 * saved it after it was opened for editing. Nothing is saved; the caller shows both and lets the user choose — keep
 * theirs, or save {@link #mine()} over it with {@link #mineOverTheirs()}.
 */
public final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Asset mine;
    private final transient Asset theirs;
    private final transient History.Change theirChange;

    ConflictException(Asset mine, Asset theirs, History.Change theirChange) {
        super(message(theirs, theirChange));
        this.mine = mine;
        this.theirs = theirs;
        this.theirChange = theirChange;
    }

    private static String message(Asset theirs, History.Change c) {
        String by = c == null ? "" : " by " + c.who() + " ("
                + java.time.format.DateTimeFormatter.ofPattern("HH:mm, d MMM", java.util.Locale.UK)
                        .format(c.at().atZone(java.time.ZoneId.systemDefault())) + ")";
        return "\u201c" + theirs.name() + "\u201d was changed" + by + " after you opened it. Nothing has been saved:"
                + " compare the two and choose which to keep.";
    }

    /** The changes that were not saved. */
    public Asset mine() {
        return mine;
    }

    /** The asset as it is stored now. */
    public Asset theirs() {
        return theirs;
    }

    /** The change that made it so, when the history has it. */
    public java.util.Optional<History.Change> theirChange() {
        return java.util.Optional.ofNullable(theirChange);
    }

    /** Where the two differ: field, theirs (stored) and mine (not saved). */
    public List<org.assetatlas.model.FieldChange> differences() {
        return RecordSnapshots.changes(RecordSnapshots.of(theirs), RecordSnapshots.of(mine));
    }

    /** Mine, to save over theirs: the same changes, made to the version stored now. */
    public Asset mineOverTheirs() {
        return mine.toBuilder().version(theirs.version()).build();
    }
}
