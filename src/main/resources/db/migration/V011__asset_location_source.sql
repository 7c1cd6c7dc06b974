-- Schema version 11: where an asset's location came from.
-- 'given' for a location typed, imported as coordinates or clicked on the map; 'postcode' for the centroid of the
-- asset's postcode taken from the project's postcode table, which a precise location replaces and a changed postcode
-- moves. Every asset stored before this version had its location given.
ALTER TABLE asset ADD COLUMN location_source TEXT NOT NULL DEFAULT 'given';
