package org.assetatlas.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.service.AtlasProject;

/**
 * The areas a user can pick from, the same in every tab: a catch-all entry, then every level of the project's area
 * tree from the largest down (district, neighbourhoods, wards, LSOAs, or whatever levels the project has), by name
 * within a level. Below the level assets are recorded at, the level is named ("Greenstead (ward)") and the entry
 * indented. What an area then holds is the project's one area rule, whichever tab asks.
 */
public final class AreaChoices {

    private AreaChoices() {
    }

    /**
     * The choices for a project (just the catch-all entry when none is open).
     *
     * @param none the catch-all entry's label, e.g. "All areas"
     */
    public static List<Choice<Area>> of(AtlasProject p, String none) {
        List<Choice<Area>> list = new ArrayList<>();
        list.add(Choice.none(none));
        if (p == null) {
            return list;
        }
        AreaLevel own = p.assignmentLevel();
        List<AreaLevel> levels = p.areaTree().levels();
        for (AreaLevel level : levels) {
            boolean finer = own != null && levels.indexOf(level) > levels.indexOf(own);
            String suffix = level == own || level == AreaLevel.DISTRICT ? ""
                    : " (" + level.label().toLowerCase(Locale.ROOT) + ")";
            p.areaTree().areas(level).stream()
                    .sorted(Comparator.comparing(Area::name, String.CASE_INSENSITIVE_ORDER))
                    .forEach(a -> list.add(new Choice<>(a, a.name() + suffix, finer)));
        }
        return list;
    }

    /** The first choice at the level assets are recorded at, else the first area, else the catch-all entry. */
    public static Choice<Area> firstOfOwnLevel(List<Choice<Area>> choices, AtlasProject p) {
        AreaLevel own = p == null ? null : p.assignmentLevel();
        return choices.stream().filter(c -> c.value() != null && c.value().level() == own).findFirst()
                .orElse(choices.size() > 1 ? choices.get(1) : choices.get(0));
    }
}
