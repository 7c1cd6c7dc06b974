-- History of changes to records (ADR 36), and row versions on assets so a save over someone else's change is
-- refused with a choice instead of losing it.

-- One row per record changed; a step is one thing the user did (one save, one delete, one import) and can hold
-- several rows. Snapshots are the record as JSON before and after (null when it did not exist); a voice's
-- snapshots are never kept (residents' words stay only where consent rules guard them), nor are those of bulk steps.
CREATE TABLE change_log (
    id         INTEGER PRIMARY KEY,
    step       INTEGER NOT NULL,
    at         TEXT NOT NULL,
    who        TEXT NOT NULL,
    scope      TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('asset', 'factor', 'voice', 'area', 'project')),
    record_id  INTEGER,
    label      TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('added', 'changed', 'deleted', 'bulk')),
    step_text  TEXT NOT NULL,
    before     TEXT,
    after      TEXT,
    fields     TEXT NOT NULL DEFAULT '',
    undo_of    INTEGER,
    undone     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX change_log_by_record ON change_log (kind, record_id, id);
CREATE INDEX change_log_by_step ON change_log (step);

ALTER TABLE asset ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
