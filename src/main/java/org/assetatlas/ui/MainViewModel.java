package org.assetatlas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.assetatlas.analysis.PersonalDetails.Individuals;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.Framework;
import org.assetatlas.service.AppPreferences;
import org.assetatlas.service.AssetExport;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.GisExport;
import org.assetatlas.service.Backups;
import org.assetatlas.service.ChangeScope;
import org.assetatlas.service.DemoProject;
import org.assetatlas.util.Progress;
import org.assetatlas.ui.common.DialogService;
import org.assetatlas.ui.common.AreaChoices;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.UserMessages;
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.ui.assets.AssetEditorViewModel;

/**
 * The state and commands of the main window: the open project, the filters and the assets they let through, the
 * selected asset (shared by map, table and editor), undo and redo, import and export, and the status line.
 *
 * <p>Project changes made anywhere (the editor, an import on a worker thread, undo) arrive through the project's
 * change listener and are applied on the FX thread. Leaving an asset with unsaved edits asks the user first.
 */
public final class MainViewModel implements AutoCloseable {

    /** Application name, shown in the title bar and the About box. */
    public static final String APP_NAME = "Community Asset Atlas";
    private static final String DEMO_NOTE = "Neighbourhoods: demo grouping of wards";

    private final AppPreferences prefs;
    private final DialogService dialogs;
    private final UiTasks tasks;
    private final Executor fx;
    private final AssetEditorViewModel editor;
    private final Runnable projectListener = this::projectChangedAnyThread;
    private final AtomicLong changes = new AtomicLong();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private long changesSeen;

    private final ReadOnlyObjectWrapper<AtlasProject> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ObservableList<Asset> shown = FXCollections.observableArrayList();
    private final ObservableList<Asset> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyObjectWrapper<List<Area>> areas = new ReadOnlyObjectWrapper<>(this, "areas", List.of());
    private final Map<String, Area> areasByCode = new HashMap<>();
    private final Map<Long, Asset> byId = new HashMap<>();

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<Choice<String>> domainFilter = new SimpleObjectProperty<>(this, "domainFilter");
    private final ObjectProperty<Choice<Area>> areaFilter = new SimpleObjectProperty<>(this, "areaFilter");
    private final ObjectProperty<Choice<AbcdCategory>> categoryFilter = new SimpleObjectProperty<>(this,
            "categoryFilter");
    private final ObjectProperty<Choice<AssetStatus>> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObservableList<Choice<String>> domainChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> domainChoicesView =
            FXCollections.unmodifiableObservableList(domainChoices);
    private final ObservableList<Choice<Area>> areaChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Area>> areaChoicesView = FXCollections.unmodifiableObservableList(areaChoices);
    private final ObservableList<Choice<AbcdCategory>> categoryChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<AbcdCategory>> categoryChoicesView =
            FXCollections.unmodifiableObservableList(categoryChoices);
    private final ObservableList<Choice<AssetStatus>> statusChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<AssetStatus>> statusChoicesView =
            FXCollections.unmodifiableObservableList(statusChoices);
    private boolean filtersUpdating;

    private final ReadOnlyLongWrapper selectedId = new ReadOnlyLongWrapper(this, "selectedId", 0);
    private final ReadOnlyObjectWrapper<Asset> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper(this, "countsText", "");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper(this, "selectionText", "");
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper(this, "filtered", false);
    private final ReadOnlyStringWrapper attribution = new ReadOnlyStringWrapper(this, "attribution", "");
    private final ReadOnlyStringWrapper mapNote = new ReadOnlyStringWrapper(this, "mapNote", "");
    private final ReadOnlyStringWrapper readOnlyBanner = new ReadOnlyStringWrapper(this, "readOnlyBanner", "");
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final ObservableList<Path> recentProjectsView = FXCollections.unmodifiableObservableList(recentProjects);

    public MainViewModel(AppPreferences prefs, DialogService dialogs, UiTasks tasks) {
        this.prefs = prefs;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.fx = tasks.fxExecutor();
        this.editor = new AssetEditorViewModel(dialogs);
        editor.setOnSaved(this::saved);
        categoryChoices.add(Choice.none("All categories"));
        for (AbcdCategory c : AbcdCategory.values()) {
            categoryChoices.add(Choice.of(c, c.label()));
        }
        statusChoices.add(Choice.none("Any status"));
        for (AssetStatus s : AssetStatus.values()) {
            statusChoices.add(Choice.of(s, s.label()));
        }
        domainChoices.add(Choice.none("All domains"));
        areaChoices.add(Choice.none("All areas"));
        domainFilter.set(domainChoices.get(0));
        areaFilter.set(areaChoices.get(0));
        categoryFilter.set(categoryChoices.get(0));
        statusFilter.set(statusChoices.get(0));
        searchText.addListener((o, a, b) -> filtersChanged());
        domainFilter.addListener((o, a, b) -> filtersChanged());
        areaFilter.addListener((o, a, b) -> filtersChanged());
        categoryFilter.addListener((o, a, b) -> filtersChanged());
        statusFilter.addListener((o, a, b) -> filtersChanged());
        recentProjects.setAll(prefs.recentProjects());
    }

