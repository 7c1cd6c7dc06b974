package org.assetatlas.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assetatlas.analysis.ThemeDomainMatrix;
import org.assetatlas.geo.AreaTree;
import org.assetatlas.model.AssetValidator;
import org.assetatlas.model.EvidenceSource;
import org.assetatlas.model.Factor;
import org.assetatlas.model.Labelled;
import org.assetatlas.model.Voice;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.store.StoreException;

/**
 * Barriers and enablers of one open project: the theme list, factors and the evidence they cite, and their analysis
 * — the theme × domain matrix and factor lists per area and domain. Obtained from {@link AtlasProject#factors()}.
 *
 * <p>Holds the project's lock for every read and write. Recording, changing and deleting a factor, and changes to
 * the theme list, are undoable steps in the project's history ({@link ChangeScope#FACTORS}); listeners of that scope
 * hear of every change.
 */
public final class FactorService {

    private final AtlasProject project;
    private final ProjectStore store;
    private final Object lock;

    FactorService(AtlasProject project, ProjectStore store) {
        this.project = project;
        this.store = store;
        this.lock = project.lock();
    }

    // ---- themes -------------------------------------------------------------------------------------------------

    /** The project's factor themes, in display order. */
    public List<String> themes() {
        synchronized (lock) {
            return store.factors().themes();
        }
    }

    /** Replaces the theme list; blank and repeated names are dropped. Factors keep their themes. Undoable. */
    public void setThemes(List<String> themes) {
        List<String> clean = cleanThemes(themes);
        synchronized (lock) {
            List<String> before = store.factors().themes();
            if (before.equals(clean)) {
                return;
            }
            saveThemes(clean);
            project.done(ChangeScope.FACTORS, Edit.of("change the theme list", () -> {
                saveThemes(before);
            }, () -> {
                saveThemes(clean);
            }));
        }
        project.changed(ChangeScope.FACTORS);
    }

