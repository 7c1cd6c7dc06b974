package org.assetatlas.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assetatlas.map.AssetPoints;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.AssetValidator;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.LocationSource;
import org.assetatlas.model.Postcodes;
import org.assetatlas.store.AssetRepository;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.store.StoreException;
import org.assetatlas.util.Progress;

/**
 * The assets of one open project: find them, check them against the project's rules, and add, change and delete
 * them one at a time, each an undoable step in the project's history ({@link ChangeScope#ASSETS}). Saving is the one
 * way a single asset is written, and it always checks first. Obtained from {@link AtlasProject#assets()}; every
 * method holds the project's lock.
 */
public final class AssetEditing {

    private final AtlasProject project;
    private final ProjectStore store;
    private final Object lock;

    AssetEditing(AtlasProject project, ProjectStore store) {
        this.project = project;
        this.store = store;
        this.lock = project.lock();
    }

    public long count() {
        synchronized (lock) {
            return store.assets().count();
        }
    }

    /**
     * The assets matching the query: by relevance through the in-memory search index when it has words (built on
     * first use), otherwise in name order from the database.
     */
    public List<Asset> find(AssetQuery q) {
        synchronized (lock) {
            if (AssetSearch.hasWords(q)) {
                return project.search().find(q, project.framework().names());
            }
            return store.assets().search(q);
        }
    }

    /**
     * Every located asset as a map point (row id, projected location, category, status, first domain), read with a
     * compact query rather than as full assets: for drawing all assets, e.g. in the map command and the benchmark.
     */
    public AssetPoints mapPoints() {
        synchronized (lock) {
            AssetPoints.Builder b = AssetPoints.builder((int) count());
            store.assets().forEachMapPoint((id, lat, lon, category, status, domain) ->
                    b.add(id, lon, lat, category, status, domain));
            return b.build();
        }
    }

    public Optional<Asset> get(long id) {
        synchronized (lock) {
            return store.assets().findById(id);
        }
    }

    /** The asset with the uid that stays with it through export and re-import. */
    public Optional<Asset> byUid(String uid) {
        synchronized (lock) {
            return store.assets().findByUid(uid);
        }
    }

    /** The rules an asset breaks in this project (empty when it can be saved). */
    public List<AssetValidator.Problem> check(Asset a) {
        synchronized (lock) {
            List<AssetValidator.Problem> problems = new ArrayList<>(new AssetValidator(project.framework()).check(a));
            List<String> had = a.id() == 0 ? List.of()
                    : store.assets().findById(a.id()).map(Asset::domains).orElse(List.of());
            problems.addAll(retiredProblems(project.framework(), a.domains(), had));
            if (a.areaChosen() && a.areaCode() != null && store.areas().findByCode(a.areaCode()).isEmpty()) {
                problems.add(new AssetValidator.Problem("area", "The project has no area " + a.areaCode()));
            }
            return problems;
        }
    }

    /**
     * A problem for each retired domain in {@code domains} that the record did not already carry: a retired domain is
     * kept by what has it, but nothing new is tagged with it.
     */
    static List<AssetValidator.Problem> retiredProblems(org.assetatlas.model.Framework f, List<String> domains,
                                                        List<String> had) {
        List<AssetValidator.Problem> out = new ArrayList<>();
        for (String d : domains) {
            if (f.isRetired(d) && had.stream().noneMatch(h -> f.find(h).equals(f.find(d)))) {
                out.add(new AssetValidator.Problem("domains", "The domain \u201c" + f.find(d).get().name()
                        + "\u201d is retired: what already carries it keeps it, but nothing new can be tagged with"
                        + " it. Restore it first."));
            }
        }
        return out;
    }

    /**
     * Adds a new asset (row id 0) or saves changes to an existing one, placing it in its area; recorded in the
     * project's history and undoable. Changes are saved only over the version of the asset they were made to
     * ({@link Asset#version()}; 0 saves over whatever is stored).
     *
     * @return the stored asset
     * @throws ValidationException when the asset breaks a rule; nothing is saved
     * @throws ConflictException   when the asset has been saved by someone else since it was read; nothing is saved
     */
    public Asset save(Asset a) {
        synchronized (lock) {
            return save(a, null);
        }
    }

