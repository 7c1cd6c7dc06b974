-- Schema version 5: the indexes on category and on status go.
-- Text searches filter by category and status in the in-memory search index, never in SQL. Lists without words
-- (name order, first page of 50) read asset_by_name and stop after a page: with these indexes SQLite instead read
-- every asset of the category or status and sorted them. Only a list filtered to a rare combination (0.15 % of the
-- assets) is slower without them. Keeping them cost every import two more scans of the asset table and every edit
-- two more index updates.
DROP INDEX IF EXISTS asset_by_category;
DROP INDEX IF EXISTS asset_by_status;
