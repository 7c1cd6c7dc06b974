#!/usr/bin/env python3
"""Builds pairs.csv, the labelled set of duplicate and distinct asset pairs, from the files beside it.

Python 3 standard library only; fixed random seed, so the output is the same every run:
    python3 src/test/resources/dedupe/make_pairs.py
Each pair says where its records come from (origin) and how the second record was made (case).
"""
import csv
import difflib
import json
import math
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(14)

FIELDS = ["name", "postcode", "lat", "lon", "phone", "email", "website"]


def rec(name, postcode="", lat="", lon="", phone="", email="", website=""):
    return {"name": name, "postcode": postcode, "lat": lat, "lon": lon, "phone": phone, "email": email,
            "website": website}


# ---- sources -------------------------------------------------------------------------------------------------
real = []
with open(os.path.join(HERE, "libraries_gp_practices_colchester_tendring.geojson"), encoding="utf-8") as f:
    for feat in json.load(f)["features"]:
        p = feat["properties"]
        lon, lat = feat["geometry"]["coordinates"]
        real.append(rec(p["name"], p["postcode"], "%.6f" % lat, "%.6f" % lon))

demo = []
with open(os.path.join(HERE, "demo-assets.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        if r["illustrative"] == "yes" and r["kind"] != "individual":
            demo.append(rec(r["name"], r["postcode"], r["latitude"], r["longitude"], r["phone"], r["email"],
                            r["website"]))

# ---- the ways two spreadsheets write one record ---------------------------------------------------------------
ABBREVIATIONS = [("Community", "Comm."), ("Centre", "Ctr"), ("Centre", "Ctre"), ("Association", "Assoc."),
                 ("Group", "Grp"), ("Surgery", "Surg."), ("Medical", "Med."), ("Health", "Hlth"),
                 ("Library", "Lib."), ("Practice", "Prac."), ("Saint", "St."), ("St ", "St. "), (" and ", " & "),
                 ("Society", "Soc."), ("Road", "Rd"), ("Avenue", "Ave")]


def abbreviate(name):
    options = [(a, b) for a, b in ABBREVIATIONS if a in name]
    if not options:
        return None
    a, b = rng.choice(options)
    return name.replace(a, b, 1)


def punctuation(name):
    choice = rng.randrange(4)
    if choice == 0:
        return name.upper()
    if choice == 1:
        return re.sub(r"['’.,\-–]", "", name)
    if choice == 2:
        return name.lower()
    return ("The " + name) if not name.startswith("The ") else name[4:]


def typo(name):
    words = [i for i, w in enumerate(name.split(" ")) if len(w) >= 5 and w.isalpha()]
    if not words:
        return None
    parts = name.split(" ")
    i = rng.choice(words)
    w = parts[i]
    k = rng.randrange(1, len(w) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]          # swapped letters
    elif kind == 1:
        w = w[:k] + w[k + 1:]                              # a letter left out
    else:
        w = w[:k] + w[k] + w[k:]                           # a letter doubled
    parts[i] = w
    return " ".join(parts)


def move(r, lo, hi):
    """The record at the door rather than the postcode centroid: lo..hi metres away."""
    if not r["lat"]:
        return r
    d = rng.uniform(lo, hi)
    bearing = rng.uniform(0, 2 * math.pi)
    lat = float(r["lat"]) + d * math.cos(bearing) / 111320
    lon = float(r["lon"]) + d * math.sin(bearing) / (111320 * math.cos(math.radians(float(r["lat"]))))
    return dict(r, lat="%.6f" % lat, lon="%.6f" % lon)


def phone_format(p):
    d = re.sub(r"\D", "", p)
    if not d:
        return p
    return rng.choice(["+44 " + d[1:5] + " " + d[5:], "(" + d[:5] + ") " + d[5:], d, "+44 (0)" + d[1:5] + " " + d[5:]])


def web_format(w):
    if not w:
        return w
    host_path = re.sub(r"^https?://", "", w)
    return rng.choice(["http://www." + host_path + "/", host_path, "https://www." + host_path, w.upper()])


def variant(r, with_contacts):
    """A second record of r, written the way another partner's spreadsheet would, and what was changed."""
    v = dict(r)
    changes = []
    name_changes = [("abbreviated", abbreviate), ("punctuation and case", punctuation), ("typo", typo)]
    rng.shuffle(name_changes)
    for label, fn in name_changes[:rng.choice([1, 1, 2])]:
        n = fn(v["name"])
        if n and n != v["name"]:
            v["name"] = n
            changes.append(label)
    roll = rng.random()
    if roll < 0.2:
        v.update(lat="", lon="")
        changes.append("no location")
    elif roll < 0.3:
        v.update(lat="", lon="", postcode="")
        changes.append("no postcode or location")
    elif roll < 0.75:
        v = move(v, 20, 400)
        changes.append("located at the door, not the postcode centroid")
    if v["postcode"] and rng.random() < 0.3:
        v["postcode"] = v["postcode"].replace(" ", "").lower()
        changes.append("postcode written differently")
    if with_contacts:
        if v["phone"] and rng.random() < 0.6:
            v["phone"] = phone_format(v["phone"])
            changes.append("phone written differently")
        if v["website"] and rng.random() < 0.6:
            v["website"] = web_format(v["website"])
            changes.append("web address written differently")
        if v["email"] and rng.random() < 0.3:
            v["email"] = v["email"].upper()
            changes.append("e-mail in capitals")
        if rng.random() < 0.25:
            # the other partner did not collect contact details
            v.update(phone="", email="", website="")
            changes.append("no contact details")
    if not changes:
        v = move(v, 20, 200)
        changes.append("located at the door, not the postcode centroid")
    return v, "; ".join(changes)


pairs = []


def add(label, case, origin, a, b):
    pairs.append({"label": label, "case": case, "origin": origin, "a": a, "b": b})


# ---- duplicates -----------------------------------------------------------------------------------------------
add("duplicate", "abbreviated, punctuation", "illustrative",
    rec("St Anne's Community Centre", "CO4 0PY", "51.892900", "0.931000", "01632 960118"),
    rec("St. Annes Comm. Centre", "CO4 0PY", "", "", "(01632) 960118"))
for r in real:
    v, case = variant(r, False)
    add("duplicate", case, "real (LIB/ODS) and a variant of it", r, v)
for r in rng.sample(demo, 90):
    v, case = variant(r, True)
    add("duplicate", case, "illustrative (demo) and a variant of it", r, v)
# renamed by the other partner, recognisable only by contact details
for r in [d for d in demo if d["phone"] and d["postcode"]][:6]:
    words = r["name"].split(" ")
    b = dict(r, name=" ".join(words[:1] + ["Community"] + words[1:2] + ["Sessions"]), lat="", lon="")
    add("duplicate", "renamed; same postcode and phone", "illustrative (demo) and a variant of it", r, b)

# ---- hard non-duplicates --------------------------------------------------------------------------------------
def similar_pairs(records, count, origin, case):
    scored = []
    for i in range(len(records)):
        for j in range(i + 1, len(records)):
            a, b = records[i], records[j]
            if a["name"] == b["name"]:
                continue
            s = difflib.SequenceMatcher(None, a["name"].lower(), b["name"].lower()).ratio()
            scored.append((s, i, j))
    scored.sort(reverse=True)
    for s, i, j in scored[:count]:
        add("distinct", case, origin, records[i], records[j])


by_name = {r["name"]: r for r in real}
add("distinct", "one kind of service in two towns", "real (LIB)", by_name["Clacton Library"], by_name["Frinton Library"])
similar_pairs([r for r in real if r["name"] not in ("Clacton Library", "Frinton Library")], 40, "real (LIB/ODS)",
              "different assets with alike names")
# same building, different groups: records sharing a postcode
for group in (real, demo):
    by_pc = {}
    for r in group:
        if r["postcode"]:
            by_pc.setdefault(r["postcode"], []).append(r)
    same = [(a, b) for rs in by_pc.values() for i, a in enumerate(rs) for b in rs[i + 1:] if a["name"] != b["name"]]
    for a, b in same[:25]:
        add("distinct", "same postcode, different groups",
            "real (LIB/ODS)" if group is real else "illustrative (demo)", a, b)
similar_pairs(demo, 45, "illustrative (demo)", "one activity in two neighbourhoods")
# branches of one charity (illustrative)
for charity, host, places in [
        ("Citizens Advice", "citizensadvice.example.org", [("Colchester", "CO1 1JB", 51.8885, 0.8997),
                                                          ("Tendring", "CO15 1SF", 51.7921, 1.1546)]),
        ("Age UK Essex", "ageukessex.example.org", [("Clacton", "CO15 1SF", 51.7925, 1.1540),
                                                   ("Colchester", "CO2 7QQ", 51.8870, 0.9050)]),
        ("Home-Start", "homestart.example.org", [("Colchester", "CO1 1JB", 51.8887, 0.9001),
                                                ("Tendring", "CO16 0AA", 51.8140, 1.1130)]),
        ("Colchester Foodbank", "colchesterfoodbank.example.org", [("Greenstead", "CO4 3QE", 51.8914, 0.9369),
                                                                   ("Parsons Heath", "CO4 3HS", 51.9010, 0.9340)]),
        ("Mind in Tendring", "mindtendring.example.org", [("Harwich", "CO12 3TZ", 51.9380, 1.2800),
                                                         ("Walton", "CO14 8AA", 51.8450, 1.2650)])]:
    (p1, pc1, la1, lo1), (p2, pc2, la2, lo2) = places
    add("distinct", "two branches of one charity", "illustrative",
        rec(charity + " " + p1, pc1, "%.6f" % la1, "%.6f" % lo1, "01632 960401", "", "https://" + host + "/" + p1.lower().replace(" ", "-")),
        rec(charity + " " + p2, pc2, "%.6f" % la2, "%.6f" % lo2, "01632 960402", "", "https://" + host + "/" + p2.lower().replace(" ", "-")))
add("distinct", "numbered groups of one organisation", "illustrative",
    rec("1st Clacton Scout Group", "CO15 1SF", "51.792145", "1.154557"),
    rec("2nd Clacton Scout Group", "CO15 1SF", "51.793000", "1.156000"))

with open(os.path.join(HERE, "pairs.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["pair", "label", "case", "origin"] + ["a_" + x for x in FIELDS] + ["b_" + x for x in FIELDS])
    for n, p in enumerate(pairs, 1):
        w.writerow([n, p["label"], p["case"], p["origin"]] + [p["a"][x] for x in FIELDS] + [p["b"][x] for x in FIELDS])
dup = sum(1 for p in pairs if p["label"] == "duplicate")
print("pairs %d: duplicate %d, distinct %d" % (len(pairs), dup, len(pairs) - dup))
