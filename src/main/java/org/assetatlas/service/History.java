package org.assetatlas.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assetatlas.io.RecordSnapshots;
import org.assetatlas.model.Asset;
import org.assetatlas.model.EvidenceSource;
import org.assetatlas.model.Factor;
import org.assetatlas.store.ChangeLogRepository;
import org.assetatlas.store.ChangeLogRepository.Action;
import org.assetatlas.store.ChangeLogRepository.Entry;
import org.assetatlas.store.ChangeLogRepository.Kind;
import org.assetatlas.store.ChangeLogRepository.NewEntry;
import org.assetatlas.store.ProjectStore;

/**
 * The history of a project's records: every change to an asset, a barrier or enabler, a resident's voice, and every
 * change to many records at once (an import, a domain merge, areas), with who made it and when, kept in the project
 * file in the same transaction as the change (ADR 36). Obtained from {@link AtlasProject#history()}.
 *
 * <p>For assets and factors each change keeps the record before and after, so their history lists the fields changed
 * ("Opening hours: Tue 10:00-12:00 → Tue 10:00-13:00") and any earlier version can be restored. A voice's words and
 * speaker are personal data kept only where the consent rules guard them: its history says what was done and which
 * fields changed, never the words. The same snapshots let undo reach back past closing the project: on opening, the
 * newest changes to single assets and factors made in earlier sessions can be undone (back to the newest change to
 * many records, which cannot).
 */
public final class History {

    /** How many steps of earlier sessions can be undone after opening. */
    static final int UNDOABLE_AFTER_OPENING = 50;

    private final AtlasProject project;
    private final ProjectStore store;
    private final String who;
    private final Clock clock;

    History(AtlasProject project, ProjectStore store, String who, Clock clock) {
        this.project = project;
        this.store = store;
        this.who = who;
        this.clock = clock;
    }

    /**
     * One change as the history shows it.
     *
     * @param id         the change's number (for {@link #restoreAsset})
     * @param at         when
     * @param who        who made it
     * @param what       what was done, e.g. {@code edit “Mile End Men's Shed”} or {@code undo: edit …}
     * @param action     added, changed, deleted, or a change to many records
     * @param fields     the fields changed, with their old and new values where they are kept
     * @param restorable whether this version of the record can be restored
     * @param undone     whether the change has since been undone
     */
    public record Change(long id, Instant at, String who, String what, Action action,
                         List<org.assetatlas.model.FieldChange> fields, boolean restorable, boolean undone) {

        /** How many changed fields {@link #summary} names before "and N more". */
        static final int FIELDS_NAMED = 4;

        /**
         * One line for a list or the terminal, e.g. {@code 4 Dec 2026 10:42 · Sam Jones · edit “Mile End Shed”:
         * Opening hours Tue 10:00-12:00 → Tue 10:00-13:00; Phone → 01255 000000}.
         */
        public String summary() {
            StringBuilder b = new StringBuilder(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm",
                    java.util.Locale.UK).format(at.atZone(java.time.ZoneId.systemDefault())));
            b.append(" \u00b7 ").append(who).append(" \u00b7 ").append(what);
            if (undone) {
                b.append(" (since undone)");
            }
            if (action == Action.CHANGED && !fields.isEmpty()) {
                b.append(": ");
                for (int i = 0; i < Math.min(FIELDS_NAMED, fields.size()); i++) {
                    org.assetatlas.model.FieldChange f = fields.get(i);
                    b.append(i == 0 ? "" : "; ").append(f.field());
                    if (!f.before().isEmpty() || !f.after().isEmpty()) {
                        b.append(' ').append(shortened(f.before())).append(" \u2192 ").append(shortened(f.after()));
                    }
                }
                if (fields.size() > FIELDS_NAMED) {
                    b.append(" and ").append(fields.size() - FIELDS_NAMED).append(" more");
                }
            }
            return b.toString();
        }