    // ---- opening projects ---------------------------------------------------------------------------------------

    /**
     * Opens the project to start with: the given file, else the most recent project, else the demo (built in the
     * background the first time).
     */
    public void startUp(Path file) {
        Path start = file != null ? file : prefs.lastProject();
        if (start != null) {
            if (!open(start) && file == null) {
                openDemo();
            }
        } else {
            openDemo();
        }
    }

    /** Opens a project file; false (after telling the user why) when it cannot be opened. */
    public boolean open(Path file) {
        try {
            use(AtlasProject.open(file));
            return true;
        } catch (RuntimeException e) {
            List<Backups.Backup> backups = backupsOf(file);
            if (backups.isEmpty()) {
                dialogs.showError("Cannot open project", UserMessages.describe(e));
                return false;
            }
            // the file will not open, but there is a backup of it: offer the latest (the file itself is kept)
            Backups.Backup latest = backups.get(0);
            if (dialogs.confirm("Cannot open project", UserMessages.describe(e) + "\n\nThe latest backup of "
                    + file.getFileName() + " is from " + latest.describe() + ". Restore it? The file that will not "
                    + "open is kept in the backups folder.", "Restore the backup")) {
                return restore(file, latest);
            }
            return false;
        }
    }

    private static List<Backups.Backup> backupsOf(Path file) {
        try {
            return Backups.list(file);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * File ▸ Restore from backup: lists the open project's backups, newest first; the chosen one replaces the
     * project (after a last backup of it as it is now, so this too can be undone) and the project reopens.
     */
    public void chooseAndRestoreBackup() {
        AtlasProject p = project.get();
        if (p == null || !confirmDiscard()) {
            return;
        }
        List<Backups.Backup> backups = p.backups().list();
        if (backups.isEmpty()) {
            dialogs.showInformation("Restore from backup", "There are no backups of " + p.file().getFileName()
                    + " yet.", "A backup is taken before every import, domain change, boundary or reference-data load "
                    + "and bulk edit, and once a day of use, in the folder \u201c" + p.backups().folder().getFileName()
                    + "\u201d beside the project.");
            return;
        }
        Optional<Integer> pick = dialogs.chooseOne("Restore from backup", "Choose the backup to go back to. The "
                + "project as it is now is backed up first.", backups.stream().map(Backups.Backup::describe).toList(),
                "Restore");
        if (pick.isEmpty()) {
            return;
        }
        Backups.Backup chosen = backups.get(pick.get());
        if (!dialogs.confirm("Restore from backup", "Put " + p.file().getFileName() + " back as it was at "
                + chosen.describe() + "? Changes since then are kept in a backup taken now.", "Restore")) {
            return;
        }
        Path file = p.file();
        close();
        restore(file, chosen);
    }

    private boolean restore(Path file, Backups.Backup backup) {
        try {
            Optional<Backups.Backup> replaced = Backups.restore(file, backup.file());
            use(AtlasProject.open(file));
            statusMessage.set("Restored " + file.getFileName() + " from the backup of " + backup.describe()
                    + (replaced.isPresent() ? "; what it replaced is backed up too." : "."));
            return true;
        } catch (RuntimeException e) {
            dialogs.showError("Cannot restore the backup", UserMessages.describe(e));
            if (project.get() == null && Files.isRegularFile(file)) {
                try {
                    use(AtlasProject.open(file));
                } catch (RuntimeException again) {
                    // it stays closed; the error was shown
                }
            }
            return false;
        }
    }

    /** Creates a new, empty project with the Live Well framework and opens it. */
    public boolean create(Path file) {
        String name = file.getFileName().toString().replaceFirst("(?i)\\.atlas$", "");
        try {
            use(AtlasProject.create(file, name, Framework.liveWell()));
            statusMessage.set("Created " + file.getFileName() + ". Add assets with New asset or Import CSV.");
            return true;
        } catch (RuntimeException e) {
            dialogs.showError("Cannot create project", UserMessages.describe(e));
            return false;
        }
    }

    /** Opens the Colchester demo project, building it first if it does not exist yet. */
    public void openDemo() {
        Path file = prefs.demoProjectFile();
        if (Files.isRegularFile(file)) {
            open(file);
            return;
        }
        tasks.run("Preparing the Colchester demo project\u2026", p -> buildDemo(file, p), this::use,
                e -> dialogs.showError("Cannot build the demo project", UserMessages.describe(e)
                        + " You can still create a project with File \u25b8 New project."),
                () -> statusMessage.set("Building the demo project was cancelled."));
    }

    /** Builds the demo; the core builds it beside its place and moves it in when complete. */
    private static AtlasProject buildDemo(Path file, Progress progress) throws IOException {
        return DemoProject.build(file, progress);
    }

    /** Opens a project just set up by the New Project wizard. */
    public void openCreated(Path file) {
        if (open(file)) {
            statusMessage.set("Created " + file.getFileName() + ". Add assets with New asset or Import CSV.");
        }
    }

    /** Asks for a new project file, then creates it. */
    public void chooseAndCreate() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.chooseFileToSave("New project", DialogService.FileType.PROJECT, folder(), "New project.atlas")
                .ifPresent(this::create);
    }

    /** Asks for a project file, then opens it. */
    public void chooseAndOpen() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.chooseFileToOpen("Open project", DialogService.FileType.PROJECT, folder()).ifPresent(this::open);
    }

