#!/usr/bin/env python3
"""Generate the demo asset register data/assets/demo-assets.csv.

Usage:  python3 data/scripts/make_demo_assets.py

Inputs (all inside this repository, see data/README.md):
  data/reference/libraries_gp_practices_colchester_tendring.geojson  real libraries and GP practices
  data/reference/postcodes_colchester.csv                          real postcode centroids (Code-Point Open)
  data/reference/naptan_stops_active_colchester.geojson             real bus stops (used for "near bus stop")
  maps/colchester_wards2019_bgc.geojson                             2019 ward boundaries
  data/neighbourhoods.csv                                           demo grouping of wards into neighbourhoods

Output: data/assets/demo-assets.csv in the canonical export format of docs/csv-format.md.

The real records (libraries, GP practices) are copied from the open data. Every other record is ILLUSTRATIVE:
made up for demonstration, marked illustrative=yes, placed at a real postcode centroid inside a ward of its
neighbourhood, and given contact details from reserved fictional ranges only (01632 960xxx telephone numbers,
example.org e-mail addresses and websites). The output is deterministic (fixed random seed).
Python 3 standard library only.
"""
import collections
import csv
import datetime
import json
import math
import os
import random
import re
import sys
import unicodedata

SEED = 20261122
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
ROOT = os.path.dirname(DATA)
REF = os.path.join(DATA, "reference")
OUT = os.path.join(DATA, "assets", "demo-assets.csv")

COLUMNS = ["id", "name", "description", "kind", "category", "domains", "area", "tags", "organisation", "address",
           "postcode", "latitude", "longitude", "phone", "email", "website", "opening_hours", "opening_note", "cost",
           "cost_note", "accessibility", "age_min", "age_max", "languages", "referral", "status", "capacity_note",
           "last_verified", "verified_by", "source", "illustrative"]

DOMAINS = ["Start Well", "Stay Well", "Feel Well", "Be Well", "Age Well", "Die Well"]
CATEGORIES = ["individuals", "associations", "institutions", "physical", "economic", "cultural", "connections"]
KINDS = ["group", "venue", "service", "individual", "place", "business", "event", "organisation", "online"]
ACCESS = ["step-free", "hearing loop", "bsl", "easy read", "learning disability friendly", "parking",
          "near bus stop", "accessible toilet", "dementia friendly", "large print"]
NEIGHBOURHOODS = ["Colchester North", "Colchester Central", "Colchester South"]

ILLUSTRATIVE_SOURCE = "Illustrative demo record"
COLCHESTER = "E07000071"
BUS_STOP_METRES = 300

# ---------------------------------------------------------------------------------------------------------------
# Geometry (plain Python): ray casting over the rings of each ward MultiPolygon.
# ---------------------------------------------------------------------------------------------------------------


