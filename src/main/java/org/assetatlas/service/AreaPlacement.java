package org.assetatlas.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.time.Instant;
import java.util.stream.IntStream;
import org.assetatlas.geo.AreaLocator;
import org.assetatlas.io.RowRejectedException;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.store.AssetRepository;
import org.assetatlas.store.AssetRepository.AreaDomainCount;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.util.Progress;

/**
 * Which assets and factors belong to which area: the areas that assets are placed in from their location, placing
 * one asset, an imported row or every asset, the area codes an import may name, the areas containing an area, and
 * the count of assets by area and domain. Kept in one place so that the rules for areas are read and changed
 * together; the project and its services call it under the project's lock.
 */
final class AreaPlacement {

    private final AtlasProject project;
    private final ProjectStore store;
    private final Object lock;
    private AreaLocator locator;
    private AreaLevel assignmentLevel;
    private List<Area> areaList = List.of();
    private Map<String, String> areaParents;

    AreaPlacement(AtlasProject project, ProjectStore store, Object lock) {
        this.project = project;
        this.store = store;
        this.lock = lock;
    }

    /** The level at which assets are placed from their location, or null when the project has no boundaries. */
    AreaLevel assignmentLevel() {
        return assignmentLevel;
    }

    /** Every area as last loaded, ordered by level. */
    List<Area> areaList() {
        return areaList;
    }

    /** The locator of the assignment level's areas as last loaded. */
    AreaLocator locator() {
        return locator;
    }

    /** Forgets what is derived from the areas (after any change to the project's assets or areas). */
    void invalidate() {
        areaParents = null;
    }

    void reloadAreas() {
        Map<AreaLevel, List<Area>> byLevel = new EnumMap<>(AreaLevel.class);
        areaList = store.areas().findAll();
        for (Area a : areaList) {
            if (a.geometry() != null) {
                byLevel.computeIfAbsent(a.level(), k -> new ArrayList<>()).add(a);
            }
        }
        assignmentLevel = null;
        locator = new AreaLocator(List.of());
        for (AreaLevel level : AreaLevel.values()) {
            if (byLevel.containsKey(level)) {
                assignmentLevel = level;
                locator = new AreaLocator(byLevel.get(level));
                break;
            }
        }
    }

    /** The code of the area at the assignment level containing the point, or null. */
    String locateArea(double lat, double lon) {
        return locator.locate(lon, lat).map(Area::code).orElse(null);
    }

    /**
     * Locates every located asset whose area follows its location and writes the results in one statement: all of
     * them when {@code everyOne}, else only those whose area changed.
     */
    /** Assets located between two checks for cancellation, and per task within such a block. */
    private static final int PLACE_BLOCK = 32_768;
    private static final int PLACE_CHUNK = 4_096;

    int placeAll(Progress progress, boolean everyOne) {
        AssetRepository.Located rows = store.assets().locatedWithDerivedArea(!everyOne);
        int total = rows.size();
        long[] ids = new long[total];
        String[] codes = new String[total];
        // located in blocks, each block spread over the cores (the locator is thread-safe), so progress and
        // cancellation are checked between blocks
        String[] found = new String[total];
        for (int from = 0; from < total; from += PLACE_BLOCK) {
            int to = Math.min(total, from + PLACE_BLOCK);
            int blockStart = from;
            IntStream.range(0, (to - from + PLACE_CHUNK - 1) / PLACE_CHUNK).parallel().forEach(chunk -> {
                int start = blockStart + chunk * PLACE_CHUNK;
                int end = Math.min(to, start + PLACE_CHUNK);
                for (int i = start; i < end; i++) {
                    Area a = locator.area(rows.lons()[i], rows.lats()[i]);
                    found[i] = a == null ? null : a.code();
                }
            });
            progress.update(to, total, "Placing assets in areas");
            progress.checkCancelled();
        }
        int n = 0;
        for (int i = 0; i < total; i++) {
            if (everyOne || !Objects.equals(found[i], rows.areaCodes()[i])) {
                ids[n] = rows.ids()[i];
                codes[n] = found[i];
                n++;
            }
        }
        int changed = n;
        if (changed > 0) {
            store.inTransaction(() -> {
                store.assets().setAreas(Arrays.copyOf(ids, changed), Arrays.copyOf(codes, changed));
                return null;
            });
            project.changed(ChangeScope.ASSETS);
        }
        return changed;
    }