    /** Opens a project from the recent list. */
    public void openRecent(Path file) {
        if (confirmDiscard()) {
            open(file);
        }
    }

    private Path folder() {
        AtlasProject p = project.get();
        if (p != null && p.file().toAbsolutePath().getParent() != null) {
            return p.file().toAbsolutePath().getParent();
        }
        return Path.of(System.getProperty("user.home"));
    }

    private void use(AtlasProject p) {
        AtlasProject old = project.get();
        if (old != null) {
            old.removeChangeListener(projectListener);
            old.close();
        }
        project.set(p);
        p.addChangeListener(ChangeScope.ASSETS, projectListener);
        prefs.addRecent(p.file());
        recentProjects.setAll(prefs.recentProjects());
        title.set(APP_NAME + " \u2014 " + p.name());
        attribution.set(shortAttribution(p.attribution()));
        readOnlyBanner.set(p.readOnlyReason().map(r -> "Open read-only \u2014 " + r + ". You can look, search, "
                + "signpost and export; changes cannot be saved.").orElse(""));
        mapNote.set(p.setting(DemoProject.DEMO_SETTING).map("true"::equalsIgnoreCase).orElse(false) ? DEMO_NOTE : "");
        selectedId.set(0);
        selected.set(null);
        editor.setProject(p);
        reloadAreas();
        resetFilterChoices();
        reload();
        statusMessage.set("Opened " + p.file().getFileName() + ".");
        warmUpSearch(p);
    }

    /**
     * Builds the project's search index in the background as it opens, so that the first search is quick (ADR 8).
     * A failure is not reported: the first search builds the index itself and reports any problem then.
     */
    private void warmUpSearch(AtlasProject p) {
        tasks.background(() -> {
            p.warmUpSearch();
            return null;
        }, (done, error) -> {
        });
    }

