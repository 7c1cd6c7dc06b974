package org.assetatlas.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assetatlas.geo.GeoJsonFeatures;
import org.assetatlas.geo.GeoJsonFeatures.Feature;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.model.WeeklySchedule;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Generates realistic synthetic assets for load testing: deterministic for a given seed, spread over the given
 * boundaries, with every field filled plausibly. All records are marked illustrative.
 *
 * <p>Locations are uniform inside the boundaries; each located asset takes the postcode of the nearest real
 * postcode centroid in the shipped table when one lies within 1.5 km. About 5% of assets have no location (online
 * or area-wide services).
 */
public final class SyntheticAssets implements Iterable<Asset> {

    /** Where the default boundaries live inside the app: the demo's Colchester wards. */
    public static final String DEFAULT_BOUNDARIES = "/demo/maps/colchester_wards2019_bgc.geojson";
    private static final String POSTCODES = "/demo/data/reference/postcodes_colchester.csv";
    private static final double POSTCODE_CELL = 0.01;
    private static final double POSTCODE_MAX_METRES = 1500;

    /** An activity pattern: what kind of asset, in which domains and category, with typical details. */
    private record Pattern(String activity, AssetKind kind, AbcdCategory category, List<String> domains,
                           List<String> tags, String description, String schedule, CostBand cost, Integer ageMin,
                           Integer ageMax, Set<AccessFeature> access) {
    }

    private record PostcodePoint(String code, double lon, double lat) {
    }

