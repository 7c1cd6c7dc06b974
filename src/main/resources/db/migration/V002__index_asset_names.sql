-- Schema version 2: lists ordered by name (the table's first page) read the index instead of sorting every asset.
CREATE INDEX asset_by_name ON asset (name COLLATE NOCASE, id);