def load_wards(path):
    with open(path, encoding="utf-8") as f:
        fc = json.load(f)
    wards = []
    for feat in fc["features"]:
        geom = feat["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        xs = [p[0] for poly in polys for ring in poly for p in ring]
        ys = [p[1] for poly in polys for ring in poly for p in ring]
        wards.append((feat["properties"]["wd19cd"], feat["properties"]["wd19nm"], polys,
                      (min(xs), min(ys), max(xs), max(ys))))
    return wards


def in_ring(x, y, ring):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def ward_at(x, y, wards):
    """The (code, name) of the ward containing lon x / lat y, or None."""
    for code, name, polys, (x0, y0, x1, y1) in wards:
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            continue
        for poly in polys:
            if in_ring(x, y, poly[0]) and not any(in_ring(x, y, hole) for hole in poly[1:]):
                return code, name
    return None


def metres(lon1, lat1, lon2, lat2):
    """Approximate distance in metres (equirectangular; fine over a few km)."""
    kx = 111320.0 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot((lon1 - lon2) * kx, (lat1 - lat2) * 110574.0)


# ---------------------------------------------------------------------------------------------------------------
# Places. Real Colchester place names, each with the 2019 ward it lies in. Anchors (lon, lat) are approximate
# locality centres taken from NaPTAN stop locations; an asset named after an anchored place is put at one of the
# real postcode centroids in that ward nearest the anchor. Places without an anchor use any postcode in the ward.
# weight = how often the place is picked; hall = True if the place gets a community hall (created as a venue asset
# named after a street, e.g. "Elm Grove Community Hall", so that no real venue's name is reused).
# ---------------------------------------------------------------------------------------------------------------

PLACES = [
    # Colchester North
    ("Highwoods", "Highwoods", None, 5, True),
    ("Severalls", "Highwoods", (0.9236, 51.9226), 1, None),
    ("Mile End", "Mile End", (0.8997, 51.9182), 4, True),
    ("Myland", "Mile End", None, 2, None),
    ("Dedham", "Rural North", (0.9889, 51.9508), 2, True),
    ("Langham", "Rural North", (0.9410, 51.9438), 1, None),
    ("Boxted", "Rural North", (0.9113, 51.9479), 2, True),
    ("Great Horkesley", "Rural North", (0.8773, 51.9345), 2, True),
    ("Wormingford", "Rural North", (0.8087, 51.9488), 1, None),
    ("Fordham", "Rural North", (0.8024, 51.9199), 1, None),
    ("Wakes Colne", "Rural North", (0.7567, 51.9261), 1, None),
    ("Great Tey", "Rural North", (0.7479, 51.9021), 1, None),
    ("Lexden", "Lexden and Braiswick", (0.8720, 51.8870), 4, True),
    ("Braiswick", "Lexden and Braiswick", (0.8800, 51.9040), 1, None),
    ("West Bergholt", "Lexden and Braiswick", (0.8507, 51.9143), 3, True),
    ("Eight Ash Green", "Lexden and Braiswick", (0.8243, 51.8972), 2, None),
    ("Aldham", "Lexden and Braiswick", (0.7881, 51.9030), 1, None),
    ("St John's", "St Anne's and St John's", (0.9299, 51.9027), 3, True),
    ("St Anne's", "St Anne's and St John's", None, 3, None),
    ("Parsons Heath", "St Anne's and St John's", (0.9317, 51.9013), 1, None),
    # Colchester Central
    ("Colchester City Centre", "Castle", (0.9002, 51.8884), 3, None),
    ("Castle Park", "Castle", (0.9040, 51.8918), 2, None),
    ("Dutch Quarter", "Castle", (0.8990, 51.8905), 1, None),
    ("St Botolph's", "Castle", (0.9040, 51.8868), 2, True),
    ("Greenstead", "Greenstead", None, 6, True),
    ("New Town", "New Town and Christ Church", None, 4, True),
    ("Christ Church", "New Town and Christ Church", (0.8880, 51.8820), 2, None),
    ("Prettygate", "Prettygate", None, 5, True),
    ("Shrub End", "Shrub End", None, 4, True),
    ("St Michael's", "Shrub End", (0.8836, 51.8666), 1, None),
    ("Gosbecks", "Shrub End", (0.8640, 51.8640), 1, None),
    ("Stanway", "Stanway", None, 6, True),
    ("Tollgate", "Stanway", (0.8295, 51.8860), 1, None),
    # Colchester South
    ("Berechurch", "Berechurch", None, 2, None),
    ("Monkwick", "Berechurch", (0.9030, 51.8627), 3, True),
    ("Blackheath", "Berechurch", (0.9104, 51.8590), 1, None),
    ("Old Heath", "Old Heath and The Hythe", (0.9246, 51.8718), 3, True),
    ("Hythe", "Old Heath and The Hythe", (0.9270, 51.8800), 3, None),
    ("Rowhedge", "Old Heath and The Hythe", (0.9425, 51.8575), 2, True),
    ("Wivenhoe", "Wivenhoe", (0.9622, 51.8632), 5, True),
    ("West Mersea", "Mersea and Pyefleet", (0.9234, 51.7835), 4, True),
    ("Mersea Island", "Mersea and Pyefleet", (0.9234, 51.7835), 1, None),
    ("East Mersea", "Mersea and Pyefleet", (0.9794, 51.7931), 1, None),
    ("Fingringhoe", "Mersea and Pyefleet", (0.9429, 51.8427), 1, None),
    ("Abberton", "Mersea and Pyefleet", (0.9128, 51.8372), 1, None),
    ("Peldon", "Mersea and Pyefleet", (0.8961, 51.8095), 1, None),
    ("Marks Tey", "Marks Tey and Layer", (0.7730, 51.8783), 2, True),
    ("Copford", "Marks Tey and Layer", (0.7993, 51.8759), 2, None),
    ("Layer de la Haye", "Marks Tey and Layer", (0.8617, 51.8489), 2, True),
    ("Birch", "Marks Tey and Layer", (0.8126, 51.8455), 1, None),
    ("Messing", "Marks Tey and Layer", (0.7580, 51.8335), 1, None),
    ("Tiptree", "Tiptree", (0.7435, 51.8138), 5, True),
    ("Tiptree Heath", "Tiptree", (0.7314, 51.8023), 1, None),
]
# Some places only suit some kinds of asset (a park is not a venue for a toddler group).
PLACE_ONLY = {
    "Castle Park": {"walks", "green_gym", "festival", "heritage", "chatty_bench", "defib"},
    "Dutch Quarter": {"heritage", "chatty_bench", "art", "cinema_books", "faith", "community_garden", "knit",
                      "memorial", "defib"},
    "Mersea Island": {"transport", "festival", "walks", "heritage", "good_neighbours", "phone_befriending",
                      "online_groups", "online_neighbours", "online_bereavement", "carers_line", "cafe", "timebank",
                      "connector", "compassionate"},
}
PLACE_EXCLUDE = {
    "Colchester City Centre": {"allotments", "green_space", "play", "muga", "community_garden", "walking_football",
                               "allotment_society", "residents", "community_shop", "memorial"},
}
TOWN_WARDS = {"Highwoods", "Mile End", "St Anne's and St John's", "Castle", "Greenstead",
              "New Town and Christ Church", "Prettygate", "Shrub End", "Stanway", "Berechurch",
              "Old Heath and The Hythe"}
TOWN_PLACES = {p[0] for p in PLACES if p[1] in TOWN_WARDS} | {"Lexden", "Braiswick"}

TOWN_STREETS = ["Church Road", "Station Road", "Park Road", "Victoria Road", "Queen's Road", "King's Road",
                "Mill Lane", "Meadow Way", "Chapel Street", "Albert Road", "Oak Drive", "Elm Grove", "Orchard Close",
                "Beech Avenue", "The Crescent", "Windmill Road", "Priory Street", "North Street", "Rose Lane",
                "Hawthorn Close", "Manor Road", "Cedar Way", "Willow Walk", "Hillside Road", "Grove Road"]
VILLAGE_STREETS = ["The Street", "Church Lane", "School Road", "High Street", "Mill Lane", "Chapel Road",
                   "The Green", "Rectory Road", "Hall Road", "Station Road", "Brook Lane", "Heath Road",
                   "Queens Road", "Spring Lane", "Pound Lane"]

FIRST_NAMES = ["Pat", "Sam", "Jo", "Chris", "Alex", "Lesley", "Viv", "Mo", "Kim", "Robin", "Jan", "Terry", "Val",
               "Bev", "Ash", "Dee", "Gill", "Ray", "Sue", "Mel", "Priya", "Tomasz", "Amina", "Kofi", "Nina", "Rosa",
               "Dev", "Hana", "Ola", "Marek", "Ade", "Lin", "Sian", "Frankie", "Jess", "Reg", "Maggie", "Nell",
               "Bernie", "Hal", "Ivy", "Joy"]

VERIFIERS = ["Community partnership team", "Community partnership team", "Community partnership team",
             "Social prescribing team", "Community connector (JM)", "Community connector (RK)",
             "Neighbourhood team (AB)", "Volunteer (SP)", "CVS liaison (DT)"]

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAY_NAMES = {"Mon": "Monday", "Tue": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday", "Fri": "Friday",
             "Sat": "Saturday", "Sun": "Sunday"}

# ---------------------------------------------------------------------------------------------------------------
# Templates of illustrative assets. Placeholders: {p} place, {street} a street name; a name pattern starting
# "V:" is used for villages only, "T:" for town places only. A name may be given as (pattern, {field: value}) to
# override template fields (desc, tags, org, hours, age, cost, domains ...) for that name only.
# hours: style for make_hours(); cost: list of (band, note) picked at random; age: (min, max) with None = open;
# acc: accessibility features that fit; lang: extra language(s) or None; ref: referral route(s);
# hall: probability the asset meets at the place's hall; noloc: no location (area-wide / online);
# minimum: how many per neighbourhood; weight: chance of being picked again to fill up; only: neighbourhoods.
# ---------------------------------------------------------------------------------------------------------------


def T(key, category, kind, domains, names, desc, tags, org, hours="session", cost=(("free", ""),), age=None,
      acc=("step-free", "near bus stop"), lang=None, ref=("self",), hall=0.0, noloc=False, minimum=1, weight=1.0,
      only=None, notes=(), capacity=(), contact=(0.7, 0.6, 0.4), villages=True, towns=True, at=None,
      area_name=False):
    return dict(key=key, category=category, kind=kind, domains=domains, names=names, desc=desc, tags=tags, org=org,
                hours=hours, cost=cost, age=age, acc=acc, lang=lang, ref=ref, hall=hall, noloc=noloc,
                minimum=minimum, weight=weight, only=only, notes=notes, capacity=capacity, contact=contact,
                villages=villages, towns=towns, at=at, area_name=area_name)


FREE = ("free", "")
TEMPLATES = [
    # ---- associations -----------------------------------------------------------------------------------------
    T("toddler", "associations", "group", "Start Well",
      ["{p} Toddler Stay and Play", "{p} Baby and Toddler Group", "{p} Little Explorers Stay and Play"],
      ["A relaxed stay-and-play session for babies and toddlers with their parents or carers. Toys, songs and a cuppa "
       "for the grown-ups.", "Weekly play session where parents and carers of under-fives can meet, chat and share "
       "tips while the children play."],
      "toddlers;parents;play;social", ["{p} Families Together", "{p} Parents' Network"],
      hours="morning", cost=(("low cost", "£2 per family, including snack"), ("low cost", "£1.50 per child"), FREE),
      age=(0, 4), acc=("step-free", "accessible toilet", "near bus stop", "parking"), hall=0.7, minimum=2, weight=1.5,
      notes=("Term time only", "Term time only", "")),
    T("youth", "associations", "group", "Start Well;Feel Well",
      ["{p} Youth Club", "{p} Youth Project", "{p} Young People's Drop-in"],
      ["An open youth club with games, sport, cooking and a safe space to hang out with friends. Youth workers are "
       "on hand to talk things through.", "Evening sessions for young people run by trained youth workers, with "
       "activities planned by the members themselves."],
      "youth;young people;activities;safe space", ["{p} Youth Trust", "{p} Young People's Project"],
      hours="youth", cost=(FREE, ("low cost", "50p per session")), age=(11, 18),
      acc=("step-free", "accessible toilet", "near bus stop"), hall=0.5, minimum=2, weight=1.2),
    T("junior_youth", "associations", "group", "Start Well;Be Well",
      ["{p} Junior Youth Club", "{p} Youth Adventure Group"],
      ["Games, crafts and outdoor adventures for primary-age children, run by DBS-checked volunteers."],
      "children;activities;outdoors;volunteers", ["{p} Youth Trust", "{p} Community Association"],
      hours="evening", cost=(("low cost", "£1 per session"), ("paid", "£25 per term")), age=(7, 12),
      hall=0.6, notes=("Term time only",), capacity=("Waiting list",)),
    T("mens_shed", "associations", "group", "Feel Well;Age Well",
      ["{p} Men's Shed"],
      ["A workshop where men (and anyone else) can make, mend and chat over woodwork and small repair projects. "
       "Good for anyone feeling isolated after retirement or bereavement."],
      "men;woodwork;loneliness;social;skills", ["{p} Men's Shed"], hours="twice",
      cost=(("low cost", "£2 per visit towards materials"), FREE), age=(18, None),
      acc=("step-free", "parking", "near bus stop")),
    T("walking_football", "associations", "group", "Be Well;Age Well",
      ["{p} Walking Football", "{p} Walking Netball"],
      ["Slower-paced, non-contact sessions for people who want to keep active, whatever their fitness. "
       "No running allowed."], "exercise;walking football;older people;team sport",
      ["{p} Sports Club", "{p} Community Sports Trust"], hours="session",
      cost=(("low cost", "£3 per session"), ("low cost", "£2.50 per session")), age=(50, None),
      acc=("parking", "near bus stop", "accessible toilet")),
    T("walks", "associations", "group", "Be Well;Feel Well",
      ["{p} Health Walks", "{p} Wellbeing Walking Group",
       ("{p} Buggy Walks", dict(domains="Start Well;Be Well", tags="walking;parents;babies;exercise",
                                desc="A gentle led walk for parents and carers pushing buggies and prams, ending at "
                                     "a café. A good way to meet other new parents."))],
      ["Free, friendly led walks of about an hour on mostly level paths, finishing with an optional cuppa.",
       "A weekly walk led by trained volunteer walk leaders. New walkers are always welcome."],
      "walking;exercise;outdoors;social", ["{p} Walking for Health volunteers", "{p} Community Association"],
      hours="morning", cost=(FREE,), acc=("near bus stop", "dementia friendly"), minimum=1, weight=1.3),
    T("carers", "associations", "group", "Stay Well;Feel Well",
      [("{p} Carers' Coffee Morning", dict(hours="monthly_morning")), "{p} Carers' Support Group",
       "{p} Carers' Get-together"],
      ["A friendly group for unpaid carers to share experiences and pick up practical tips. The person you care for "
       "is welcome to come too.", "Monthly peer support for family carers, with occasional guest speakers on benefits "
       "and respite."], "carers;peer support;respite;information",
      ["{p} Carers' Network", "North Essex Carers' Forum"], hours="monthly", cost=(FREE,),
      acc=("step-free", "hearing loop", "dementia friendly", "near bus stop"), hall=0.5, minimum=2, weight=1.2),
    T("dementia", "associations", "group", "Age Well;Feel Well",
      ["{p} Dementia Café", "{p} Memory Café",
       ("{p} Memory Singing Group", dict(desc="Songs, reminiscence and a cup of tea for people with memory problems "
                                              "and their carers. No singing experience needed."))],
      ["A welcoming café for people living with dementia and the people who support them, with activities, music "
       "and someone to talk to."], "dementia;memory;carers;social",
      ["{p} Dementia Action Alliance", "{p} Memory Support Group"], hours="monthly",
      cost=(FREE, ("low cost", "£2 donation including refreshments")),
      acc=("dementia friendly", "step-free", "hearing loop", "accessible toilet", "large print"), hall=0.6,
      minimum=2, weight=1.0),
    T("bereavement", "associations", "group", "Die Well;Feel Well",
      ["{p} Bereavement Friendship Group", "{p} Bereavement Support Circle",
       ("{p} Widows' and Widowers' Lunch Club", dict(hours="monthly_lunch", desc="A monthly pub lunch and "
        "occasional outings for people who have lost a husband, wife or partner.",
        cost=(("paid", "Pay for your own meal"),)))],
      ["A gentle, informal group for anyone who has lost someone close, whenever that was. Come along for a cuppa and "
       "company; you don't have to talk.", "Friendship and shared outings for people living with grief, run by "
       "volunteers who have been bereaved themselves."], "bereavement;grief;friendship;loneliness",
      ["{p} Bereavement Friends", "{p} Churches Together"], hours="monthly", cost=(FREE,),
      acc=("step-free", "hearing loop", "near bus stop"), hall=0.5, minimum=2, weight=1.2),
    T("knit", "associations", "group", "Feel Well;Age Well",
      ["{p} Knit and Natter", "{p} Craft and Chat"],
      ["Bring your knitting, crochet or any craft and enjoy a chat. Beginners are taught and wool is provided."],
      "crafts;knitting;social;loneliness", ["{p} Community Association"], hours="afternoon",
      cost=(("low cost", "£1 including tea"), FREE), acc=("step-free", "accessible toilet"), hall=0.8),
    T("peer_mh", "associations", "group", "Feel Well",
      ["{p} Mental Health Peer Support Group", "{p} Men's Mental Health Talking Group",
       "{p} Anxiety and Low Mood Peer Group"],
      ["A confidential peer support group for adults living with anxiety, depression or other mental health "
       "difficulties. Facilitated by trained volunteers with lived experience."],
      "mental health;peer support;anxiety;depression", ["{p} Wellbeing Network", "North Essex Peer Support"],
      hours="evening", cost=(FREE,), age=(18, None), acc=("step-free", "near bus stop"), minimum=2, weight=1.1),
    T("lunch_club", "associations", "group", "Age Well;Feel Well",
      ["{p} Lunch Club for Older People", "{p} Friendship Lunch Club"],
      ["A two-course home-cooked lunch and good company for older people, with transport available for those who "
       "need it."], "older people;lunch;loneliness;social",
      ["{p} Good Neighbours", "{p} Community Association"], hours="lunch",
      cost=(("low cost", "£5 for a two-course meal"), ("low cost", "£4.50 including tea")), age=(60, None),
      acc=("step-free", "accessible toilet", "parking", "dementia friendly"), hall=0.8,
      capacity=("Waiting list", "Booking essential")),
    T("strength", "associations", "group", "Be Well;Age Well",
      ["{p} Chair-Based Exercise", "{p} Tai Chi for Balance", "{p} Strength and Balance Class"],
      ["Gentle seated or supported exercise to build strength, improve balance and reduce the risk of falls."],
      "exercise;falls prevention;older people;balance", ["{p} Active Ageing Group", "{p} Community Association"],
      hours="morning", cost=(("low cost", "£3 per class"), ("low cost", "£2.50 per session")), age=(60, None),
      acc=("step-free", "accessible toilet", "hearing loop"), hall=0.8, minimum=1, weight=1.2),
    T("allotment_society", "associations", "group", "Be Well;Feel Well",
      ["{p} Allotment Society", "{p} Gardening Club"],
      ["A friendly society for growers of all abilities, with seed swaps, advice and an annual produce show."],
      "gardening;allotments;growing;social", ["{p} Allotment Society", "{p} Horticultural Society"],
      hours="monthly_evening", cost=(("low cost", "£5 a year membership"),), acc=("parking",), weight=0.8),
    T("conditions", "associations", "group", "Stay Well",
      ["{p} Stroke Club", "{p} Diabetes Peer Support Group", "{p} Lung Health Support Group",
       "{p} Parkinson's Friendship Group", "{p} Heart Health Support Group"],
      ["Peer support, gentle exercise and information for people living with a long-term condition and their "
       "families."], "long-term conditions;peer support;health;information",
      ["{p} Health Support Group", "North Essex Long-Term Conditions Network"], hours="monthly",
      cost=(FREE, ("low cost", "£2 including refreshments")), acc=("step-free", "hearing loop", "parking"),
      hall=0.5, minimum=1, weight=1.2),
    T("cancer", "associations", "group", "Stay Well;Die Well;Feel Well",
      ["{p} Cancer Support Group", "{p} Living with Cancer Coffee Group"],
      ["An informal group for people affected by cancer, including family and friends, to share experiences and "
       "support each other."], "cancer;peer support;carers;living with illness",
      ["{p} Cancer Support Group"], hours="monthly", cost=(FREE,), acc=("step-free", "hearing loop"), hall=0.4),
    T("new_parents", "associations", "group", "Start Well;Feel Well",
      ["{p} Breastfeeding Support Group", "{p} New Parents' Group",
       ("{p} Dads and Little Ones Club", dict(hours="weekend", age=(0, 5), desc="Play and a chat for dads, "
        "granddads and male carers with their young children, with breakfast on the house."))],
      ["A friendly weekly group for new parents, with trained peer supporters on hand for feeding and sleep questions."],
      "new parents;breastfeeding;babies;peer support", ["{p} Families Together", "{p} Parents' Network"],
      hours="morning", cost=(FREE,), age=(0, 2), acc=("step-free", "accessible toilet", "parking"), hall=0.6),
    T("send_parents", "associations", "group", "Start Well;Feel Well",
      ["{p} SEND Parents' Coffee Group", "{p} Autism Family Support Group"],
      ["Parents and carers of children with special educational needs and disabilities meet to share advice and "
       "support each other."], "SEND;autism;parents;peer support", ["{p} SEND Parent Carers"],
      hours="morning", cost=(FREE,), age=(0, 25),
      acc=("step-free", "learning disability friendly", "easy read", "accessible toilet"), hall=0.4,
      notes=("Term time only", "")),
    T("residents", "associations", "group", "Feel Well;Stay Well",
      ["{p} Residents' Association"],
      ["Residents working together on local issues such as parking, litter and play spaces, and organising "
       "neighbourhood events."], "residents;community action;neighbourhood;events",
      ["{p} Residents' Association"], hours="monthly_evening", cost=(FREE,), acc=("step-free",), hall=0.6,
      villages=False),
    T("green_gym", "associations", "group", "Be Well;Feel Well",
      ["{p} Green Gym", "{p} Conservation Volunteers", "{p} Litter Pick Group"],
      ["Volunteers keep local green spaces looking good while getting fresh air and exercise. Tools, gloves and "
       "training are provided."], "green space;volunteering;outdoors;exercise",
      ["{p} Conservation Volunteers", "{p} Friends of the Park"], hours="weekend_or_morning", cost=(FREE,),
      acc=("near bus stop",), age=(16, None), minimum=1, weight=1.0),
    T("learners", "associations", "group", "Age Well;Feel Well",
      ["{p} Retired Learners' Group", "{p} Over-60s Discussion Group"],
      ["Retired and semi-retired people share talks, interest groups and outings, learning for the fun of it."],
      "learning;older people;social;talks", ["{p} Retired Learners"], hours="afternoon",
      cost=(("paid", "£15 a year membership"), ("low cost", "£2 per meeting")), age=(55, None),
      acc=("step-free", "hearing loop", "large print"), hall=0.7),
    T("cook_eat", "associations", "group", "Be Well;Stay Well",
      ["{p} Cook and Eat Together", "{p} Community Supper Club"],
      ["People cook a healthy meal together on a budget and then sit down to eat it. All ingredients provided."],
      "cooking;healthy eating;cost of living;social", ["{p} Community Kitchen"], hours="evening",
      cost=(FREE, ("low cost", "£2 per meal")), acc=("step-free", "accessible toilet"), hall=0.7),
    T("young_carers", "associations", "group", "Start Well;Feel Well",
      ["{p} Young Carers' Club"],
      ["A break and some fun for young people who help look after someone at home, with trips and a chance to meet "
       "others in the same position."], "young carers;young people;respite;peer support",
      ["North Essex Young Carers' Project"], hours="evening", cost=(FREE,), age=(8, 18), ref=("self", "either"),
      acc=("step-free",), villages=False),
    T("death_cafe", "associations", "event", "Die Well;Feel Well",
      ["{p} Death Café"],
      ["An informal get-together over tea and cake to talk openly about death, dying and what matters to us. It is "
       "a discussion group, not grief support or counselling."], "death cafe;end of life;conversation;planning ahead",
      ["{p} Death Café volunteers"], hours="monthly", cost=(FREE,), acc=("step-free", "hearing loop"),
      age=(18, None), minimum=1, weight=0.6),

    # ---- institutions -----------------------------------------------------------------------------------------
    T("debt_advice", "institutions", "service", "Stay Well",
      ["{p} Money and Benefits Advice Drop-in", "{p} Debt Advice Clinic", "{p} Cost of Living Advice Surgery"],
      ["Free, confidential advice on benefits, debt, energy bills and budgeting from trained advisers. Bring any "
       "letters or bills with you.", "Advisers help check benefit entitlement, deal with debts and challenge "
       "decisions."], "debt;benefits;money advice;cost of living",
      ["Colchester Money Advice Partnership", "{p} Advice Centre"], hours="dropin", cost=(FREE,),
      ref=("self", "self", "either"), acc=("step-free", "hearing loop", "easy read", "near bus stop"),
      lang="maybe", minimum=2, weight=1.0, capacity=("Appointments recommended",)),
    T("forms_digital", "institutions", "service", "Stay Well;Age Well",
      [("{p} Help with Forms Drop-in", dict(desc="One-to-one help filling in forms such as benefit claims, blue "
                                                  "badge and housing applications. Bring any letters with you.")),
       "{p} Digital Help Sessions", "{p} Tablet Lending and Get Online Help"],
      ["Volunteers help with online forms, emails, video calls and staying safe online. Bring your own device or "
       "borrow one of ours."], "digital help;forms;online;older people",
      ["{p} Digital Champions", "{p} Community Association"], hours="dropin", cost=(FREE,),
      acc=("step-free", "large print", "hearing loop", "easy read"), lang="maybe", hall=0.3, minimum=2, weight=1.0),
    T("baby_clinic", "institutions", "service", "Start Well",
      ["{p} Baby Clinic", "{p} Baby Weigh and Chat Clinic"],
      ["Health visitors offer baby weighing, feeding advice and developmental checks. No appointment needed."],
      "babies;health visitors;feeding;child development", ["Health visiting team"], hours="morning",
      cost=(FREE,), age=(0, 2), acc=("step-free", "accessible toilet", "parking"), lang="maybe", hall=0.5,
      contact=(0.8, 0.3, 0.2)),
    T("holiday_club", "institutions", "service", "Start Well;Be Well",
      ["{p} Holiday Activities and Food Club"],
      ["Activities, sport and a healthy lunch for school-age children during the school holidays."],
      "school holidays;children;food;activities", ["{p} Holiday Activities Partnership"], hours="holiday",
      cost=(("free", "Free for children eligible for benefits-related free school meals"), ("low cost", "£5 per day")),
      age=(5, 16), ref=("either",), acc=("step-free", "accessible toilet"), notes=("School holidays only",),
      capacity=("Booking essential",)),
    T("social_prescribing", "institutions", "service", "Feel Well;Stay Well",
      ["{p} Social Prescribing Drop-in", "{p} Community Wellbeing Hub"],
      ["Link workers spend time with you to find local groups and support that fit what matters to you. Ask your GP "
       "surgery or just drop in."], "social prescribing;wellbeing;signposting;loneliness",
      ["Primary care network social prescribing team", "{p} Wellbeing Hub"], hours="dropin", cost=(FREE,),
      ref=("either",), acc=("step-free", "hearing loop", "easy read"), age=(18, None)),
    T("talking_therapies", "institutions", "service", "Feel Well",
      ["{p} Talking Therapies Outreach Clinic", "{p} Wellbeing Workshop Series"],
      ["Short courses and one-to-one talking therapy for stress, anxiety and low mood. You can refer yourself."],
      "mental health;talking therapy;anxiety;stress", ["NHS talking therapies outreach team"], hours="office_part",
      cost=(FREE,), ref=("either",), age=(18, None), acc=("step-free", "bsl", "easy read"), lang="maybe",
      capacity=("Waiting list", "Waiting list", "")),
    T("hospice", "institutions", "service", "Die Well;Age Well",
      ["{p} Hospice Day Service", "{p} Hospice Outreach Clinic",
       ("{p} Hospice at Home Volunteers", dict(desc="Nurses and trained volunteers support people to be cared for "
        "at home at the end of life, if that is their wish, and give family carers a break."))],
      ["Support for people living with a life-limiting illness and their families, including symptom advice, "
       "complementary therapies and respite."], "hospice;end of life;palliative care;carers",
      ["Community hospice outreach team"], hours="office_part", cost=(FREE,), ref=("professional", "either"),
      acc=("step-free", "accessible toilet", "parking", "hearing loop"), minimum=1, weight=0.8),
    T("acp", "institutions", "event", "Die Well;Age Well",
      ["{p} Planning Ahead Workshop", "{p} Advance Care Planning Drop-in"],
      ["A practical session on wills, lasting power of attorney and recording your wishes for future care, with time "
       "for questions."], "advance care planning;wills;power of attorney;end of life",
      ["{p} Planning Ahead Partnership"], hours="monthly", cost=(FREE,),
      acc=("step-free", "hearing loop", "large print"), hall=0.5, capacity=("Booking essential",), weight=0.7),
    T("falls_service", "institutions", "service", "Age Well;Stay Well",
      ["{p} Falls Prevention Clinic", "{p} Healthy Ageing Check-in"],
      ["Therapists check balance, medication and home hazards and agree a plan to help you stay steady on your feet."],
      "falls prevention;older people;health;independence", ["Community therapy team"], hours="office_part",
      cost=(FREE,), ref=("either", "professional"), age=(65, None), acc=("step-free", "parking", "accessible toilet"),
      weight=0.6),
    T("housing_advice", "institutions", "service", "Stay Well",
      ["{p} Housing Advice Surgery", "{p} Warm Homes Advice Session"],
      ["Advice on tenancy problems, repairs, homelessness prevention and help with heating costs."],
      "housing;homelessness prevention;energy;advice", ["{p} Housing Advice Partnership"], hours="dropin",
      cost=(FREE,), acc=("step-free", "easy read"), lang="maybe", weight=0.7),
    T("health_check", "institutions", "service", "Stay Well;Be Well",
      [("{p} Stop Smoking Clinic", dict(desc="Free stop-smoking support from a trained adviser, with weekly "
                                               "check-ins and help to get nicotine replacement.")),
       "{p} Blood Pressure Check Drop-in", "{p} Health Check Pop-up"],
      ["Free checks and friendly advice from trained health staff. No appointment needed."],
      "health checks;stop smoking;blood pressure;prevention", ["Community health team"], hours="dropin",
      cost=(FREE,), age=(18, None), acc=("step-free", "accessible toilet"), weight=0.8),
    T("safety", "institutions", "service", "Stay Well",
      ["{p} Community Safety Surgery"],
      ["Meet your local neighbourhood policing and community safety officers to raise concerns and get crime "
       "prevention advice."], "community safety;police;scams;advice", ["Neighbourhood policing team"],
      hours="monthly", cost=(FREE,), acc=("step-free",), weight=0.4, contact=(0.3, 0.5, 0.3)),
    T("family_support", "institutions", "service", "Start Well;Feel Well",
      ["{p} Family Support Drop-in", "{p} Parenting Course"],
      ["Family support workers offer advice on parenting, routines, behaviour and where to get more help."],
      "families;parenting;children;advice", ["Family support service"], hours="dropin", cost=(FREE,),
      ref=("either",), acc=("step-free", "accessible toilet", "easy read"), lang="maybe", weight=0.8),
    T("night_safe_space", "institutions", "service", "Stay Well;Feel Well",
      ["{p} Night-Time Safe Space"],
      ["Trained volunteers offer a safe place, first aid, water and phone charging for anyone who feels vulnerable "
       "on a night out."], "night-time economy;safety;first aid;young adults",
      ["Night-time volunteers network"], hours="night", cost=(FREE,), age=(16, None),
      acc=("step-free", "accessible toilet", "near bus stop"), only=("Colchester Central",), minimum=1, weight=0,
      at=("Colchester City Centre",)),
    T("night_shelter", "institutions", "service", "Stay Well",
      ["{p} Winter Night Shelter"],
      ["Emergency overnight accommodation, an evening meal and breakfast for people sleeping rough in the coldest "
       "months."], "homelessness;rough sleeping;shelter;food",
      ["Churches together winter shelter partnership"], hours="overnight", cost=(FREE,), age=(18, None),
      ref=("either",), acc=("step-free",), notes=("December to March only",), only=("Colchester Central",),
      minimum=1, weight=0, villages=False),
    T("late_sport", "associations", "group", "Be Well;Start Well",
      ["{p} Friday Late Sports Night"],
      ["Free floodlit football and basketball for young people late on Friday evenings, with youth workers and "
       "transport home for those who need it."], "sport;young people;youth work;friday night",
      ["{p} Youth Trust", "{p} Community Sports Trust"], hours="late_friday", cost=(FREE,), age=(14, 21),
      acc=("step-free", "near bus stop"), only=("Colchester Central", "Colchester South"), villages=False,
      minimum=1, weight=0),
    T("food_bank", "institutions", "service", "Stay Well",
      ["{p} Food Bank Distribution Centre"],
      ["Emergency food parcels for people in crisis. Referral vouchers are available from advice agencies, "
       "schools and GP surgeries."], "food bank;emergency food;cost of living;crisis support",
      ["North Essex Food Aid"], hours="twice", cost=(FREE,), ref=("professional", "either"),
      acc=("step-free", "near bus stop"), lang="maybe", minimum=1, weight=0.5),

    # ---- physical ---------------------------------------------------------------------------------------------
    T("allotments", "physical", "place", "Be Well;Feel Well",
      ["{p} Allotments", "{street} Allotments"],
      ["Allotment plots for local residents to grow their own fruit and vegetables, with a shared shed and water "
       "troughs."], "allotments;growing;outdoors;green space", ["{p} Allotment Society"], hours="none",
      cost=(("paid", "Plots from £30 a year"), ("paid", "Half plots from £18 a year")),
      acc=("parking",), capacity=("Waiting list", "Waiting list", "Plots available"), contact=(0.4, 0.6, 0.2)),
    T("green_space", "physical", "place", "Be Well;Feel Well",
      [("{p} Recreation Ground", dict(desc="A well-used local green space with paths, benches and room for ball "
                                              "games and dog walking.")),
       ("{p} Nature Reserve", dict(desc="Meadows, hedgerows and woodland paths that are good for a quiet walk and "
                                        "spotting wildlife.")),
       ("{p} Community Woodland", dict(desc="Young woodland planted by local volunteers, with mown paths and "
                                            "benches.")),
       ("V:{p} Village Green", dict(desc="The village green, used for fetes, cricket and picnics, with benches "
                                         "around the edge."))],
      ["A well-used local green space with paths, benches and room for ball games and dog walking.",
       "Meadows, hedgerows and woodland paths that are good for a quiet walk and spotting wildlife."],
      "green space;nature;walking;outdoors", ["{p} Friends of the Park", "Local council parks team"],
      hours="dawn", cost=(FREE,), acc=("step-free", "near bus stop", "parking"), contact=(0.2, 0.4, 0.3),
      minimum=1, weight=1.0),
    T("play", "physical", "place", "Start Well;Be Well",
      ["{p} Play Park", "{p} Adventure Playground"],
      ["An enclosed play area with equipment for younger and older children and benches for parents."],
      "play;children;outdoors;families", ["Local council parks team"], hours="dawn", cost=(FREE,),
      age=(0, 14), acc=("step-free",), contact=(0.1, 0.3, 0.2)),
    T("community_garden", "physical", "place", "Be Well;Feel Well",
      ["{p} Community Garden", "{p} Community Orchard"],
      ["A shared garden where neighbours grow food, flowers and friendships. Volunteers welcome at the weekly "
       "gardening session."], "gardening;growing;volunteering;wellbeing", ["{p} Community Garden volunteers"],
      hours="weekend_or_morning", cost=(FREE,), acc=("step-free", "learning disability friendly")),
    T("memorial", "physical", "place", "Die Well;Feel Well",
      ["{p} Memorial Garden", "{p} Garden of Remembrance"],
      ["A peaceful garden with seating where people can sit quietly and remember loved ones."],
      "remembrance;bereavement;quiet space;green space", ["{p} Churches Together", "Local council parks team"],
      hours="dawn", cost=(FREE,), acc=("step-free",), contact=(0.2, 0.3, 0.1), minimum=1, weight=0.6),
    T("defib", "physical", "place", "Stay Well",
      ["{p} Public Access Defibrillator"],
      ["A public access defibrillator in a heated cabinet. Call 999 and the operator will give you the code."],
      "defibrillator;first aid;emergency;heart", ["{p} Community Heartstart volunteers"], hours="none",
      cost=(FREE,), acc=("step-free",), notes=("Available 24 hours",), contact=(0.0, 0.3, 0.0), weight=0.5),
    T("warm_space", "physical", "venue", "Stay Well;Age Well;Feel Well",
      ["{p} Warm Space", "{p} Warm Welcome Hub"],
      ["A free warm place to spend time in winter with hot drinks, Wi-Fi and company, no questions asked."],
      "warm space;cost of living;loneliness;hot drinks", ["{p} Community Association", "{p} Churches Together"],
      hours="twice", cost=(FREE,), acc=("step-free", "accessible toilet", "dementia friendly"), hall=0.6,
      notes=("October to March", "October to March", "")),
    T("muga", "physical", "place", "Be Well;Start Well",
      ["{p} Multi-Use Games Area", "{p} Outdoor Gym"],
      ["Free outdoor sports and fitness equipment, floodlit in winter evenings."],
      "sport;exercise;outdoor gym;young people", ["Local council parks team"], hours="none", cost=(FREE,),
      acc=("step-free",), notes=("Open dawn to dusk",), contact=(0.0, 0.3, 0.2), weight=0.6),
    T("chatty_bench", "physical", "place", "Feel Well;Age Well",
      ["{p} Chatty Bench"],
      ["A bench with a sign inviting passers-by to sit down and say hello to whoever is there."],
      "loneliness;conversation;older people;kindness", ["{p} Good Neighbours"], hours="none", cost=(FREE,),
      acc=("step-free", "near bus stop"), contact=(0.0, 0.2, 0.0), weight=0.4),

    # ---- economic ---------------------------------------------------------------------------------------------
    T("cafe", "economic", "business", "Feel Well;Be Well",
      ["{p} Community Café", "Open Door Café, {p}", "Common Ground Café, {p}"],
      ["A social enterprise café serving affordable food and offering work experience and training to local people.",
       "Community-run café where profits go back into local projects; pay-it-forward cuppas available."],
      "social enterprise;cafe;training;volunteering", ["{p} Community Enterprises CIC", "Common Ground CIC"],
      hours="shop", cost=(("low cost", "Pay-it-forward meals available"), ("paid", "")),
      acc=("step-free", "accessible toilet", "dementia friendly", "near bus stop"), minimum=1, weight=1.0),
    T("larder", "economic", "service", "Stay Well;Be Well",
      ["{p} Community Food Larder", "{p} Community Pantry",
       ("{p} Community Fridge", dict(desc="Surplus food from local shops shared free to anyone who can use it, "
                                           "reducing waste.", cost=(FREE,)))],
      ["A membership food club: pay a small weekly amount and choose groceries worth much more. Open to anyone "
       "living locally."],
      "food;cost of living;food waste;groceries", ["{p} Community Food Network", "{p} Churches Together"],
      hours="twice", cost=(("low cost", "£4 a week for around £15 of groceries"), FREE),
      acc=("step-free", "near bus stop"), lang="maybe", hall=0.4, minimum=2, weight=1.2),
    T("baby_bank", "economic", "service", "Start Well;Stay Well",
      ["{p} Baby Bank", "{p} School Uniform Swap"],
      ["Good-quality pre-loved baby clothes, equipment and school uniform given free to families who need them."],
      "baby bank;families;cost of living;reuse", ["{p} Families Together"], hours="session",
      cost=(FREE,), ref=("self", "either"), acc=("step-free",), hall=0.4),
    T("job_club", "economic", "service", "Stay Well;Be Well",
      ["{p} Job Club", "{p} Work and Skills Hub"],
      ["Help with CVs, job searching, interview practice and finding training, with computers available."],
      "employment;skills;cv help;training", ["{p} Work and Skills Partnership"], hours="dropin", cost=(FREE,),
      age=(16, None), acc=("step-free", "easy read"), lang="maybe", weight=0.8),
    T("credit_union", "economic", "service", "Stay Well",
      ["{p} Credit Union Collection Point"],
      ["Save regularly and borrow affordably through a not-for-profit credit union, an alternative to high-cost "
       "lenders."], "savings;affordable credit;money;financial inclusion", ["Essex community credit union"],
      hours="session", cost=(FREE,), age=(16, None), acc=("step-free",), weight=0.5),
    T("repair_cafe", "economic", "event", "Stay Well;Feel Well",
      ["{p} Repair Café"],
      ["Bring broken household items, clothes or bikes and volunteers will help you fix them, over tea and cake."],
      "repair;reuse;volunteering;cost of living", ["{p} Repair Café volunteers"], hours="monthly_weekend",
      cost=(FREE, ("low cost", "Donations welcome")), acc=("step-free", "accessible toilet"), hall=0.7),
    T("reuse", "economic", "business", "Stay Well",
      ["{p} Furniture Reuse Project",
       ("{p} Community Scrapstore", dict(tags="scrap;crafts;reuse;schools", desc="Clean business waste such as "
        "card, fabric and offcuts sold by the bag to schools, playgroups and crafters.")),
       ("{p} Bike Recycling Workshop", dict(tags="bikes;cycling;reuse;training", desc="Donated bikes are "
        "refurbished by volunteers and trainees and sold at low prices; drop-in repair sessions too."))],
      ["A social enterprise collecting and refurbishing donated items and selling them at low prices, with "
       "discounts for people on low incomes."], "reuse;social enterprise;furniture;volunteering",
      ["{p} Reuse CIC", "Colne Reuse CIC"], hours="shop",
      cost=(("low cost", "Discounts for people on benefits"), ("paid", "")), acc=("parking", "step-free"),
      villages=False, weight=0.7),
    T("age_business", "economic", "business", "Age Well",
      [("{p} Mobile Hairdresser (home visits)", dict(desc="A local hairdresser who visits older and housebound "
        "customers at home, with extra time and dementia-aware staff.")),
       ("{p} Dementia-Friendly Tea Room", dict(desc="A tea room with quiet tables, clear signs and staff trained "
        "in dementia awareness, where people with dementia and their carers feel welcome.")),
       ("{p} Handyperson Service", dict(desc="Small repairs and safety checks in the home for older and disabled "
        "people at fair prices."))],
      ["A local business offering home visits and extra time for older customers, with staff trained in dementia "
       "awareness.", "Small repairs and safety checks in the home for older and disabled people at fair prices."],
      "older people;home visits;local business;dementia friendly", ["{p} Home Services"], hours="shop",
      cost=(("paid", "Prices on request"), ("paid", "Discount for over-65s")), age=(60, None),
      acc=("dementia friendly", "step-free"), weight=0.8),
    T("community_shop", "economic", "business", "Age Well;Stay Well",
      ["{p} Community Shop"],
      ["A volunteer-run village shop and post point selling everyday groceries and local produce."],
      "village shop;groceries;volunteering;local produce", ["{p} Community Shop Ltd"], hours="shop",
      cost=(("paid", ""),), acc=("step-free", "parking"), towns=False, weight=0.6),
    T("funeral_advice", "economic", "service", "Die Well;Stay Well",
      ["{p} Funeral Costs and Probate Advice Clinic"],
      ["Free guidance on paying for a funeral, help with funeral payments and sorting out money after a death."],
      "funeral costs;probate;bereavement;money advice", ["Colchester Money Advice Partnership"], hours="monthly",
      cost=(FREE,), acc=("step-free", "hearing loop"), capacity=("Appointments recommended",), weight=0.5),

    # ---- cultural ---------------------------------------------------------------------------------------------
    T("choir", "cultural", "group", "Feel Well;Age Well",
      ["{p} Community Choir", "{p} Sing for Wellbeing Group",
       ("{p} Ukulele Group", dict(tags="music;ukulele;wellbeing;social", desc="A friendly strum-along group for "
        "beginners and improvers. Ukuleles are available to borrow."))],
      ["A friendly, no-audition group singing everything from folk to pop. No need to read music."],
      "singing;music;wellbeing;social", ["{p} Community Choir"], hours="evening",
      cost=(("low cost", "£3 per session"), ("paid", "£30 per term")), acc=("step-free", "hearing loop"),
      hall=0.6, minimum=1, weight=1.0),
    T("art", "cultural", "group", "Feel Well",
      ["{p} Art for Wellbeing", "{p} Creative Crafts for Recovery",
       ("{p} Photography Club", dict(tags="photography;creativity;walks;social", desc="Photo walks, friendly "
        "critiques and an annual exhibition. Any camera or phone will do."))],
      ["Relaxed creative sessions where you can try painting, printmaking and crafts. No experience needed and all "
       "materials provided."], "arts;creativity;wellbeing;mental health", ["{p} Arts Collective"],
      hours="afternoon", cost=(FREE, ("low cost", "£2 per session")),
      acc=("step-free", "learning disability friendly", "accessible toilet"), hall=0.5, weight=1.0),
    T("heritage", "cultural", "group", "Age Well;Feel Well",
      ["{p} Local History Society",
       ("{p} Reminiscence Sessions", dict(hours="afternoon", desc="Old photographs, objects and music used to "
        "spark memories and conversation, especially good for people living with dementia.")),
       ("{p} Heritage Walks", dict(hours="weekend", desc="Guided walks exploring the buildings and stories of the "
        "area, led by volunteer local historians."))],
      ["Talks, archive projects and walks exploring the history of the area, with memories from longer-standing "
       "residents."], "heritage;local history;reminiscence;walks", ["{p} History Society"],
      hours="monthly_evening", cost=(("low cost", "£2 visitors, members free"), FREE),
      acc=("step-free", "hearing loop", "large print"), hall=0.6, minimum=1, weight=0.8),
    T("faith", "cultural", "group", "Feel Well;Age Well",
      ["{p} Churches Together Community Lunch", "{p} Interfaith Friendship Tea",
       ("T:{p} Community Langar Meal", dict(org=["{p} Sikh Community Association"]))],
      ["Faith communities open their doors for a free shared meal and friendship. Everyone is welcome, of any faith "
       "or none."], "faith;shared meal;friendship;community", ["{p} Churches Together", "{p} Interfaith Forum"],
      hours="lunch", cost=(FREE, ("low cost", "Donations welcome")), acc=("step-free", "accessible toilet"),
      lang="maybe", minimum=1, weight=1.0),
    T("language_groups", "cultural", "group", "Feel Well;Start Well",
      [("{p} Polish Saturday School", dict(age=(4, 16), desc="Polish language, history and culture lessons for "
        "children on Saturday mornings, and a chance for parents to meet.")), "{p} Bengali Women's Group", "{p} Conversation Club for New English Speakers",
       "{p} Ukrainian Community Hub", "{p} Nepali Community Cultural Evening"],
      ["A community-led group that celebrates language and culture and helps newer residents feel at home."],
      "culture;language;community;newcomers", ["{p} Community Association", "{p} Multicultural Forum"],
      hours="weekend", cost=(FREE, ("low cost", "£2 per session")), acc=("step-free",), lang="name",
      villages=False, minimum=1, weight=0.8),
    T("festival", "cultural", "event", "Start Well;Feel Well",
      ["{p} Summer Fun Day", "{p} Community Festival", "{p} Christmas Lights Switch-on"],
      ["A free community day with stalls, music, children's activities and information from local groups."],
      "festival;families;community;events", ["{p} Events Committee"], hours="none", cost=(FREE,),
      acc=("step-free", "accessible toilet", "parking"), contact=(0.3, 0.6, 0.6), weight=0.7),
    T("youth_arts", "cultural", "group", "Start Well;Feel Well",
      ["{p} Youth Theatre",
       ("{p} Young Musicians' Jam Night", dict(desc="An evening for young musicians to jam, learn from each other "
        "and perform, with instruments and a rehearsal room available."))],
      ["Drama, music and performance for young people, ending in a show for family and friends each term."],
      "youth;drama;music;performance", ["{p} Youth Arts"], hours="evening",
      cost=(("paid", "£40 per term; bursaries available"), ("low cost", "£2 per session")), age=(11, 18),
      acc=("step-free",), hall=0.5, notes=("Term time only", "")),
    T("cinema_books", "cultural", "group", "Feel Well;Age Well",
      ["{p} Community Cinema",
       ("{p} Book Club", dict(tags="books;reading;social;discussion", desc="A friendly monthly book group; "
        "copies of each month's book can be borrowed.")),
       ("{p} Dementia-Friendly Film Screenings", dict(hours="monthly", desc="Classic films shown with the "
        "lights up and the sound down, an interval for tea, and freedom to move around."))],
      ["Monthly screenings of recent and classic films with tea and cake in the interval."],
      "film;books;social;culture", ["{p} Community Cinema volunteers"], hours="monthly_evening",
      cost=(("low cost", "£4 per screening"), FREE), acc=("step-free", "hearing loop", "dementia friendly"),
      hall=0.7, weight=0.8),
    T("christmas_lunch", "cultural", "event", "Age Well;Feel Well",
      ["{p} Christmas Day Community Lunch"],
      ["A free Christmas Day lunch for anyone who would otherwise be on their own, with transport for those who "
       "need it."], "christmas;loneliness;older people;shared meal", ["{p} Churches Together"], hours="event",
      cost=(FREE,), acc=("step-free", "accessible toilet", "dementia friendly"), hall=0.8,
      notes=("Christmas Day only; booking essential",), weight=0.4),

    # ---- connections ------------------------------------------------------------------------------------------
    T("good_neighbours", "connections", "organisation", "Age Well;Feel Well",
      ["{p} Good Neighbours (befriending)", "{p} Good Neighbours Scheme"],
      ["Volunteers offer friendly visits, lifts to appointments, shopping and small practical jobs for older and "
       "isolated neighbours."], "befriending;loneliness;practical help;volunteering",
      ["{p} Good Neighbours"], hours="office_part", cost=(FREE, ("low cost", "Mileage contribution for lifts")),
      ref=("self", "either"), acc=("dementia friendly",), minimum=2, weight=1.0),
    T("phone_befriending", "connections", "service", "Age Well;Feel Well",
      ["{p} Telephone Befriending"],
      ["A regular friendly phone call from a trained volunteer for people who feel lonely or cut off."],
      "befriending;loneliness;telephone;older people", ["{p} Good Neighbours", "North Essex Befriending Network"],
      hours="office_part", cost=(FREE,), ref=("self", "either"), acc=("hearing loop",), noloc=True,
      minimum=1, weight=0, area_name=True, contact=(1.0, 0.6, 0.3)),
    T("carers_line", "institutions", "service", "Stay Well;Feel Well",
      ["{p} Carers' Advice Line"],
      ["A telephone and e-mail advice line for unpaid carers: breaks, carer's assessments, benefits and what to do "
       "in an emergency."], "carers;advice;telephone;respite", ["{p} Carers' Network", "North Essex Carers' Forum"],
      hours="office_part", cost=(FREE,), ref=("self",), acc=("bsl",), noloc=True, minimum=1, weight=0,
      area_name=True, contact=(1.0, 1.0, 0.7)),
    T("transport", "connections", "service", "Age Well;Stay Well",
      ["{p} Community Transport", "{p} Volunteer Car Scheme", "{p} Dial-a-Ride"],
      ["Door-to-door transport for people who cannot use public transport, to appointments, shops and social "
       "activities."], "community transport;travel;appointments;independence",
      ["{p} Community Transport", "{p} Volunteer Drivers"], hours="office",
      cost=(("low cost", "Fares from £3; mileage rate for car scheme"), ("low cost", "Annual membership £10")),
      ref=("self",), acc=("step-free",), minimum=1, weight=0.6, contact=(1.0, 0.6, 0.5)),
    T("online_groups", "connections", "online", "Start Well;Feel Well",
      [("{p} Parents' Online Support Group", dict(org=["{p} Parents' Network"])),
       ("{p} Young People's Online Wellbeing Chat", dict(org=["{p} Youth Trust"], age=(13, 19),
        tags="online;young people;mental health;peer support", desc="A moderated online chat where young "
        "people can talk about how they are feeling and get support from trained youth workers."))],
      ["A moderated online group where people can ask questions, share tips and find out what's on locally."],
      "online;peer support;parents;information", ["{p} Parents' Network", "{p} Youth Trust"], hours="none",
      cost=(FREE,), acc=("easy read",), noloc=True, minimum=1, weight=0, contact=(0.0, 0.8, 1.0)),
    T("online_neighbours", "connections", "online", "Feel Well;Stay Well",
      [("{p} Neighbours' WhatsApp Network", dict(org=["{p} Neighbourhood Network"])),
       ("{p} Carers' Online Forum", dict(org=["{p} Carers' Network"], tags="online;carers;peer support;information",
        desc="An online forum where unpaid carers swap tips, ask questions and support each other."))],
      ["An online network for neighbours to offer help, lend things and share local news."],
      "online;neighbours;mutual aid;information", ["{p} Neighbourhood Network", "{p} Carers' Network"],
      hours="none", cost=(FREE,), acc=(), noloc=True, minimum=1, weight=0, contact=(0.0, 0.8, 0.8)),
    T("online_bereavement", "connections", "online", "Die Well;Feel Well",
      ["{p} Bereavement Online Support Group"],
      ["Fortnightly video-call support group for bereaved people who find it hard to get to a meeting in person."],
      "bereavement;online;grief;peer support", ["{p} Bereavement Friends"], hours="online_evening",
      cost=(FREE,), acc=("easy read",), noloc=True, minimum=1, weight=0, contact=(0.3, 1.0, 0.6)),
    T("night_line", "connections", "online", "Feel Well",
      ["{p} Night Listening Line"],
      ["Volunteers answer calls and web chats every night for anyone who needs to talk; calls are confidential."],
      "listening;mental health;night;online chat", ["North Essex Listening Volunteers"], hours="nightline",
      cost=(FREE,), age=(16, None), acc=("bsl",), noloc=True, only=("Colchester North",), minimum=1, weight=0,
      area_name=True, contact=(1.0, 0.8, 1.0)),
    T("compassionate", "connections", "service", "Die Well;Feel Well",
      ["{p} Compassionate Neighbours", "{p} End-of-Life Companions"],
      ["Trained local volunteers visit people living with a terminal illness, or caring for someone who is, to offer "
       "companionship and a listening ear."], "end of life;befriending;carers;volunteering",
      ["Community hospice outreach team", "{p} Good Neighbours"], hours="office_part", cost=(FREE,),
      ref=("either",), acc=("dementia friendly",), minimum=1, weight=0.7),
    T("connector", "connections", "service", "Feel Well;Stay Well",
      ["{p} Community Connector Drop-in", "{p} Community Information Point"],
      ["Find out what's going on locally and get help to join in, with a community connector who knows the area."],
      "signposting;community connector;information;loneliness", ["{p} Neighbourhood Network"],
      hours="dropin", cost=(FREE,), acc=("step-free", "easy read", "large print"), lang="maybe", minimum=1,
      weight=0.8),
    T("timebank", "connections", "organisation", "Feel Well;Be Well",
      ["{p} Timebank"],
      ["Members swap skills and favours by the hour: an hour of gardening earns an hour of computer help."],
      "timebank;skills sharing;volunteering;neighbours", ["{p} Timebank"], hours="office_part", cost=(FREE,),
      acc=(), weight=0.5),
    T("appointment_buddies", "connections", "service", "Stay Well;Age Well",
      ["{p} Hospital Appointment Buddies"],
      ["Volunteers go with you to hospital or clinic appointments, help you find your way and take notes if you "
       "wish."], "appointments;befriending;hospital;older people", ["{p} Good Neighbours"], hours="office",
      cost=(FREE,), ref=("self", "either"), acc=("dementia friendly",), weight=0.5),
]

# Individuals: (role, domains, tags, what they do, organisation pattern, language)
ROLES = [
    ("volunteer befriender", "Age Well;Feel Well", "befriending;loneliness;volunteer",
     "visits older neighbours for a chat and a cup of tea", "{p} Good Neighbours", None),
    ("community connector", "Feel Well;Stay Well", "community connector;signposting;volunteer",
     "helps people find local groups and gets them through the door the first time", "{p} Neighbourhood Network",
     None),
    ("retired nurse and health walk leader", "Be Well;Stay Well", "walking;health;volunteer",
     "leads the weekly health walk and is happy to talk about keeping active", "{p} Walking for Health volunteers",
     None),
    ("local historian", "Age Well;Feel Well", "heritage;local history;talks",
     "gives talks and leads history walks for schools and groups", "{p} History Society", None),
    ("allotment mentor", "Be Well;Feel Well", "allotments;growing;mentor",
     "helps new plot holders get started and runs the seed swap", "{p} Allotment Society", None),
    ("digital champion", "Stay Well;Age Well", "digital help;online;volunteer",
     "helps people set up phones and tablets and use online services", "{p} Digital Champions", None),
    ("dementia awareness champion", "Age Well;Feel Well", "dementia;awareness;training",
     "runs free dementia awareness sessions for local groups and businesses", "{p} Dementia Action Alliance", None),
    ("volunteer driver", "Age Well;Stay Well", "community transport;driver;appointments",
     "drives neighbours to GP and hospital appointments", "{p} Volunteer Drivers", None),
    ("knitting tutor", "Feel Well;Age Well", "knitting;crafts;teaching",
     "teaches beginners at the weekly craft group", "{p} Community Association", None),
    ("bereavement listener", "Die Well;Feel Well", "bereavement;listening;volunteer",
     "offers a listening ear to people who have been bereaved", "{p} Bereavement Friends", None),
    ("youth mentor", "Start Well;Feel Well", "youth;mentoring;volunteer",
     "mentors young people at the youth club and helps with homework", "{p} Youth Trust", None),
    ("Polish-speaking welcome volunteer", "Feel Well;Stay Well", "welcome;newcomers;Polish;interpreting",
     "welcomes Polish-speaking families and helps them find local services", "{p} Multicultural Forum", "Polish"),
    ("street champion", "Be Well;Feel Well", "litter picking;environment;neighbours",
     "organises litter picks and keeps an eye out for neighbours", "{p} Residents' Association", None),
    ("breastfeeding peer supporter", "Start Well", "breastfeeding;new parents;peer support",
     "supports new parents with feeding at the weekly baby group", "{p} Families Together", None),
    ("carers' champion", "Stay Well;Feel Well", "carers;peer support;information",
     "has cared for a family member and helps other carers find support", "{p} Carers' Network", None),
    ("end-of-life companion", "Die Well;Age Well", "end of life;companionship;volunteer",
     "sits with people nearing the end of life and supports their families", "Community hospice outreach team",
     None),
    ("chair-exercise instructor", "Be Well;Age Well", "exercise;older people;falls prevention",
     "runs gentle chair-based exercise classes", "{p} Active Ageing Group", None),
    ("under-11s football coach", "Start Well;Be Well", "football;children;coaching",
     "coaches the under-11s team on Saturday mornings", "{p} Youth Football Club", None),
    ("reading volunteer", "Start Well", "reading;children;schools",
     "listens to children read in local primary schools", "{p} Reading Volunteers", None),
    ("Bengali-speaking community link", "Feel Well;Stay Well", "Bengali;interpreting;community link",
     "helps Bengali-speaking residents get to health and advice services", "{p} Multicultural Forum", "Bengali"),
    ("handyperson volunteer", "Age Well;Stay Well", "small repairs;older people;safety",
     "does small repairs and fits grab rails for older neighbours", "{p} Good Neighbours", None),
    ("BSL-using community volunteer", "Feel Well;Stay Well", "BSL;deaf;community",
     "runs a monthly social for Deaf residents and BSL learners", "{p} Deaf Community Social", "BSL"),
    ("death café host", "Die Well;Feel Well", "death cafe;conversation;volunteer",
     "hosts informal conversations about death and planning ahead", "{p} Death Café volunteers", None),
    ("memory café volunteer", "Age Well;Feel Well", "dementia;memory cafe;volunteer",
     "welcomes people with dementia and their carers at the memory café", "{p} Memory Support Group", None),
]
INDIVIDUALS_PER_NEIGHBOURHOOD = 7

# A few hand-picked examples that are always generated first: (template key, place, exact name).
FEATURED = [
    ("carers", "Greenstead", "Greenstead Carers' Coffee Morning"),
    ("toddler", "Highwoods", "Highwoods Toddler Stay and Play"),
    ("mens_shed", "Mile End", "Mile End Men's Shed"),
    ("larder", "Hythe", "Hythe Community Food Larder"),
    ("walking_football", "Wivenhoe", "Wivenhoe Walking Football"),
    ("dementia", "Stanway", "Stanway Dementia Café"),
    ("bereavement", "Lexden", "Lexden Bereavement Friendship Group"),
    ("good_neighbours", "Tiptree", "Tiptree Good Neighbours (befriending)"),
    ("green_gym", "Castle Park", "Castle Park Green Gym"),
    ("transport", "Mersea Island", "Mersea Island Community Transport"),
]
FEATURED_INDIVIDUAL = ("Pat", "volunteer befriender")
TARGET_PER_NEIGHBOURHOOD = 108   # illustrative records per neighbourhood (halls and individuals included)

EVENT_NOTES = {"Summer Fun Day": "Annual event, usually in August",
               "Community Festival": "Annual event, usually in June",
               "Christmas Lights Switch-on": "Annual event, late November"}
EXTRA_LANGUAGES = ["Polish", "Bengali", "Romanian", "Arabic", "Nepali", "Ukrainian", "Urdu", "Portuguese", "BSL"]
LANGUAGE_OF_NAME = {"Polish": "Polish", "Bengali": "Bengali", "Ukrainian": "Ukrainian", "Nepali": "Nepali",
                    "Conversation Club": "Arabic;Ukrainian;Farsi"}


# ---------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------

def slug(text, words=None):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    parts = [w for w in re.split(r"[^a-z0-9]+", text.lower().replace("'", "")) if w]
    return "-".join(parts[:words] if words else parts)


def stem(name):
    """Name without a bracketed part or a trailing 'Scheme', to avoid near-duplicate names."""
    name = re.sub(r"\s*\(.*?\)", "", name.lower())
    return re.sub(r"\s+scheme$", "", name).strip()


def hhmm(minutes):
    return "%02d:%02d" % ((minutes // 60) % 24, minutes % 60)


def slot(rng, starts, lengths):
    s = rng.choice(starts)
    return "%s-%s" % (hhmm(s), hhmm(s + rng.choice(lengths)))


def t(h, m=0):
    return h * 60 + m


def make_hours(rng, style):
    """Return (opening_hours, opening_note) in the documented weekly format."""
    weekdays = DAYS[:5]
    if style == "session":
        day = rng.choice(DAYS[:6])
        return "%s %s" % (day, slot(rng, [t(9, 30), t(10), t(10, 30), t(13, 30), t(14), t(18, 30)], [90, 120])), ""
    if style == "morning":
        day = rng.choice(weekdays)
        return "%s %s" % (day, slot(rng, [t(9, 15), t(9, 30), t(10)], [90, 120])), ""
    if style == "afternoon":
        day = rng.choice(weekdays)
        return "%s %s" % (day, slot(rng, [t(13, 30), t(14)], [90, 120])), ""
    if style == "lunch":
        day = rng.choice(weekdays)
        return "%s %s" % (day, slot(rng, [t(11, 30), t(12)], [120, 150])), ""
    if style == "evening":
        day = rng.choice(weekdays)
        return "%s %s" % (day, slot(rng, [t(18), t(18, 30), t(19)], [90, 120])), ""
    if style == "youth":
        d1, d2 = sorted(rng.sample(range(5), 2))
        out = "%s 18:30-20:30; %s 18:30-21:00" % (DAYS[d1], DAYS[d2])
        if rng.random() < 0.25:   # a later Friday session
            out = "%s 18:30-20:30; Fri 19:00-22:30" % DAYS[min(d1, 3)]
        return out, ""
    if style == "twice":
        d1, d2 = sorted(rng.sample(range(6), 2))
        s = slot(rng, [t(9, 30), t(10), t(13)], [120, 180])
        return "%s %s; %s %s" % (DAYS[d1], s, DAYS[d2], s), ""
    if style == "dropin":
        day = rng.choice(weekdays)
        if rng.random() < 0.5:
            return "%s 10:00-12:00,13:00-15:00" % day, ""
        d2 = rng.choice([d for d in weekdays if d != day])
        a, b = sorted([day, d2], key=DAYS.index)
        return "%s 09:30-12:30; %s 13:30-16:00" % (a, b), ""
    if style == "office":
        return rng.choice(["Mon-Fri 09:00-17:00", "Mon-Fri 09:00-16:00", "Mon-Thu 09:00-17:00; Fri 09:00-16:30",
                           "Mon-Fri 08:30-13:00,14:00-17:00"]), ""
    if style == "office_part":
        return rng.choice(["Mon-Fri 09:00-17:00", "Mon-Fri 10:00-14:00", "Tue-Thu 09:30-15:30",
                           "Mon 10:00-16:00; Wed 10:00-16:00; Fri 10:00-13:00"]), ""
    if style == "shop":
        return rng.choice(["Mon-Sat 09:00-17:00", "Mon-Fri 08:30-16:00; Sat 09:00-14:00",
                           "Tue-Sat 10:00-16:00", "Mon-Fri 08:00-15:00; Sat 09:00-13:00"]), ""
    if style == "weekend":
        day = rng.choice(["Sat", "Sun"])
        return "%s %s" % (day, slot(rng, [t(10), t(14)], [120, 180])), ""
    if style == "weekend_or_morning":
        return make_hours(rng, rng.choice(["weekend", "morning"]))
    if style == "monthly":
        day = rng.choice(weekdays)
        hours = "%s %s" % (day, slot(rng, [t(10), t(10, 30), t(14), t(19)], [120]))
        return hours, "%s %s of the month" % (rng.choice(["First", "Second", "Third", "Last"]), DAY_NAMES[day])
    if style == "monthly_morning":
        day = rng.choice(weekdays)
        hours = "%s %s" % (day, slot(rng, [t(10), t(10, 30)], [120]))
        return hours, "%s %s of the month" % (rng.choice(["First", "Second", "Third", "Last"]), DAY_NAMES[day])
    if style == "monthly_lunch":
        day = rng.choice(weekdays)
        hours = "%s %s" % (day, slot(rng, [t(12)], [120]))
        return hours, "%s %s of the month" % (rng.choice(["First", "Second", "Third", "Last"]), DAY_NAMES[day])
    if style == "monthly_evening":
        day = rng.choice(weekdays)
        hours = "%s %s" % (day, slot(rng, [t(19), t(19, 30)], [120]))
        return hours, "%s %s of the month" % (rng.choice(["First", "Second", "Third", "Last"]), DAY_NAMES[day])
    if style == "monthly_weekend":
        return "Sat 10:00-13:00", "%s Saturday of the month" % rng.choice(["First", "Second", "Third", "Last"])
    if style == "holiday":
        return "Mon-Thu 10:00-14:00", ""
    if style == "night":
        return "Fri 22:00-02:00; Sat 22:00-03:00", ""
    if style == "late_friday":
        return "Fri 21:00-00:30", ""
    if style == "overnight":
        return "Mon-Sun 20:00-08:00", ""
    if style == "nightline":
        return "Mon-Sun 20:00-02:00", ""
    if style == "online_evening":
        day = rng.choice(weekdays)
        return "%s 19:00-20:30" % day, "Every other week, by video call"
    if style == "dawn":
        return "", "Open dawn to dusk"
    if style == "event":
        return "", rng.choice(["Annual event, usually in July", "Annual event, usually in June",
                               "Annual event, usually late August bank holiday", "Annual event, late November"])
    if style == "none":
        return "", ""
    raise ValueError(style)


class Placer:
    """Chooses real postcode centroids that lie inside a given ward."""

    def __init__(self, postcodes, stops, rng):
        self.by_ward = collections.defaultdict(list)
        for pc in postcodes:
            if pc["ward"]:
                self.by_ward[pc["ward"]].append(pc)
        self.stops = stops
        self.rng = rng

    def pick(self, ward, anchor):
        cands = self.by_ward[ward]
        if anchor:
            near = sorted(cands, key=lambda pc: metres(pc["lon"], pc["lat"], anchor[0], anchor[1]))[:15]
            return self.rng.choice(near)
        return self.rng.choice(cands)

    def near_bus_stop(self, pc):
        return any(metres(pc["lon"], pc["lat"], x, y) <= BUS_STOP_METRES for x, y in self.stops
                   if abs(y - pc["lat"]) < 0.005)


def read_inputs():
    wards = load_wards(os.path.join(ROOT, "maps", "colchester_wards2019_bgc.geojson"))
    with open(os.path.join(DATA, "neighbourhoods.csv"), newline="", encoding="utf-8") as f:
        nbhd_of_ward = {r["ward_name"]: r["neighbourhood"] for r in csv.DictReader(f)}
    postcodes = []
    with open(os.path.join(REF, "postcodes_colchester.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            lon, lat = float(r["Longitude"]), float(r["Latitude"])
            w = ward_at(lon, lat, wards)
            postcodes.append({"postcode": r["Postcode"], "lon": lon, "lat": lat, "lon_text": r["Longitude"],
                              "lat_text": r["Latitude"], "ward": w[1] if w else None})
    with open(os.path.join(REF, "naptan_stops_active_colchester.geojson"), encoding="utf-8") as f:
        stops = [tuple(ft["geometry"]["coordinates"][:2]) for ft in json.load(f)["features"]]
    with open(os.path.join(REF, "libraries_gp_practices_colchester_tendring.geojson"), encoding="utf-8") as f:
        real = [ft for ft in json.load(f)["features"] if ft["properties"]["lad_cd"] == COLCHESTER]
    return wards, nbhd_of_ward, postcodes, stops, real


def blank_row():
    return {c: "" for c in COLUMNS}


def real_rows(features):
    rows = []
    for ft in features:
        p = ft["properties"]
        lon, lat = ft["geometry"]["coordinates"]
        r = blank_row()
        if p["category"] == "library":
            r.update(id="lib-" + p["source_id"], kind="venue",
                     domains="Start Well;Feel Well;Be Well;Age Well",
                     description="Public library run by Essex County Council, listed in the Public libraries in "
                                 "England 2023 dataset. Check opening times with the library service before visiting.",
                     tags="library;books;information;digital help;reading", organisation="Essex County Council")
        else:
            r.update(id="gp-" + p["source_id"], kind="service",
                     domains="Stay Well;Feel Well;Age Well;Die Well",
                     description="NHS GP practice (ODS code %s) from the NHS Organisation Data Service list of "
                                 "about January 2020; practices may have merged or moved since, so check before "
                                 "referring." % p["source_id"],
                     tags="gp practice;primary care;health;nhs")
        r.update(name=p["name"], category="institutions", address=p["address"], postcode=p["postcode"],
                 latitude=repr(lat), longitude=repr(lon), cost="free", referral="self", status="active",
                 source=p["source"] + " (location = postcode centroid)", illustrative="no")
        rows.append(r)
    rows.sort(key=lambda r: (r["id"][:3] != "lib", r["name"]))
    return rows


# ---------------------------------------------------------------------------------------------------------------
# Illustrative records
# ---------------------------------------------------------------------------------------------------------------

class Generator:
    def __init__(self, rng, placer, nbhd_of_ward):
        self.rng = rng
        self.placer = placer
        self.names = set()
        self.phones = ["01632 %06d" % n for n in range(960000, 961000)]
        rng.shuffle(self.phones)
        self.first_names = FIRST_NAMES[:]
        rng.shuffle(self.first_names)
        self.places = collections.defaultdict(list)   # neighbourhood -> place dicts
        for name, ward, anchor, weight, hall in PLACES:
            nb = nbhd_of_ward[ward]
            self.places[nb].append({"name": name, "ward": ward, "anchor": anchor, "weight": weight,
                                    "hall": hall, "town": name in TOWN_PLACES, "nbhd": nb})
        self.halls = {}   # place name -> hall row
        self.hall_streets = set()
        self.stems = set()
        self.rows = []

    # -- small random pieces --
    def street(self, place):
        return self.rng.choice(TOWN_STREETS if place["town"] else VILLAGE_STREETS)

    def address(self, place, street=None):
        street = street or self.street(place)
        locality = place["name"]
        if locality in ("Colchester City Centre", "Castle Park", "Dutch Quarter"):
            locality = "Colchester"
        elif locality == "Mersea Island":
            locality = "West Mersea"
        return "%d %s, %s" % (self.rng.randint(1, 140), street, locality)

    def last_verified(self):
        rng = self.rng
        if rng.random() < 0.7:
            start, end = datetime.date(2025, 11, 23), datetime.date(2026, 11, 20)
        else:
            start, end = datetime.date(2024, 6, 1), datetime.date(2025, 11, 22)
        return (start + datetime.timedelta(days=rng.randint(0, (end - start).days))).isoformat()

    def contacts(self, row, probs, org):
        rng = self.rng
        p_phone, p_email, p_web = probs
        base = slug(org if org and rng.random() < 0.5 else row["name"], words=5)
        if rng.random() < p_phone:
            row["phone"] = self.phones.pop()
        if rng.random() < p_email:
            row["email"] = "%s@example.org" % base.replace("-", ".")
        if rng.random() < p_web:
            row["website"] = "https://example.org/%s" % base

    def accessibility(self, options, pc):
        rng = self.rng
        chosen = [a for a in options if a != "near bus stop" and rng.random() < 0.65]
        if pc is not None and self.placer.near_bus_stop(pc):
            chosen.append("near bus stop")
        if rng.random() < 0.04 and "bsl" not in chosen:
            chosen.append("bsl")
        return ";".join(a for a in ACCESS if a in chosen)

    def place_suits(self, place, tpl):
        if tpl is None:
            return True
        if place["name"] in PLACE_ONLY and tpl["key"] not in PLACE_ONLY[place["name"]]:
            return False
        if tpl["key"] in PLACE_EXCLUDE.get(place["name"], ()):
            return False
        if tpl["at"] is not None and place["name"] not in tpl["at"]:
            return False
        return tpl["villages"] if not place["town"] else tpl["towns"]

    def pick_place(self, nbhd, tpl=None, need_hall=False):
        cands = [p for p in self.places[nbhd]
                 if (not need_hall or p["name"] in self.halls) and self.place_suits(p, tpl)]
        if not cands:
            return None
        return self.rng.choices(cands, weights=[p["weight"] for p in cands])[0]

    def unique_name(self, patterns, place, street, wanted=None):
        """Pick an unused name; returns (name, overrides) or (None, None).
        With wanted, return the overrides of the pattern that produces exactly that name."""
        entries = [e if isinstance(e, tuple) else (e, {}) for e in patterns]
        if wanted is None:
            self.rng.shuffle(entries)
        for pat, overrides in entries:
            if pat.startswith("V:") or pat.startswith("T:"):
                if (pat[0] == "V") == place["town"]:
                    continue
                pat = pat[2:]
            name = pat.format(p=place["name"], street=street)
            if wanted is not None:
                if name == wanted:
                    return name, overrides
            elif name not in self.names and stem(name) not in self.stems:
                return name, overrides
        return (wanted, {}) if wanted is not None else (None, None)

    def locate(self, row, place, use_hall, street=None):
        """Fill address/postcode/lat/lon; returns the postcode record used."""
        if use_hall and place["name"] in self.halls:
            hall = self.halls[place["name"]]
            row["address"] = "%s, %s" % (hall["name"], hall["address"].split(" ", 1)[1])
            pc = hall["_pc"]
        else:
            pc = self.placer.pick(place["ward"], place["anchor"])
            row["address"] = self.address(place, street)
        row["postcode"] = pc["postcode"]
        row["latitude"], row["longitude"] = pc["lat_text"], pc["lon_text"]
        row["_ward"] = pc["ward"]
        return pc

    def common(self, row):
        row["status"] = "active"
        row["last_verified"] = self.last_verified()
        row["verified_by"] = self.rng.choice(VERIFIERS)
        row["source"] = ILLUSTRATIVE_SOURCE
        row["illustrative"] = "yes"
        self.names.add(row["name"])
        self.stems.add(stem(row["name"]))
        self.rows.append(row)

    # -- record makers --
    def hall(self, place):
        rng = self.rng
        for _ in range(50):
            street = self.street(place)
            name = "%s %s" % (street, rng.choice(["Community Hall", "Community Centre"] if place["town"]
                                                 else ["Community Hall", "Village Hall"]))
            if name not in self.names and street not in self.hall_streets:
                break
        self.hall_streets.add(street)
        row = blank_row()
        row.update(name=name, kind="venue", category="physical",
                   domains=rng.choice(["Be Well;Feel Well;Age Well", "Feel Well;Be Well", "Start Well;Be Well;Age Well"]),
                   organisation="%s Management Committee" % name,
                   description="%s hall with a main hall, meeting room and kitchen, home to many local groups and "
                               "available to hire." % ("A community" if place["town"] else "A village"),
                   tags="community hall;room hire;meeting space;events")
        pc = self.locate(row, place, False, street)
        row["_pc"] = pc
        row["opening_hours"] = rng.choice(["Mon-Sat 08:00-22:00", "Mon-Fri 09:00-22:00; Sat 09:00-23:00",
                                           "Mon-Sun 08:30-22:30"])
        row["opening_note"] = rng.choice(["Open for booked sessions; call to arrange a visit", "", ""])
        row["cost"] = "paid"
        row["cost_note"] = rng.choice(["Room hire from £12 an hour", "Hall hire £18 an hour; reduced rate for "
                                       "community groups", "Room hire from £10 an hour"])
        row["accessibility"] = self.accessibility(("step-free", "accessible toilet", "parking", "hearing loop"), pc)
        row["languages"] = "English"
        row["referral"] = "self"
        self.contacts(row, (0.9, 0.8, 0.5), name)
        self.halls[place["name"]] = row
        self.common(row)

    def individual(self, nbhd, force=None):
        rng = self.rng
        if force:
            self.first_names.remove(force[0])
            self.first_names.append(force[0])
        for _ in range(200):
            role = rng.choice(ROLES) if not force else next(r for r in ROLES if r[0] == force[1])
            place = self.pick_place(nbhd, need_hall=True)
            first = self.first_names[-1]
            name = "%s – %s" % (first, role[0])
            if name not in self.names and not any(r["name"].endswith("– " + role[0]) and r.get("_nbhd") == nbhd
                                                  for r in self.rows):
                break
        self.first_names.pop()
        role_name, domains, tags, what, org_pat, lang = role
        org = org_pat.format(p=place["name"])
        row = blank_row()
        row.update(name=name, kind="individual", category="individuals", domains=domains, tags=tags,
                   organisation=org,
                   description="%s %s in %s. Contact through %s; no personal contact details are shared."
                               % (first, what, place["name"], org))
        pc = self.locate(row, place, True)
        row["accessibility"] = ""
        row["cost"] = "free"
        row["languages"] = "English;" + lang if lang else "English"
        row["referral"] = "self"
        if rng.random() < 0.6:
            row["email"] = "%s@example.org" % slug(org).replace("-", ".")
        row["_nbhd"] = nbhd
        row["_pc"] = pc
        self.common(row)

    def from_template(self, tpl, nbhd, force=None):
        rng = self.rng
        for _ in range(0 if force else 30):
            place = self.pick_place(nbhd, tpl)
            if place is None:
                return False
            street = self.street(place)
            named = dict(place, name=nbhd) if tpl["area_name"] else place
            name, overrides = self.unique_name(tpl["names"], named, street)
            if name:
                break
        else:
            if not force:
                return False
            place = next(p for p in self.places[nbhd] if p["name"] == force[0])
            street = self.street(place)
            name, overrides = self.unique_name(tpl["names"], place, street, wanted=force[1])
        # a name pattern may refine the template (its own description, tags, hours ...)
        tpl = dict(tpl, **overrides)
        if isinstance(tpl["desc"], str):
            tpl["desc"] = [tpl["desc"]]
        row = blank_row()
        row.update(name=name, kind=tpl["kind"], category=tpl["category"], domains=tpl["domains"], tags=tpl["tags"])
        row["description"] = rng.choice(tpl["desc"]).format(p=place["name"])
        org = rng.choice(tpl["org"]).format(p=place["name"])
        row["organisation"] = org
        pc = None
        if tpl["noloc"]:
            row["area"] = nbhd
            row["description"] += " Covers the whole %s area." % nbhd
        else:
            pc = self.locate(row, place, rng.random() < tpl["hall"], street)
        hours, note = make_hours(rng, tpl["hours"])
        row["opening_hours"] = hours
        if tpl["notes"]:
            note = rng.choice(tpl["notes"]) or note
        for key, event_note in EVENT_NOTES.items():
            if key in name:
                note = event_note
        row["opening_note"] = note
        band, cost_note = rng.choice(tpl["cost"])
        row["cost"] = band
        row["cost_note"] = cost_note if rng.random() < 0.8 else ""
        row["accessibility"] = self.accessibility(tpl["acc"], pc)
        if tpl["age"]:
            lo, hi = tpl["age"]
            row["age_min"] = "" if lo is None else str(lo)
            row["age_max"] = "" if hi is None else str(hi)
        langs = ["English"]
        if tpl["lang"] == "maybe" and rng.random() < 0.3:
            langs.append(rng.choice(EXTRA_LANGUAGES))
        elif tpl["lang"] == "name":
            for key, extra in LANGUAGE_OF_NAME.items():
                if key in name:
                    langs += extra.split(";")
        elif rng.random() < 0.04:
            langs.append(rng.choice(EXTRA_LANGUAGES))
        row["languages"] = ";".join(langs)
        row["referral"] = rng.choice(tpl["ref"])
        if tpl["capacity"] and rng.random() < 0.35:
            row["capacity_note"] = rng.choice(tpl["capacity"])
        elif tpl["kind"] == "group" and rng.random() < 0.08:
            row["capacity_note"] = rng.choice(["New members welcome", "Spaces available", "Limited spaces"])
        self.contacts(row, tpl["contact"], org)
        row["_nbhd"] = nbhd
        self.common(row)
        return True

    def neighbourhood(self, nbhd):
        start = len(self.rows)
        for place in self.places[nbhd]:
            if place["hall"]:
                self.hall(place)
        by_key = {tp["key"]: tp for tp in TEMPLATES}
        for key, place_name, name in FEATURED:
            if any(p["name"] == place_name for p in self.places[nbhd]):
                self.from_template(by_key[key], nbhd, force=(place_name, name))
        if nbhd == NEIGHBOURHOODS[0]:
            self.individual(nbhd, force=FEATURED_INDIVIDUAL)
        while sum(1 for r in self.rows[start:] if r["kind"] == "individual") < INDIVIDUALS_PER_NEIGHBOURHOOD:
            self.individual(nbhd)
        usable = [tp for tp in TEMPLATES if tp["only"] is None or nbhd in tp["only"]]
        for tpl in usable:
            for _ in range(tpl["minimum"]):
                self.from_template(tpl, nbhd)
        extras = [tp for tp in usable if tp["weight"] > 0]
        weights = [tp["weight"] for tp in extras]
        guard = 0
        while len(self.rows) - start < TARGET_PER_NEIGHBOURHOOD and guard < 2000:
            guard += 1
            self.from_template(self.rng.choices(extras, weights=weights)[0], nbhd)
        for r in self.rows[start:]:
            r["_nbhd"] = nbhd


def set_statuses(rng, rows):
    """About 5 % paused and 3 % closed; closed records were typically verified longer ago.
    The reason for a pause goes in opening_note."""
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    n_paused = round(len(rows) * 0.05)
    n_closed = round(len(rows) * 0.03)
    for i in idx[:n_paused]:
        rows[i]["status"] = "paused"
        reason = rng.choice(["Paused while a new venue is found", "Paused until new volunteers are recruited",
                             "Paused for the summer"])
        rows[i]["opening_note"] = "; ".join(filter(None, [reason, rows[i]["opening_note"]]))
    for i in idx[n_paused:n_paused + n_closed]:
        rows[i]["status"] = "closed"
        rows[i]["capacity_note"] = ""
        day = datetime.date(2024, 6, 1) + datetime.timedelta(days=rng.randint(0, 420))
        rows[i]["last_verified"] = day.isoformat()


def check(rows, wards, nbhd_of_ward):
    """Validate the generated rows and print counts; exits non-zero on failure."""
    problems = []
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    names = [r["name"] for r in rows]
    if len(set(names)) != len(names):
        problems.append("duplicate names: %s" % [n for n, c in collections.Counter(names).items() if c > 1])
    ill = [r for r in rows if r["illustrative"] == "yes"]
    nb = collections.Counter()
    for r in ill:
        if r["latitude"]:
            w = ward_at(float(r["longitude"]), float(r["latitude"]), wards)
            if w is None or nbhd_of_ward[w[1]] != r["_nbhd"]:
                problems.append("%s outside its neighbourhood" % r["id"])
        elif r["area"] != r["_nbhd"]:
            problems.append("%s has no location and no area" % r["id"])
        nb[r["_nbhd"]] += 1
        for a in filter(None, r["accessibility"].split(";")):
            if a not in ACCESS:
                problems.append("%s bad accessibility %s" % (r["id"], a))
        if r["phone"] and not r["phone"].startswith("01632 960"):
            problems.append("%s phone outside the drama range" % r["id"])
        if r["email"] and not r["email"].endswith("@example.org"):
            problems.append("%s email not example.org" % r["id"])
        if r["website"] and not r["website"].startswith("https://example.org/"):
            problems.append("%s website not example.org" % r["id"])
    dom = collections.Counter(d for r in ill for d in r["domains"].split(";"))
    cat = collections.Counter(r["category"] for r in ill)
    kind = collections.Counter(r["kind"] for r in ill)
    status = collections.Counter(r["status"] for r in ill)
    noloc = sum(1 for r in ill if not r["latitude"])
    for r in rows:
        if set(r["domains"].split(";")) - set(DOMAINS):
            problems.append("%s unknown domain" % r["id"])
        if r["category"] not in CATEGORIES or r["kind"] not in KINDS:
            problems.append("%s bad category/kind" % r["id"])
    if len(ill) < 300:
        problems.append("only %d illustrative records" % len(ill))
    problems += ["neighbourhood %s has %d" % (n, nb[n]) for n in NEIGHBOURHOODS if nb[n] < 80]
    problems += ["domain %s has %d" % (d, dom[d]) for d in DOMAINS if dom[d] < 25]
    problems += ["category %s has %d" % (c, cat[c]) for c in CATEGORIES if cat[c] < 15]
    problems += ["kind %s unused" % k for k in KINDS if kind[k] == 0]

    print("records: %d (real %d, illustrative %d)" % (len(rows), len(rows) - len(ill), len(ill)))
    print("illustrative per neighbourhood:", dict(nb))
    print("illustrative per domain:", {d: dom[d] for d in DOMAINS})
    print("illustrative per category:", {c: cat[c] for c in CATEGORIES})
    print("illustrative per kind:", {k: kind[k] for k in KINDS})
    print("illustrative status:", dict(status), "| without location: %d (%.1f%%)" % (noloc, 100.0 * noloc / len(ill)))
    if problems:
        print("PROBLEMS:\n  " + "\n  ".join(problems))
        sys.exit(1)
    print("all checks passed")


def main():
    rng = random.Random(SEED)
    wards, nbhd_of_ward, postcodes, stops, real = read_inputs()
    placer = Placer(postcodes, stops, rng)
    gen = Generator(rng, placer, nbhd_of_ward)
    for nbhd in NEIGHBOURHOODS:
        gen.neighbourhood(nbhd)
    illustrative = gen.rows
    set_statuses(rng, illustrative)
    for i, r in enumerate(illustrative, 1):
        r["id"] = "demo-%04d" % i
    rows = real_rows(real) + illustrative
    check(rows, wards, nbhd_of_ward)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r[c] for c in COLUMNS])
    print("wrote", os.path.relpath(OUT, ROOT))


if __name__ == "__main__":
    main()