    private static final List<Pattern> PATTERNS = List.of(
            p("Carers' Coffee Morning", AssetKind.GROUP, AbcdCategory.ASSOCIATIONS, "Stay Well;Age Well", "carers;social;support",
                    "A friendly morning for unpaid carers to share a cuppa and swap tips.", "Tue 10:00-12:00", CostBand.FREE, 18, null),
            p("Men's Shed", AssetKind.GROUP, AbcdCategory.ASSOCIATIONS, "Feel Well;Age Well", "loneliness;woodwork;men",
                    "Men get together to make, mend and chat in a shared workshop.", "Mon 10:00-15:00; Thu 10:00-15:00", CostBand.LOW_COST, 18, null),
            p("Toddler Stay and Play", AssetKind.GROUP, AbcdCategory.ASSOCIATIONS, "Start Well", "toddlers;parents;play",
                    "Play, songs and snacks for under-fives and their grown-ups.", "Wed 09:30-11:30", CostBand.LOW_COST, 0, 4),
            p("Youth Club", AssetKind.GROUP, AbcdCategory.ASSOCIATIONS, "Start Well;Feel Well", "young people;youth;activities",
                    "Games, sport and a safe space to hang out, with trained youth workers.", "Fri 18:00-21:00", CostBand.FREE, 11, 18),
            p("Walking Football", AssetKind.GROUP, AbcdCategory.PHYSICAL, "Be Well;Age Well", "exercise;football;older people",
                    "Gentle, non-contact football for older adults; all abilities welcome.", "Sat 10:00-11:30", CostBand.LOW_COST, 50, null),
            p("Dementia Café", AssetKind.GROUP, AbcdCategory.ASSOCIATIONS, "Age Well;Feel Well", "dementia;carers;memory",
                    "A relaxed café for people living with dementia and those who care for them.", "Thu 14:00-16:00", CostBand.FREE, null, null),
            p("Community Food Larder", AssetKind.SERVICE, AbcdCategory.ECONOMIC, "Stay Well;Be Well", "food;cost of living;larder",
                    "Low-cost groceries for members, with advice on budgeting and energy bills.", "Wed 12:00-15:00; Sat 10:00-12:00", CostBand.LOW_COST, null, null),
            p("Food Bank", AssetKind.SERVICE, AbcdCategory.INSTITUTIONS, "Stay Well", "food bank;crisis;referral",
                    "Emergency food parcels for people referred by a local agency.", "Tue 11:00-14:00; Fri 11:00-14:00", CostBand.FREE, null, null),
            p("Debt and Benefits Advice Drop-in", AssetKind.SERVICE, AbcdCategory.INSTITUTIONS, "Stay Well;Feel Well", "advice;benefits;debt;forms",
                    "Free, confidential help with benefits, debt and filling in forms.", "Mon 10:00-13:00", CostBand.FREE, 16, null),
            p("Digital Help Sessions", AssetKind.SERVICE, AbcdCategory.CONNECTIONS, "Age Well;Stay Well", "digital;computers;forms;online",
                    "One-to-one help with phones, tablets, e-mail and online forms.", "Thu 10:00-12:00", CostBand.FREE, null, null),
            p("Befriending Service", AssetKind.SERVICE, AbcdCategory.CONNECTIONS, "Feel Well;Age Well", "befriending;loneliness;isolation",
                    "Volunteers visit or phone people who feel lonely or isolated.", "Mon-Fri 09:00-17:00", CostBand.FREE, 18, null),
            p("Mental Health Peer Support", AssetKind.GROUP, AbcdCategory.ASSOCIATIONS, "Feel Well", "mental health;peer support;anxiety",
                    "A peer-led group for people living with anxiety, low mood or stress.", "Wed 18:30-20:00", CostBand.FREE, 18, null),
            p("Bereavement Friendship Group", AssetKind.GROUP, AbcdCategory.ASSOCIATIONS, "Die Well;Feel Well", "bereavement;grief;support",
                    "Support and friendship for people who have lost someone close.", "Tue 14:00-16:00", CostBand.FREE, 18, null),
            p("Hospice at Home Volunteers", AssetKind.SERVICE, AbcdCategory.INSTITUTIONS, "Die Well", "end of life;hospice;carers",
                    "Trained volunteers support people at the end of life and their families at home.", "Mon-Sun 08:00-20:00", CostBand.FREE, null, null),
            p("Knit and Natter", AssetKind.GROUP, AbcdCategory.CULTURAL, "Feel Well;Age Well", "crafts;social;knitting",
                    "Bring your knitting or learn from others over tea and biscuits.", "Mon 13:30-15:30", CostBand.FREE, null, null),
            p("Community Choir", AssetKind.GROUP, AbcdCategory.CULTURAL, "Feel Well;Be Well", "singing;music;social",
                    "Everyone can sing: no auditions, no need to read music.", "Wed 19:00-21:00", CostBand.LOW_COST, 16, null),
            p("Community Garden", AssetKind.PLACE, AbcdCategory.PHYSICAL, "Be Well;Feel Well", "gardening;green space;volunteering",
                    "A shared garden where neighbours grow food and flowers together.", "Sat 10:00-13:00", CostBand.FREE, null, null),
            p("Allotments", AssetKind.PLACE, AbcdCategory.PHYSICAL, "Be Well", "allotments;gardening;outdoors",
                    "Council allotment plots with a waiting list and a friendly committee.", "", CostBand.PAID, 18, null),
            p("Community Hall", AssetKind.VENUE, AbcdCategory.PHYSICAL, "Be Well;Feel Well;Start Well", "venue;hall;hire",
                    "A hall for hire with kitchen and accessible toilet, home to many local groups.", "Mon-Sat 08:00-22:00", CostBand.PAID, null, null),
            p("Repair Café", AssetKind.EVENT, AbcdCategory.ECONOMIC, "Be Well", "repair;reuse;skills",
                    "Bring broken items and volunteers help you fix them.", "Sat 10:00-13:00", CostBand.FREE, null, null),
            p("Credit Union", AssetKind.ORGANISATION, AbcdCategory.ECONOMIC, "Stay Well", "savings;loans;money",
                    "Affordable savings and loans owned by its members.", "Mon-Fri 10:00-15:00", CostBand.FREE, 16, null),
            p("Parent Carers Forum", AssetKind.ORGANISATION, AbcdCategory.ASSOCIATIONS, "Start Well", "send;parents;carers",
                    "Parents of children with special educational needs supporting each other.", "Thu 19:00-21:00", CostBand.FREE, null, null),
            p("Community Transport", AssetKind.SERVICE, AbcdCategory.CONNECTIONS, "Age Well;Stay Well", "transport;dial-a-ride;accessible",
                    "Door-to-door accessible transport for people who cannot use buses.", "Mon-Fri 08:00-18:00", CostBand.LOW_COST, null, null),
            p("Stroke Club", AssetKind.GROUP, AbcdCategory.ASSOCIATIONS, "Stay Well;Age Well", "stroke;recovery;support",
                    "Social and exercise group for stroke survivors and carers.", "Fri 10:00-12:00", CostBand.LOW_COST, null, null),
            p("Chair Yoga", AssetKind.GROUP, AbcdCategory.PHYSICAL, "Be Well;Age Well", "yoga;exercise;older people",
                    "Seated yoga to build strength and balance.", "Tue 11:00-12:00", CostBand.LOW_COST, 50, null),
            p("Heritage Society", AssetKind.ORGANISATION, AbcdCategory.CULTURAL, "Feel Well", "history;heritage;talks",
                    "Talks and walks about the area's history.", "Wed 19:30-21:00", CostBand.LOW_COST, null, null),
            p("Parish Church", AssetKind.VENUE, AbcdCategory.INSTITUTIONS, "Feel Well;Die Well", "faith;church;community",
                    "A parish church with a welcoming community and weekly lunch club.", "Sun 09:00-12:00; Wed 12:00-14:00", CostBand.FREE, null, null),
            p("Mosque Community Kitchen", AssetKind.SERVICE, AbcdCategory.INSTITUTIONS, "Stay Well;Feel Well", "faith;food;community",
                    "Hot meals for anyone who needs one, no questions asked.", "Fri 13:00-15:00", CostBand.FREE, null, null),
            p("Breastfeeding Support Group", AssetKind.GROUP, AbcdCategory.ASSOCIATIONS, "Start Well", "breastfeeding;babies;parents",
                    "Peer supporters help with feeding in a relaxed setting.", "Mon 10:00-11:30", CostBand.FREE, null, null),
            p("Smoking Cessation Clinic", AssetKind.SERVICE, AbcdCategory.INSTITUTIONS, "Be Well", "stop smoking;health",
                    "Free support and medication to help you stop smoking.", "Tue 17:00-19:00", CostBand.FREE, 12, null),
            p("Volunteer Befriender", AssetKind.INDIVIDUAL, AbcdCategory.INDIVIDUALS, "Feel Well;Age Well", "befriending;volunteer",
                    "A local volunteer who visits neighbours for a chat each week.", "", CostBand.FREE, null, null),
            p("Street Champion", AssetKind.INDIVIDUAL, AbcdCategory.INDIVIDUALS, "Be Well", "neighbours;volunteer;litter",
                    "A resident who organises litter picks and looks out for neighbours.", "", CostBand.FREE, null, null),
            p("Online Wellbeing Café", AssetKind.ONLINE, AbcdCategory.CONNECTIONS, "Feel Well", "online;wellbeing;social",
                    "An online drop-in for a chat and wellbeing tips.", "Thu 19:00-20:00", CostBand.FREE, 16, null),
            p("Pharmacy", AssetKind.BUSINESS, AbcdCategory.ECONOMIC, "Stay Well;Be Well", "pharmacy;medicines;advice",
                    "Community pharmacy offering health checks and advice.", "Mon-Fri 09:00-18:00; Sat 09:00-13:00", CostBand.PAID, null, null),
            p("Park Run", AssetKind.EVENT, AbcdCategory.PHYSICAL, "Be Well", "running;walking;outdoors",
                    "A free, timed 5 km walk or run every Saturday morning.", "Sat 09:00-10:00", CostBand.FREE, 4, null),
            p("Advance Care Planning Café", AssetKind.EVENT, AbcdCategory.CONNECTIONS, "Die Well", "end of life;planning;wills",
                    "An informal session to talk about wishes for the end of life.", "Thu 14:00-16:00", CostBand.FREE, 18, null));

