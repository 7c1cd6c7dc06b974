package org.assetatlas.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.assetatlas.geo.AreaTree;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.store.AssetRepository;
import org.assetatlas.store.AssetRepository.AreaDomainCount;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.util.Progress;

/**
 * Puts the project's one area rule ({@link AreaTree}) to work on its assets: keeps the tree of the project's areas,
 * places one asset, an imported row or every asset in every area it is in, and counts assets by area and domain at
 * any level. The project and its services call it under the project's lock.
 */
final class AreaPlacement {

    /** Set once every asset of the project has been placed at every level (schema version 10 on). */
    private static final String META_PLACES = "areas.places";
    private static final String PLACES_VERSION = "1";
    /** Assets placed between two checks for cancellation, and per task within such a block. */
    private static final int PLACE_BLOCK = 32_768;
    private static final int PLACE_CHUNK = 4_096;

    private final AtlasProject project;
    private final ProjectStore store;
    private volatile AreaTree tree = AreaTree.empty();

    AreaPlacement(AtlasProject project, ProjectStore store) {
        this.project = project;
        this.store = store;
    }

    /** The project's areas as a tree, as last loaded. */
    AreaTree tree() {
        return tree;
    }

    /** The level at which assets record their own area from their location, or null without boundaries. */
    AreaLevel assignmentLevel() {
        return tree.recordingLevel();
    }

    /** Loads the areas afresh and tells the store how assets are placed from now on. */
    void reloadAreas() {
        use(AreaTree.of(store.areas().findAll()));
    }

    /**
     * Makes the tree afresh from the areas it had and those just saved (which replace any of the same code), as
     * {@link #reloadAreas()} would after the save — in the store's order, level then name — without reading every
     * boundary back from the project file. Every write of areas goes through the project, which calls this after its
     * transaction commits, so the tree and the file agree.
     */
    void reloadAreas(List<Area> saved) {
        Map<String, Area> all = new LinkedHashMap<>();
        for (Area a : tree.areas()) {
            all.put(a.code(), a);
        }
        for (Area a : saved) {
            all.put(a.code(), a);
        }
        List<Area> ordered = new ArrayList<>(all.values());
        ordered.sort(Comparator.comparing((Area a) -> a.level().name()).thenComparing(Area::name));
        use(AreaTree.of(ordered));
    }

    private void use(AreaTree t) {
        tree = t;
        store.assets().setPlacer(a -> t.places(a.location(), a.areaCode(), a.areaChosen()));
    }

    /** Whether every asset has been placed at every level (false for a project from before schema version 10). */
    boolean placed() {
        return store.meta().get(META_PLACES).map(PLACES_VERSION::equals).orElse(false);
    }

    /** The code of the area at the assignment level containing the point, or null. */
    String locateArea(double lat, double lon) {
        return tree.recordingArea(lat, lon);
    }

    /**
     * Places every asset and writes the results in one transaction: its own area from its location (unless chosen
     * by hand) and every area it is in at every level. Writes every asset when {@code everyOne} or when the places
     * are not known yet, else only those whose own area changed.
     *
     * @return with {@code everyOne}, how many assets were written; else how many changed their own area
     */
    int placeAll(Progress progress, boolean everyOne) {
        AssetRepository.Placing rows = store.assets().placing();
        AreaTree t = tree;
        int total = rows.size();
        String[] own = new String[total];
        String[][] places = new String[total][];
        // placed in blocks, each block spread over the cores (the tree is thread-safe), so progress and
        // cancellation are checked between blocks
        for (int from = 0; from < total; from += PLACE_BLOCK) {
            int to = Math.min(total, from + PLACE_BLOCK);
            int blockStart = from;
            IntStream.range(0, (to - from + PLACE_CHUNK - 1) / PLACE_CHUNK).parallel().forEach(chunk -> {
                int start = blockStart + chunk * PLACE_CHUNK;
                int end = Math.min(to, start + PLACE_CHUNK);
                for (int i = start; i < end; i++) {
                    boolean located = !Double.isNaN(rows.lats()[i]) && !Double.isNaN(rows.lons()[i]);
                    GeoPoint at = located ? new GeoPoint(rows.lats()[i], rows.lons()[i]) : null;
                    String recorded = rows.chosen()[i] || !located ? rows.areaCodes()[i]
                            : t.recordingArea(at.lat(), at.lon());
                    own[i] = recorded;
                    places[i] = t.places(at, recorded, rows.chosen()[i]);
                }
            });
            progress.update(to, total, "Placing assets in areas");
            progress.checkCancelled();
        }
        boolean all = everyOne || !placed();
        long[] ids = new long[total];
        String[] codes = new String[total];
        String[][] placedIn = new String[total][];
        int n = 0;
        int moved = 0;
        for (int i = 0; i < total; i++) {
            boolean changed = !Objects.equals(own[i], rows.areaCodes()[i]);
            if (changed) {
                moved++;
            }
            if (all || changed) {
                ids[n] = rows.ids()[i];
                codes[n] = own[i];
                placedIn[n] = places[i];
                n++;
            }
        }
        int written = n;
        if (written > 0 || all) {
            store.inTransaction(() -> {
                store.assets().setAreas(Arrays.copyOf(ids, written), Arrays.copyOf(codes, written),
                        Arrays.copyOf(placedIn, written));
                if (all) {
                    store.assets().forgetUnusedPlaces();
                }
                store.meta().put(META_PLACES, PLACES_VERSION);
                return null;
            });
            project.changed(ChangeScope.ASSETS);
        }
        return everyOne ? written : moved;
    }

