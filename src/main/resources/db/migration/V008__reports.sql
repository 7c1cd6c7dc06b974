-- Schema version 8: deep-dive reports.

-- Calls to action, written by the partnership for one domain in one area. An empty domain means "every domain",
-- an empty area code "every area". One block of text per pair; each non-blank line is one action.
CREATE TABLE call_to_action (
    domain    TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    area_code TEXT NOT NULL DEFAULT '',
    text      TEXT NOT NULL,
    updated   TEXT NOT NULL,
    PRIMARY KEY (domain, area_code)
) WITHOUT ROWID;

-- Asset counts recorded at a moment, so that a later report can say what has changed since.
CREATE TABLE count_snapshot (
    id    INTEGER PRIMARY KEY,
    taken TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT ''
);

-- One count per area (at the assignment level; '' = no area), domain ('' = any domain: distinct assets) and ABCD
-- category code.
CREATE TABLE count_snapshot_row (
    snapshot_id INTEGER NOT NULL REFERENCES count_snapshot (id) ON DELETE CASCADE,
    area_code   TEXT NOT NULL,
    domain      TEXT NOT NULL,
    category    TEXT NOT NULL,
    count       INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, area_code, domain, category)
) WITHOUT ROWID;
