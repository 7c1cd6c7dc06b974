-- Schema version 10: every area an asset is in, at every level.
-- asset_area keeps the asset's own area (the one shown and exported). Under the project's one area rule an asset is
-- also in the area containing it at every level with boundaries and in the areas above those, so "assets in this
-- area" is one indexed lookup at any level: district, neighbourhood, ward or LSOA.
-- Assets in the same LSOA share the same areas, so the areas are kept once per distinct set (place_set, with its
-- areas in place_set_area) and each asset names its set: placing every asset afresh writes one narrow row per
-- asset, as asset_area does, rather than one per asset and level.
CREATE TABLE place_set (
    id    INTEGER PRIMARY KEY,
    codes TEXT NOT NULL UNIQUE -- the area codes, sorted, joined by char(31): the key a set is found by
);
CREATE TABLE place_set_area (
    set_id    INTEGER NOT NULL REFERENCES place_set (id) ON DELETE CASCADE,
    area_code TEXT    NOT NULL REFERENCES area (code) ON UPDATE CASCADE ON DELETE CASCADE,
    PRIMARY KEY (area_code, set_id)
) WITHOUT ROWID;
CREATE INDEX place_set_area_by_set ON place_set_area (set_id);
CREATE TABLE asset_place (
    asset_id INTEGER PRIMARY KEY REFERENCES asset (id) ON DELETE CASCADE,
    set_id   INTEGER NOT NULL REFERENCES place_set (id)
);
CREATE INDEX asset_place_by_set ON asset_place (set_id);

-- Filled here from each asset's own area and the areas above it; the app places every asset afresh by location
-- at every level when it first opens a project of an older version.
CREATE TEMP TABLE up_chain AS
    WITH RECURSIVE up (base, code, depth) AS (
        SELECT code, code, 0 FROM area
        UNION ALL
        SELECT up.base, area.parent_code, up.depth + 1 FROM up JOIN area ON area.code = up.code
        WHERE area.parent_code IS NOT NULL AND up.depth < 16
    )
    SELECT DISTINCT base, code FROM up WHERE code IN (SELECT code FROM area);
CREATE TEMP TABLE base_set AS
    SELECT base, group_concat(code, char(31)) AS codes
    FROM (SELECT base, code FROM up_chain ORDER BY base, code) GROUP BY base;
INSERT INTO place_set (codes)
    SELECT codes FROM base_set WHERE base IN (SELECT area_code FROM asset_area);
INSERT INTO place_set_area (set_id, area_code)
    SELECT ps.id, uc.code FROM base_set b JOIN place_set ps ON ps.codes = b.codes JOIN up_chain uc ON uc.base = b.base;
INSERT INTO asset_place (asset_id, set_id)
    SELECT aa.asset_id, ps.id FROM asset_area aa JOIN base_set b ON b.base = aa.area_code
    JOIN place_set ps ON ps.codes = b.codes;
DROP TABLE up_chain;
DROP TABLE base_set;

-- Snapshots of counts now keep a row per area at every level, and the whole project under area code '' (it was
-- the assets with no area). Older snapshots get their whole-project rows summed from their per-area rows; their
-- assets with no area move to '-'.
UPDATE count_snapshot_row SET area_code = '-' WHERE area_code = '';
INSERT INTO count_snapshot_row (snapshot_id, area_code, domain, category, count)
    SELECT snapshot_id, '', domain, category, sum(count) FROM count_snapshot_row
    GROUP BY snapshot_id, domain, category;
