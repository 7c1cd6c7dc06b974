-- Schema version 4: an asset's area lives in a narrow table of its own.
-- Placing every asset afresh (new boundaries, say) rewrote every row of the wide asset table: for 100,000 assets
-- about 100 MB of pages through the write-ahead log, most of a second of SQLite's time. The same update of this
-- table touches a few hundred pages. asset.area_code is kept (SQLite cannot drop a column that takes part in a
-- foreign key) but is no longer used and is left empty.
CREATE TABLE asset_area (
    asset_id  INTEGER PRIMARY KEY REFERENCES asset (id) ON DELETE CASCADE,
    area_code TEXT NOT NULL REFERENCES area (code) ON UPDATE CASCADE ON DELETE CASCADE
);
INSERT INTO asset_area (asset_id, area_code) SELECT id, area_code FROM asset WHERE area_code IS NOT NULL;
CREATE INDEX asset_area_by_code ON asset_area (area_code);
DROP INDEX asset_by_area;
UPDATE asset SET area_code = NULL WHERE area_code IS NOT NULL;