    /**
     * Puts back an earlier version of an asset (from {@link History#assetVersion}): over the asset as it is now, or
     * as a new asset with its old row id and uid when it has been deleted. Checked and recorded like any save, and
     * undoable.
     *
     * @throws ValidationException when that version breaks a rule today
     */
    public Asset restore(Asset version) {
        synchronized (lock) {
            return save(version.toBuilder().version(0).build(),
                    "restore an earlier version of \u201c" + version.name() + "\u201d");
        }
    }

    private Asset save(Asset a, String restoring) {
        Optional<Asset> stored0 = a.id() == 0 ? Optional.empty() : store.assets().findById(a.id());
        boolean exists = stored0.isPresent();
        List<AssetValidator.Problem> problems = new ArrayList<>(check(exists ? a : a.toBuilder().id(0).build()));
        // a contact field kept as written by an import (and noted to check) does not stop other changes: only a
        // value the user changes must follow the rules
        stored0.ifPresent(before -> problems.removeIf(p -> KEPT_AS_WRITTEN.contains(p.field())
                && java.util.Objects.equals(field(before, p.field()), field(a, p.field()))));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Asset placed = project.placement().place(PostcodeLocating.locate(a, this::centroid, true));
        History history = project.history();
        if (!exists) {
            if (a.id() != 0 && restoring == null) {
                throw new StoreException("The asset \u201c" + a.name() + "\u201d no longer exists");
            }
            String what = restoring != null ? restoring : "add \u201c" + a.name() + "\u201d";
            long[] step = {0};
            Asset stored = store.inTransaction(() -> {
                Asset in = store.assets().insert(placed);
                step[0] = history.asset(what, null, in);
                return in;
            });
            project.done(ChangeScope.ASSETS, history.edit(step[0], what, stored.id()));
            project.edited(ChangeScope.ASSETS, stored.id());
            return stored;
        }
        String what = restoring != null ? restoring : "edit \u201c" + a.name() + "\u201d";
        long[] step = {0};
        Asset stored;
        try {
            stored = store.inTransaction(() -> {
                Asset before = store.assets().findById(a.id()).orElseThrow();
                Asset out = store.assets().updateIfUnchanged(placed);
                step[0] = history.asset(what, before, out);
                return out;
            });
        } catch (AssetRepository.ChangedMeanwhileException e) {
            throw new ConflictException(a, e.stored(), history.lastChangeTo(e.stored()).orElse(null));
        }
        project.done(ChangeScope.ASSETS, history.edit(step[0], what, stored.id()));
        project.edited(ChangeScope.ASSETS, stored.id());
        return stored;
    }

    /** The fields an import keeps as written when malformed (see {@code CsvAssetReader}). */
    private static final java.util.Set<String> KEPT_AS_WRITTEN = java.util.Set.of("postcode", "email", "website",
            "phone");

    private static String field(Asset a, String name) {
        return switch (name) {
            case "postcode" -> a.postcode();
            case "email" -> a.email();
            case "website" -> a.website();
            case "phone" -> a.phone();
            default -> null;
        };
    }

    private GeoPoint centroid(String compact) {
        return store.postcodes().find(compact).orElse(null);
    }

    /**
     * The centroid of a postcode written any common way, from the project's postcode table; empty when the postcode
     * is malformed or the project does not know it. An asset with that postcode and no precise location is placed
     * there when saved.
     */
    public Optional<GeoPoint> postcodeCentre(String postcode) {
        if (postcode == null || !Postcodes.isValid(postcode)) {
            return Optional.empty();
        }
        synchronized (lock) {
            return store.postcodes().find(Postcodes.compact(postcode));
        }
    }

    /**
     * What {@link #locateByPostcode} did.
     *
     * @param placed           assets placed at their postcode's centroid
     * @param unknown          assets still without a location because the project does not know their postcode
     * @param unknownExamples  a few of those postcodes
     */
    public record LocateReport(long placed, long unknown, List<String> unknownExamples) {

