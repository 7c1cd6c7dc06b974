-- Area statistics imported into the project (e.g. the Index of Multiple Deprivation by LSOA), with their
-- provenance, so that choropleth maps and reports can use them and credit their source.

CREATE TABLE indicator (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE COLLATE NOCASE,   -- short stable name, e.g. imd2019-decile
    name          TEXT NOT NULL,                         -- shown in legends, e.g. IMD 2019 decile
    source        TEXT NOT NULL DEFAULT '',              -- publisher and dataset
    licence       TEXT NOT NULL DEFAULT '',              -- licence and attribution text to show with the map
    level         TEXT NOT NULL,                         -- area level of the codes (AreaLevel name), e.g. LSOA
    vintage       TEXT NOT NULL DEFAULT '',              -- geography vintage of the codes, e.g. 2011 (IoD2019) or 2021 (IoD2025)
    unit          TEXT NOT NULL DEFAULT '',
    higher_is_worse INTEGER NOT NULL DEFAULT 1,          -- 0 when a higher value means less need (e.g. an IMD decile)
    classes       TEXT NOT NULL DEFAULT '',              -- fixed classes the measure comes with ('imd-deciles'), or ''
    imported      TEXT NOT NULL                          -- ISO-8601 instant of the import
);

CREATE TABLE indicator_value (
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    area_code    TEXT NOT NULL,
    value        REAL NOT NULL,
    PRIMARY KEY (indicator_id, area_code)
) WITHOUT ROWID;
