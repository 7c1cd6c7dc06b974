package org.assetatlas.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assetatlas.analysis.PersonalDetails;
import org.assetatlas.io.CheckListWriter;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.Review;
import org.assetatlas.store.ProjectStore;

/**
 * Keeping the directory current: the assets due to be checked ({@link Review}) — something noted to check, never
 * verified, or not for the project's review period — and the one-step outcomes of checking one: verified, paused,
 * closed. Each is a save like any other (recorded in the history, undoable). Obtained from
 * {@link AtlasProject#review()}.
 */
public final class ReviewQueue {

    /** The project setting holding the review period in months. */
    public static final String SETTING_MONTHS = "review.months";

    private final AtlasProject project;
    private final ProjectStore store;
    private final Clock clock;

    ReviewQueue(AtlasProject project, ProjectStore store, Clock clock) {
        this.project = project;
        this.store = store;
        this.clock = clock;
    }

    /** One asset due to be checked, and why. */
    public record Item(Asset asset, List<String> reasons) {
    }

    /** How many months a check lasts in this project ({@link Review#DEFAULT_MONTHS} unless set). */
    public int months() {
        return project.setting(SETTING_MONTHS).flatMap(ReviewQueue::parseMonths).orElse(Review.DEFAULT_MONTHS);
    }

    /** Sets how many months a check lasts (1 to 120). */
    public void setMonths(int months) {
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("The review period must be between 1 and 120 months");
        }
        project.setSetting(SETTING_MONTHS, Integer.toString(months));
    }

    private static java.util.Optional<Integer> parseMonths(String s) {
        try {
            int m = Integer.parseInt(s.strip());
            return m >= 1 && m <= 120 ? java.util.Optional.of(m) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** The assets due with the project's period: something to check first, then never checked, then the oldest. */
    public List<Item> due() {
        return due(months());
    }

    /** The assets due when a check lasts {@code months}. */
    public List<Item> due(int months) {
        LocalDate today = LocalDate.now(clock);
        List<Asset> assets;
        synchronized (project.lock()) {
            assets = store.assets().dueForReview(Review.cutoff(today, months));
        }
        List<Item> out = new ArrayList<>(assets.size());
        for (Asset a : assets) {
            out.add(new Item(a, Review.reasons(a, today, months)));
        }
        return out;
    }

    /**
     * Marks the asset checked today by the person using the project, clearing what was noted to check: the user has
     * looked at it (and put right what needed it). Refused, like any save, while a field breaks a rule — a malformed
     * e-mail kept from an import must be corrected first.
     *
     * @throws ValidationException naming the fields to correct
     */
    public Asset verify(long assetId) {
        synchronized (project.lock()) {
            Asset a = current(assetId);
            List<org.assetatlas.model.AssetValidator.Problem> problems = project.assets().check(a);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems); // what was noted is still wrong: correct it first
            }
            return project.assets().save(a.toBuilder().lastVerified(LocalDate.now(clock))
                    .verifiedBy(project.history().who()).needsChecking("").build());
        }
    }

    /** Marks the asset paused (its activity stopped for now), checked today. */
    public Asset pause(long assetId) {
        return setStatus(assetId, AssetStatus.PAUSED);
    }

    /** Marks the asset closed, checked today: it leaves the queue and signposting. */
    public Asset close(long assetId) {
        return setStatus(assetId, AssetStatus.CLOSED);
    }

    private Asset setStatus(long assetId, AssetStatus status) {
        synchronized (project.lock()) {
            Asset a = current(assetId);
            return project.assets().save(a.toBuilder().status(status).lastVerified(LocalDate.now(clock))
                    .verifiedBy(project.history().who()).build());
        }
    }

    private Asset current(long assetId) {
        return project.assets().get(assetId).orElseThrow(() -> new IllegalArgumentException(
                "There is no asset " + assetId + " in the project"));
    }

    /**
     * Writes the "please check your entry" list for a mail merge to the groups whose records are due: their contacts
     * and what to check. Individuals are left out unless {@code individuals} includes them ({@link PersonalDetails}).
     *
     * @return the release written: how many rows, and how many individuals were left out
     */
    public PersonalDetails.Release writeCheckList(Path out, PersonalDetails.Individuals individuals)
            throws IOException {
        int months = months();
        LocalDate today = LocalDate.now(clock);
        List<Asset> due = due(months).stream().map(Item::asset).toList();
        PersonalDetails.Release release = PersonalDetails.release(due, individuals);
        CheckListWriter.write(out, release.assets(), a -> Review.reasons(a, today, months), project.file());
        return release;
    }
}