    /**
     * A one-line form of the project's attribution for the map, e.g. "Contains OS data © Crown copyright and
     * database right 2021 · Source: ONS · OGL v3.0"; the full text is in the About box.
     */
    static String shortAttribution(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (text.contains("OS data") || text.contains("Ordnance Survey")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("database right (\\d{4})").matcher(text);
            int year = 0;
            while (m.find()) {
                year = Math.max(year, Integer.parseInt(m.group(1)));
            }
            parts.add("Contains OS data \u00a9 Crown copyright and database right" + (year > 0 ? " " + year : ""));
        }
        if (text.contains("Office for National Statistics") || text.contains("ONS")) {
            parts.add("Source: ONS");
        }
        if (text.contains("Open Government Licence") || text.contains("OGL")) {
            parts.add("OGL v3.0");
        }
        return parts.isEmpty() ? firstLine(text) : String.join(" \u00b7 ", parts);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    private void reloadAreas() {
        AtlasProject p = project.get();
        List<Area> list = p == null ? List.of() : p.areas();
        areasByCode.clear();
        for (Area a : list) {
            areasByCode.put(a.code(), a);
        }
        areas.set(List.copyOf(list));
    }

    private void resetFilterChoices() {
        filtersUpdating = true;
        try {
            AtlasProject p = project.get();
            domainChoices.setAll(domainChoicesOf(p));
            List<Choice<Area>> list = AreaChoices.of(p, "All areas");
            areaChoices.setAll(list);
            searchText.set("");
            domainFilter.set(domainChoices.get(0));
            areaFilter.set(areaChoices.get(0));
            categoryFilter.set(categoryChoices.get(0));
            statusFilter.set(statusChoices.get(0));
        } finally {
            filtersUpdating = false;
        }
    }

    /** "All domains" and each of the framework's domains, retired ones marked (assets may still have them). */
    private static List<Choice<String>> domainChoicesOf(AtlasProject p) {
        List<Choice<String>> domains = new ArrayList<>();
        domains.add(Choice.none("All domains"));
        if (p != null) {
            org.assetatlas.model.Framework f = p.framework();
            for (String d : f.names()) {
                domains.add(Choice.of(d, f.isRetired(d) ? d + " (retired)" : d));
            }
        }
        return domains;
    }

    /**
     * After the domains were renamed, added, merged, retired or moved: the domain filter and the editor's tick boxes
     * follow, keeping the chosen domain when it still exists.
     */
    private void frameworkChanged(AtlasProject p) {
        List<Choice<String>> now = domainChoicesOf(p);
        if (now.equals(domainChoices)) {
            return;
        }
        String chosen = value(domainFilter.get());
        filtersUpdating = true;
        try {
            domainChoices.setAll(now);
            domainFilter.set(now.stream().filter(c -> c.value() != null && c.value().equals(chosen)).findFirst()
                    .orElse(now.get(0)));
        } finally {
            filtersUpdating = false;
        }
        editor.refreshProjectLists();
    }

    // ---- refreshing -------------------------------------------------------------------------------------------

    private void projectChangedAnyThread() {
        changes.incrementAndGet();
        if (refreshQueued.compareAndSet(false, true)) {
            fx.execute(() -> {
                refreshQueued.set(false);
                if (changes.get() != changesSeen) {
                    reload();
                }
            });
        }
    }

    /** Re-reads the assets and applies the filters, keeping the selection where it still exists. */
    public void reload() {
        AtlasProject p = project.get();
        changesSeen = changes.get();
        byId.clear();
        if (p == null) {
            shown.clear();
            updateCounts(0, 0);
            return;
        }
        frameworkChanged(p);
        List<Asset> all = p.assets().find(AssetQuery.all());
        long illustrative = 0;
        for (Asset a : all) {
            byId.put(a.id(), a);
            if (a.illustrative()) {
                illustrative++;
            }
        }
        applyFilters();
        updateCounts(all.size(), illustrative);
        syncSelection();
        canUndo.set(p.canUndo(ChangeScope.ASSETS));
        canRedo.set(p.canRedo(ChangeScope.ASSETS));
        undoText.set(p.nextUndo(ChangeScope.ASSETS).map(s -> "Undo " + s).orElse("Undo"));
        redoText.set(p.nextRedo(ChangeScope.ASSETS).map(s -> "Redo " + s).orElse("Redo"));
    }

    private void filtersChanged() {
        if (filtersUpdating || project.get() == null) {
            return;
        }
        applyFilters();
        updateCounts(byId.size(), byId.values().stream().filter(Asset::illustrative).count());
    }

    private void applyFilters() {
        AtlasProject p = project.get();
        if (p == null) {
            return;
        }
        String text = searchText.get() == null || searchText.get().isBlank() ? null : searchText.get().strip();
        Area area = areaFilter.get() == null ? null : areaFilter.get().value();
        // the project's one area rule: an asset is in every area that contains it, at every level
        String areaCode = area == null ? null : area.code();
        AssetQuery q = new AssetQuery(text, value(domainFilter.get()), areaCode, value(categoryFilter.get()),
                value(statusFilter.get()), 0);
        List<Asset> found = p.assets().find(q);
        shown.setAll(found);
        filtered.set(text != null || value(domainFilter.get()) != null || area != null
                || value(categoryFilter.get()) != null || value(statusFilter.get()) != null);
    }

    private static <T> T value(Choice<T> c) {
        return c == null ? null : c.value();
    }

    private void updateCounts(long all, long illustrative) {
        if (project.get() == null) {
            countsText.set("No project open");
            return;
        }
        long unlocated = shown.stream().filter(a -> !a.located()).count();
        StringBuilder b = new StringBuilder();
        b.append(all).append(all == 1 ? " asset" : " assets").append(" \u00b7 ").append(shown.size()).append(" shown");
        b.append(" \u00b7 ").append(all - illustrative).append(" real, ").append(illustrative).append(" illustrative");
        if (unlocated > 0) {
            b.append(" \u00b7 ").append(unlocated).append(" shown have no location");
        }
        countsText.set(b.toString());
    }

    /** Resets every filter to "all". */
    public void clearFilters() {
        filtersUpdating = true;
        try {
            searchText.set("");
            domainFilter.set(domainChoices.get(0));
            areaFilter.set(areaChoices.get(0));
            categoryFilter.set(categoryChoices.get(0));
            statusFilter.set(statusChoices.get(0));
        } finally {
            filtersUpdating = false;
        }
        filtersChanged();
    }

    // ---- selection ----------------------------------------------------------------------------------------------

    /**
     * Selects an asset (0 for none) and shows it in the editor. When the editor holds unsaved changes the user is
     * asked first.
     *
     * @return false when the user chose to keep editing; the selection is unchanged
     */
    public boolean select(long id) {
        if (id == selectedId.get()) {
            return true;
        }
        if (!confirmDiscard()) {
            return false;
        }
        applySelection(id);
        return true;
    }

    private void applySelection(long id) {
        Asset a = id == 0 ? null : byId.get(id);
        selectedId.set(a == null ? 0 : id);
        selected.set(a);
        if (a == null) {
            editor.clear();
        } else {
            editor.load(a);
        }
        updateSelectionText();
    }

    private void syncSelection() {
        long id = selectedId.get();
        if (id == 0) {
            updateSelectionText();
            return;
        }
        Asset a = byId.get(id);
        if (a == null) {
            selectedId.set(0);
            selected.set(null);
            if (editor.getMode() == AssetEditorViewModel.Mode.EXISTING) {
                editor.clear();
            }
        } else {
            selected.set(a);
            Asset inEditor = editor.loadedAsset();
            if (editor.getMode() == AssetEditorViewModel.Mode.EXISTING && inEditor != null && inEditor.id() == id
                    && !editor.isDirty() && !a.equals(inEditor)) {
                editor.load(a);
            }
        }
        updateSelectionText();
    }

    private void updateSelectionText() {
        Asset a = selected.get();
        if (a == null) {
            selectionText.set(editor.getMode() == AssetEditorViewModel.Mode.NEW ? "New asset" : "");
            return;
        }
        String area = areaName(a.areaCode());
        selectionText.set(a.name() + (area.isEmpty() ? "" : " \u00b7 " + area)
                + (a.located() ? "" : " \u00b7 no location") + (a.illustrative() ? " \u00b7 illustrative" : ""));
    }

    /** True when there are no unsaved edits, or the user agreed to drop them. */
    public boolean confirmDiscard() {
        if (!editor.isDirty()) {
            return true;
        }
        String what = editor.getMode() == AssetEditorViewModel.Mode.NEW ? "The new asset"
                : "\u201c" + editor.loadedAsset().name() + "\u201d";
        boolean discard = dialogs.confirm("Unsaved changes", what + " has changes that are not saved. Discard them?",
                "Discard changes");
        if (discard) {
            editor.revert();
        }
        return discard;
    }

    // ---- editing ----------------------------------------------------------------------------------------------

    /** Clears the editor for a new asset. */
    public void newAsset() {
        if (project.get() == null || tasks.isRunning() || !confirmDiscard()) {
            return;
        }
        selectedId.set(0);
        selected.set(null);
        editor.startNew();
        updateSelectionText();
    }

    private void saved(Asset stored) {
        reload();
        selectedId.set(stored.id());
        selected.set(byId.get(stored.id()));
        updateSelectionText();
        boolean visible = shown.stream().anyMatch(a -> a.id() == stored.id());
        if (visible) {
            statusMessage.set("Saved \u201c" + stored.name() + "\u201d.");
        } else {
            dialogs.notify("Saved \u201c" + stored.name() + "\u201d. The current filters hide it.", "Clear filters",
                    this::clearFilters);
        }
    }

    /** Asks, then deletes the selected asset; the user can undo it from the notification or the Edit menu. */
    public void deleteSelected() {
        AtlasProject p = project.get();
        Asset a = selected.get();
        if (p == null || tasks.isRunning()) {
            return;
        }
        if (a == null) {
            if (editor.getMode() == AssetEditorViewModel.Mode.NEW && confirmDiscard()) {
                editor.clear();
                updateSelectionText();
            }
            return;
        }
        if (!dialogs.confirm("Delete asset", "Delete \u201c" + a.name() + "\u201d from " + p.name()
                + "? You can undo this with Edit \u25b8 Undo (Ctrl+Z).", "Delete")) {
            return;
        }
        try {
            p.assets().delete(a.id());
        } catch (RuntimeException e) {
            dialogs.showError("Could not delete \u201c" + a.name() + "\u201d", UserMessages.describe(e));
            return;
        }
        reload();
        dialogs.notify("Deleted \u201c" + a.name() + "\u201d", "Undo", this::undo);
        statusMessage.set("Deleted \u201c" + a.name() + "\u201d.");
    }

    /**
     * Lists the assets deleted from the project (who deleted them and when) and brings back the one the user picks,
     * with its identity, as an undoable change; then selects it.
     */
    public void chooseAndRestoreDeleted() {
        AtlasProject p = project.get();
        if (p == null || tasks.isRunning() || !confirmDiscard()) {
            return;
        }
        List<org.assetatlas.service.History.Change> deleted = p.history().deletedAssets(500);
        if (deleted.isEmpty()) {
            dialogs.showInformation("Deleted assets", "No assets have been deleted from " + p.name() + ".",
                    "Assets deleted in this app are listed here, and can be brought back.");
            return;
        }
        Optional<Integer> pick = dialogs.chooseRow("Deleted assets", "Newest first. Choose one to bring it back as"
                + " it was when deleted; that can be undone.", List.of("When", "Who", "What"), deleted.stream()
                .map(c -> c.cells().subList(0, 3)).toList(), "Bring back");
        if (pick.isEmpty()) {
            return;
        }
        Asset back;
        try {
            back = p.history().restoreAsset(deleted.get(pick.get()).id());
        } catch (org.assetatlas.service.ValidationException e) {
            dialogs.showError("Could not bring it back", e.problems().stream()
                    .map(org.assetatlas.model.AssetValidator.Problem::message)
                    .collect(java.util.stream.Collectors.joining("\n")));
            return;
        } catch (RuntimeException e) {
            dialogs.showError("Could not bring it back", UserMessages.describe(e));
            return;
        }
        reload();
        select(back.id());
        statusMessage.set("Brought back \u201c" + back.name() + "\u201d.");
    }

    /** Undoes the last change to the project's assets. */
    public void undo() {
        step(false);
    }

    /** Redoes the last undone change. */
    public void redo() {
        step(true);
    }

    private void step(boolean forward) {
        AtlasProject p = project.get();
        if (p == null || tasks.isRunning()
                || !(forward ? p.canRedo(ChangeScope.ASSETS) : p.canUndo(ChangeScope.ASSETS))) {
            return;
        }
        String what = (forward ? p.nextRedo(ChangeScope.ASSETS) : p.nextUndo(ChangeScope.ASSETS)).orElse("");
        if (!confirmDiscard()) {
            return;
        }
        try {
            if (forward) {
                p.redo(ChangeScope.ASSETS);
            } else {
                p.undo(ChangeScope.ASSETS);
            }
        } catch (RuntimeException e) {
            dialogs.showError(forward ? "Could not redo" : "Could not undo", UserMessages.describe(e));
        }
        reload();
        statusMessage.set((forward ? "Redid " : "Undid ") + what + ".");
    }

    // ---- import and export --------------------------------------------------------------------------------------

    /** Asks for a CSV file, then imports it in the background. */
    public void chooseAndImport() {
        if (project.get() == null || tasks.isRunning() || !confirmDiscard()) {
            return;
        }
        dialogs.chooseFileToOpen("Import assets from a spreadsheet", DialogService.FileType.SPREADSHEET, folder())
                .ifPresent(this::importCsv);
    }

    /** Imports a CSV file in the background, then reports what was imported and rejected. */
    public void importCsv(Path file) {
        AtlasProject p = project.get();
        if (p == null) {
            return;
        }
        tasks.run("Importing " + file.getFileName() + "\u2026", progress -> p.transfer().importCsv(file, progress), report -> {
            reloadAreas();
            reload();
            statusMessage.set("Import of " + file.getFileName() + ": " + report.summary()
                    + (report.unknownPostcodes() > 0 ? ", postcode not known " + report.unknownPostcodes() : "")
                    + ".");
            dialogs.showImportReport(file, report);
        }, e -> dialogs.showError("Import failed", "Could not import " + file.getFileName() + ". "
                + UserMessages.describe(e) + " Nothing was imported."),
                () -> dialogs.notify("Import cancelled; nothing was imported.", null, null));
    }

    /**
     * Places assets without a location at their postcode's centroid from the project's postcode list, in the
     * background; one undoable step. Reports how many were placed and how many postcodes are still unknown.
     */
    public void locateByPostcode() {
        AtlasProject p = project.get();
        if (p == null || tasks.isRunning() || !confirmDiscard()) {
            return;
        }
        tasks.run("Locating assets by postcode\u2026", progress -> p.assets().locateByPostcode(progress), report -> {
            reload();
            statusMessage.set(report.summary());
            dialogs.showInformation("Locate assets by postcode", report.summary(), report.unknown() == 0 ? ""
                    : "Import a postcode file that covers these postcodes (the postcodes command), then locate "
                    + "again, or give these assets a location in the editor.");
        }, e -> dialogs.showError("Could not locate assets", UserMessages.describe(e)),
                () -> dialogs.notify("Locating cancelled; no asset was moved.", null, null));
    }

    /** The option, in the export flow, that includes individuals with their personal details; off by default. */
    public static final String INCLUDE_PERSONAL_OPTION = "Include individuals' personal details";

    /**
     * Asks whether to include individuals' personal details (only when the project has individuals; off by default)
     * and where to write a CSV file, then exports as {@link #exportCsv(Path, Individuals)} does.
     */
    public void chooseAndExport() {
        AtlasProject p = project.get();
        if (p == null || tasks.isRunning()) {
            return;
        }
        Optional<Individuals> chosen = askAboutIndividuals("Export assets to CSV",
                p.transfer().planExport(Individuals.INCLUDE).individualsIncluded());
        if (chosen.isEmpty()) {
            return;
        }
        dialogs.chooseFileToSave("Export assets to CSV", DialogService.FileType.CSV, folder(),
                p.name() + " assets.csv").ifPresent(file -> exportCsv(file, chosen.get()));
    }

    /**
     * When the project has individuals, asks whether to include their personal details (unticked each time); empty
     * when the user cancels. With no individuals there is nothing to ask: they are left out, which leaves nothing.
     */
    private Optional<Individuals> askAboutIndividuals(String title, int people) {
        if (people == 0) {
            return Optional.of(Individuals.LEAVE_OUT);
        }
        Optional<Boolean> include = dialogs.confirmWithOption(title, (people == 1
                ? "This project has 1 individual. Their name, address, location and contact details are"
                : "This project has " + people + " individuals. Their names, addresses, locations and contact"
                + " details are") + " personal details, so they are left out of the export unless you include"
                + " them.", INCLUDE_PERSONAL_OPTION, false, "Continue");
        return include.map(Individuals::included);
    }

    /**
     * File ▸ Export for GIS: asks about individuals as the CSV export does, then for the file, then writes the
     * project's layers (assets, areas, barriers and enablers, stops) as a GeoPackage or as GeoJSON files.
     */
    public void chooseAndExportGis(GisExport.Format format) {
        AtlasProject p = project.get();
        if (p == null || tasks.isRunning()) {
            return;
        }
        boolean gpkg = format == GisExport.Format.GEOPACKAGE;
        String title = gpkg ? "Export for GIS as GeoPackage" : "Export for GIS as GeoJSON";
        Optional<Individuals> chosen = askAboutIndividuals(title,
                p.gis().plan(Individuals.INCLUDE).assets().individualsIncluded());
        if (chosen.isEmpty()) {
            return;
        }
        dialogs.chooseFileToSave(title, gpkg ? DialogService.FileType.GEOPACKAGE : DialogService.FileType.GEOJSON,
                folder(), p.name() + (gpkg ? ".gpkg" : ".geojson"))
                .ifPresent(file -> exportGis(file, format, chosen.get()));
    }

    /**
     * Writes the project's layers for GIS in the background, individuals only when {@code individuals} is
     * {@link Individuals#INCLUDE}, after the same confirmation as {@link #exportCsv(Path, Individuals)}; then says
     * what each layer holds and what was left out.
     */
    public void exportGis(Path file, GisExport.Format format, Individuals individuals) {
        AtlasProject p = project.get();
        if (p == null) {
            return;
        }
        if (individuals == Individuals.INCLUDE) {
            AssetExport plan = p.gis().plan(individuals).assets();
            if (plan.individualsIncluded() > 0 && !dialogs.confirm("Export individuals' personal details",
                    plan.includedWarning(), "Export")) {
                dialogs.notify("Export cancelled; nothing was written.", null, null);
                return;
            }
        }
        tasks.run("Exporting to " + file.getFileName() + "\u2026",
                progress -> p.gis().export(format, file, individuals, progress), done -> {
                    StringBuilder said = new StringBuilder("Exported " + done.layersSummary() + " to "
                            + (format == GisExport.Format.GEOPACKAGE ? file.getFileName()
                                    : done.files().size() + " GeoJSON files named after " + file.getFileName())
                            + ".");
                    if (done.assetsWithoutLocation() > 0) {
                        said.append(' ').append(done.withoutLocationNote()).append('.');
                    }
                    if (done.assets().individualsLeftOut() > 0) {
                        said.append(' ').append(done.assets().leftOutNote()).append("; tick \u201c")
                                .append(INCLUDE_PERSONAL_OPTION).append("\u201d when exporting to include them.");
                    }
                    statusMessage.set(said.toString());
                    dialogs.notify(said.toString(), null, null);
                }, e -> dialogs.showError("Export failed", "Could not export to " + file.getFileName() + ". "
                        + UserMessages.describe(e)),
                () -> dialogs.notify("Export cancelled; nothing was written.", null, null));
    }

    /** Writes the assets, individuals left out, to a CSV file in the background. */
    public void exportCsv(Path file) {
        exportCsv(file, Individuals.LEAVE_OUT);
    }

    /**
     * Writes the assets to a CSV file in the background, individuals only when {@code individuals} is
     * {@link Individuals#INCLUDE}. Before an export that includes individuals is written, the user is told how many
     * people's contact details it holds and may cancel; then nothing is written. Afterwards the user is told how
     * many individuals were left out, if any.
     */
    public void exportCsv(Path file, Individuals individuals) {
        AtlasProject p = project.get();
        if (p == null) {
            return;
        }
        if (individuals == Individuals.INCLUDE) {
            AssetExport plan = p.transfer().planExport(individuals);
            if (plan.individualsIncluded() > 0 && !dialogs.confirm("Export individuals' personal details",
                    plan.includedWarning(), "Export")) {
                dialogs.notify("Export cancelled; the file was not written.", null, null);
                return;
            }
        }
        tasks.run("Exporting to " + file.getFileName() + "\u2026",
                progress -> p.transfer().exportCsv(file, individuals, progress), done -> {
                    String leftOut = done.individualsLeftOut() == 0 ? "" : " " + done.leftOutNote()
                            + "; tick \u201c" + INCLUDE_PERSONAL_OPTION + "\u201d when exporting to include them.";
                    String with = done.individualsIncluded() == 0 ? ""
                            : " (with the personal details of " + done.individualsIncluded()
                            + (done.individualsIncluded() == 1 ? " individual)" : " individuals)");
                    statusMessage.set("Exported " + done.assets() + " assets" + with + " to " + file.getFileName()
                            + "." + leftOut);
                    dialogs.notify("Exported " + done.assets() + " assets" + with + " to " + file.toAbsolutePath()
                            + "." + leftOut, null, null);
                }, e -> dialogs.showError("Export failed", "Could not export to " + file.getFileName() + ". "
                        + UserMessages.describe(e)),
                () -> dialogs.notify("Export cancelled; the file was not written.", null, null));
    }

    /** Asks the running background job to stop. */
    public void cancelBackgroundWork() {
        tasks.cancel();
    }

    // ---- about ------------------------------------------------------------------------------------------------

    /** The version of this build, or "development build". */
    public static String version() {
        try (InputStream in = MainViewModel.class.getResourceAsStream(
                "/META-INF/maven/org.assetatlas/asset-atlas/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "development build");
            }
        } catch (IOException e) {
            // fall through to the package version
        }
        String v = MainViewModel.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** The About box heading: name and version. */
    public static String aboutHeader() {
        String v = version();
        return APP_NAME + (v.equals("development build") ? " (development build)" : ", version " + v);
    }

    /** The About box text: what the app is, the project's data sources and licences, and the note on records. */
    public String aboutText() {
        AtlasProject p = project.get();
        StringBuilder b = new StringBuilder();
        b.append("Maps community assets \u2014 groups, venues, services and connections \u2014 by neighbourhood and "
                + "health-and-wellbeing domain, for community partnership officers.\n\n");
        if (p != null) {
            b.append("Project: ").append(p.name()).append('\n').append(p.file().toAbsolutePath()).append("\n\n");
            String attr = p.attribution();
            b.append("Data sources and licences\n");
            b.append(attr == null || attr.isBlank() ? "This project records no data sources." : attr.strip());
            b.append("\n\n");
        }
        b.append("Records marked \u201cillustrative\u201d are made up for demonstration and must not be used to "
                + "signpost anyone. Check any record with its organisation before relying on it.");
        return b.toString();
    }

    // ---- properties ---------------------------------------------------------------------------------------------

    public AssetEditorViewModel editor() {
        return editor;
    }

    public ReadOnlyObjectProperty<AtlasProject> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public AtlasProject getProject() {
        return project.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The assets the filters let through, by name or by relevance to the search text. */
    public ObservableList<Asset> shownAssets() {
        return shownView;
    }

    /** Every area of the project, for the map. */
    public ReadOnlyObjectProperty<List<Area>> areasProperty() {
        return areas.getReadOnlyProperty();
    }

    /** The name of an area, or "" for none. */
    public String areaName(String code) {
        if (code == null) {
            return "";
        }
        Area a = areasByCode.get(code);
        return a == null ? code : a.name();
    }

    /** Free text to search for; any text is safe. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Choice<String>> domainFilterProperty() {
        return domainFilter;
    }

    public ObjectProperty<Choice<Area>> areaFilterProperty() {
        return areaFilter;
    }

    public ObjectProperty<Choice<AbcdCategory>> categoryFilterProperty() {
        return categoryFilter;
    }

    public ObjectProperty<Choice<AssetStatus>> statusFilterProperty() {
        return statusFilter;
    }

    public ObservableList<Choice<String>> domainChoices() {
        return domainChoicesView;
    }

    public ObservableList<Choice<Area>> areaChoices() {
        return areaChoicesView;
    }

    public ObservableList<Choice<AbcdCategory>> categoryChoices() {
        return categoryChoicesView;
    }

    public ObservableList<Choice<AssetStatus>> statusChoices() {
        return statusChoicesView;
    }

    /** Whether any filter is set. */
    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    /** Row id of the selected asset, 0 for none; change it with {@link #select(long)}. */
    public ReadOnlyLongProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Asset> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** E.g. "347 assets · 298 shown · 23 real, 324 illustrative". */
    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    /** The selected asset's name and area, for the status bar. */
    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    /** The outcome of the last command, for the status bar. */
    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    /** "Undo" plus what it would undo, for the menu. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The first line of the project's data attribution, for the map. */
    public ReadOnlyStringProperty attributionProperty() {
        return attribution.getReadOnlyProperty();
    }

    /**
     * Shown above everything when the project is open read-only, saying why: "Open read-only — Sam Jones on
     * LAPTOP-12 has it open since 10:42. …"; empty when it can be edited.
     */
    public ReadOnlyStringProperty readOnlyBannerProperty() {
        return readOnlyBanner.getReadOnlyProperty();
    }

    /** A note to show on the map, e.g. that the demo's neighbourhoods are made up. */
    public ReadOnlyStringProperty mapNoteProperty() {
        return mapNote.getReadOnlyProperty();
    }

    /** Recently opened projects, newest first. */
    public ObservableList<Path> recentProjects() {
        return recentProjectsView;
    }

    /** True while background work runs; editing is paused meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.runningProperty();
    }

    /** The dialogs, for the workspaces' own file choosers and reports. */
    public DialogService dialogs() {
        return dialogs;
    }

    /** The folder the file choosers start in. */
    public Path lastFolder() {
        return folder();
    }

    public UiTasks tasks() {
        return tasks;
    }

    /** Closes the open project. */
    @Override
    public void close() {
        AtlasProject p = project.get();
        if (p != null) {
            p.removeChangeListener(projectListener);
            p.close();
            project.set(null);
        }
    }
}
