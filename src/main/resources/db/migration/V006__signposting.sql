-- Schema version 6: signposting.
-- Postcode unit centroids (WGS84) for "near a postcode", imported from an ONS Postcode Directory-style CSV or
-- Code-Point Open; the key is the postcode in upper case without spaces.
CREATE TABLE postcode (
    code    TEXT PRIMARY KEY,
    display TEXT NOT NULL,
    lat     REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon     REAL NOT NULL CHECK (lon BETWEEN -180 AND 180)
) WITHOUT ROWID;

-- The anonymous signposting log: what was asked for, where (an area, never an address), what was offered and,
-- optionally, what came of it. No names, contact details or full postcodes are kept.
CREATE TABLE signpost_log (
    id          INTEGER PRIMARY KEY,
    logged_on   TEXT NOT NULL,
    need        TEXT NOT NULL,
    area_code   TEXT,
    place       TEXT NOT NULL DEFAULT '',
    domain      TEXT NOT NULL DEFAULT '',
    options     TEXT NOT NULL DEFAULT '',
    results     INTEGER NOT NULL DEFAULT 0,
    unmet       INTEGER NOT NULL DEFAULT 0,
    outcome     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX signpost_log_by_date ON signpost_log (logged_on);
