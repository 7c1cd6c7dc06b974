package org.assetatlas.ui.assets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.Observable;
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
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.AssetValidator;
import org.assetatlas.model.AssetValidator.Problem;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.LocationSource;
import org.assetatlas.model.Postcodes;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.model.WeeklySchedule;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ConflictException;
import org.assetatlas.service.History;
import org.assetatlas.service.ValidationException;
import org.assetatlas.ui.common.DialogService;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.UserMessages;

/**
 * The state behind the asset editor: one property per field of an {@link Asset} (text as typed), live validation
 * with a message per field, and the Save, Revert and "new asset" commands.
 *
 * <p>Validation runs on every change: required name, UK postcode, e-mail, web address and phone number (the rules
 * of {@link AssetValidator}), latitude and longitude as numbers inside the UK, opening hours in the {@link
 * WeeklySchedule} format and whole-number ages in range. While anything is wrong {@link #canSaveProperty()} is
 * false. Saving goes through {@link AtlasProject#save}; rules it still refuses are shown against their fields.
 */
public final class AssetEditorViewModel {

    /** Field keys for {@link #errorProperty(String)}; those shared with {@link AssetValidator} use its names. */
    public static final String NAME = "name";
    public static final String DOMAINS = "domains";
    public static final String POSTCODE = "postcode";
    public static final String LOCATION = "location";
    public static final String AREA = "area";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String WEBSITE = "website";
    public static final String OPENING_HOURS = "openingHours";
    public static final String AGE_MIN = "ageMin";
    public static final String AGE_MAX = "ageMax";
    /** Problems that belong to no single field. */
    public static final String GENERAL = "general";
    private static final List<String> FIELDS = List.of(NAME, DOMAINS, POSTCODE, LOCATION, AREA, PHONE, EMAIL, WEBSITE,
            OPENING_HOURS, AGE_MIN, AGE_MAX, GENERAL);

    private static final Pattern DEGREES = Pattern.compile("^[-+]?\\d{1,3}(\\.\\d+)?$");
    private static final Pattern WHOLE = Pattern.compile("^\\d{1,3}$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;,]");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** What the editor holds. */
    public enum Mode {
        /** Nothing selected; the form is disabled. */
        NONE,
        /** A new asset not yet saved. */
        NEW,
        /** A stored asset. */
        EXISTING
    }

    private final DialogService dialogs;
    private AtlasProject project;
    private Framework framework = Framework.liveWell();
    private Asset loaded;
    private List<Object> baseline = List.of();
    private boolean loading;
    private final Map<String, String> saveProblems = new LinkedHashMap<>();
    private Consumer<Asset> onSaved = a -> { };

