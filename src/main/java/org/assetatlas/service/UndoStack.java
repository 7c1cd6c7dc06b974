package org.assetatlas.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Edits that can be undone, newest first, up to a limit; doing a new edit clears what could be redone. */
public final class UndoStack {

    private final int limit;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    public UndoStack(int limit) {
        this.limit = limit;
    }

    /** Records an edit that has just been done. */
    public void done(Edit e) {
        undo.push(e);
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Edit::description);
    }

    public Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Edit::description);
    }

    /** Undoes the newest edit and returns it; empty when there is none. */
    public Optional<Edit> undo() {
        Edit e = undo.poll();
        if (e == null) {
            return Optional.empty();
        }
        e.undo();
        redo.push(e);
        return Optional.of(e);
    }

    /** Redoes the edit undone last and returns it; empty when there is none. */
    public Optional<Edit> redo() {
        Edit e = redo.poll();
        if (e == null) {
            return Optional.empty();
        }
        e.redo();
        undo.push(e);
        return Optional.of(e);
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
