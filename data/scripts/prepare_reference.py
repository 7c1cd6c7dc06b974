#!/usr/bin/env python3
"""Copy and subset the open reference data used by the demo project.

Usage:  python3 data/scripts/prepare_reference.py OPEN_DATA_DIR

OPEN_DATA_DIR is a local copy of the open-data bundle described in data/README.md
(sub-folders boundaries/, deprivation/, population/, lookups/, postcodes/, transport/).
Writes maps/*.geojson and data/reference/*. Python 3 standard library only.
"""
import csv
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
ROOT = os.path.dirname(DATA)
MAPS = os.path.join(ROOT, "maps")
REF = os.path.join(DATA, "reference")

COLCHESTER = "E07000071"

MAP_FILES = [
    "boundaries/colchester_wards2019_bgc.geojson",
    "boundaries/colchester_lsoa2011_bgc.geojson",
    "boundaries/colchester_lad_dissolved_from_lsoa2011.geojson",
]
REF_FILES = [
    "assets/libraries_gp_practices_colchester_tendring.geojson",
    "deprivation/iod2019_file1_imd_colchester_tendring.csv",
    "deprivation/iod2019_file2_domains_colchester_tendring.csv",
    "population/iod2019_file6_population_mid2015_colchester_tendring.csv",
    "lookups/lsoa2011_to_ward2019_colchester_tendring.csv",
]
POSTCODE_SRC = "postcodes/codepoint_open_2014_postcodes_colchester_tendring.csv"
POSTCODE_COLS = ["Postcode", "Eastings", "Northings", "Longitude", "Latitude"]
NAPTAN_SRC = "transport/naptan_stops_active_colchester_tendring.geojson"
NAPTAN_PROPS = ["ATCOCode", "CommonName", "Street", "Indicator", "StopType", "LAD_CD"]


def main(src):
    os.makedirs(MAPS, exist_ok=True)
    os.makedirs(REF, exist_ok=True)
    for rel in MAP_FILES:
        shutil.copyfile(os.path.join(src, rel), os.path.join(MAPS, os.path.basename(rel)))
    for rel in REF_FILES:
        shutil.copyfile(os.path.join(src, rel), os.path.join(REF, os.path.basename(rel)))

    # Postcode centroids: Colchester only, five columns.
    n = 0
    with open(os.path.join(src, POSTCODE_SRC), newline="", encoding="utf-8") as fin, \
            open(os.path.join(REF, "postcodes_colchester.csv"), "w", newline="", encoding="utf-8") as fout:
        w = csv.writer(fout, lineterminator="\n")
        w.writerow(POSTCODE_COLS)
        for row in csv.DictReader(fin):
            if row["Admin_district_code"] == COLCHESTER:
                w.writerow([row[c] for c in POSTCODE_COLS])
                n += 1
    print("postcodes_colchester.csv:", n, "rows")

    # NaPTAN stops: Colchester only, six properties, one feature per line.
    with open(os.path.join(src, NAPTAN_SRC), encoding="utf-8") as f:
        fc = json.load(f)
    feats = []
    for feat in fc["features"]:
        p = feat["properties"]
        if p.get("LAD_CD") != COLCHESTER:
            continue
        feats.append({"type": "Feature",
                      "properties": {k: p.get(k, "") for k in NAPTAN_PROPS},
                      "geometry": feat["geometry"]})
    out = os.path.join(REF, "naptan_stops_active_colchester.geojson")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"type":"FeatureCollection","name":"naptan_stops_active_colchester",'
                '"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},'
                '"features":[\n')
        f.write(",\n".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) for x in feats))
        f.write("\n]}\n")
    print("naptan_stops_active_colchester.geojson:", len(feats), "features")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
