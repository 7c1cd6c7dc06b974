package org.assetatlas.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;

/**
 * The one undo history of a project: edits newest first, each tagged with its {@link ChangeScope}. Undo and redo act
 * on the newest edit of a scope; doing a new edit clears what could be redone in its scope; each scope keeps up to
 * a limit of edits. Not thread-safe: the project calls it under its lock.
 */
final class UndoStack {

    private record Entry(ChangeScope scope, Edit edit) {
    }

    private final int limit;
    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();

    UndoStack(int limit) {
        this.limit = limit;
    }

    /** Records an edit that has just been done. */
    void done(ChangeScope scope, Edit e) {
        undo.push(new Entry(scope, e));
        if (undo.stream().filter(x -> x.scope() == scope).count() > limit) {
            Iterator<Entry> oldest = undo.descendingIterator();
            while (oldest.hasNext()) {
                if (oldest.next().scope() == scope) {
                    oldest.remove();
                    break;
                }
            }
        }
        redo.removeIf(x -> x.scope() == scope);
    }

    boolean canUndo(ChangeScope scope) {
        return newest(undo, scope).isPresent();
    }

    boolean canRedo(ChangeScope scope) {
        return newest(redo, scope).isPresent();
    }

    Optional<String> nextUndo(ChangeScope scope) {
        return newest(undo, scope).map(x -> x.edit().description());
    }

    Optional<String> nextRedo(ChangeScope scope) {
        return newest(redo, scope).map(x -> x.edit().description());
    }

    /** Undoes the newest edit of the scope and returns it; empty when there is none. */
    Optional<Edit> undo(ChangeScope scope) {
        Optional<Entry> e = newest(undo, scope);
        e.ifPresent(x -> {
            undo.remove(x);
            x.edit().undo();
            redo.push(x);
        });
        return e.map(Entry::edit);
    }

    /** Redoes the edit of the scope undone last and returns it; empty when there is none. */
    Optional<Edit> redo(ChangeScope scope) {
        Optional<Entry> e = newest(redo, scope);
        e.ifPresent(x -> {
            redo.remove(x);
            x.edit().redo();
            undo.push(x);
        });
        return e.map(Entry::edit);
    }

    /** Forgets the edits of one scope. */
    void clear(ChangeScope scope) {
        undo.removeIf(x -> x.scope() == scope);
        redo.removeIf(x -> x.scope() == scope);
    }

    /** Forgets every edit. */
    void clear() {
        undo.clear();
        redo.clear();
    }

    private static Optional<Entry> newest(Deque<Entry> edits, ChangeScope scope) {
        return edits.stream().filter(x -> x.scope() == scope).findFirst();
    }
}
