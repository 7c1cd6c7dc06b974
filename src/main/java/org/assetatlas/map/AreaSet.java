package org.assetatlas.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.locationtech.jts.geom.Envelope;

/**
 * The project's areas with their boundaries projected once to Web Mercator, grouped by level and sorted by code;
 * shared by every layer that draws areas (boundaries, labels, highlight, choropleths). {@link #version()} changes
 * whenever the areas are replaced. Not thread-safe.
 */
public final class AreaSet {

    private final Map<String, ProjectedArea> byCode = new HashMap<>();
    private final Map<AreaLevel, List<ProjectedArea>> byLevel = new EnumMap<>(AreaLevel.class);
    private long version;

    /** Replaces the areas; boundaries already projected for the same area objects are reused. */
    public void set(Collection<Area> areas) {
        Map<String, ProjectedArea> keep = new HashMap<>();
        byLevel.clear();
        List<Area> sorted = new ArrayList<>(areas);
        sorted.sort(Comparator.comparing(Area::code));
        for (Area a : sorted) {
            ProjectedArea p = byCode.get(a.code());
            if (p == null || p.area() != a) {
                p = ProjectedArea.of(a);
            }
            if (p != null) {
                keep.put(a.code(), p);
                byLevel.computeIfAbsent(a.level(), k -> new ArrayList<>()).add(p);
            }
        }
        byCode.clear();
        byCode.putAll(keep);
        version++;
    }

    /** Changes whenever the areas are replaced. */
    public long version() {
        return version;
    }

    /** The areas of a level with a boundary, in code order. */
    public List<ProjectedArea> level(AreaLevel level) {
        return byLevel.getOrDefault(level, List.of());
    }

    /** The levels that have at least one area with a boundary. */
    public Set<AreaLevel> levels() {
        return byLevel.isEmpty() ? Set.of() : Set.copyOf(byLevel.keySet());
    }

    /** An area by code, or null. */
    public ProjectedArea get(String code) {
        return code == null ? null : byCode.get(code);
    }

    /** The box round the areas of some levels, in normalised Mercator coordinates (null envelope when none). */
    public Envelope bounds(Collection<AreaLevel> levels) {
        Envelope e = new Envelope();
        for (AreaLevel level : levels) {
            for (ProjectedArea p : level(level)) {
                e.expandToInclude(p.bounds());
            }
        }
        return e;
    }
}
