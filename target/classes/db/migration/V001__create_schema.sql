-- Community Asset Atlas project file, schema version 1.
-- Applied once by Migrations in a single transaction; never edit a released migration, add a new file instead.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The project's framework of health-and-wellbeing domains, in display order.
CREATE TABLE domain (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    definition TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL
);

-- Areas at every level (neighbourhood, ward, LSOA...), boundaries as WKB in WGS84 with their bounding box.
CREATE TABLE area (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    level       TEXT NOT NULL,
    parent_code TEXT,
    population  INTEGER,
    geometry    BLOB,
    min_lon     REAL,
    min_lat     REAL,
    max_lon     REAL,
    max_lat     REAL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX area_by_level ON area (level, name);

CREATE TABLE asset (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description   TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL,
    category      TEXT NOT NULL,
    area_code     TEXT REFERENCES area (code) ON UPDATE CASCADE ON DELETE SET NULL,
    area_chosen   INTEGER NOT NULL DEFAULT 0,
    tags          TEXT NOT NULL DEFAULT '',
    organisation  TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    postcode      TEXT NOT NULL DEFAULT '',
    lat           REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon           REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    phone         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    website       TEXT NOT NULL DEFAULT '',
    opening_hours TEXT NOT NULL DEFAULT '',
    opening_note  TEXT NOT NULL DEFAULT '',
    cost          TEXT NOT NULL,
    cost_note     TEXT NOT NULL DEFAULT '',
    accessibility TEXT NOT NULL DEFAULT '',
    age_min       INTEGER,
    age_max       INTEGER,
    languages     TEXT NOT NULL DEFAULT '',
    referral      TEXT NOT NULL,
    status        TEXT NOT NULL,
    capacity_note TEXT NOT NULL DEFAULT '',
    last_verified TEXT,
    verified_by   TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',
    illustrative  INTEGER NOT NULL DEFAULT 0,
    created       TEXT NOT NULL,
    updated       TEXT NOT NULL
);
CREATE INDEX asset_by_area ON asset (area_code);
CREATE INDEX asset_by_category ON asset (category);
CREATE INDEX asset_by_status ON asset (status);

CREATE TABLE asset_domain (
    asset_id  INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    domain_id INTEGER NOT NULL REFERENCES domain (id) ON DELETE CASCADE,
    PRIMARY KEY (asset_id, domain_id)
) WITHOUT ROWID;
CREATE INDEX asset_domain_by_domain ON asset_domain (domain_id, asset_id);

-- Full-text index over the asset's words, kept in step with the asset table by the triggers below.
CREATE VIRTUAL TABLE asset_fts USING fts5 (
    name, description, tags, organisation, address, postcode,
    content = 'asset', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER asset_fts_insert AFTER INSERT ON asset BEGIN
    INSERT INTO asset_fts (rowid, name, description, tags, organisation, address, postcode)
    VALUES (new.id, new.name, new.description, new.tags, new.organisation, new.address, new.postcode);
END;

CREATE TRIGGER asset_fts_delete AFTER DELETE ON asset BEGIN
    INSERT INTO asset_fts (asset_fts, rowid, name, description, tags, organisation, address, postcode)
    VALUES ('delete', old.id, old.name, old.description, old.tags, old.organisation, old.address, old.postcode);
END;

CREATE TRIGGER asset_fts_update AFTER UPDATE OF name, description, tags, organisation, address, postcode ON asset BEGIN
    INSERT INTO asset_fts (asset_fts, rowid, name, description, tags, organisation, address, postcode)
    VALUES ('delete', old.id, old.name, old.description, old.tags, old.organisation, old.address, old.postcode);
    INSERT INTO asset_fts (rowid, name, description, tags, organisation, address, postcode)
    VALUES (new.id, new.name, new.description, new.tags, new.organisation, new.address, new.postcode);
END;

-- Spatial index over located assets (R*Tree stores 32-bit floats: query by overlap, then filter exactly).
CREATE VIRTUAL TABLE asset_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat);

CREATE TRIGGER asset_rtree_insert AFTER INSERT ON asset WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
    INSERT INTO asset_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (new.id, new.lon, new.lon, new.lat, new.lat);
END;

CREATE TRIGGER asset_rtree_delete AFTER DELETE ON asset BEGIN
    DELETE FROM asset_rtree WHERE id = old.id;
END;

CREATE TRIGGER asset_rtree_update AFTER UPDATE OF lat, lon ON asset BEGIN
    DELETE FROM asset_rtree WHERE id = old.id;
    INSERT INTO asset_rtree (id, min_lon, max_lon, min_lat, max_lat)
    SELECT new.id, new.lon, new.lon, new.lat, new.lat WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL;
END;