    Asset place(Asset a) {
        if (a.areaChosen() || a.location() == null) {
            return a;
        }
        return a.toBuilder().areaCode(locator.locate(a.location().lon(), a.location().lat())
                .map(Area::code).orElse(null)).build();
    }

    /**
     * The area codes an import may name, by code and by name folded as SQLite's NOCASE folds it, matched as
     * {@link org.assetatlas.store.AreaRepository#findByCodeOrName} matches them: a code first, else a name, of the
     * first level in order.
     */
    record AreaCodes(Map<String, String> byCode, Map<String, String> byName) {
        String find(String text) {
            String stripped = text.strip();
            String code = byCode.get(stripped);
            return code != null ? code : byName.get(nocase(stripped));
        }
    }

    AreaCodes importableAreaCodes() {
        Map<String, String> byCode = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        for (Area a : store.areas().findAll()) { // ordered by level
            byCode.put(a.code(), a.code());
            byName.putIfAbsent(nocase(a.name()), a.code());
        }
        return new AreaCodes(byCode, byName);
    }

    /**
     * An asset read from a file, ready to store: its area resolved or, when it follows its location, placed as
     * {@link #place} does, and missing times set to {@code now}; built once, as this runs for every row.
     */
    static Asset forImport(Asset a, AreaCodes areaCodes, AreaLocator locator, Instant now) {
        String area = a.areaCode();
        if (a.areaChosen() && area != null) {
            area = areaCodes.find(a.areaCode());
            if (area == null) {
                throw new RowRejectedException("Unknown area \"" + a.areaCode() + "\" (the project has no area with"
                        + " that name or code)");
            }
        } else if (!a.areaChosen() && a.location() != null) {
            area = locator.locate(a.location().lon(), a.location().lat()).map(Area::code).orElse(null);
        }
        if (java.util.Objects.equals(area, a.areaCode()) && a.created() != null && a.updated() != null) {
            return a;
        }
        return a.toBuilder()
                .areaCode(area)
                .created(a.created() != null ? a.created() : now)
                .updated(a.updated() != null ? a.updated() : a.created() != null ? a.created() : now)
                .build();
    }

    /** Lower case for ASCII letters only, as SQLite's NOCASE collation compares. */
    private static String nocase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return b.toString();
    }

    /**
     * Asset counts by area (at the assignment level) and domain, with a "No area" row when some assets have none.
     */
    AreaDomainTable areaDomainTable() {
        List<String> domains = project.framework().names();
        List<Area> areas = assignmentLevel == null ? List.of() : store.areas().findByLevel(assignmentLevel);
        Map<String, long[]> counts = new HashMap<>();
        long[] total = new long[domains.size()];
        for (AreaDomainCount c : store.assets().countByAreaAndDomain()) {
            int i = domains.indexOf(c.domain());
            if (i < 0) {
                continue;
            }
            counts.computeIfAbsent(c.areaCode(), k -> new long[domains.size()])[i] += c.count();
            total[i] += c.count();
        }
        Map<String, Long> perArea = store.assets().countByArea();
        List<AreaDomainTable.Row> rows = new ArrayList<>();
        long listed = 0;
        for (Area a : areas) {
            long n = perArea.getOrDefault(a.code(), 0L);
            listed += n;
            rows.add(new AreaDomainTable.Row(a.code(), a.name(), counts.getOrDefault(a.code(), new long[domains.size()]), n));
        }
        long all = perArea.values().stream().mapToLong(Long::longValue).sum();
        long other = all - listed;
        if (other > 0) {
            long[] rest = new long[domains.size()];
            for (Map.Entry<String, long[]> e : counts.entrySet()) {
                boolean isListed = areas.stream().anyMatch(a -> a.code().equals(e.getKey()));
                if (!isListed) {
                    for (int i = 0; i < rest.length; i++) {
                        rest[i] += e.getValue()[i];
                    }
                }
            }
            rows.add(new AreaDomainTable.Row(null, "No area", rest, other));
        }
        return new AreaDomainTable(domains, rows, total, all);
    }

    /** The area's code and the codes of the areas containing it. */
    Set<String> areaAndAncestors(String code) {
        Set<String> out = new HashSet<>();
        if (code == null) {
            return out;
        }
        Map<String, String> parents;
        synchronized (lock) {
            if (areaParents == null) {
                Map<String, String> map = new HashMap<>();
                for (Area a : project.areas()) {
                    map.put(a.code(), a.parentCode());
                }
                areaParents = map;
            }
            parents = areaParents;
        }
        String c = code;
        while (c != null && out.add(c)) {
            c = parents.get(c);
        }
        return out;
    }
}
