-- Schema version 7: barriers and enablers, the evidence behind them, residents' voices, engagement summaries,
-- public transport stops and recorded transport services.

-- The project's own list of factor themes, in display order.
CREATE TABLE factor_theme (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    position INTEGER NOT NULL
);
INSERT INTO factor_theme (name, position) VALUES
    ('Transport', 0), ('Unpaid carers', 1), ('Community safety', 2), ('Awareness and information', 3),
    ('Advocacy', 4), ('Digital access', 5), ('Cost', 6), ('Language', 7), ('Physical access', 8),
    ('Opening hours', 9), ('Stigma', 10);

CREATE TABLE evidence_source (
    id           INTEGER PRIMARY KEY,
    type         TEXT NOT NULL,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    citation     TEXT NOT NULL DEFAULT '',
    link         TEXT NOT NULL DEFAULT '',
    date         TEXT,
    sample_size  INTEGER CHECK (sample_size IS NULL OR sample_size >= 0),
    illustrative INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE factor (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('barrier', 'enabler')),
    theme        TEXT NOT NULL,
    description  TEXT NOT NULL CHECK (length(trim(description)) > 0),
    strength     INTEGER NOT NULL DEFAULT 1 CHECK (strength >= 1),
    illustrative INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX factor_by_theme ON factor (theme);

CREATE TABLE factor_domain (
    factor_id INTEGER NOT NULL REFERENCES factor (id) ON DELETE CASCADE,
    domain_id INTEGER NOT NULL REFERENCES domain (id) ON DELETE CASCADE,
    PRIMARY KEY (factor_id, domain_id)
) WITHOUT ROWID;

CREATE TABLE factor_area (
    factor_id INTEGER NOT NULL REFERENCES factor (id) ON DELETE CASCADE,
    area_code TEXT NOT NULL REFERENCES area (code) ON UPDATE CASCADE ON DELETE CASCADE,
    PRIMARY KEY (factor_id, area_code)
) WITHOUT ROWID;

-- Assets by uid, not row id: the link survives an asset being deleted and restored, or exported and re-imported.
CREATE TABLE factor_asset (
    factor_id INTEGER NOT NULL REFERENCES factor (id) ON DELETE CASCADE,
    asset_uid TEXT NOT NULL,
    PRIMARY KEY (factor_id, asset_uid)
) WITHOUT ROWID;

CREATE TABLE factor_evidence (
    factor_id   INTEGER NOT NULL REFERENCES factor (id) ON DELETE CASCADE,
    evidence_id INTEGER NOT NULL REFERENCES evidence_source (id) ON DELETE CASCADE,
    PRIMARY KEY (factor_id, evidence_id)
) WITHOUT ROWID;

-- Residents' words. name is kept only when the speaker agreed to be named; consent is 'no', 'quote' or 'publish'.
CREATE TABLE voice (
    id           INTEGER PRIMARY KEY,
    quote        TEXT NOT NULL CHECK (length(trim(quote)) > 0),
    speaker      TEXT NOT NULL DEFAULT '',
    name         TEXT NOT NULL DEFAULT '',
    consent      TEXT NOT NULL CHECK (consent IN ('no', 'quote', 'publish')),
    evidence_id  INTEGER REFERENCES evidence_source (id) ON DELETE SET NULL,
    date         TEXT,
    domains      TEXT NOT NULL DEFAULT '',
    areas        TEXT NOT NULL DEFAULT '',
    illustrative INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE voice_factor (
    voice_id  INTEGER NOT NULL REFERENCES voice (id) ON DELETE CASCADE,
    factor_id INTEGER NOT NULL REFERENCES factor (id) ON DELETE CASCADE,
    PRIMARY KEY (voice_id, factor_id)
) WITHOUT ROWID;
CREATE INDEX voice_factor_by_factor ON voice_factor (factor_id, voice_id);

CREATE TABLE engagement (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    area_code      TEXT REFERENCES area (code) ON UPDATE CASCADE ON DELETE SET NULL,
    start_date     TEXT,
    end_date       TEXT,
    people_reached INTEGER NOT NULL CHECK (people_reached >= 0),
    note           TEXT NOT NULL DEFAULT '',
    illustrative   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE engagement_need (
    engagement_id INTEGER NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    need          TEXT NOT NULL,
    people        INTEGER NOT NULL CHECK (people >= 0),
    PRIMARY KEY (engagement_id, position)
) WITHOUT ROWID;

-- Public transport stops (NaPTAN), WGS84.
CREATE TABLE transport_stop (
    atco_code TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    street    TEXT NOT NULL DEFAULT '',
    indicator TEXT NOT NULL DEFAULT '',
    stop_type TEXT NOT NULL DEFAULT '',
    lat       REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon       REAL NOT NULL CHECK (lon BETWEEN -180 AND 180)
) WITHOUT ROWID;

-- Recorded transport services; route is "lon lat, lon lat, ..." (WGS84), stops a comma-separated list of ATCO codes,
-- schedule the weekly-schedule text form.
CREATE TABLE transport_service (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind         TEXT NOT NULL,
    operator     TEXT NOT NULL DEFAULT '',
    route        TEXT NOT NULL DEFAULT '',
    stops        TEXT NOT NULL DEFAULT '',
    schedule     TEXT NOT NULL DEFAULT '',
    eligibility  TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    illustrative INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE transport_service_area (
    service_id INTEGER NOT NULL REFERENCES transport_service (id) ON DELETE CASCADE,
    area_code  TEXT NOT NULL REFERENCES area (code) ON UPDATE CASCADE ON DELETE CASCADE,
    PRIMARY KEY (service_id, area_code)
) WITHOUT ROWID;