    private static final String[] QUALIFIERS = {"", "", "", "St Mary's", "Riverside", "Friends of", "Tuesday", "Evening",
        "Community", "Old Town", "Hilltop", "Green Lane", "Station Road", "Victoria"};
    private static final String[] STREETS = {"High Street", "Church Road", "Mill Lane", "Station Road", "Park Road",
        "Victoria Road", "London Road", "Queen Street", "Meadow Way", "Orchard Close", "The Green", "School Lane"};
    private static final String[] FIRST_NAMES = {"Pat", "Sam", "Jo", "Alex", "Chris", "Lesley", "Robin", "Kim", "Nat", "Jan"};
    private static final String[][] LANGUAGES = {{"English"}, {"English"}, {"English"}, {"English", "Polish"},
        {"English", "Bengali"}, {"English", "BSL"}, {"English", "Romanian"}, {"English", "Arabic"}};

    private final long seed;
    private final int count;
    private final List<Feature> areas;
    private final List<PreparedGeometry> prepared = new ArrayList<>();
    private final double[] cumulativeArea;
    private final Map<Long, List<PostcodePoint>> postcodeGrid;

    private SyntheticAssets(long seed, int count, List<Feature> areas, Map<Long, List<PostcodePoint>> postcodeGrid) {
        this.seed = seed;
        this.count = count;
        this.areas = areas;
        this.postcodeGrid = postcodeGrid;
        cumulativeArea = new double[areas.size()];
        double total = 0;
        for (int i = 0; i < areas.size(); i++) {
            prepared.add(PreparedGeometryFactory.prepare(areas.get(i).geometry()));
            total += areas.get(i).geometry().getArea();
            cumulativeArea[i] = total;
        }
    }

