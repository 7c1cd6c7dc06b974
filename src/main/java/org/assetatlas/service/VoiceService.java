package org.assetatlas.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assetatlas.analysis.VoiceRelease;
import org.assetatlas.geo.AreaTree;
import org.assetatlas.io.VoiceCsvWriter;
import org.assetatlas.model.AssetValidator;
import org.assetatlas.model.EngagementSummary;
import org.assetatlas.model.Factor;
import org.assetatlas.model.Voice;
import org.assetatlas.model.VoiceConsent;
import org.assetatlas.store.ProjectStore;

/**
 * Residents' voices and engagement summaries of one open project. Inside the app the team sees every voice; the
 * only way words leave it is {@link #release} (and {@link #exportVoices}, which uses it), through
 * {@link VoiceRelease}, which honours each voice's consent. Obtained from {@link AtlasProject#voices()}.
 *
 * <p>Holds the project's lock for every read and write. Recording and deleting are undoable steps in the project's
 * history ({@link ChangeScope#FACTORS}); listeners of that scope hear of every change.
 */
public final class VoiceService {

    private final AtlasProject project;
    private final ProjectStore store;
    private final Object lock;

    VoiceService(AtlasProject project, ProjectStore store) {
        this.project = project;
        this.store = store;
        this.lock = project.lock();
    }

    /** Every voice, as recorded (for the team inside the app; to let words out use {@link #release}). */
    public List<Voice> voices() {
        synchronized (lock) {
            return store.factors().voices();
        }
    }

    /** The voices linked to a factor. */
    public List<Voice> voicesFor(Factor f) {
        return voices().stream().filter(v -> v.factorIds().contains(f.id())).toList();
    }

    /**
     * The voices linked to a factor that bear on an area under the project's one area rule: recorded for the area,
     * an area inside it, an area it lies in, or no area (null area: every voice of the factor).
     */
    public List<Voice> voicesFor(Factor f, String areaCode) {
        AreaTree tree = project.areaTree();
        return voicesFor(f).stream().filter(v -> tree.relation(areaCode, v.areaCodes()).bears()).toList();
    }

    /** The voices that bear on an area (see {@link #voicesFor(Factor, String)}), each with how it stands to it. */
    public List<AreaTree.Found<Voice>> voicesIn(String areaCode) {
        AreaTree tree = project.areaTree();
        List<AreaTree.Found<Voice>> out = new ArrayList<>();
        for (Voice v : voices()) {
            AreaTree.Relation r = tree.relation(areaCode, v.areaCodes());
            if (r.bears()) {
                out.add(new AreaTree.Found<>(v, r));
            }
        }
        return out;
    }

    /** The consent a new voice starts with: the safe one, until the speaker's agreement is recorded. */
    public static final VoiceConsent DEFAULT_CONSENT = VoiceConsent.NO;

    /**
     * Records a resident's voice; undoable. The factors it is linked to must exist, and its domains and areas must be
     * the project's.
     *
     * @throws ValidationException when a linked factor, domain or area is unknown
     */
    /** The fields of a voice the history names (never their values: the words are the resident's). */
    private static final List<String> VOICE_FIELDS = List.of("Words", "Speaker", "Name", "Consent", "Barriers and"
            + " enablers", "Domains", "Areas", "Evidence", "Date");

