package org.assetatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history of changes to a project's records (table {@code change_log}, schema version 13): one row per record
 * changed, grouped in steps (one thing the user did), with who and when and the record before and after as
 * snapshots. Rows are only ever added, except that a step is marked undone and redone.
 */
public final class ChangeLogRepository {

    /** What kind of record a row is about. */
    public enum Kind {
        ASSET("asset"), FACTOR("factor"), VOICE("voice"), AREA("area"), PROJECT("project");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Kind of(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            return PROJECT;
        }
    }

    /** What happened to the record. */
    public enum Action {
        ADDED("added"), CHANGED("changed"), DELETED("deleted"), BULK("bulk");

        private final String code;

        Action(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Action of(String code) {
            for (Action a : values()) {
                if (a.code.equals(code)) {
                    return a;
                }
            }
            return BULK;
        }
    }

    /**
     * One row of the history.
     *
     * @param id       the row's id
     * @param step     the step it belongs to
     * @param at       when
     * @param who      the person (the name they chose, or the computer's user name)
     * @param scope    the undo scope of the step ({@code ASSETS}, {@code FACTORS})
     * @param kind     what kind of record
     * @param recordId the record's row id (0 for a bulk step)
     * @param label    the record's name when it was changed, or what a bulk step did
     * @param action   added, changed, deleted or bulk
     * @param stepText what the whole step did, e.g. {@code edit “Mile End Men's Shed”}
     * @param before   the record before (null when it did not exist, or is not kept)
     * @param after    the record after (null when it no longer exists, or is not kept)
     * @param fields   the names of the fields changed, joined by "; " (for records whose snapshots are not kept)
     * @param undoOf   for a step that undid or redid another, that step; 0 otherwise
     * @param undone   whether the step has been undone (and not redone)
     */
    public record Entry(long id, long step, Instant at, String who, String scope, Kind kind, long recordId,
                        String label, Action action, String stepText, String before, String after, String fields,
                        long undoOf, boolean undone) {
    }

    /** A row to add: the step, time and person are the step's. */
    public record NewEntry(Kind kind, long recordId, String label, Action action, String before, String after,
                           String fields) {
    }

    private static final String COLUMNS = "id, step, at, who, scope, kind, record_id, label, action, step_text,"
            + " before, after, fields, undo_of, undone";

    private final Connection c;

    ChangeLogRepository(Connection c) {
        this.c = c;
    }

    /**
     * Adds one step: its rows in order. Call inside the transaction that made the change, so that the change and its
     * history are one.
     *
     * @return the step's number
     */
    public long addStep(Instant at, String who, String scope, String stepText, long undoOf, List<NewEntry> rows) {
        try {
            long step;
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(step), 0) + 1 FROM change_log");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                step = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_log (step, at, who, scope, kind,"
                    + " record_id, label, action, step_text, before, after, fields, undo_of) VALUES"
                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (NewEntry e : rows) {
                    ps.setLong(1, step);
                    ps.setString(2, at.toString());
                    ps.setString(3, who);
                    ps.setString(4, scope);
                    ps.setString(5, e.kind().code());
                    if (e.recordId() > 0) {
                        ps.setLong(6, e.recordId());
                    } else {
                        ps.setNull(6, Types.INTEGER);
                    }
                    ps.setString(7, e.label() == null ? "" : e.label());
                    ps.setString(8, e.action().code());
                    ps.setString(9, stepText);
                    ps.setString(10, e.before());
                    ps.setString(11, e.after());
                    ps.setString(12, e.fields() == null ? "" : e.fields());
                    if (undoOf > 0) {
                        ps.setLong(13, undoOf);
                    } else {
                        ps.setNull(13, Types.INTEGER);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return step;
        } catch (SQLException e) {
            throw new StoreException("Cannot record the change in the project's history: " + e.getMessage(), e);
        }
    }

    /** Marks a step undone, or no longer undone (redone). */
    public void setUndone(long step, boolean undone) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE change_log SET undone = ? WHERE step = ?")) {
            ps.setInt(1, undone ? 1 : 0);
            ps.setLong(2, step);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot record the undo in the project's history: " + e.getMessage(), e);
        }
    }

    /** The rows of one record, newest first. */
    public List<Entry> forRecord(Kind kind, long recordId) {
        return query("SELECT " + COLUMNS + " FROM change_log WHERE kind = ? AND record_id = ? ORDER BY id DESC",
                ps -> {
                    ps.setString(1, kind.code());
                    ps.setLong(2, recordId);
                });
    }

    /** The rows of one step, in the order they were written. */
    public List<Entry> step(long step) {
        return query("SELECT " + COLUMNS + " FROM change_log WHERE step = ? ORDER BY id", ps -> ps.setLong(1, step));
    }

    /** One row. */
    public Optional<Entry> entry(long id) {
        return query("SELECT " + COLUMNS + " FROM change_log WHERE id = ?", ps -> ps.setLong(1, id)).stream()
                .findFirst();
    }

    /** The newest rows of the whole project, newest first, at most {@code limit}. */
    public List<Entry> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM change_log ORDER BY id DESC LIMIT ?", ps -> ps.setInt(1, limit));
    }

    /** The first row of each of the newest steps, newest first, at most {@code limit} steps. */
    public List<Entry> recentSteps(int limit) {
        return query("SELECT " + COLUMNS + " FROM change_log WHERE id IN (SELECT min(id) FROM change_log"
                + " GROUP BY step ORDER BY step DESC LIMIT ?) ORDER BY step DESC", ps -> ps.setInt(1, limit));
    }

    /** Records deleted whose last row is their deletion, newest first: what "Deleted assets" lists. */
    public List<Entry> deleted(Kind kind, int limit) {
        return query("SELECT " + COLUMNS + " FROM change_log l WHERE kind = ? AND action = 'deleted' AND undone = 0"
                + " AND id = (SELECT max(id) FROM change_log m WHERE m.kind = l.kind AND m.record_id = l.record_id)"
                + " ORDER BY id DESC LIMIT ?", ps -> {
                    ps.setString(1, kind.code());
                    ps.setInt(2, limit);
                });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<Entry> query(String sql, Binder binder) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), rs.getLong(2), Instant.parse(rs.getString(3)), rs.getString(4),
                            rs.getString(5), Kind.of(rs.getString(6)), rs.getLong(7), rs.getString(8),
                            Action.of(rs.getString(9)), rs.getString(10), rs.getString(11), rs.getString(12),
                            rs.getString(13), rs.getLong(14), rs.getInt(15) != 0));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the project's history: " + e.getMessage(), e);
        }
    }
}
