-- Schema version 10: every area an asset is in, at every level.
-- asset_area keeps the asset's own area (the one shown and exported). asset_place holds each area the asset belongs
-- to under the project's one area rule (the area containing it at every level with boundaries, and the areas above
-- those), so that "assets in this area" is one indexed lookup at any level: district, neighbourhood, ward or LSOA.
-- Filled here from each asset's own area and the areas above it; the app places every asset afresh by location
-- at every level when it first opens a project of an older version.
CREATE TABLE asset_place (
    asset_id  INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    area_code TEXT    NOT NULL REFERENCES area (code) ON UPDATE CASCADE ON DELETE CASCADE,
    PRIMARY KEY (area_code, asset_id)
) WITHOUT ROWID;
CREATE INDEX asset_place_by_asset ON asset_place (asset_id);
WITH RECURSIVE up (asset_id, code, depth) AS (
    SELECT asset_id, area_code, 0 FROM asset_area
    UNION ALL
    SELECT up.asset_id, area.parent_code, up.depth + 1 FROM up JOIN area ON area.code = up.code
    WHERE area.parent_code IS NOT NULL AND up.depth < 16
)
INSERT OR IGNORE INTO asset_place (area_code, asset_id)
    SELECT code, asset_id FROM up WHERE code IN (SELECT code FROM area);

-- Snapshots of counts now keep a row per area at every level, and the whole project under area code '' (it was
-- the assets with no area). Older snapshots get their whole-project rows summed from their per-area rows; their
-- assets with no area move to '-'.
UPDATE count_snapshot_row SET area_code = '-' WHERE area_code = '';
INSERT INTO count_snapshot_row (snapshot_id, area_code, domain, category, count)
    SELECT snapshot_id, '', domain, category, sum(count) FROM count_snapshot_row
    GROUP BY snapshot_id, domain, category;