    /**
     * A generator over the given boundaries (GeoJSON polygons in WGS84), or the demo's wards when null.
     *
     * @throws IOException when the boundary file cannot be read or has no polygons
     */
    public static SyntheticAssets over(Path boundaries, int count, long seed) throws IOException {
        List<Feature> features;
        if (boundaries == null) {
            try (InputStream in = resource(DEFAULT_BOUNDARIES)) {
                features = GeoJsonFeatures.read(in);
            }
        } else {
            try (InputStream in = Files.newInputStream(boundaries)) {
                features = GeoJsonFeatures.read(in);
            }
        }
        List<Feature> polygons = features.stream()
                .filter(f -> f.geometry() != null && f.geometry().getDimension() == 2 && f.geometry().getArea() > 0)
                .toList();
        if (polygons.isEmpty()) {
            throw new IOException("The boundary file has no polygons to place assets in");
        }
        return new SyntheticAssets(seed, count, polygons, loadPostcodes());
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = SyntheticAssets.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " is missing from this build of the app");
        }
        return in;
    }

    private static Map<Long, List<PostcodePoint>> loadPostcodes() throws IOException {
        Map<Long, List<PostcodePoint>> grid = new HashMap<>();
        try (Reader r = new InputStreamReader(resource(POSTCODES), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                double lon = Double.parseDouble(rec.get("Longitude"));
                double lat = Double.parseDouble(rec.get("Latitude"));
                grid.computeIfAbsent(cell(lon, lat), k -> new ArrayList<>())
                        .add(new PostcodePoint(rec.get("Postcode"), lon, lat));
            }
        }
        return grid;
    }

    private static long cell(double lon, double lat) {
        return ((long) Math.floor(lon / POSTCODE_CELL) << 32) ^ ((long) Math.floor(lat / POSTCODE_CELL) & 0xffffffffL);
    }

    public int count() {
        return count;
    }

    @Override
    public Iterator<Asset> iterator() {
        Random random = new Random(seed);
        GeometryFactory gf = new GeometryFactory();
        return new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public Asset next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                made++;
                return make(made, random, gf);
            }
        };
    }

    private Asset make(int n, Random r, GeometryFactory gf) {
        Pattern p = PATTERNS.get(r.nextInt(PATTERNS.size()));
        int areaIndex = pickArea(r.nextDouble());
        Feature area = areas.get(areaIndex);
        String place = placeName(area);
        boolean located = p.kind() != AssetKind.ONLINE && r.nextDouble() >= 0.04;
        GeoPoint location = null;
        String postcode = "";
        if (located) {
            Envelope e = area.geometry().getEnvelopeInternal();
            for (int tries = 0; tries < 200 && location == null; tries++) {
                double lon = e.getMinX() + r.nextDouble() * e.getWidth();
                double lat = e.getMinY() + r.nextDouble() * e.getHeight();
                if (prepared.get(areaIndex).covers(gf.createPoint(new Coordinate(lon, lat)))) {
                    location = new GeoPoint(round6(lat), round6(lon));
                }
            }
            if (location != null) {
                postcode = nearestPostcode(location);
            }
        }
        String qualifier = QUALIFIERS[r.nextInt(QUALIFIERS.length)];
        String name = p.kind() == AssetKind.INDIVIDUAL
                ? FIRST_NAMES[r.nextInt(FIRST_NAMES.length)] + " – " + p.activity().toLowerCase() + " (" + place + ")"
                : (qualifier.isEmpty() ? place : qualifier + " " + place) + " " + p.activity();
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String street = STREETS[r.nextInt(STREETS.length)];
        double statusRoll = r.nextDouble();
        AssetStatus status = statusRoll < 0.92 ? AssetStatus.ACTIVE : statusRoll < 0.97 ? AssetStatus.PAUSED : AssetStatus.CLOSED;
        Set<AccessFeature> access = EnumSet.noneOf(AccessFeature.class);
        for (AccessFeature f : AccessFeature.values()) {
            if (r.nextDouble() < 0.3) {
                access.add(f);
            }
        }
        ReferralRoute referral = p.activity().contains("Food Bank") ? ReferralRoute.PROFESSIONAL
                : r.nextDouble() < 0.85 ? ReferralRoute.SELF : ReferralRoute.EITHER;
        boolean hasContact = p.kind() != AssetKind.INDIVIDUAL;
        return Asset.builder()
                .uid(String.format("syn-%07d", n))
                .name(name)
                .description(p.description())
                .kind(p.kind())
                .category(p.category())
                .domains(List.of(p.domains().toArray(new String[0])))
                .tags(p.tags())
                .organisation(hasContact ? place + " Community Association" : "")
                .address(location == null ? "" : (1 + r.nextInt(180)) + " " + street + ", " + place)
                .postcode(postcode)
                .location(location)
                .phone(hasContact ? String.format("01632 960%03d", r.nextInt(1000)) : "")
                .email(hasContact ? slug.substring(0, Math.min(slug.length(), 30)) + "@example.org" : "")
                .website(hasContact ? "https://example.org/" + slug : "")
                .openingHours(WeeklySchedule.parse(p.schedule()))
                .openingNote(r.nextDouble() < 0.1 ? "Term time only" : "")
                .cost(p.cost())
                .costNote(p.cost() == CostBand.LOW_COST ? "£" + (1 + r.nextInt(5)) + " a session" : "")
                .accessibility(access)
                .ageMin(p.ageMin())
                .ageMax(p.ageMax())
                .languages(List.of(LANGUAGES[r.nextInt(LANGUAGES.length)]))
                .referral(referral)
                .status(status)
                .capacityNote(r.nextDouble() < 0.05 ? "Waiting list" : "")
                .lastVerified(LocalDate.of(2024, 6, 1).plusDays(r.nextInt(900)))
                .verifiedBy("Synthetic data generator")
                .source("Synthetic test record (seed " + seed + ")")
                .illustrative(true)
                .build();
    }

    private int pickArea(double u) {
        double target = u * cumulativeArea[cumulativeArea.length - 1];
        for (int i = 0; i < cumulativeArea.length; i++) {
            if (target <= cumulativeArea[i]) {
                return i;
            }
        }
        return cumulativeArea.length - 1;
    }

    private static String placeName(Feature f) {
        for (String key : new String[] {"wd19nm", "name", "NAME", "LSOA11NM", "MSOA11NM"}) {
            String v = f.get(key);
            if (v != null && !v.isBlank()) {
                // "Lexden and Braiswick" -> "Lexden"; "Colchester 013C" -> "Colchester"
                return v.split(" and | 0| 1| \\d")[0].strip();
            }
        }
        return "Local";
    }

    private String nearestPostcode(GeoPoint p) {
        String best = "";
        double bestMetres = POSTCODE_MAX_METRES;
        long cx = (long) Math.floor(p.lon() / POSTCODE_CELL);
        long cy = (long) Math.floor(p.lat() / POSTCODE_CELL);
        double kx = 111_320 * Math.cos(Math.toRadians(p.lat()));
        for (long dx = -2; dx <= 2; dx++) {
            for (long dy = -2; dy <= 2; dy++) {
                List<PostcodePoint> bucket = postcodeGrid.get(((cx + dx) << 32) ^ ((cy + dy) & 0xffffffffL));
                if (bucket == null) {
                    continue;
                }
                for (PostcodePoint pc : bucket) {
                    double ex = (pc.lon() - p.lon()) * kx;
                    double ey = (pc.lat() - p.lat()) * 110_574;
                    double d = Math.hypot(ex, ey);
                    if (d < bestMetres) {
                        bestMetres = d;
                        best = pc.code();
                    }
                }
            }
        }
        return best;
    }

    private static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static Pattern p(String activity, AssetKind kind, AbcdCategory category, String domains, String tags,
                             String description, String schedule, CostBand cost, Integer ageMin, Integer ageMax) {
        return new Pattern(activity, kind, category, List.of(domains.split(";")), List.of(tags.split(";")),
                description, schedule, cost, ageMin, ageMax, Set.of());
    }

    /** The geometry of the boundaries, for callers that want the extent. */
    public Geometry extent() {
        return new GeometryFactory().buildGeometry(areas.stream().map(Feature::geometry).toList()).getEnvelope();
    }

    /** Writes these assets to an asset CSV that {@code import} reads back. */
    public void writeCsv(Path file, org.assetatlas.util.Progress progress) throws IOException {
        new org.assetatlas.io.CsvAssetWriter().write(this, file, progress);
    }
}