    /** The asset with its own area set from its location, unless chosen by hand or not located. */
    Asset place(Asset a) {
        if (a.areaChosen() || a.location() == null) {
            return a;
        }
        return a.toBuilder().areaCode(tree.recordingArea(a.location().lat(), a.location().lon())).build();
    }

    /**
     * An asset read from a file, ready to store: the area it names resolved by code or name as
     * {@link AreaTree#find} resolves it or, when it follows its location, placed as {@link #place} does; missing
     * times set to {@code now}. Built once, as this runs for every row, on the reading thread.
     *
     * An area the project does not have is dropped, the asset placed by its location instead, and the area as
     * written kept in {@link Asset#needsChecking()}.
     */
    static Asset forImport(Asset a, AreaTree tree, Instant now) {
        String area = a.areaCode();
        if (a.areaChosen() && area != null) {
            area = tree.find(a.areaCode()).map(Area::code).orElse(null);
            if (area == null) {
                // kept, placed by its location if it has one, with the area as written to be checked
                Asset placedAnyway = a.toBuilder().areaCode(null).areaChosen(false)
                        .needsChecking(org.assetatlas.model.AssetChecks.add(a.needsChecking(), "Area \u201c" + a.areaCode()
                                + "\u201d is not one of this project's areas"))
                        .build();
                return forImport(placedAnyway, tree, now);
            }
        } else if (!a.areaChosen() && a.location() != null) {
            area = tree.recordingArea(a.location().lat(), a.location().lon());
        }
        if (Objects.equals(area, a.areaCode()) && a.created() != null && a.updated() != null) {
            return a;
        }
        return a.toBuilder()
                .areaCode(area)
                .created(a.created() != null ? a.created() : now)
                .updated(a.updated() != null ? a.updated() : a.created() != null ? a.created() : now)
                .build();
    }

    /**
     * Asset counts by area at one level and domain, with a "No area" row for the assets in no area of that level.
     * An asset counts in every area the project's area rule puts it in ({@link AreaTree#places}).
     */
    AreaDomainTable areaDomainTable(AreaLevel level) {
        List<String> domains = project.framework().names();
        List<Area> areas = level == null ? List.of() : store.areas().findByLevel(level);
        Map<String, long[]> counts = new HashMap<>();
        for (AreaDomainCount c : store.assets().countByAreaAndDomain()) {
            int i = domains.indexOf(c.domain());
            if (i >= 0 && c.areaCode() != null) {
                counts.computeIfAbsent(c.areaCode(), k -> new long[domains.size()])[i] += c.count();
            }
        }
        long[] total = new long[domains.size()];
        Map<String, Long> perDomain = store.assets().countByDomain();
        for (int i = 0; i < total.length; i++) {
            total[i] = perDomain.getOrDefault(domains.get(i), 0L);
        }
        Map<String, Long> perArea = store.assets().countByArea();
        List<AreaDomainTable.Row> rows = new ArrayList<>();
        long listed = 0;
        long[] rest = total.clone();
        for (Area a : areas) {
            long n = perArea.getOrDefault(a.code(), 0L);
            listed += n;
            long[] row = counts.getOrDefault(a.code(), new long[domains.size()]);
            for (int i = 0; i < rest.length; i++) {
                rest[i] -= row[i];
            }
            rows.add(new AreaDomainTable.Row(a.code(), a.name(), row, n));
        }
        long all = store.assets().count();
        long other = all - listed;
        if (other > 0) {
            rows.add(new AreaDomainTable.Row(null, "No area", rest, other));
        }
        return new AreaDomainTable(domains, rows, total, all);
    }
}