    // ---- fields -------------------------------------------------------------------------------------------------
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<AssetKind> kind = new SimpleObjectProperty<>(this, "kind", AssetKind.GROUP);
    private final ObjectProperty<AbcdCategory> category = new SimpleObjectProperty<>(this, "category",
            AbcdCategory.ASSOCIATIONS);
    private final Map<String, BooleanProperty> domains = new LinkedHashMap<>();
    private final ObservableList<String> domainNames = FXCollections.observableArrayList();
    private final ObservableList<String> domainNamesView = FXCollections.unmodifiableObservableList(domainNames);
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final StringProperty organisation = new SimpleStringProperty(this, "organisation", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty postcode = new SimpleStringProperty(this, "postcode", "");
    private final StringProperty latitude = new SimpleStringProperty(this, "latitude", "");
    private final StringProperty longitude = new SimpleStringProperty(this, "longitude", "");
    private final ObjectProperty<Choice<Area>> area = new SimpleObjectProperty<>(this, "area");
    private final ObservableList<Choice<Area>> areaChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Area>> areaChoicesView = FXCollections.unmodifiableObservableList(areaChoices);
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty website = new SimpleStringProperty(this, "website", "");
    private final StringProperty openingHours = new SimpleStringProperty(this, "openingHours", "");
    private final StringProperty openingNote = new SimpleStringProperty(this, "openingNote", "");
    private final ObjectProperty<CostBand> cost = new SimpleObjectProperty<>(this, "cost", CostBand.UNKNOWN);
    private final StringProperty costNote = new SimpleStringProperty(this, "costNote", "");
    private final Map<AccessFeature, BooleanProperty> access = new EnumMap<>(AccessFeature.class);
    private final StringProperty ageMin = new SimpleStringProperty(this, "ageMin", "");
    private final StringProperty ageMax = new SimpleStringProperty(this, "ageMax", "");
    private final StringProperty languages = new SimpleStringProperty(this, "languages", "");
    private final ObjectProperty<ReferralRoute> referral = new SimpleObjectProperty<>(this, "referral",
            ReferralRoute.SELF);
    private final ObjectProperty<AssetStatus> status = new SimpleObjectProperty<>(this, "status", AssetStatus.ACTIVE);
    private final StringProperty capacityNote = new SimpleStringProperty(this, "capacityNote", "");
    private final ObjectProperty<LocalDate> lastVerified = new SimpleObjectProperty<>(this, "lastVerified");
    private final StringProperty verifiedBy = new SimpleStringProperty(this, "verifiedBy", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final BooleanProperty illustrative = new SimpleBooleanProperty(this, "illustrative", false);

    // ---- state --------------------------------------------------------------------------------------------------
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.NONE);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave", false);
    private final ReadOnlyStringWrapper problemSummary = new ReadOnlyStringWrapper(this, "problemSummary", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "No asset selected");
    private final ReadOnlyStringWrapper recordInfo = new ReadOnlyStringWrapper(this, "recordInfo", "");
    private final ReadOnlyStringWrapper placement = new ReadOnlyStringWrapper(this, "placement", "");
    private final ReadOnlyStringWrapper postcodeNote = new ReadOnlyStringWrapper(this, "postcodeNote", "");
    /** The postcode last looked up in the project's postcode list, and its centroid (null when not known). */
    private String lookedUp;
    private GeoPoint lookedUpCentre;
    private final ReadOnlyObjectWrapper<GeoPoint> pin = new ReadOnlyObjectWrapper<>(this, "pin");
    private final BooleanProperty placing = new SimpleBooleanProperty(this, "placing", false);

    public AssetEditorViewModel(DialogService dialogs) {
        this.dialogs = dialogs;
        for (String f : FIELDS) {
            errors.put(f, new ReadOnlyStringWrapper(this, f + "Error", ""));
        }
        for (AccessFeature f : AccessFeature.values()) {
            BooleanProperty p = new SimpleBooleanProperty(this, f.name(), false);
            access.put(f, p);
            p.addListener(this::changed);
        }
        for (Observable o : List.of(name, kind, category, description, tags, organisation, address, postcode,
                latitude, longitude, area, phone, email, website, openingHours, openingNote, cost, costNote, ageMin,
                ageMax, languages, referral, status, capacityNote, lastVerified, verifiedBy, source, illustrative)) {
            o.addListener(this::changed);
        }
        area.set(automaticArea());
        areaChoices.add(area.get());
        baseline = snapshot();
        for (Observable o : List.of(latitude, longitude, mode)) {
            o.addListener(x -> pin.set(mode.get() == Mode.NONE ? null : location(new LinkedHashMap<>())));
        }
        mode.addListener((o, a, b) -> placing.set(false));
    }

    /** Uses this project's framework, areas and rules; clears the form. */
    public void setProject(AtlasProject p) {
        this.project = p;
        refreshProjectLists();
        clear();
    }

    /** Re-reads the framework's domains and the areas after the project changed them; keeps the form. */
    public void refreshProjectLists() {
        boolean wasLoading = loading;
        loading = true;
        try {
            Set<String> selected = selectedDomains();
            framework = project == null ? Framework.liveWell() : project.framework();
            domains.clear();
            for (String d : framework.names()) {
                BooleanProperty p = new SimpleBooleanProperty(this, d, selected.contains(d));
                p.addListener(this::changed);
                domains.put(d, p);
            }
            refreshShownDomains();

            String chosen = area.get() == null || area.get().value() == null ? null : area.get().value().code();
            List<Choice<Area>> choices = new ArrayList<>();
            choices.add(automaticArea());
            if (project != null) {
                AreaLevel level = project.assignmentLevel();
                List<Area> list = new ArrayList<>(level == null ? project.areas() : project.areas(level));
                list.sort(Comparator.comparing(Area::name, String.CASE_INSENSITIVE_ORDER));
                for (Area a : list) {
                    choices.add(Choice.of(a, a.name()));
                }
            }
            areaChoices.setAll(choices);
            area.set(choiceFor(chosen));
        } finally {
            loading = wasLoading;
        }
        if (!loading) {
            revalidate();
        }
    }

    private static Choice<Area> automaticArea() {
        return Choice.none("From the location (automatic)");
    }

    private Choice<Area> choiceFor(String code) {
        if (code != null) {
            for (Choice<Area> c : areaChoices) {
                if (c.value() != null && c.value().code().equals(code)) {
                    return c;
                }
            }
        }
        return areaChoices.get(0);
    }

    /** Called with the stored asset after every successful save. */
    public void setOnSaved(Consumer<Asset> handler) {
        this.onSaved = handler == null ? a -> { } : handler;
    }

    // ---- commands -----------------------------------------------------------------------------------------------

    /** Shows a stored asset. */
    public void load(Asset a) {
        fill(a, Mode.EXISTING);
    }

    /** Clears the form for a new asset (active, verified today, not illustrative). */
    public void startNew() {
        fill(Asset.builder().lastVerified(LocalDate.now()).build(), Mode.NEW);
    }

    /** Empties and disables the form. */
    public void clear() {
        fill(Asset.builder().build(), Mode.NONE);
    }

    /** Puts back the values last loaded or saved. */
    public void revert() {
        if (loaded != null) {
            fill(loaded, mode.get());
        }
    }

    /** Sets "last verified" to today. */
    public void markVerifiedToday() {
        lastVerified.set(LocalDate.now());
    }

    /**
     * Saves the form when it is valid.
     *
     * @return the stored asset; empty when the form is invalid, the project refused it (its reasons are shown
     *     against the fields) or saving failed (the user was told why)
     */
    public Optional<Asset> save() {
        revalidate();
        if (project == null || mode.get() == Mode.NONE || !valid.get()) {
            return Optional.empty();
        }
        Draft d = draft();
        if (d.asset == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(shown(project.assets().save(d.asset)));
        } catch (ConflictException e) {
            return chooseBetween(e);
        } catch (ValidationException e) {
            saveProblems.clear();
            for (Problem p : e.problems()) {
                saveProblems.merge(fieldOf(p.field()), p.message(), (x, y) -> x + "; " + y);
            }
            revalidate();
            return Optional.empty();
        } catch (RuntimeException e) {
            dialogs.showError("Could not save \u201c" + d.asset.name() + "\u201d", UserMessages.describe(e));
            return Optional.empty();
        }
    }

    /** Shows the asset as stored and tells who listens that it was saved; returns it. */
    private Asset shown(Asset stored) {
        fill(stored, Mode.EXISTING);
        onSaved.accept(stored);
        return stored;
    }

    /**
     * After a save refused because the asset was saved by someone else meanwhile: shows the fields where the saved
     * version and the user's differ and lets the user save theirs over it, or keep the saved one (their changes are
     * then dropped from the form). Cancelling leaves the form as it was, unsaved.
     */
    private Optional<Asset> chooseBetween(ConflictException e) {
        List<List<String>> rows = new ArrayList<>();
        e.differences().forEach(f -> rows.add(List.of(f.field(), f.before(), f.after())));
        Optional<Integer> pick = dialogs.chooseAction("Changed since you opened it", e.getMessage(),
                List.of("Field", "Saved now", "Yours"), rows, List.of("Save mine over it", "Keep the saved one"));
        if (pick.isEmpty()) {
            return Optional.empty();
        }
        if (pick.get() == 1) {
            return Optional.of(shown(e.theirs()));
        }
        try {
            return Optional.of(shown(project.assets().save(e.mineOverTheirs())));
        } catch (ConflictException again) {
            return chooseBetween(again);
        } catch (RuntimeException failed) {
            dialogs.showError("Could not save \u201c" + e.mine().name() + "\u201d", UserMessages.describe(failed));
            return Optional.empty();
        }
    }

    /**
     * Lists every change to the asset shown (who, when, which fields from what to what) and restores the version the
     * user picks, as an undoable save. Unsaved changes in the form must be saved or put back first.
     */
    public void showHistory() {
        if (project == null || mode.get() != Mode.EXISTING || loaded == null) {
            return;
        }
        if (isDirty()) {
            dialogs.showError("History of \u201c" + loaded.name() + "\u201d", "Save or put back your changes first"
                    + " (Ctrl+S or Esc), then look at its history.");
            return;
        }
        List<History.Change> changes = project.history().ofAsset(loaded.id());
        if (changes.isEmpty()) {
            dialogs.showInformation("History of \u201c" + loaded.name() + "\u201d", "No changes recorded yet.",
                    "Changes made in this app from now on are listed here, with who made them and when. "
                            + "Imports are listed in the project's history as a whole.");
            return;
        }
        Optional<Integer> pick = dialogs.chooseRow("History of \u201c" + loaded.name() + "\u201d", "Changes to \u201c"
                + loaded.name() + "\u201d, newest first. Choose one to restore the asset as it left it; restoring can"
                + " be undone.",
                List.of("When", "Who", "What", "Changes"), changes.stream().map(History.Change::cells).toList(),
                "Restore this version");
        if (pick.isEmpty()) {
            return;
        }
        History.Change chosen = changes.get(pick.get());
        if (!chosen.restorable()) {
            dialogs.showError("Restore", "That change keeps no version of the asset to restore.");
            return;
        }
        try {
            shown(project.history().restoreAsset(chosen.id()));
        } catch (ValidationException e) {
            dialogs.showError("Could not restore that version", e.problems().stream().map(Problem::message)
                    .collect(java.util.stream.Collectors.joining("\n")));
        } catch (RuntimeException e) {
            dialogs.showError("Could not restore that version", UserMessages.describe(e));
        }
    }

    // ---- loading and state ----------------------------------------------------------------------------------------

    private void fill(Asset a, Mode m) {
        loading = true;
        lookedUp = null; // the project's postcode list may have changed since
        try {
            loaded = a;
            name.set(a.name());
            kind.set(a.kind());
            category.set(a.category());
            Set<String> own = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            own.addAll(a.domains());
            domains.forEach((d, p) -> p.set(own.contains(d)));
            refreshShownDomains();
            description.set(a.description());
            tags.set(String.join("; ", a.tags()));
            organisation.set(a.organisation());
            address.set(a.address());
            postcode.set(a.postcode());
            latitude.set(a.location() == null ? "" : degrees(a.location().lat()));
            longitude.set(a.location() == null ? "" : degrees(a.location().lon()));
            area.set(a.areaChosen() ? choiceFor(a.areaCode()) : areaChoices.get(0));
            phone.set(a.phone());
            email.set(a.email());
            website.set(a.website());
            openingHours.set(a.openingHours().format());
            openingNote.set(a.openingNote());
            cost.set(a.cost());
            costNote.set(a.costNote());
            access.forEach((f, p) -> p.set(a.accessibility().contains(f)));
            ageMin.set(a.ageMin() == null ? "" : a.ageMin().toString());
            ageMax.set(a.ageMax() == null ? "" : a.ageMax().toString());
            languages.set(String.join("; ", a.languages()));
            referral.set(a.referral());
            status.set(a.status());
            capacityNote.set(a.capacityNote());
            lastVerified.set(a.lastVerified());
            verifiedBy.set(a.verifiedBy());
            source.set(a.source());
            illustrative.set(a.illustrative());
            mode.set(m);
            saveProblems.clear();
            baseline = snapshot();
            recordInfo.set(m == Mode.EXISTING ? recordInfo(a) : "");
        } finally {
            loading = false;
        }
        revalidate();
    }

    private static String recordInfo(Asset a) {
        List<String> parts = new ArrayList<>();
        if (a.uid() != null) {
            parts.add("Record " + a.uid());
        }
        if (a.created() != null) {
            parts.add("added " + DAY.format(a.created().atZone(ZoneId.systemDefault())));
        }
        if (a.updated() != null && !a.updated().equals(a.created())) {
            parts.add("changed " + DAY.format(a.updated().atZone(ZoneId.systemDefault())));
        }
        return String.join(" \u00b7 ", parts);
    }

    private static String degrees(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /**
     * Puts the asset at a location picked on the map, to six decimal places (about 0.1 m), as if typed: the location
     * is then a given one, no longer the postcode's centre, and the area follows it unless one was chosen.
     */
    public void placeAt(GeoPoint p) {
        if (mode.get() == Mode.NONE || p == null) {
            return;
        }
        placing.set(false);
        latitude.set(degrees(BigDecimal.valueOf(p.lat()).setScale(6, java.math.RoundingMode.HALF_UP).doubleValue()));
        longitude.set(degrees(BigDecimal.valueOf(p.lon()).setScale(6, java.math.RoundingMode.HALF_UP).doubleValue()));
    }

    /** The location in the form when it is a valid one, for the map's pin; null when none or nothing is edited. */
    public ReadOnlyObjectProperty<GeoPoint> pinProperty() {
        return pin.getReadOnlyProperty();
    }

    /** Whether the next click on the map places the asset; turned off by a pick or when the form changes asset. */
    public BooleanProperty placingProperty() {
        return placing;
    }

    private void changed(Observable o) {
        if (!loading) {
            saveProblems.clear();
            revalidate();
        }
    }

    private List<Object> snapshot() {
        List<Object> s = new ArrayList<>(Arrays.asList(name.get(), kind.get(), category.get(), description.get(),
                tags.get(), organisation.get(), address.get(), postcode.get(), latitude.get(), longitude.get(),
                area.get() == null ? null : area.get().value() == null ? null : area.get().value().code(),
                phone.get(), email.get(), website.get(), openingHours.get(), openingNote.get(), cost.get(),
                costNote.get(), ageMin.get(), ageMax.get(), languages.get(), referral.get(), status.get(),
                capacityNote.get(), lastVerified.get(), verifiedBy.get(), source.get(), illustrative.get()));
        s.add(selectedDomains());
        s.add(selectedAccess());
        return s;
    }

    private Set<String> selectedDomains() {
        Set<String> out = new TreeSet<>();
        domains.forEach((d, p) -> {
            if (p.get()) {
                out.add(d);
            }
        });
        return out;
    }

    private Set<AccessFeature> selectedAccess() {
        Set<AccessFeature> out = EnumSet.noneOf(AccessFeature.class);
        access.forEach((f, p) -> {
            if (p.get()) {
                out.add(f);
            }
        });
        return out;
    }

    /** The form read as an asset, with the problems met on the way; the asset is null when it cannot be built. */
    private record Draft(Asset asset, Map<String, String> problems) {
    }

    private Draft draft() {
        Map<String, String> problems = new LinkedHashMap<>();
        GeoPoint location = location(problems);
        WeeklySchedule hours = WeeklySchedule.empty();
        try {
            hours = WeeklySchedule.understand(openingHours.get());
        } catch (IllegalArgumentException e) {
            problems.put(OPENING_HOURS, e.getMessage());
        }
        Integer min = age(ageMin.get(), "Minimum age", AGE_MIN, problems);
        Integer max = age(ageMax.get(), "Maximum age", AGE_MAX, problems);
        Choice<Area> chosen = area.get();
        boolean byHand = chosen != null && chosen.value() != null;
        Asset.Builder b = (loaded == null ? Asset.builder() : loaded.toBuilder())
                .name(name.get())
                .kind(kind.get() == null ? AssetKind.GROUP : kind.get())
                .category(category.get() == null ? AbcdCategory.ASSOCIATIONS : category.get())
                .domains(new ArrayList<>(orderedDomains()))
                .description(description.get())
                .tags(split(tags.get()))
                .organisation(organisation.get())
                .address(address.get())
                .postcode(postcode.get())
                .location(location)
                .locationSource(fromPostcode() ? LocationSource.POSTCODE : LocationSource.GIVEN)
                .areaChosen(byHand)
                .areaCode(byHand ? chosen.value().code() : null)
                .phone(phone.get())
                .email(email.get())
                .website(website.get())
                .openingHours(hours)
                .openingNote(openingNote.get())
                .cost(cost.get() == null ? CostBand.UNKNOWN : cost.get())
                .costNote(costNote.get())
                .accessibility(selectedAccess())
                .ageMin(min)
                .ageMax(max)
                .languages(split(languages.get()))
                .referral(referral.get() == null ? ReferralRoute.SELF : referral.get())
                .status(status.get() == null ? AssetStatus.ACTIVE : status.get())
                .capacityNote(capacityNote.get())
                .lastVerified(lastVerified.get())
                .verifiedBy(verifiedBy.get())
                .source(source.get())
                .illustrative(illustrative.get());
        if (mode.get() == Mode.NEW) {
            b.id(0).uid(null).created(null).updated(null);
        }
        Asset a = b.build();
        for (Problem p : new AssetValidator(framework).check(a)) {
            problems.merge(fieldOf(p.field()), p.message(), (x, y) -> x);
        }
        return new Draft(problems.isEmpty() ? a : null, problems);
    }

    private List<String> orderedDomains() {
        List<String> out = new ArrayList<>();
        domains.forEach((d, p) -> {
            if (p.get()) {
                out.add(d);
            }
        });
        return out;
    }

    private GeoPoint location(Map<String, String> problems) {
        String lat = latitude.get() == null ? "" : latitude.get().strip();
        String lon = longitude.get() == null ? "" : longitude.get().strip();
        if (lat.isEmpty() && lon.isEmpty()) {
            return null;
        }
        if (lat.isEmpty() || lon.isEmpty()) {
            problems.put(LOCATION, "Enter both latitude and longitude, or neither");
            return null;
        }
        if (!DEGREES.matcher(lat).matches()) {
            problems.put(LOCATION, "Latitude must be a number of degrees such as 51.8892");
            return null;
        }
        if (!DEGREES.matcher(lon).matches()) {
            problems.put(LOCATION, "Longitude must be a number of degrees such as 0.9042");
            return null;
        }
        double y = Double.parseDouble(lat);
        double x = Double.parseDouble(lon);
        if (y < -90 || y > 90 || x < -180 || x > 180) {
            problems.put(LOCATION, "Latitude must be within \u00b190 and longitude within \u00b1180");
            return null;
        }
        GeoPoint p = new GeoPoint(y, x);
        if (!p.inUk()) {
            GeoPoint swapped = x >= -90 && x <= 90 ? new GeoPoint(x, y) : null;
            problems.put(LOCATION, swapped != null && swapped.inUk()
                    ? "Latitude and longitude look swapped: latitude is the larger number in the UK (about 50\u201360)"
                    : String.format(Locale.UK, "%s, %s is outside the UK", lat, lon));
        }
        return p;
    }

    private static Integer age(String text, String what, String field, Map<String, String> problems) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!WHOLE.matcher(t).matches()) {
            problems.put(field, what + " must be a whole number of years");
            return null;
        }
        return Integer.parseInt(t);
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(LIST_SEPARATOR.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String fieldOf(String validatorField) {
        return FIELDS.contains(validatorField) ? validatorField : GENERAL;
    }

    private void revalidate() {
        Map<String, String> found = new LinkedHashMap<>();
        if (mode.get() != Mode.NONE) {
            found.putAll(draft().problems());
            saveProblems.forEach((f, m) -> found.merge(f, m, (x, y) -> x));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (String f : FIELDS) {
            if (found.containsKey(f)) {
                problems.put(f, found.get(f));
            }
        }
        for (String f : FIELDS) {
            errors.get(f).set(problems.getOrDefault(f, ""));
        }
        valid.set(problems.isEmpty());
        problemSummary.set(problems.isEmpty() ? "" : problems.size() == 1
                ? "Fix 1 problem to save: " + problems.values().iterator().next()
                : "Fix " + problems.size() + " problems to save: " + String.join("; ", problems.values()));
        dirty.set(mode.get() != Mode.NONE && !snapshot().equals(baseline));
        canSave.set(mode.get() != Mode.NONE && valid.get() && dirty.get() && project != null);
        String n = name.get() == null ? "" : name.get().strip();
        heading.set(switch (mode.get()) {
            case NONE -> "No asset selected";
            case NEW -> n.isEmpty() ? "New asset" : n + " (new)";
            case EXISTING -> n.isEmpty() ? "(no name)" : n;
        });
        placement.set(placementText());
        postcodeNote.set(postcodeNoteText());
    }

    /**
     * Whether the location shown is the one the asset was placed at by its postcode, untouched: saving then places
     * it by its postcode again (so a changed postcode moves it). Typing a location makes it a given one.
     */
    private boolean fromPostcode() {
        if (loaded == null || !loaded.locatedByPostcode()) {
            return false;
        }
        String lat = latitude.get() == null ? "" : latitude.get().strip();
        String lon = longitude.get() == null ? "" : longitude.get().strip();
        return lat.equals(degrees(loaded.location().lat())) && lon.equals(degrees(loaded.location().lon()));
    }

    private boolean noLocationTyped() {
        String lat = latitude.get() == null ? "" : latitude.get().strip();
        String lon = longitude.get() == null ? "" : longitude.get().strip();
        return lat.isEmpty() && lon.isEmpty();
    }

    /** The centroid of the postcode in the form from the project's postcode list, or null; remembered. */
    private GeoPoint postcodeCentre(String pc) {
        if (project == null || !Postcodes.isValid(pc)) {
            return null;
        }
        if (!pc.equals(lookedUp)) {
            try {
                lookedUpCentre = project.assets().postcodeCentre(pc).orElse(null);
            } catch (RuntimeException e) {
                lookedUpCentre = null;
            }
            lookedUp = pc;
        }
        return lookedUpCentre;
    }

    /** What the postcode does for the asset's location, shown under the postcode field. */
    private String postcodeNoteText() {
        String pc = postcode.get() == null ? "" : postcode.get().strip();
        if (mode.get() == Mode.NONE || project == null || pc.isEmpty() || !Postcodes.isValid(pc)) {
            return "";
        }
        boolean byPostcode = fromPostcode();
        if (!byPostcode && !noLocationTyped()) {
            return ""; // a location given precisely is kept whatever the postcode
        }
        String display = Postcodes.normalise(pc);
        GeoPoint centre = postcodeCentre(pc);
        if (centre == null) {
            return "The postcode " + display + " is not in this project's postcode list, so it cannot place the "
                    + "asset on the map. Give a latitude and longitude, or import a postcode file.";
        }
        if (byPostcode && centre.equals(loaded.location())) {
            return "Located by postcode " + display + " (the centre of the postcode). Type a latitude and "
                    + "longitude to place it precisely.";
        }
        return "Will be placed at the centre of postcode " + display + " when saved.";
    }

    private String placementText() {
        if (mode.get() == Mode.NONE || area.get() == null || area.get().value() != null || project == null) {
            return "";
        }
        String lat = latitude.get() == null ? "" : latitude.get().strip();
        String lon = longitude.get() == null ? "" : longitude.get().strip();
        GeoPoint at = null;
        String from = "the location";
        if (noLocationTyped() || fromPostcode()) {
            String pc = postcode.get() == null ? "" : postcode.get().strip();
            at = postcodeCentre(pc);
            if (at != null) {
                from = "the postcode " + Postcodes.normalise(pc);
            } else if (noLocationTyped()) {
                return "No location: the asset will have no area unless you choose one.";
            } else {
                return "";
            }
        }
        if (at == null && !errors.get(LOCATION).get().isEmpty()) {
            return "";
        }
        if (project.assignmentLevel() == null) {
            return "The project has no boundaries to place the asset in.";
        }
        String code = at != null ? project.locateArea(at.lat(), at.lon())
                : project.locateArea(Double.parseDouble(lat), Double.parseDouble(lon));
        if (code == null) {
            return "The location is outside the project's areas.";
        }
        String areaName = areaChoices.stream().filter(c -> c.value() != null && c.value().code().equals(code))
                .map(Choice::label).findFirst().orElseGet(() -> project.area(code).map(Area::name).orElse(code));
        return "In " + areaName + " (from " + from + ").";
    }

    // ---- properties -------------------------------------------------------------------------------------------------

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<AssetKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<AbcdCategory> categoryProperty() {
        return category;
    }

    /** The framework's domain names, in order; one checkbox each. */
    public ObservableList<String> domainNames() {
        return domainNamesView;
    }

    /**
     * The domains offered as tick boxes: the framework's current ones, and a retired one only while the asset in the
     * form has it (so it can be kept or taken off, but not newly given).
     */
    private void refreshShownDomains() {
        List<String> shown = new ArrayList<>();
        for (String d : framework.names()) {
            BooleanProperty p = domains.get(d);
            if (!framework.isRetired(d) || (p != null && p.get())) {
                shown.add(d);
            }
        }
        if (!shown.equals(domainNames)) {
            domainNames.setAll(shown);
        }
    }

    /** A domain's name for its tick box, marked when the framework has retired it. */
    public String domainLabel(String domain) {
        return framework.isRetired(domain) ? domain + " (retired)" : domain;
    }

    /** Whether the asset serves a domain. */
    public BooleanProperty domainProperty(String domain) {
        BooleanProperty p = domains.get(domain);
        if (p == null) {
            throw new IllegalArgumentException("The framework has no domain " + domain);
        }
        return p;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** Tags separated by {@code ;} or {@code ,}. */
    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty postcodeProperty() {
        return postcode;
    }

    /** Latitude as typed, in decimal degrees. */
    public StringProperty latitudeProperty() {
        return latitude;
    }

    /** Longitude as typed, in decimal degrees. */
    public StringProperty longitudeProperty() {
        return longitude;
    }

    /** The area chosen by hand, or the entry whose value is null for "from the location". */
    public ObjectProperty<Choice<Area>> areaProperty() {
        return area;
    }

    public ObservableList<Choice<Area>> areaChoices() {
        return areaChoicesView;
    }

    /**
     * What the postcode does for the asset's location, shown under the postcode field: "Located by postcode CO15
     * 1SF", that it will be placed at the postcode's centre when saved, or that the project does not know the
     * postcode; empty when a location is given precisely.
     */
    public ReadOnlyStringProperty postcodeNoteProperty() {
        return postcodeNote.getReadOnlyProperty();
    }

    /** Where the location places the asset, when its area is automatic. */
    public ReadOnlyStringProperty placementProperty() {
        return placement.getReadOnlyProperty();
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty websiteProperty() {
        return website;
    }

    /** Opening hours in the {@link WeeklySchedule} text form. */
    public StringProperty openingHoursProperty() {
        return openingHours;
    }

    public StringProperty openingNoteProperty() {
        return openingNote;
    }

    public ObjectProperty<CostBand> costProperty() {
        return cost;
    }

    public StringProperty costNoteProperty() {
        return costNote;
    }

    public BooleanProperty accessProperty(AccessFeature f) {
        return access.get(f);
    }

    public StringProperty ageMinProperty() {
        return ageMin;
    }

    public StringProperty ageMaxProperty() {
        return ageMax;
    }

    /** Languages separated by {@code ;} or {@code ,}. */
    public StringProperty languagesProperty() {
        return languages;
    }

    public ObjectProperty<ReferralRoute> referralProperty() {
        return referral;
    }

    public ObjectProperty<AssetStatus> statusProperty() {
        return status;
    }

    public StringProperty capacityNoteProperty() {
        return capacityNote;
    }

    public ObjectProperty<LocalDate> lastVerifiedProperty() {
        return lastVerified;
    }

    public StringProperty verifiedByProperty() {
        return verifiedBy;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public BooleanProperty illustrativeProperty() {
        return illustrative;
    }

    /** The message for a field ({@link #NAME}, {@link #POSTCODE}, …), empty when it is fine. */
    public ReadOnlyStringProperty errorProperty(String field) {
        ReadOnlyStringWrapper w = errors.get(field);
        if (w == null) {
            throw new IllegalArgumentException("No such field: " + field);
        }
        return w.getReadOnlyProperty();
    }

    /** The keys accepted by {@link #errorProperty(String)}. */
    public static List<String> fields() {
        return FIELDS;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public Mode getMode() {
        return mode.get();
    }

    /** The asset as last loaded or saved (the defaults for a new one). */
    public Asset loadedAsset() {
        return loaded;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Whether the form differs from what was loaded. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Whether Save can be used: something changed and nothing is wrong. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    /** All problems in one line, for the footer. */
    public ReadOnlyStringProperty problemSummaryProperty() {
        return problemSummary.getReadOnlyProperty();
    }

    /** The asset's name, "New asset" or "No asset selected". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Identifier and dates of a stored asset. */
    public ReadOnlyStringProperty recordInfoProperty() {
        return recordInfo.getReadOnlyProperty();
    }
}
