package org.assetatlas.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.GeoPoint;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;

/**
 * The project's areas as a tree — districts ▸ neighbourhoods ▸ wards ▸ MSOAs ▸ LSOAs — and the one rule for what
 * belongs to an area. Every screen and command asks this class; nothing else decides area membership.
 *
 * <p><b>Parents.</b> An area's parent is the one its record names when the project has it; otherwise the area of
 * the nearest larger level that holds most of this one (its best fit, see {@link #fit}). An area with neither has no
 * parent and is a root.
 *
 * <p><b>What is in an area.</b> A thing recorded for an area is <em>in</em> that area and in every area above it
 * ({@link Relation#SELF} and {@link Relation#WITHIN}: a neighbourhood includes its wards' and LSOAs' records). A
 * thing recorded for an area above the one asked about <em>applies to</em> it ({@link Relation#ABOVE}: a barrier
 * recorded for the district applies to each neighbourhood), and a thing recorded for no area at all is recorded for
 * the project as a whole, which is above every area. Located assets are placed by their location at every level that
 * has boundaries ({@link #places}), so "in this ward" means "inside this ward's boundary" whatever level the asset's
 * own area is at; levels without boundaries follow the parent links.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class AreaTree {

    /** How a thing recorded for one area stands to the area asked about. */
    public enum Relation {
        /** Recorded for the area itself. */
        SELF,
        /** Recorded for an area inside it (or, when the question is about the whole project, for any area). */
        WITHIN,
        /** Recorded for an area it lies in, or for the project as a whole: it applies here too. */
        ABOVE,
        /** Recorded elsewhere. */
        NONE;

        /** Whether the thing counts as in the area: itself or an area inside it. */
        public boolean inside() {
            return this == SELF || this == WITHIN;
        }

        /** Whether the thing bears on the area at all: inside it, or recorded for an area above it. */
        public boolean bears() {
            return this != NONE;
        }

        /** The closer of two relations: self, then within, then above. */
        Relation closer(Relation other) {
            return ordinal() <= other.ordinal() ? this : other;
        }
    }

    /**
     * A thing found for an area, with how it stands to the area (so a report can say "recorded for Colchester as a
     * whole").
     */
    public record Found<T>(T item, Relation relation) {
    }

    /** Levels from the largest to the smallest; a parent is always of an earlier level than its child. */
    private static final List<AreaLevel> LARGEST_FIRST = List.of(AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD,
            AreaLevel.WARD, AreaLevel.MSOA, AreaLevel.LSOA, AreaLevel.OTHER);

    private static final AreaTree EMPTY = new AreaTree(List.of());

    private final Map<String, Area> byCode = new LinkedHashMap<>();
    /** Areas by name folded to lower case; the largest level first where names are shared. */
    private final Map<String, Area> byName = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, List<Area>> children = new HashMap<>();
    private final Map<String, Set<String>> below = new HashMap<>();
    /** For areas whose parent was found from the boundaries, the share of the area that parent holds. */
    private final Map<String, Double> fits = new HashMap<>();
    /** Area locators for the levels with boundaries, largest level first. */
    private final Map<AreaLevel, AreaLocator> locators = new LinkedHashMap<>();
    private final AreaLevel recordingLevel;
    /** The locators in {@link #locators}' order, for placing many assets. */
    private final AreaLocator[] locatorList;
    /** For each area, the areas above it at levels without boundaries, which hold what it holds. */
    private final Map<String, String[]> unbounded = new HashMap<>();
    /** The most areas an asset can be in: one per level with boundaries and every area above each. */
    private final int maxPlaces;
    private final Map<PlaceSet, String[]> placeSets = new java.util.concurrent.ConcurrentHashMap<>();

    private AreaTree(List<Area> areas) {
        for (Area a : areas) {
            byCode.put(a.code(), a);
            byName.merge(a.name().toLowerCase(Locale.ROOT), a, (x, y) ->
                    LARGEST_FIRST.indexOf(y.level()) < LARGEST_FIRST.indexOf(x.level()) ? y : x);
        }
        Map<AreaLevel, List<Area>> bounded = new EnumMap<>(AreaLevel.class);
        for (Area a : areas) {
            if (a.geometry() != null && !a.geometry().isEmpty()) {
                bounded.computeIfAbsent(a.level(), k -> new ArrayList<>()).add(a);
            }
        }
        for (AreaLevel level : LARGEST_FIRST) {
            if (bounded.containsKey(level)) {
                locators.put(level, new AreaLocator(bounded.get(level)));
            }
        }
        // best-fit parents are independent of one another: found over the cores, then linked in order
        BestFit[] fitted = new BestFit[areas.size()];
        IntStream.range(0, areas.size()).parallel().forEach(i -> {
            Area a = areas.get(i);
            if (!namesItsParent(a)) {
                fitted[i] = bestFit(a);
            }
        });
        for (int i = 0; i < areas.size(); i++) {
            Area a = areas.get(i);
            String parent = null;
            if (namesItsParent(a)) {
                parent = a.parentCode();
            } else if (fitted[i] != null) {
                parent = fitted[i].code();
                fits.put(a.code(), fitted[i].share());
            }
            if (parent != null && !createsCycle(a.code(), parent)) {
                parents.put(a.code(), parent);
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(a);
            }
        }
        for (String code : byCode.keySet()) {
            Set<String> out = new LinkedHashSet<>();
            collect(code, out);
            below.put(code, Collections.unmodifiableSet(out));
        }
        locatorList = locators.values().toArray(AreaLocator[]::new);
        for (String code : byCode.keySet()) {
            List<String> up = new ArrayList<>();
            for (String p = parents.get(code); p != null; p = parents.get(p)) {
                Area pa = byCode.get(p);
                if (!locators.containsKey(pa.level()) || pa.geometry() == null || pa.geometry().isEmpty()) {
                    up.add(p);
                }
            }
            if (!up.isEmpty()) {
                unbounded.put(code, up.toArray(String[]::new));
            }
        }
        maxPlaces = byCode.size() + 1;
        // The level at which an asset's own area is recorded: the project's neighbourhoods when they have
        // boundaries, else the first level (in the order of AreaLevel) that has any.
        AreaLevel recording = null;
        for (AreaLevel level : AreaLevel.values()) {
            if (bounded.containsKey(level)) {
                recording = level;
                break;
            }
        }
        recordingLevel = recording;
    }

    /** The tree of these areas. */
    public static AreaTree of(List<Area> areas) {
        return areas.isEmpty() ? EMPTY : new AreaTree(areas);
    }

    /** A tree with no areas: everything is recorded for the project as a whole. */
    public static AreaTree empty() {
        return EMPTY;
    }

    private boolean namesItsParent(Area a) {
        return a.parentCode() != null && byCode.containsKey(a.parentCode()) && !a.parentCode().equals(a.code());
    }

    /** Points per side of the grid laid over an area to find its best-fit parent. */
    private static final int GRID = 8;

    /** An area's best-fit parent and the share of the area it holds. */
    private record BestFit(String code, double share) {
    }

    /**
     * The area of the nearest larger level that holds most of this one — its best fit by area — or null. The share
     * each candidate holds is measured on a grid of points inside the area, and the candidate holding the most wins
     * (the lowest code on a tie); a sliver with no grid point inside is stood for by its interior point. Candidates
     * are the areas whose boxes meet this one's. Each point is one indexed point-in-polygon test: cheaper than asking
     * whether the parent covers the whole area, which for areas that share the parent's edges exactly (nesting
     * LSOAs and wards, the usual case) means comparing every segment of both boundaries (ADR 32).
     */
    private BestFit bestFit(Area a) {
        Geometry g = a.geometry();
        if (g == null || g.isEmpty()) {
            return null;
        }
        Envelope e = g.getEnvelopeInternal();
        Coordinate interior = null;
        List<double[]> points = null;
        int own = LARGEST_FIRST.indexOf(a.level());
        for (int level = own - 1; level >= 0; level--) {
            AreaLocator locator = locators.get(LARGEST_FIRST.get(level));
            if (locator == null) {
                continue;
            }
            List<AreaLocator.Entry> candidates = locator.candidates(e);
            if (candidates.isEmpty()) {
                continue;
            }
            if (interior == null) {
                interior = g.getInteriorPoint().getCoordinate();
            }
            if (points == null) {
                points = gridInside(g, e, interior);
            }
            Map<String, Integer> votes = new HashMap<>();
            for (double[] pt : points) {
                AreaLocator.Entry found = holding(candidates, pt[0], pt[1], new Coordinate(pt[0], pt[1]));
                if (found != null) {
                    votes.merge(found.area().code(), 1, Integer::sum);
                }
            }
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> v : votes.entrySet()) {
                if (v.getValue() > most || v.getValue() == most && best != null && v.getKey().compareTo(best) < 0) {
                    best = v.getKey();
                    most = v.getValue();
                }
            }
            if (best != null) {
                return new BestFit(best, (double) most / points.size());
            }
        }
        return null;
    }

    /** Of the candidates holding the point (inside or on the boundary), the one with the lowest code, or null. */
    private static AreaLocator.Entry holding(List<AreaLocator.Entry> candidates, double x, double y, Coordinate c) {
        AreaLocator.Entry best = null;
        for (AreaLocator.Entry entry : candidates) {
            if ((best == null || entry.area().code().compareTo(best.area().code()) < 0) && entry.holds(x, y, c)) {
                best = entry;
            }
        }
        return best;
    }

    /** The points of a {@link #GRID}-by-{@link #GRID} grid over the box that lie in the area, or its interior point. */
    private static List<double[]> gridInside(Geometry g, Envelope e, Coordinate interior) {
        // 64 points against one small boundary: scanning its rings costs less than building an index
        SimplePointInAreaLocator inside = new SimplePointInAreaLocator(g);
        List<double[]> points = new ArrayList<>(GRID * GRID);
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                double x = e.getMinX() + (i + 0.5) * e.getWidth() / GRID;
                double y = e.getMinY() + (j + 0.5) * e.getHeight() / GRID;
                if (inside.locate(new Coordinate(x, y)) != Location.EXTERIOR) {
                    points.add(new double[] {x, y});
                }
            }
        }
        if (points.isEmpty()) { // a sliver: its interior point stands for it
            points.add(new double[] {interior.x, interior.y});
        }
        return points;
    }

    private boolean createsCycle(String code, String parent) {
        Set<String> seen = new HashSet<>();
        for (String p = parent; p != null; p = parents.get(p)) {
            if (p.equals(code) || !seen.add(p)) {
                return true;
            }
        }
        return false;
    }

    // ---- The tree -------------------------------------------------------------------------------------------------

    /** Every area, in the order given. */
    public Collection<Area> areas() {
        return Collections.unmodifiableCollection(byCode.values());
    }

    /** The areas of one level, in the order given. */
    public List<Area> areas(AreaLevel level) {
        return byCode.values().stream().filter(a -> a.level() == level).toList();
    }

    /** The levels the project has areas at, largest first. */
    public List<AreaLevel> levels() {
        Set<AreaLevel> present = new HashSet<>();
        for (Area a : byCode.values()) {
            present.add(a.level());
        }
        return LARGEST_FIRST.stream().filter(present::contains).toList();
    }

    public Optional<Area> area(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    /**
     * The area with this code, or else with this name ignoring case (the largest level first when several share
     * it, e.g. a district and a ward both called "Colchester").
     */
    public Optional<Area> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String t = codeOrName.strip();
        Area byCodeFound = byCode.get(t);
        if (byCodeFound != null) {
            return Optional.of(byCodeFound);
        }
        return Optional.ofNullable(byName.get(t.toLowerCase(Locale.ROOT)));
    }

    /** The one area every other lies in (the district, say), when the project has exactly one such area. */
    public Optional<Area> whole() {
        List<Area> roots = byCode.values().stream().filter(a -> !parents.containsKey(a.code())).toList();
        return roots.size() == 1 ? Optional.of(roots.get(0)) : Optional.empty();
    }

    /** The area this one lies in, if any. */
    public Optional<Area> parent(String code) {
        return area(parents.get(code));
    }

    /** The areas directly inside this one. */
    public List<Area> children(String code) {
        return List.copyOf(children.getOrDefault(code, List.of()));
    }

    /** The areas this one lies in, nearest first. */
    public List<Area> ancestors(String code) {
        List<Area> out = new ArrayList<>();
        for (String p = parents.get(code); p != null; p = parents.get(p)) {
            out.add(byCode.get(p));
        }
        return out;
    }

    /** The area's code and the codes of every area inside it, at any depth (just the code for an unknown area). */
    public Set<String> selfAndDescendants(String code) {
        Set<String> known = below.get(code);
        return known != null ? known : code == null ? Set.of() : Set.of(code);
    }

    private void collect(String code, Set<String> out) {
        if (out.add(code)) {
            for (Area child : children.getOrDefault(code, List.of())) {
                collect(child.code(), out);
            }
        }
    }

    // ---- The rule: what belongs to an area --------------------------------------------------------------------

    /**
     * How a thing recorded for {@code recorded} stands to the area {@code asked}.
     *
     * @param asked    the area asked about, or null for the whole project
     * @param recorded the area the thing is recorded for, or null for the project as a whole
     */
    public Relation relation(String asked, String recorded) {
        if (asked == null || asked.isBlank()) {
            return recorded == null || recorded.isBlank() ? Relation.SELF : Relation.WITHIN;
        }
        if (recorded == null || recorded.isBlank()) {
            return Relation.ABOVE;
        }
        if (asked.equals(recorded)) {
            return Relation.SELF;
        }
        if (selfAndDescendants(asked).contains(recorded)) {
            return Relation.WITHIN;
        }
        for (String p = parents.get(asked); p != null; p = parents.get(p)) {
            if (p.equals(recorded)) {
                return Relation.ABOVE;
            }
        }
        return Relation.NONE;
    }

    /**
     * How a thing recorded for several areas (none = the project as a whole) stands to the area asked about: the
     * closest of its areas' relations.
     */
    public Relation relation(String asked, Collection<String> recorded) {
        if (recorded == null || recorded.isEmpty()) {
            return relation(asked, (String) null);
        }
        Relation best = Relation.NONE;
        for (String r : recorded) {
            best = best.closer(relation(asked, r));
            if (best == Relation.SELF) {
                break;
            }
        }
        return best;
    }

    /** The level at which an asset's own area is recorded from its location, or null with no boundaries. */
    public AreaLevel recordingLevel() {
        return recordingLevel;
    }

    /** The area at the recording level that contains the point, or null. */
    public String recordingArea(double lat, double lon) {
        if (recordingLevel == null) {
            return null;
        }
        Area a = locators.get(recordingLevel).area(lon, lat);
        return a == null ? null : a.code();
    }

    /** The area at the level that contains the point, or null (also when the level has no boundaries). */
    public String locate(AreaLevel level, double lat, double lon) {
        AreaLocator locator = locators.get(level);
        Area a = locator == null ? null : locator.area(lon, lat);
        return a == null ? null : a.code();
    }

    /**
     * Every area an asset is in, at every level. A located asset whose area follows its location is in the area
     * containing it at each level with boundaries, and in the areas above those at levels without boundaries. An
     * asset whose area was chosen by hand, or that has no location, is in its recorded area and every area above it,
     * and, when located, in the areas inside its recorded area that contain it. An asset with neither is in none.
     *
     * @param location the asset's location, or null
     * @param recorded the asset's own area, or null
     * @param chosen   whether the area was chosen by hand (it then wins over the location)
     * @return area codes, without repeats, sorted; one shared array for each distinct set, not to be changed
     */
    public String[] places(GeoPoint location, String recorded, boolean chosen) {
        boolean fromLocation = location != null && !(chosen && recorded != null && byCode.containsKey(recorded));
        String[] buf = new String[maxPlaces];
        int n = 0;
        if (fromLocation) {
            // largest level first; on a shared boundary, the area inside the one already chosen wins
            Set<String> within = null;
            for (AreaLocator locator : locatorList) {
                Area a = within == null ? locator.area(location.lon(), location.lat())
                        : locator.area(location.lon(), location.lat(), within);
                if (a != null) {
                    n = add(buf, n, a.code());
                    within = below.get(a.code());
                    // levels without boundaries (a grouping of wards, say) follow the parent links
                    for (String p : unbounded.getOrDefault(a.code(), NONE)) {
                        n = add(buf, n, p);
                    }
                }
            }
            return intern(buf, n);
        }
        if (recorded == null || !byCode.containsKey(recorded)) {
            return NONE;
        }
        n = add(buf, n, recorded);
        for (String p = parents.get(recorded); p != null; p = parents.get(p)) {
            n = add(buf, n, p);
        }
        if (location != null) {
            Set<String> inside = selfAndDescendants(recorded);
            for (AreaLocator locator : locatorList) {
                Area a = locator.area(location.lon(), location.lat());
                if (a != null && inside.contains(a.code())) {
                    n = add(buf, n, a.code());
                }
            }
        }
        return intern(buf, n);
    }

    private static final String[] NONE = new String[0];

    private static int add(String[] buf, int n, String code) {
        for (int i = 0; i < n; i++) {
            if (buf[i].equals(code)) {
                return n;
            }
        }
        buf[n] = code;
        return n + 1;
    }

    /** One shared, sorted array for each distinct set of areas (callers must not change it). */
    private String[] intern(String[] buf, int n) {
        if (n == 0) {
            return NONE;
        }
        String[] sorted = java.util.Arrays.copyOf(buf, n);
        java.util.Arrays.sort(sorted);
        return placeSets.computeIfAbsent(new PlaceSet(sorted), PlaceSet::codes);
    }

    /** A set of area codes as a map key. */
    private record PlaceSet(String[] codes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PlaceSet p && java.util.Arrays.equals(codes, p.codes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(codes);
        }
    }

    /**
     * How much of the area lies inside its parent, from 0 to 1: the share of a grid of points inside the area's
     * boundary that its parent's boundary also holds. Areas of two vintages that do not nest (2011 LSOAs in 2019
     * wards) fit less than whole; NaN when the area or its parent has no boundary.
     */
    public double fit(String code) {
        Double found = fits.get(code);
        if (found != null) {
            return found;
        }
        Area a = byCode.get(code);
        Area p = area(parents.get(code)).orElse(null);
        if (a == null || p == null || a.geometry() == null || a.geometry().isEmpty() || p.geometry() == null
                || p.geometry().isEmpty()) {
            return Double.NaN;
        }
        org.locationtech.jts.geom.Envelope e = a.geometry().getEnvelopeInternal();
        org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator inChild =
                new org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator(a.geometry());
        org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator inParent =
                new org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator(p.geometry());
        int grid = 12;
        int inside = 0;
        int held = 0;
        for (int i = 0; i < grid; i++) {
            for (int j = 0; j < grid; j++) {
                org.locationtech.jts.geom.Coordinate c = new org.locationtech.jts.geom.Coordinate(
                        e.getMinX() + (i + 0.5) * e.getWidth() / grid, e.getMinY() + (j + 0.5) * e.getHeight() / grid);
                if (inChild.locate(c) != org.locationtech.jts.geom.Location.EXTERIOR) {
                    inside++;
                    if (inParent.locate(c) != org.locationtech.jts.geom.Location.EXTERIOR) {
                        held++;
                    }
                }
            }
        }
        return inside == 0 ? Double.NaN : (double) held / inside;
    }

    /**
     * A point inside the area's boundary (for "near Greenstead"); for an area without one, a point inside the first
     * area within it that has one; empty when none has.
     */
    public Optional<GeoPoint> pointInside(String code) {
        for (String c : selfAndDescendants(code)) {
            Area a = byCode.get(c);
            if (a != null && a.geometry() != null && !a.geometry().isEmpty()) {
                Point p = a.geometry().getInteriorPoint();
                return Optional.of(new GeoPoint(p.getY(), p.getX()));
            }
        }
        return Optional.empty();
    }
}
