-- Reference files loaded into the project (postcode centroids, deprivation, population), with where they come
-- from, so that the app and reports can cite them. Written in the same transaction as the import.

CREATE TABLE reference_source (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,                 -- POSTCODES, DEPRIVATION or POPULATION
    title      TEXT NOT NULL,                 -- e.g. English Indices of Deprivation 2019
    publisher  TEXT NOT NULL DEFAULT '',
    licence    TEXT NOT NULL DEFAULT '',
    vintage    TEXT NOT NULL DEFAULT '',      -- edition or reference date, e.g. 2019 or mid-2015
    file       TEXT NOT NULL DEFAULT '',      -- file name loaded, without its folder
    loaded     TEXT NOT NULL,                 -- ISO-8601 date
    rows       INTEGER NOT NULL,
    UNIQUE (kind, title, vintage, file)
);