    /**
     * Renames a theme in the list and on every factor of that theme, in one transaction; undoable. Renaming to a
     * theme already in the list merges the two.
     *
     * @throws IllegalArgumentException when the new name is blank or the old theme is unknown
     */
    public void renameTheme(String from, String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("A theme needs a name");
        }
        String key = Labelled.squash(from);
        String name = to.strip();
        synchronized (lock) {
            List<String> before = store.factors().themes();
            List<Factor> affected = store.factors().factors().stream()
                    .filter(f -> Labelled.squash(f.theme()).equals(key)).toList();
            if (before.stream().noneMatch(t -> Labelled.squash(t).equals(key)) && affected.isEmpty()) {
                throw new IllegalArgumentException("There is no theme \u201c" + from + "\u201d");
            }
            List<String> after = cleanThemes(before.stream()
                    .map(t -> Labelled.squash(t).equals(key) ? name : t).toList());
            Runnable apply = () -> store.inTransaction(() -> {
                store.factors().saveThemes(after);
                for (Factor f : affected) {
                    store.factors().update(withTheme(f, name));
                }
                return null;
            });
            apply.run();
            project.done(ChangeScope.FACTORS, Edit.of("rename theme \u201c" + from + "\u201d", () -> {
                store.inTransaction(() -> {
                    store.factors().saveThemes(before);
                    for (Factor f : affected) {
                        store.factors().update(f);
                    }
                    return null;
                });
            }, () -> {
                apply.run();
            }));
        }
        project.changed(ChangeScope.FACTORS);
    }

    private static Factor withTheme(Factor f, String theme) {
        return new Factor(f.id(), f.kind(), theme, f.description(), f.domains(), f.areaCodes(), f.assetUids(),
                f.strength(), f.evidenceIds(), f.illustrative());
    }

    private void saveThemes(List<String> themes) {
        store.inTransaction(() -> {
            store.factors().saveThemes(themes);
            return null;
        });
    }

    private static List<String> cleanThemes(List<String> themes) {
        List<String> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String t : themes) {
            if (t != null && !t.isBlank() && seen.add(Labelled.squash(t))) {
                clean.add(t.strip());
            }
        }
        return clean;
    }

    // ---- factors and evidence -----------------------------------------------------------------------------------

    /** Every factor. */
    public List<Factor> factors() {
        synchronized (lock) {
            return store.factors().factors();
        }
    }

    public Optional<Factor> factor(long id) {
        return factors().stream().filter(f -> f.id() == id).findFirst();
    }

    /**
     * The factors that bear on a domain and an area: recorded for the domain (any domain when null) and for the
     * area, an area inside it, an area containing it, or the whole project (any area when null) — the project's one
     * area rule ({@link AreaTree#relation(String, java.util.Collection)}).
     */
    public List<Factor> factors(String domain, String areaCode) {
        return factorsIn(domain, areaCode).stream().map(AreaTree.Found::item).toList();
    }

    /** The project's areas and area rule. */
    AreaTree areaTree() {
        return project.areaTree();
    }

    /**
     * The factors that bear on a domain and an area, each with how it stands to the area: recorded for the area
     * itself, for an area inside it, or for a larger area (or the whole project) that it lies in.
     */
    public List<AreaTree.Found<Factor>> factorsIn(String domain, String areaCode) {
        AreaTree tree = project.areaTree();
        List<AreaTree.Found<Factor>> out = new ArrayList<>();
        for (Factor f : factors()) {
            if (domain != null && !f.inDomain(domain)) {
                continue;
            }
            AreaTree.Relation r = tree.relation(areaCode, f.areaCodes());
            if (r.bears()) {
                out.add(new AreaTree.Found<>(f, r));
            }
        }
        return out;
    }

    /** The factors in one cell of the matrix: of the theme, in the domain. */
    public List<Factor> factorsInCell(String theme, String domain) {
        String key = Labelled.squash(theme);
        return factors().stream().filter(f -> Labelled.squash(f.theme()).equals(key) && f.inDomain(domain)).toList();
    }

    /** The theme × domain matrix over every factor. */
    public ThemeDomainMatrix matrix() {
        synchronized (lock) {
            return ThemeDomainMatrix.of(store.factors().themes(), project.framework().names(),
                    store.factors().factors());
        }
    }

    /** The theme × domain matrix over the factors that bear on an area (see {@link #factors(String, String)}). */
    public ThemeDomainMatrix matrix(String areaCode) {
        List<Factor> inArea = factors(null, areaCode);
        synchronized (lock) {
            return ThemeDomainMatrix.of(store.factors().themes(), project.framework().names(), inArea);
        }
    }

    /** Every evidence source. */
    public List<EvidenceSource> evidence() {
        synchronized (lock) {
            return store.factors().evidence();
        }
    }

    /** The evidence a factor cites. */
    public List<EvidenceSource> evidenceFor(Factor f) {
        return evidence().stream().filter(e -> f.evidenceIds().contains(e.id())).toList();
    }

    /** Adds an evidence source on its own (not undoable: a source nobody cites loses nothing). */
    public EvidenceSource addEvidence(EvidenceSource e) {
        EvidenceSource stored;
        synchronized (lock) {
            stored = store.inTransaction(() -> store.factors().insert(e));
        }
        project.changed(ChangeScope.FACTORS);
        return stored;
    }

    /**
     * Records a factor with the new evidence it cites, in one transaction; undoable. The factor's own evidence ids
     * (existing sources) are kept and the new sources' ids added.
     *
     * @throws ValidationException when the factor names a domain the project lacks or an unknown area
     */
    public Factor record(Factor f, List<EvidenceSource> newEvidence) {
        check(f);
        Factor stored;
        List<EvidenceSource> added = new ArrayList<>();
        long[] step = {0};
        synchronized (lock) {
            stored = store.inTransaction(() -> {
                List<Long> ids = new ArrayList<>(f.evidenceIds());
                for (EvidenceSource e : newEvidence) {
                    EvidenceSource s = store.factors().insert(e);
                    added.add(s);
                    ids.add(s.id());
                }
                long id = store.factors().insert(new Factor(0, f.kind(), f.theme(), f.description(), f.domains(),
                        f.areaCodes(), f.assetUids(), f.strength(), ids, f.illustrative())).id();
                Factor in = store.factors().factor(id).orElseThrow(); // as stored: domains in framework order
                step[0] = project.history().factor(recordText(in), null, in);
                return in;
            });
            String what = recordText(stored);
            project.done(ChangeScope.FACTORS, Edit.recorded(step[0], what, () -> {
                store.inTransaction(() -> {
                    store.factors().deleteFactor(stored.id());
                    for (EvidenceSource e : added) {
                        store.factors().deleteEvidence(e.id());
                    }
                    return null;
                });
            }, () -> {
                store.inTransaction(() -> {
                    for (EvidenceSource e : added) {
                        store.factors().insert(e);
                    }
                    return store.factors().insert(stored);
                });
            }));
        }
        project.changed(ChangeScope.FACTORS);
        return stored;
    }

    /** Saves changes to a stored factor; undoable. */
    public Factor update(Factor f) {
        check(f);
        synchronized (lock) {
            Factor before = store.factors().factor(f.id())
                    .orElseThrow(() -> new StoreException("The factor no longer exists"));
            String what = "edit \u201c" + shorten(f.description()) + "\u201d";
            long[] step = {0};
            Factor stored = store.inTransaction(() -> {
                Factor out = store.factors().update(f);
                step[0] = project.history().factor(what, before,
                        store.factors().factor(f.id()).orElse(out));
                return out;
            });
            project.done(ChangeScope.FACTORS, Edit.recorded(step[0], what, () -> {
                store.inTransaction(() -> store.factors().update(before));
            }, () -> {
                store.inTransaction(() -> store.factors().update(stored));
            }));
        }
        project.changed(ChangeScope.FACTORS);
        return f;
    }

    /** Deletes a factor; undoable (undo restores it with its links, and the voices' links to it). */
    public boolean delete(long id) {
        synchronized (lock) {
            Optional<Factor> gone = store.factors().factor(id);
            if (gone.isEmpty()) {
                return false;
            }
            Factor f = gone.get();
            List<Voice> linked = store.factors().voices().stream().filter(v -> v.factorIds().contains(id)).toList();
            String what = "delete \u201c" + shorten(f.description()) + "\u201d";
            long step = store.inTransaction(() -> {
                store.factors().deleteFactor(id);
                return project.history().factor(what, f, null);
            });
            project.done(ChangeScope.FACTORS, Edit.recorded(step, what, () -> {
                store.inTransaction(() -> {
                    store.factors().insert(f);
                    for (Voice v : linked) {
                        store.factors().deleteVoice(v.id());
                        store.factors().insert(v);
                    }
                    return null;
                });
            }, () -> {
                store.inTransaction(() -> {
                    store.factors().deleteFactor(id);
                    return null;
                });
            }));
        }
        project.changed(ChangeScope.FACTORS);
        return true;
    }

    private void check(Factor f) {
        List<AssetValidator.Problem> problems = new ArrayList<>();
        List<String> had;
        synchronized (lock) {
            had = f.id() == 0 ? List.of() : store.factors().factor(f.id()).map(Factor::domains).orElse(List.of());
        }
        problems.addAll(AssetEditing.retiredProblems(project.framework(), f.domains(), had));
        for (String d : f.domains()) {
            if (project.framework().find(d).isEmpty()) {
                problems.add(new AssetValidator.Problem("domains",
                        "The project has no domain \u201c" + d + "\u201d"));
            }
        }
        for (String a : f.areaCodes()) {
            if (project.area(a).isEmpty()) {
                problems.add(new AssetValidator.Problem("areas", "The project has no area " + a));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String recordText(Factor f) {
        return "record " + f.kind().label().toLowerCase(java.util.Locale.ROOT) + " \u201c" + shorten(f.description())
                + "\u201d";
    }

    /** A description cut to fit an Undo menu item. */
    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "\u2026";
    }
}
