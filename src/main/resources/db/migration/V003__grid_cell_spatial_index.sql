-- Schema version 3: the spatial index becomes a B-tree over a grid cell computed from the location.
-- Measured: inserting 100,000 points into the R*Tree took about 2 s (insert order made no difference), more than
-- everything else in an import together; a B-tree index on a computed cell costs a few hundredths of that, and
-- near-a-point queries read a handful of cell ranges instead. Cells are 0.01 degrees square (about 1.1 km north-south,
-- 0.7 km east-west in England): cell = row * 100000 + column, row = floor((lat + 90) * 100),
-- column = floor((lon + 180) * 100).
DROP TRIGGER asset_rtree_insert;
DROP TRIGGER asset_rtree_delete;
DROP TRIGGER asset_rtree_update;
DROP TABLE asset_rtree;
ALTER TABLE asset ADD COLUMN cell INTEGER GENERATED ALWAYS AS (
    CASE WHEN lat IS NULL OR lon IS NULL THEN NULL
         ELSE CAST((lat + 90) * 100 AS INTEGER) * 100000 + CAST((lon + 180) * 100 AS INTEGER) END) VIRTUAL;
CREATE INDEX asset_by_cell ON asset (cell);
