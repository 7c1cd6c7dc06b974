package org.assetatlas.ui.signpost;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Area;
import org.assetatlas.model.Asset;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.SignpostLogEntry;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.SignpostService;
import org.assetatlas.signpost.Answer;
import org.assetatlas.signpost.HandOver;
import org.assetatlas.signpost.Need;
import org.assetatlas.signpost.OpenAt;
import org.assetatlas.signpost.Place;
import org.assetatlas.signpost.SheetMap;
import org.assetatlas.signpost.SignpostSheet;
import org.assetatlas.signpost.Suggestion;
import org.assetatlas.ui.common.DialogService;
import org.assetatlas.ui.common.AreaChoices;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.util.SafeOutput;

/**
 * The signposting workspace's state and actions: the need and its filters, the results, the shortlist, the
 * printable sheet and the text hand-over, and the anonymous log. Runs on the FX thread; a search takes
 * milliseconds, so it runs directly.
 */
public final class SignpostViewModel {

    private final Supplier<AtlasProject> project;
    private final DialogService dialogs;
    private final Supplier<LocalDateTime> clock;

    private final StringProperty need = new SimpleStringProperty(this, "need", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty openAt = new SimpleStringProperty(this, "openAt", "");
    private final StringProperty age = new SimpleStringProperty(this, "age", "");
    private final ObjectProperty<Choice<String>> domain = new SimpleObjectProperty<>(this, "domain");
    private final ObjectProperty<Choice<Area>> area = new SimpleObjectProperty<>(this, "area");
    private final BooleanProperty freeOnly = new SimpleBooleanProperty(this, "freeOnly");
    private final BooleanProperty selfReferral = new SimpleBooleanProperty(this, "selfReferral");
    private final BooleanProperty nearBusStop = new SimpleBooleanProperty(this, "nearBusStop");
    private final BooleanProperty includeInactive = new SimpleBooleanProperty(this, "includeInactive");
    private final BooleanProperty largePrint = new SimpleBooleanProperty(this, "largePrint");
    private final BooleanProperty includeMap = new SimpleBooleanProperty(this, "includeMap", true);
    private final ObservableSet<AccessFeature> access = FXCollections.observableSet(EnumSet.noneOf(AccessFeature.class));
    private final ObservableList<Suggestion> results = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> shortlist = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> domainChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Area>> areaChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", Answer.EMPTY_GUIDANCE);
    private final ReadOnlyBooleanWrapper unmet = new ReadOnlyBooleanWrapper(this, "unmet");
    private final ReadOnlyObjectWrapper<GeoPoint> placePoint = new ReadOnlyObjectWrapper<>(this, "placePoint");
    private Answer last;

    /**
     * @param project the open project (null when none)
     * @param clock   the signposter's clock (tests fix it)
     */
    public SignpostViewModel(Supplier<AtlasProject> project, DialogService dialogs, Supplier<LocalDateTime> clock) {
        this.project = project;
        this.dialogs = dialogs;
        this.clock = clock;
        domain.set(Choice.none("Any domain"));
        area.set(Choice.none("Anywhere"));
    }

    /** Refreshes the domain and area lists after a project is opened or changed. */
    public void projectChanged() {
        AtlasProject p = project.get();
        domainChoices.setAll(Choice.none("Any domain"));
        areaChoices.setAll(Choice.none("Anywhere"));
        results.clear();
        shortlist.clear();
        last = null;
        message.set(Answer.EMPTY_GUIDANCE);
        if (p == null) {
            return;
        }
        for (String d : p.framework().names()) {
            domainChoices.add(Choice.of(d, d));
        }
        areaChoices.setAll(AreaChoices.of(p, areaChoices.get(0).label()));
        domain.set(domainChoices.get(0));
        area.set(areaChoices.get(0));
    }

    /** Runs the search for the need and filters as they stand. */
    public void search() {
        AtlasProject p = project.get();
        if (p == null) {
            return;
        }
        SignpostService s = p.signposting();
        LocalDateTime now = clock.get();
        Need n = Need.of(need.get()).freeOrLowCost(freeOnly.get()).selfReferral(selfReferral.get())
                .nearBusStop(nearBusStop.get()).includeInactive(includeInactive.get()).withAccess(Set.copyOf(access));
        try {
            placePoint.set(null);
            if (!place.get().isBlank()) {
                Place pl = s.place(place.get());
                n = n.near(pl.point(), pl.label());
                placePoint.set(pl.point());
                if (pl.areaCode() != null) {
                    n = n.inArea(pl.areaCode());
                }
            }
            if (domain.get() != null && domain.get().value() != null) {
                n = n.inDomain(domain.get().value());
            }
            if (area.get() != null && area.get().value() != null) {
                n = n.inArea(area.get().value().code());
            }
            if (!openAt.get().isBlank()) {
                n = n.openAt(OpenAt.parse(openAt.get(), now));
            }
            if (!age.get().isBlank()) {
                n = n.forAge(parseAge(age.get()));
            }
        } catch (IllegalArgumentException e) {
            results.clear();
            unmet.set(false);
            message.set(e.getMessage());
            return;
        }
        Answer a = s.answer(n, now);
        last = a;
        results.setAll(a.suggestions());
        StringBuilder m = new StringBuilder();
        if (a.corrected() != null) {
            m.append("Showing results for \"").append(a.corrected()).append("\". ");
        }
        m.append(a.guidance());
        if (m.length() == 0) {
            m.append(a.suggestions().size()).append(a.suggestions().size() == 1 ? " place" : " places")
                    .append(n.near() == null ? ", best match first." : ", best match and nearest first.");
        }
        message.set(m.toString().strip());
        unmet.set(!a.wordings().isEmpty() && !a.good());
    }

    private static int parseAge(String text) {
        try {
            int v = Integer.parseInt(text.strip());
            if (v < 0 || v > 120) {
                throw new IllegalArgumentException("Age must be between 0 and 120");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Age must be a whole number of years, e.g. 72", e);
        }
    }

    /** Uses a clicked map point as the place and searches again. */
    public void useMapPoint(double lat, double lon) {
        place.set(String.format(java.util.Locale.ROOT, "%.5f, %.5f", lat, lon));
        search();
    }

    /** Adds a result to the shortlist (once). */
    public void addToShortlist(Suggestion s) {
        if (s != null && shortlist.stream().noneMatch(x -> x.asset().id() == s.asset().id())) {
            shortlist.add(s);
        }
    }

    public void removeFromShortlist(Suggestion s) {
        shortlist.remove(s);
    }

    /** The shortlist as text for an e-mail or text message. */
    public String handOverText() {
        return HandOver.text(shortlist, need.get(), clock.get().toLocalDate(), organisation());
    }

    private String organisation() {
        AtlasProject p = project.get();
        return p == null ? "" : p.setting("signpost.from").orElse("");
    }

    /** Marks the hand-over as given: the anonymous log records it. */
    public void logHandOver() {
        AtlasProject p = project.get();
        if (p != null && last != null && !shortlist.isEmpty()) {
            List<Asset> given = shortlist.stream().map(Suggestion::asset).toList();
            p.signposting().log(last, given, clock.get().toLocalDate());
        }
    }

    /** Records the last search as an unmet need in the anonymous log. */
    public SignpostLogEntry recordUnmet() {
        AtlasProject p = project.get();
        if (p == null || last == null) {
            return null;
        }
        SignpostLogEntry e = p.signposting().log(last, List.of(), clock.get().toLocalDate());
        dialogs.notify("Recorded as an unmet need (no personal details kept).", null, null);
        unmet.set(false);
        return e;
    }

    /** Asks where to save the sheet, then writes it and logs the hand-over. */
    public void chooseAndMakeSheet() {
        if (shortlist.isEmpty()) {
            dialogs.showError("Nothing to hand over", "Add places to the shortlist first (double-click a result).");
            return;
        }
        dialogs.chooseFileToSave("Save the signposting sheet", DialogService.FileType.PDF, null,
                "signposting-sheet.pdf").ifPresent(this::makeSheet);
    }

    /** Writes the sheet for the shortlist to the file (replacing it only once the new one is complete). */
    public boolean makeSheet(Path file) {
        AtlasProject p = project.get();
        if (p == null) {
            return false;
        }
        try {
            boolean large = largePrint.get();
            int n = Math.min(shortlist.size(), SignpostSheet.capacity(large));
            List<Suggestion> items = List.copyOf(shortlist.subList(0, n));
            byte[] map = includeMap.get() ? SheetMap.png(items.stream().map(Suggestion::asset).toList(),
                    placePoint.get(), p.areas(), 520, 380, 1.4) : null;
            SafeOutput.write(file, out -> SignpostSheet.writePdf(List.copyOf(shortlist), need.get(),
                    clock.get().toLocalDate(), new SignpostSheet.Options(large, organisation(), ""), map, out),
                    p.file());
            logHandOver();
            dialogs.notify("Saved " + file.getFileName() + ". Print it or attach it to an e-mail.", null, null);
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot make the sheet", "Could not write " + file.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    public StringProperty needProperty() {
        return need;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty openAtProperty() {
        return openAt;
    }

    public StringProperty ageProperty() {
        return age;
    }

    public ObjectProperty<Choice<String>> domainProperty() {
        return domain;
    }

    public ObjectProperty<Choice<Area>> areaProperty() {
        return area;
    }

    public BooleanProperty freeOnlyProperty() {
        return freeOnly;
    }

    public BooleanProperty selfReferralProperty() {
        return selfReferral;
    }

    public BooleanProperty nearBusStopProperty() {
        return nearBusStop;
    }

    public BooleanProperty includeInactiveProperty() {
        return includeInactive;
    }

    public BooleanProperty largePrintProperty() {
        return largePrint;
    }

    public BooleanProperty includeMapProperty() {
        return includeMap;
    }

    public ObservableSet<AccessFeature> access() {
        return access;
    }

    public ObservableList<Suggestion> results() {
        return results;
    }

    public ObservableList<Suggestion> shortlist() {
        return shortlist;
    }

    public ObservableList<Choice<String>> domainChoices() {
        return domainChoices;
    }

    public ObservableList<Choice<Area>> areaChoices() {
        return areaChoices;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the last search found nothing good and can be recorded as an unmet need. */
    public ReadOnlyBooleanProperty unmetProperty() {
        return unmet.getReadOnlyProperty();
    }

    /** Where the last search measured from, or null. */
    public ReadOnlyObjectProperty<GeoPoint> placePointProperty() {
        return placePoint.getReadOnlyProperty();
    }

    /** The project (may be null). */
    AtlasProject project() {
        return project.get();
    }

    DialogService dialogs() {
        return dialogs;
    }
}