        /** One line for the user, e.g. {@code Placed 12 assets by postcode; 2 have a postcode this project does not
         * know (CO99 9ZZ).} */
        public String summary() {
            String s = placed == 0 ? "No assets needed placing by postcode"
                    : "Placed " + placed + (placed == 1 ? " asset" : " assets") + " by postcode";
            if (unknown > 0) {
                s += "; " + unknown + (unknown == 1 ? " asset has a postcode" : " assets have postcodes")
                        + " this project's postcode list does not know (" + String.join(", ", unknownExamples)
                        + ")";
            }
            return s + ".";
        }
    }

    /**
     * Places at their postcode's centroid every asset without a location whose postcode the project's postcode
     * table knows (after importing postcodes, say), and moves assets placed by postcode whose postcode's centroid has
     * changed; assets with a precise location are left alone. Their areas follow from the new location. One undoable
     * step; undo puts every asset back as it was.
     *
     * @throws org.assetatlas.util.CancelledException when cancelled; nothing is changed
     */
    public LocateReport locateByPostcode(Progress progress) {
        synchronized (lock) {
            progress.update(0, -1, "Matching postcodes");
            List<AssetRepository.PostcodeMatch> matches = store.assets().placeableByPostcode();
            progress.checkCancelled();
            if (!matches.isEmpty()) {
                project.backups().before("locating by postcode");
            }
            List<Asset> before = new ArrayList<>(matches.size());
            List<Asset> after = new ArrayList<>(matches.size());
            store.inTransaction(() -> {
                int n = 0;
                for (AssetRepository.PostcodeMatch m : matches) {
                    Optional<Asset> found = store.assets().findById(m.id());
                    if (found.isPresent()) {
                        Asset old = found.get();
                        Asset moved = project.placement().place(old.toBuilder()
                                .location(new GeoPoint(m.lat(), m.lon()))
                                .locationSource(LocationSource.POSTCODE).build());
                        before.add(old);
                        after.add(store.assets().update(moved));
                    }
                    if (++n % 500 == 0) {
                        progress.update(n, matches.size(), "Placing assets by postcode");
                        progress.checkCancelled();
                    }
                }
                return null;
            });
            AssetRepository.UnknownPostcodes unknown = store.assets().unknownPostcodes(ImportReport.POSTCODE_EXAMPLES);
            if (!after.isEmpty()) {
                project.done(ChangeScope.ASSETS, Edit.of("locate " + after.size()
                        + (after.size() == 1 ? " asset" : " assets") + " by postcode",
                        () -> store.inTransaction(() -> {
                            before.forEach(store.assets()::update);
                            return null;
                        }),
                        () -> store.inTransaction(() -> {
                            after.forEach(store.assets()::update);
                            return null;
                        })));
                project.changed(ChangeScope.ASSETS);
            }
            progress.update(matches.size(), matches.size(), "Placed " + after.size() + " assets by postcode");
            return new LocateReport(after.size(), unknown.count(), unknown.examples());
        }
    }

    /**
     * Deletes an asset; undoable (undo restores it with the same id and links).
     *
     * @return false when there was no such asset
     */
    public boolean delete(long id) {
        synchronized (lock) {
            Optional<Asset> gone = store.assets().findById(id);
            if (gone.isEmpty()) {
                return false;
            }
            Asset asset = gone.get();
            String what = "delete \u201c" + asset.name() + "\u201d";
            long step = store.inTransaction(() -> {
                store.assets().delete(id);
                return project.history().asset(what, asset, null);
            });
            project.done(ChangeScope.ASSETS, project.history().edit(step, what, id));
            project.edited(ChangeScope.ASSETS, id);
            return true;
        }
    }

    /**
     * The best full-text matches straight from the index, with no filters and no rows loaded: the physical floor
     * that the benchmark measures {@link #find} against.
     */
    public long[] rawFullTextIds(String text, int limit) {
        synchronized (lock) {
            return store.assets().rawFullTextIds(text, limit);
        }
    }
}
