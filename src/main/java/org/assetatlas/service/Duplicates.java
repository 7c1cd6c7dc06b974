package org.assetatlas.service;

import java.util.ArrayList;
import java.util.List;
import org.assetatlas.analysis.DuplicateFinder;
import org.assetatlas.analysis.DuplicateRule;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.util.CancelledException;
import org.assetatlas.util.Progress;

/**
 * Finds the assets of an open project recorded twice — typically the same group from two partners' spreadsheets —
 * each pair with the reason it was found, by the one rule in {@link DuplicateRule} and the blocking of
 * {@link DuplicateFinder}. Finding changes nothing; merging is left to the person who reads the list.
 */
public final class Duplicates {

    private final AtlasProject project;

    Duplicates(AtlasProject project) {
        this.project = project;
    }

    /**
     * Two records that look like one asset.
     *
     * @param first          the record with the lower row id
     * @param second         the other record
     * @param reason         why, in plain words: "same postcode and phone", "names 0.94 alike, 120 m apart"
     * @param nameSimilarity how alike the names are, 0..1; NaN when contact details decided without the names
     * @param metres         how far apart they are, or NaN when either has no location
     */
    public record Candidate(Asset first, Asset second, String reason, double nameSimilarity, double metres) {
    }

    /**
     * Every candidate pair in the project, in the order of the first record's id, then the second's.
     *
     * @throws CancelledException when the progress asks to stop
     */
    public List<Candidate> find(Progress progress) {
        progress.update(0, -1, "Reading assets");
        List<Asset> assets = new ArrayList<>(project.assets().find(AssetQuery.all()));
        assets.sort((x, y) -> Long.compare(x.id(), y.id()));
        progress.checkCancelled();
        progress.update(0, -1, "Comparing " + assets.size() + " assets");
        List<DuplicateFinder.Pair> pairs = DuplicateFinder.find(assets, progress::cancelled);
        progress.checkCancelled();
        List<Candidate> out = new ArrayList<>(pairs.size());
        for (DuplicateFinder.Pair p : pairs) {
            out.add(new Candidate(p.first(), p.second(), p.match().reason(), p.match().nameSimilarity(),
                    p.match().metres()));
        }
        return out;
    }
}