        /**
         * The change as table cells: when, who, what was done, and each field changed on a line of its own
         * ("Opening hours: Tue 10:00-12:00 → Tue 10:00-13:00").
         */
        public List<String> cells() {
            String when = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.UK)
                    .format(at.atZone(java.time.ZoneId.systemDefault()));
            StringBuilder b = new StringBuilder();
            if (action == Action.CHANGED) {
                for (org.assetatlas.model.FieldChange f : fields) {
                    b.append(b.length() == 0 ? "" : "\n").append(f.field());
                    if (!f.before().isEmpty() || !f.after().isEmpty()) {
                        b.append(": ").append(f.before().isEmpty() ? "(empty)" : f.before()).append(" \u2192 ")
                                .append(f.after().isEmpty() ? "(empty)" : f.after());
                    }
                }
            }
            return List.of(when, who, what + (undone ? " (since undone)" : ""), b.toString());
        }

        private static String shortened(String s) {
            String one = s.replace('\n', ' ').replace('\r', ' ');
            return one.isEmpty() ? "(empty)" : one.length() <= 40 ? one : one.substring(0, 39) + "\u2026";
        }
    }

    /** The person changes are recorded as made by. */
    public String who() {
        return who;
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    /** The changes to one asset, newest first. */
    public List<Change> ofAsset(long assetId) {
        synchronized (project.lock()) {
            return changes(store.changeLog().forRecord(Kind.ASSET, assetId));
        }
    }

    /** The changes to one barrier or enabler, newest first. */
    public List<Change> ofFactor(long factorId) {
        synchronized (project.lock()) {
            return changes(store.changeLog().forRecord(Kind.FACTOR, factorId));
        }
    }

    /** The changes to one resident's voice, newest first (what was done and which fields, never the words). */
    public List<Change> ofVoice(long voiceId) {
        synchronized (project.lock()) {
            return changes(store.changeLog().forRecord(Kind.VOICE, voiceId));
        }
    }

    /**
     * The change that left an asset as it is stored now: its own newest change, or — when a change to many records
     * (an import, say) saved it since — the first change made at or after its updated time.
     */
    Optional<Change> lastChangeTo(Asset stored) {
        synchronized (project.lock()) {
            List<Change> own = ofAsset(stored.id());
            Instant t = stored.updated();
            if (!own.isEmpty() && (t == null || !own.get(0).at().isBefore(t))) {
                return Optional.of(own.get(0));
            }
            if (t == null) {
                return Optional.empty();
            }
            List<Change> recent = changes(store.changeLog().recent(50));
            Change found = null;
            for (Change c : recent) {
                if (c.at().isBefore(t)) {
                    break;
                }
                found = c;
            }
            return Optional.ofNullable(found);
        }
    }

    /** The newest changes to the whole project, newest first. */
    public List<Change> recent(int limit) {
        synchronized (project.lock()) {
            return changes(store.changeLog().recent(limit));
        }
    }

    /** Assets that have been deleted (and not restored since), newest first, as the change that deleted them. */
    public List<Change> deletedAssets(int limit) {
        synchronized (project.lock()) {
            return changes(store.changeLog().deleted(Kind.ASSET, limit));
        }
    }

    /**
     * The asset as this change left it (as it was just before, for a deletion): the version {@link #restoreAsset}
     * restores.
     */
    public Optional<Asset> assetVersion(long changeId) {
        synchronized (project.lock()) {
            return store.changeLog().entry(changeId).filter(e -> e.kind() == Kind.ASSET)
                    .map(History::versionOf).map(RecordSnapshots::asset);
        }
    }

    /**
     * Restores an asset as this change left it (as it was just before, for a deletion): saved like any edit, so it
     * is checked against the project's rules, recorded in the history and undoable.
     *
     * @return the asset as stored
     * @throws ValidationException when that version breaks a rule today (e.g. a domain since retired)
     * @throws IllegalArgumentException when the change keeps no version of an asset
     */
    public Asset restoreAsset(long changeId) {
        synchronized (project.lock()) {
            Asset version = assetVersion(changeId).orElseThrow(() -> new IllegalArgumentException(
                    "Change " + changeId + " keeps no version of an asset to restore"));
            return project.assets().restore(version);
        }
    }

    private static String versionOf(Entry e) {
        return e.action() == Action.DELETED ? e.before() : e.after();
    }

    private static List<Change> changes(List<Entry> entries) {
        List<Change> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            List<org.assetatlas.model.FieldChange> fields;
            if (e.before() != null || e.after() != null) {
                fields = RecordSnapshots.changes(e.before(), e.after());
            } else if (!e.fields().isEmpty()) {
                fields = new ArrayList<>();
                for (String f : e.fields().split("; ")) {
                    fields.add(new org.assetatlas.model.FieldChange(f, "", ""));
                }
            } else {
                fields = List.of();
            }
            boolean restorable = (e.kind() == Kind.ASSET || e.kind() == Kind.FACTOR) && versionOf(e) != null;
            out.add(new Change(e.id(), e.at(), e.who(), e.stepText(), e.action(), fields, restorable, e.undone()));
        }
        return out;
    }

    // ---- recording (inside the transaction that makes the change) ------------------------------------------------

    /** Records one change to an asset; {@code before} null for an addition, {@code after} null for a deletion. */
    long asset(String what, Asset before, Asset after) {
        Asset named = after != null ? after : before;
        return step(ChangeScope.ASSETS, what, List.of(new NewEntry(Kind.ASSET, named.id(), named.name(),
                action(before, after), before == null ? null : RecordSnapshots.of(before),
                after == null ? null : RecordSnapshots.of(after), "")));
    }

    /** Records one change to a factor, as {@link #asset} does. */
    long factor(String what, Factor before, Factor after) {
        Factor named = after != null ? after : before;
        return step(ChangeScope.FACTORS, what, List.of(new NewEntry(Kind.FACTOR, named.id(), named.description(),
                action(before, after), before == null ? null : RecordSnapshots.of(before),
                after == null ? null : RecordSnapshots.of(after), "")));
    }

    /** Records one change to a voice: what was done and which fields, never the words. */
    long voice(String what, long voiceId, Action action, List<String> fields) {
        return step(ChangeScope.FACTORS, what, List.of(new NewEntry(Kind.VOICE, voiceId, "a resident's voice", action,
                null, null, String.join("; ", fields))));
    }

    /** Records a change to many records at once (an import, a domain merge, new areas): it cannot be undone later. */
    long bulk(ChangeScope scope, String what) {
        return step(scope, what, List.of(new NewEntry(Kind.PROJECT, 0, what, Action.BULK, null, null, "")));
    }

    private long step(ChangeScope scope, String what, List<NewEntry> rows) {
        return store.inTransaction(() -> store.changeLog().addStep(clock.instant(), who, scope.name(), what, 0,
                rows));
    }

    private static Action action(Object before, Object after) {
        return before == null ? Action.ADDED : after == null ? Action.DELETED : Action.CHANGED;
    }

    // ---- undo -----------------------------------------------------------------------------------------------------

    /**
     * Records that a step was undone (its rows, before and after swapped, as a new step, described by the step's own
     * words rather than the menu's, which may quote a resident) and marks it undone.
     */
    void undone(long step) {
        store.inTransaction(() -> {
            List<NewEntry> rows = new ArrayList<>();
            List<Entry> entries = store.changeLog().step(step);
            for (int i = entries.size() - 1; i >= 0; i--) {
                Entry e = entries.get(i);
                Action a = e.action() == Action.ADDED ? Action.DELETED
                        : e.action() == Action.DELETED ? Action.ADDED : e.action();
                rows.add(new NewEntry(e.kind(), e.recordId(), e.label(), a, e.after(), e.before(), e.fields()));
            }
            if (!entries.isEmpty()) {
                store.changeLog().addStep(clock.instant(), who, entries.get(0).scope(),
                        "undo: " + entries.get(0).stepText(), step, rows);
                store.changeLog().setUndone(step, true);
            }
            return null;
        });
    }

    /** Records that an undone step was done again and marks it no longer undone. */
    void redone(long step) {
        store.inTransaction(() -> {
            List<Entry> entries = store.changeLog().step(step);
            List<NewEntry> rows = new ArrayList<>();
            for (Entry e : entries) {
                rows.add(new NewEntry(e.kind(), e.recordId(), e.label(), e.action(), e.before(), e.after(),
                        e.fields()));
            }
            if (!entries.isEmpty()) {
                store.changeLog().addStep(clock.instant(), who, entries.get(0).scope(),
                        "redo: " + entries.get(0).stepText(), step, rows);
                store.changeLog().setUndone(step, false);
            }
            return null;
        });
    }

    /**
     * The edits of earlier sessions that can still be undone, oldest first: the newest steps of the scope that
     * changed single assets or factors, back to the first step of any scope that changed many records or a voice
     * (whose words are not kept), after which the records may no longer be what the snapshots were taken from.
     * Steps since undone, and the undo and redo steps themselves, are passed over.
     */
    List<Edit> undoableFromEarlierSessions(ChangeScope scope) {
        List<Edit> edits = new ArrayList<>();
        for (Entry first : store.changeLog().recentSteps(UNDOABLE_AFTER_OPENING * 4)) {
            if (first.undoOf() > 0 || first.undone()) {
                continue;
            }
            if (first.action() != Action.BULK && first.kind() != Kind.VOICE && !first.scope().equals(scope.name())) {
                continue;
            }
            List<Entry> rows = store.changeLog().step(first.step());
            boolean kept = rows.stream().allMatch(e -> (e.kind() == Kind.ASSET || e.kind() == Kind.FACTOR)
                    && (e.before() != null || e.after() != null));
            if (!kept) {
                break;
            }
            edits.add(new LoggedEdit(first.step(), first.stepText(), rows.size() == 1 && first.kind() == Kind.ASSET
                    ? first.recordId() : 0));
            if (edits.size() == UNDOABLE_AFTER_OPENING) {
                break;
            }
        }
        Collections.reverse(edits);
        return edits;
    }

    /** The edit of single records recorded as {@code step}, undone and redone from its snapshots. */
    Edit edit(long step, String what, long assetId) {
        return new LoggedEdit(step, what, assetId);
    }

    /** Puts every record of a step back as it was before it (undo) or after it (redo). */
    void apply(long step, boolean toBefore) {
        List<Entry> rows = new ArrayList<>(store.changeLog().step(step));
        if (toBefore) {
            Collections.reverse(rows);
        }
        store.inTransaction(() -> {
            for (Entry e : rows) {
                String target = toBefore ? e.before() : e.after();
                if (e.kind() == Kind.ASSET) {
                    putAsset(e.recordId(), target == null ? null : RecordSnapshots.asset(target));
                } else if (e.kind() == Kind.FACTOR) {
                    putFactor(e.recordId(), target == null ? null : RecordSnapshots.factor(target));
                } else {
                    throw new IllegalStateException("A change to " + e.label() + " cannot be undone after closing");
                }
            }
            return null;
        });
    }

    private void putAsset(long id, Asset a) {
        boolean exists = store.assets().findById(id).isPresent();
        if (a == null) {
            if (exists) {
                store.assets().delete(id);
            }
            return;
        }
        Asset placed = project.placement().place(a);
        if (exists) {
            store.assets().update(placed);
        } else {
            store.assets().insert(placed);
        }
    }

    private void putFactor(long id, Factor f) {
        boolean exists = store.factors().factor(id).isPresent();
        if (f == null) {
            if (exists) {
                store.factors().deleteFactor(id);
            }
            return;
        }
        Set<Long> evidence = new HashSet<>();
        for (EvidenceSource s : store.factors().evidence()) {
            evidence.add(s.id());
        }
        Factor kept = new Factor(f.id(), f.kind(), f.theme(), f.description(), f.domains(), f.areaCodes(),
                f.assetUids(), f.strength(), f.evidenceIds().stream().filter(evidence::contains).toList(),
                f.illustrative());
        if (exists) {
            store.factors().update(kept);
        } else {
            store.factors().insert(kept);
        }
    }

    /** An edit whose undo and redo are the snapshots in the history: for edits of single assets and factors. */
    final class LoggedEdit implements Edit {
        private final long step;
        private final String description;
        private final long assetId;

        LoggedEdit(long step, String description, long assetId) {
            this.step = step;
            this.description = description;
            this.assetId = assetId;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void undo() {
            apply(step, true);
        }

        @Override
        public void redo() {
            apply(step, false);
        }

        @Override
        public long step() {
            return step;
        }

        @Override
        public long assetId() {
            return assetId;
        }
    }
}