    public Voice recordVoice(Voice v) {
        List<AssetValidator.Problem> problems = new ArrayList<>();
        synchronized (lock) {
            Set<Long> known = new HashSet<>();
            for (Factor f : store.factors().factors()) {
                known.add(f.id());
            }
            for (Long id : v.factorIds()) {
                if (!known.contains(id)) {
                    problems.add(new AssetValidator.Problem("factors",
                            "The barrier or enabler " + id + " no longer exists"));
                }
            }
        }
        for (String d : v.domains()) {
            if (project.framework().find(d).isEmpty()) {
                problems.add(new AssetValidator.Problem("domains",
                        "The project has no domain \u201c" + d + "\u201d"));
            }
        }
        problems.addAll(AssetEditing.retiredProblems(project.framework(), v.domains(), List.of()));
        for (String a : v.areaCodes()) {
            if (project.area(a).isEmpty()) {
                problems.add(new AssetValidator.Problem("areas", "The project has no area " + a));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Voice stored;
        synchronized (lock) {
            long[] step = {0};
            stored = store.inTransaction(() -> {
                Voice in = store.factors().insert(v.withId(0));
                step[0] = project.history().voice("record a resident's voice", in.id(),
                        org.assetatlas.store.ChangeLogRepository.Action.ADDED, VOICE_FIELDS);
                return in;
            });
            project.done(ChangeScope.FACTORS, Edit.recorded(step[0], "record voice \u201c" + FactorService.shorten(stored.quote()) + "\u201d", () -> {
                store.inTransaction(() -> {
                    store.factors().deleteVoice(stored.id());
                    return null;
                });
            }, () -> {
                store.inTransaction(() -> store.factors().insert(stored));
            }));
        }
        project.changed(ChangeScope.FACTORS);
        return stored;
    }

    /** Deletes a voice; undoable (undo restores it with its links). Returns false when there is no such voice. */
    public boolean deleteVoice(long id) {
        synchronized (lock) {
            Optional<Voice> found = store.factors().voices().stream().filter(v -> v.id() == id).findFirst();
            if (found.isEmpty()) {
                return false;
            }
            Voice before = found.get();
            long step = store.inTransaction(() -> {
                store.factors().deleteVoice(id);
                return project.history().voice("delete a resident's voice", id,
                        org.assetatlas.store.ChangeLogRepository.Action.DELETED, VOICE_FIELDS);
            });
            project.done(ChangeScope.FACTORS, Edit.recorded(step, "delete voice \u201c" + FactorService.shorten(before.quote()) + "\u201d", () -> {
                store.inTransaction(() -> store.factors().insert(before));
            }, () -> {
                store.inTransaction(() -> {
                    store.factors().deleteVoice(id);
                    return null;
                });
            }));
        }
        project.changed(ChangeScope.FACTORS);
        return true;
    }

    /**
     * The quotes that may be given to the audience, through {@link VoiceRelease}: the only way voices leave the app.
     * Reports use this.
     */
    public List<VoiceRelease.Quote> release(VoiceRelease.Audience audience) {
        return VoiceRelease.release(voices(), audience);
    }

    /** The quotes linked to one factor that may be given to the audience. */
    public List<VoiceRelease.Quote> release(Factor f, VoiceRelease.Audience audience) {
        return VoiceRelease.release(voicesFor(f), audience);
    }

    /** The quotes linked to one factor, from voices bearing on the area, that may be given to the audience. */
    public List<VoiceRelease.Quote> release(Factor f, String areaCode, VoiceRelease.Audience audience) {
        return VoiceRelease.release(voicesFor(f, areaCode), audience);
    }

    /**
     * Writes the quotes cleared for the audience to a CSV file.
     *
     * @return how many were written (voices without the consent the audience needs are left out)
     */
    public int exportVoices(Path out, VoiceRelease.Audience audience) throws IOException {
        List<VoiceRelease.Quote> quotes = release(audience);
        Map<Long, Factor> byId = new HashMap<>();
        for (Factor f : project.factors().factors()) {
            byId.put(f.id(), f);
        }
        VoiceCsvWriter.write(quotes, out, id -> {
            Factor f = byId.get(id);
            return f == null ? "" : f.theme() + " " + f.kind().label().toLowerCase(java.util.Locale.ROOT) + ": "
                    + f.description();
        }, project.file());
        return quotes.size();
    }

    /** Every engagement summary. */
    public List<EngagementSummary> engagements() {
        synchronized (lock) {
            return store.factors().engagements();
        }
    }

    /**
     * The engagement summaries that bear on an area under the project's one area rule: held in the area, an area
     * inside it, an area it lies in, or the whole project (null area: every summary).
     */
    public List<EngagementSummary> engagements(String areaCode) {
        AreaTree tree = project.areaTree();
        return engagements().stream().filter(e -> tree.relation(areaCode, e.areaCode()).bears()).toList();
    }

    /** Records an engagement summary; undoable. An area it names must be the project's. */
    public EngagementSummary recordEngagement(EngagementSummary e) {
        if (e.areaCode() != null && project.area(e.areaCode()).isEmpty()) {
            throw new ValidationException(List.of(new AssetValidator.Problem("area",
                    "The project has no area " + e.areaCode())));
        }
        EngagementSummary stored;
        synchronized (lock) {
            stored = store.inTransaction(() -> store.factors().insert(e.withId(0)));
            project.done(ChangeScope.FACTORS, Edit.of("record engagement \u201c" + FactorService.shorten(stored.title()) + "\u201d", () -> {
                store.inTransaction(() -> {
                    store.factors().deleteEngagement(stored.id());
                    return null;
                });
            }, () -> {
                store.inTransaction(() -> store.factors().insert(stored));
            }));
        }
        project.changed(ChangeScope.FACTORS);
        return stored;
    }

}
