package org.assetatlas.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.service.GisExport;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.textfield.TextFields;
import org.assetatlas.ui.map.TransportOverlay;
import org.assetatlas.ui.common.DialogService;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.map.MapView;
import org.assetatlas.ui.map.ThematicBar;
import org.assetatlas.ui.assets.AssetTable;
import org.assetatlas.ui.common.Styles;
import org.assetatlas.ui.common.WorkspaceUndo;
import org.assetatlas.ui.project.DomainsEditor;
import org.assetatlas.ui.assets.AssetEditorView;
import org.assetatlas.ui.assets.AssetEditorViewModel;
import org.assetatlas.ui.common.FxDialogService;

/**
 * The main window's content: menu bar, search and filter bar, the map beside the asset table and editor, and a
 * status bar with counts, the selected asset and background progress. Binds to a {@link MainViewModel}.
 */
public final class MainView {

    private static final Duration SEARCH_DELAY = Duration.millis(250);

    private final MainViewModel vm;
    private final Runnable onQuit;
    private final BorderPane root = new BorderPane();
    private final MapView map = new MapView();
    /** One tab per way of working on the project: assets first; other views are added with {@link #addWorkspace}. */
    private final TabPane workspaces = new TabPane();
    private final AssetTable table;
    private final AssetEditorView editor;
    private final TextField search = TextFields.createClearableTextField();
    private final NotificationPane notifications;
    private final DialogService dialogs;
    private final ObservableBooleanValue busy;
    private boolean syncingMap;

    /**
     * @param dialogs receives the notification pane for passing messages
     * @param onQuit  what File ▸ Quit does (the app asks about unsaved changes and closes the window)
     */
    public MainView(MainViewModel vm, FxDialogService dialogs, Runnable onQuit) {
        this.vm = vm;
        this.onQuit = onQuit;
        this.busy = vm.busyProperty();
        this.dialogs = dialogs;
        this.editor = new AssetEditorView(vm.editor(), vm::deleteSelected, busy);
        this.table = new AssetTable(vm, editor::focusFirstField, this::showSelectedOnMap);
        root.getStyleClass().add(Styles.APP);

        SplitPane right = new SplitPane(table.node(), editor.node());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.44);
        SplitPane.setResizableWithParent(editor.node(), false);
        SplitPane assets = new SplitPane(ThematicBar.around(map, vm.projectProperty(), vm.tasks()), right);
        TransportOverlay.install(map, vm.projectProperty(), vm.tasks());
        assets.setDividerPositions(0.5);
        Tab assetsTab = new Tab("Assets", assets);
        assetsTab.setClosable(false);
        workspaces.getTabs().add(assetsTab);
        workspaces.getStyleClass().add(TabPane.STYLE_CLASS_FLOATING);
        notifications = new NotificationPane(workspaces);
        notifications.setShowFromTop(false);
        dialogs.setNotificationPane(notifications);
        // an undone or newer edit makes "Deleted X — Undo" stale
        vm.undoTextProperty().addListener((o, a, b) -> dialogs.hideNotification());

        Node placeholder = placeholder();
        StackPane centre = new StackPane(notifications, placeholder);
        notifications.visibleProperty().bind(vm.projectProperty().isNotNull());
        placeholder.visibleProperty().bind(vm.projectProperty().isNull());

        Node filters = filterBar();
        // the search box and filters act on the asset table: shown with the Assets tab only
        filters.visibleProperty().bind(workspaces.getSelectionModel().selectedIndexProperty().isEqualTo(0));
        filters.managedProperty().bind(filters.visibleProperty());
        Label readOnly = new Label();
        readOnly.setId("readOnlyBanner");
        readOnly.getStyleClass().add(Styles.READ_ONLY_BANNER);
        readOnly.textProperty().bind(vm.readOnlyBannerProperty());
        readOnly.setMaxWidth(Double.MAX_VALUE);
        readOnly.setWrapText(true);
        readOnly.visibleProperty().bind(vm.readOnlyBannerProperty().isNotEmpty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        VBox top = new VBox(menuBar(), readOnly, filters);
        root.setTop(top);
        root.setCenter(centre);
        root.setBottom(statusBar());
        bindMap();
    }

    public Parent root() {
        return root;
    }

    /**
     * Adds a workspace tab (e.g. signposting, barriers and enablers, reports) after the existing ones. Tabs cannot be
     * closed; Ctrl+Tab moves between them.
     */
    public Tab addWorkspace(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        workspaces.getTabs().add(tab);
        return tab;
    }

    /**
     * Adds a workspace tab with its own undo history: while it is selected, Edit ▸ Undo/Redo and their shortcuts act
     * on {@code undo} instead of on the assets.
     */
    public Tab addWorkspace(String title, Node content, WorkspaceUndo undo) {
        Tab tab = addWorkspace(title, content);
        tab.setUserData(undo);
        return tab;
    }

    /** The undo history of the selected workspace tab, or null when undo acts on the assets. */
    private WorkspaceUndo workspaceUndo() {
        Tab t = workspaces.getSelectionModel().getSelectedItem();
        return t != null && t.getUserData() instanceof WorkspaceUndo w ? w : null;
    }

    /** Binds Undo and Redo to the selected workspace's history, or to the assets' when it has none. */
    private void routeUndo(MenuItem undo, MenuItem redo, javafx.beans.value.ObservableBooleanValue busy) {
        Runnable bind = () -> {
            WorkspaceUndo w = workspaceUndo();
            undo.textProperty().unbind();
            undo.disableProperty().unbind();
            redo.textProperty().unbind();
            redo.disableProperty().unbind();
            if (w == null) {
                undo.textProperty().bind(vm.undoTextProperty());
                undo.disableProperty().bind(vm.canUndoProperty().not().or(busy));
                redo.textProperty().bind(vm.redoTextProperty());
                redo.disableProperty().bind(vm.canRedoProperty().not().or(busy));
            } else {
                undo.textProperty().bind(w.undoText());
                undo.disableProperty().bind(javafx.beans.binding.Bindings.not(w.canUndo()));
                redo.textProperty().bind(w.redoText());
                redo.disableProperty().bind(javafx.beans.binding.Bindings.not(w.canRedo()));
            }
        };
        workspaces.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> bind.run());
        bind.run();
    }

    private void undo() {
        WorkspaceUndo w = workspaceUndo();
        if (w != null) {
            w.undo();
        } else {
            vm.undo();
        }
    }

    /** The workspace tabs, for tests. */
    public TabPane workspaces() {
        return workspaces;
    }

    /** The map, for tests and snapshots. */
    public MapView mapView() {
        return map;
    }

    /** Puts the keyboard focus in the asset table. */
    public void focusTable() {
        Platform.runLater(() -> table.node().requestFocus());
    }

    /** The asset table, for tests. */
    public TableView<Asset> table() {
        return table.node();
    }

    /** Adds the shortcuts that have no menu item of their own: Ctrl+Shift+Z redo, Home, "=" and the keypad. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.HOME), () -> unlessTyping(map::zoomToAll));
        // "+" is Shift+= on UK and US keyboards
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHIFT_ANY),
                () -> unlessTyping(map::zoomIn));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD), () -> unlessTyping(map::zoomIn));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT), () -> unlessTyping(map::zoomOut));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0), () -> unlessTyping(map::zoomToAll));
    }

    // ---- menus --------------------------------------------------------------------------------------------------

    private MenuBar menuBar() {
        var noProject = vm.projectProperty().isNull();

        MenuItem newProject = item("New project\u2026", "Shortcut+Shift+N", this::newProject);
        MenuItem open = item("Open\u2026", "Shortcut+O", vm::chooseAndOpen);
        Menu recent = new Menu("Open recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : vm.recentProjects()) {
                MenuItem i = new MenuItem(p.getFileName().toString());
                i.setMnemonicParsing(false);
                i.setOnAction(e -> vm.openRecent(p));
                recent.getItems().add(i);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        vm.recentProjects().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem demo = item("Open the Colchester demo", null, () -> {
            if (vm.confirmDiscard()) {
                vm.openDemo();
            }
        });
        MenuItem importCsv = item("Import CSV\u2026", "Shortcut+I", vm::chooseAndImport);
        MenuItem exportCsv = item("Export CSV\u2026", "Shortcut+E", vm::chooseAndExport);
        MenuItem exportGeoPackage = item("GeoPackage\u2026", null,
                () -> vm.chooseAndExportGis(GisExport.Format.GEOPACKAGE));
        MenuItem exportGeoJson = item("GeoJSON\u2026", null, () -> vm.chooseAndExportGis(GisExport.Format.GEOJSON));
        Menu exportGis = new Menu("Export for GIS", null, exportGeoPackage, exportGeoJson);
        exportGis.setId("exportGisMenu");
        MenuItem restoreBackup = item("Restore from backup\u2026", null, vm::chooseAndRestoreBackup);
        restoreBackup.setId("restoreBackupMenuItem");
        restoreBackup.disableProperty().bind(vm.projectProperty().isNull().or(busy));
        MenuItem reference = item("Reference data\u2026", null, this::referenceData);
        reference.setId("referenceDataMenuItem");
        MenuItem quit = item("Quit", "Shortcut+Q", onQuit);
        for (MenuItem i : new MenuItem[] {newProject, open, demo}) {
            i.disableProperty().bind(busy);
        }
        importCsv.disableProperty().bind(noProject.or(busy));
        exportCsv.disableProperty().bind(noProject.or(busy));
        exportGis.disableProperty().bind(noProject.or(busy));
        reference.disableProperty().bind(noProject.or(busy));
        Menu file = new Menu("File", null, newProject, open, recent, demo, new SeparatorMenuItem(), importCsv,
                exportCsv, exportGis, reference, new SeparatorMenuItem(), restoreBackup, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "Shortcut+Z", this::undo);
        MenuItem redo = item("Redo", "Shortcut+Y", this::redo);
        routeUndo(undo, redo, busy);
        MenuItem newAsset = item("New asset", "Shortcut+N", this::newAsset);
        newAsset.setId("newAssetMenuItem");
        newAsset.disableProperty().bind(noProject.or(busy));
        MenuItem saveAsset = item("Save asset", "Shortcut+S", editor::saveIfPossible);
        saveAsset.disableProperty().bind(vm.editor().canSaveProperty().not().or(busy));
        MenuItem deleteAsset = item("Delete asset\u2026", "Delete", () -> unlessTyping(vm::deleteSelected));
        deleteAsset.disableProperty().bind(vm.selectedProperty().isNull().or(busy));
        MenuItem assetHistory = item("History of this asset\u2026", "Shortcut+H", vm.editor()::showHistory);
        assetHistory.setId("assetHistoryMenuItem");
        assetHistory.disableProperty().bind(vm.selectedProperty().isNull().or(busy));
        MenuItem deleted = item("Deleted assets\u2026", null, vm::chooseAndRestoreDeleted);
        deleted.setId("deletedAssetsMenuItem");
        deleted.disableProperty().bind(noProject.or(busy));
        MenuItem find = item("Find", "Shortcut+F", this::focusSearch);
        find.disableProperty().bind(noProject);
        MenuItem clear = item("Clear filters", null, vm::clearFilters);
        clear.disableProperty().bind(vm.filteredProperty().not());
        MenuItem domains = item("Domains\u2026", null, this::editDomains);
        domains.setId("domainsMenuItem");
        domains.disableProperty().bind(noProject.or(busy));
        MenuItem locate = item("Locate assets by postcode", null, vm::locateByPostcode);
        locate.setId("locateByPostcodeMenuItem");
        locate.disableProperty().bind(noProject.or(busy));
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), newAsset, saveAsset, deleteAsset,
                assetHistory, deleted, new SeparatorMenuItem(), locate, new SeparatorMenuItem(), find, clear, new SeparatorMenuItem(),
                domains);

        MenuItem all = item("Zoom to all", null, () -> unlessTyping(map::zoomToAll));
        all.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0));
        MenuItem zoomIn = item("Zoom in", null, () -> unlessTyping(map::zoomIn));
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.PLUS));
        MenuItem zoomOut = item("Zoom out", null, () -> unlessTyping(map::zoomOut));
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS));
        MenuItem showSelected = item("Show selected asset on map", null, this::showSelectedOnMap);
        showSelected.disableProperty().bind(vm.selectedProperty().isNull());
        Menu boundaries = new Menu("Boundaries");
        for (AreaLevel level : new AreaLevel[] {AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD, AreaLevel.WARD,
            AreaLevel.LSOA}) {
            CheckMenuItem c = new CheckMenuItem(switch (level) {
                case DISTRICT -> "District outline";
                case NEIGHBOURHOOD -> "Neighbourhoods";
                case WARD -> "Wards";
                case LSOA -> "LSOAs (small census areas)";
                default -> level.label();
            });
            c.setSelected(map.getLevels().contains(level));
            c.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    map.getLevels().add(level);
                } else {
                    map.getLevels().remove(level);
                }
            });
            map.getLevels().addListener((SetChangeListener<AreaLevel>) ch ->
                    c.setSelected(map.getLevels().contains(level)));
            boundaries.getItems().add(c);
        }
        Menu view = new Menu("View", null, all, zoomIn, zoomOut, showSelected, new SeparatorMenuItem(), boundaries);

        MenuItem shortcuts = item("Keyboard shortcuts", "F1", this::showShortcuts);
        MenuItem about = item("About Community Asset Atlas", null, () -> dialogs.showInformation(
                "About " + MainViewModel.APP_NAME, MainViewModel.aboutHeader(),
                vm.aboutText()));
        Menu help = new Menu("Help", null, shortcuts, about);
        return new MenuBar(file, edit, view, help);
    }

    /** Opens the domains editor for the open project; its changes undo with the assets' Undo. */
    private void editDomains() {
        if (vm.getProject() != null) {
            new DomainsEditor(root.getScene() == null ? null : root.getScene().getWindow(), vm.getProject(), dialogs)
                    .show();
        }
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setMnemonicParsing(false);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    /** Runs a single-key shortcut unless the user is typing, so "0", "+", "-" and Delete reach text fields. */
    private void unlessTyping(Runnable action) {
        Scene s = root.getScene();
        if (s != null && s.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        action.run();
    }

    private void redo() {
        WorkspaceUndo w = workspaceUndo();
        if (w != null) {
            w.redo();
        } else if (!busy.get()) {
            vm.redo();
        }
    }

    /** Shows an asset in the editor on the Assets tab (from another workspace, e.g. the review queue). */
    public void showAsset(long id) {
        workspaces.getSelectionModel().select(0);
        vm.select(id);
        focusTable();
    }

    private void newAsset() {
        workspaces.getSelectionModel().select(0); // the editor is on the Assets tab
        vm.newAsset();
        if (vm.editor().getMode() == AssetEditorViewModel.Mode.NEW) {
            editor.focusFirstField();
        }
    }

    private void focusSearch() {
        workspaces.getSelectionModel().select(0); // the asset search box shows with the Assets tab
        search.requestFocus();
        search.selectAll();
    }

    private void showSelectedOnMap() {
        Asset a = vm.selectedProperty().get();
        if (a != null && a.located()) {
            map.viewportProperty().set(map.getViewport().centredAt(a.location().lon(), a.location().lat()));
        }
    }

    private void showShortcuts() {
        dialogs.showTwoColumns("Keyboard shortcuts", "Keyboard shortcuts", List.of(
                new String[] {"Projects and files"},
                new String[] {"Ctrl+Shift+N", "New project"},
                new String[] {"Ctrl+O", "Open a project"},
                new String[] {"Ctrl+I", "Import assets from CSV"},
                new String[] {"Ctrl+E", "Export assets to CSV"},
                new String[] {"Ctrl+Q", "Quit"},
                new String[] {"Assets"},
                new String[] {"Ctrl+N", "New asset"},
                new String[] {"Ctrl+S", "Save the asset"},
                new String[] {"Esc", "Revert the editor's unsaved changes"},
                new String[] {"Delete", "Delete the selected asset (when not typing)"},
                new String[] {"Ctrl+H", "History of the selected asset: who changed what, and earlier versions"},
                new String[] {"Enter, double-click", "Edit the asset selected in the table"},
                new String[] {"Ctrl+Z", "Undo"},
                new String[] {"Ctrl+Y, Ctrl+Shift+Z", "Redo"},
                new String[] {"Ctrl+F", "Search"},
                new String[] {"Map (click it first)"},
                new String[] {"Arrow keys", "Pan (with Shift: further)"},
                new String[] {"+  /  \u2212", "Zoom in / out"},
                new String[] {"0, Home", "Zoom to everything"},
                new String[] {"Drag, mouse wheel", "Pan; zoom about the pointer"},
                new String[] {"Click", "Select the asset under the pointer (empty map: clear)"},
                new String[] {"Double-click", "Zoom in about the pointer"}));
    }

    // ---- filter bar ---------------------------------------------------------------------------------------------

    private Node filterBar() {
        search.setId("searchField");
        search.getStyleClass().add(Styles.SEARCH_FIELD);
        search.setPromptText("Search assets (Ctrl+F)");
        search.setPrefColumnCount(22);
        PauseTransition debounce = new PauseTransition(SEARCH_DELAY);
        debounce.setOnFinished(e -> vm.searchTextProperty().set(search.getText()));
        search.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        vm.searchTextProperty().addListener((o, a, b) -> {
            if (!b.equals(search.getText())) {
                search.setText(b);
            }
        });
        search.setOnAction(e -> {
            debounce.stop();
            vm.searchTextProperty().set(search.getText());
        });

        ComboBox<Choice<String>> domain = combo("domainFilter", vm.domainChoices(), vm.domainFilterProperty(), 130);
        ComboBox<Choice<Area>> area = combo("areaFilter", vm.areaChoices(), vm.areaFilterProperty(), 170);
        area.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Choice<Area> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setPadding(new Insets(3, 6, 3, item != null && item.indented() ? 20 : 6));
            }
        });
        ComboBox<Choice<org.assetatlas.model.AbcdCategory>> category = combo("categoryFilter", vm.categoryChoices(),
                vm.categoryFilterProperty(), 170);
        ComboBox<Choice<org.assetatlas.model.AssetStatus>> status = combo("statusFilter", vm.statusChoices(),
                vm.statusFilterProperty(), 128);
        Button clear = new Button("Clear");
        clear.setTooltip(new Tooltip("Clear the search and filters"));
        clear.disableProperty().bind(vm.filteredProperty().not());
        clear.setOnAction(e -> vm.clearFilters());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button newAsset = new Button("New asset");
        newAsset.setId("newAssetButton");
        newAsset.getStyleClass().add(Styles.PRIMARY);
        newAsset.setTooltip(new Tooltip("Add an asset (Ctrl+N)"));
        newAsset.disableProperty().bind(vm.projectProperty().isNull().or(busy));
        newAsset.setOnAction(e -> newAsset());
        newAsset.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, search, domain, area, category, status, clear, spacer, newAsset);
        HBox.setHgrow(search, Priority.SOMETIMES);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.FILTER_BAR);
        bar.disableProperty().bind(vm.projectProperty().isNull().or(busy));

        vm.areaFilterProperty().addListener((o, a, b) -> {
            String code = b == null || b.value() == null ? null : b.value().code();
            map.highlightedAreaProperty().set(code);
            if (code != null) {
                map.zoomToArea(code);
            } else {
                map.zoomToAll();
            }
        });
        return bar;
    }

    private static <T> ComboBox<Choice<T>> combo(String id, javafx.collections.ObservableList<Choice<T>> items,
                                                 javafx.beans.property.ObjectProperty<Choice<T>> value, double width) {
        ComboBox<Choice<T>> c = new ComboBox<>(items);
        c.setId(id);
        c.valueProperty().bindBidirectional(value);
        c.setPrefWidth(width);
        c.setMinWidth(80);
        c.setVisibleRowCount(16);
        return c;
    }

    // ---- map --------------------------------------------------------------------------------------------------

    private void bindMap() {
        map.setId("mapView");
        Bindings.bindContent(map.getAssets(), vm.shownAssets());
        map.areasProperty().bind(vm.areasProperty());
        map.attributionProperty().bind(vm.attributionProperty());
        map.noteProperty().bind(vm.mapNoteProperty());
        map.selectedAssetIdProperty().addListener((o, a, b) -> {
            if (syncingMap) {
                return;
            }
            if (!vm.select(b.longValue())) {
                Platform.runLater(this::syncMapFromModel);
            }
        });
        vm.selectedIdProperty().addListener((o, a, b) -> syncMapFromModel());
        // a rectangle or lasso selection on the map selects the same rows in the table, the first as current
        map.markedIdsProperty().addListener((o, a, b) -> {
            if (!b.isEmpty() && !b.contains(vm.selectedIdProperty().get())) {
                vm.select(b.get(0));
            }
            table.selectRows(b);
        });
        // the map's search box finds postcodes in the open project's own postcode list, as the editor does
        map.postcodeFinderProperty().set(text -> vm.projectProperty().get() == null ? java.util.Optional.empty()
                : vm.projectProperty().get().assets().postcodeCentre(text));
        // placing, as in online maps: the editor's location is the pin; a click while placing or a drag moves it
        map.pinProperty().bind(vm.editor().pinProperty());
        map.placingProperty().bindBidirectional(vm.editor().placingProperty());
        map.onLocationPickedProperty().set(vm.editor()::placeAt);
        vm.editor().placingProperty().addListener((o, a, b) -> {
            if (b) {
                map.requestFocus(); // Esc stops placing
            }
        });
        vm.projectProperty().addListener((o, a, b) -> Platform.runLater(() -> {
            map.zoomToAll();
            table.node().requestFocus();
        }));
    }

    private void syncMapFromModel() {
        syncingMap = true;
        try {
            map.selectedAssetIdProperty().set(vm.selectedIdProperty().get());
        } finally {
            syncingMap = false;
        }
    }

    // ---- placeholder and status bar -----------------------------------------------------------------------------

    /** Opens the Reference data dialog for the open project: the files loaded, and imports of more. */
    public void referenceData() {
        if (vm.projectProperty().get() != null) {
            org.assetatlas.ui.project.ReferenceDataDialog.open(root.getScene() == null ? null
                    : root.getScene().getWindow(), vm.projectProperty().get(), vm.dialogs());
        }
    }

    /** Opens the New Project wizard; the main window opens the project it made. */
    public void newProject() {
        if (vm.confirmDiscard()) {
            org.assetatlas.ui.project.NewProjectWizard.open(root.getScene() == null ? null : root.getScene().getWindow(),
                    vm.dialogs(), vm::openCreated);
        }
    }

    private Node placeholder() {
        Label title = new Label();
        title.getStyleClass().add(Styles.PLACEHOLDER_TITLE);
        title.textProperty().bind(Bindings.when(busy).then("Getting things ready\u2026").otherwise("No project open"));
        Label text = new Label(
                "Open a project, create a new one, or explore the Colchester demo built from open data.");
        text.setWrapText(true);
        text.visibleProperty().bind(Bindings.createBooleanBinding(() -> !busy.get(), busy));
        text.managedProperty().bind(text.visibleProperty());
        Button demo = new Button("Open the Colchester demo");
        demo.getStyleClass().add(Styles.PRIMARY);
        demo.setOnAction(e -> vm.openDemo());
        Button open = new Button("Open\u2026");
        open.setOnAction(e -> vm.chooseAndOpen());
        Button create = new Button("New project\u2026");
        create.setOnAction(e -> newProject());
        HBox buttons = new HBox(8, demo, open, create);
        buttons.setAlignment(Pos.CENTER);
        buttons.visibleProperty().bind(text.visibleProperty());
        buttons.managedProperty().bind(text.visibleProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label working = new Label();
        working.textProperty().bind(vm.tasks().messageProperty());
        VBox progress = new VBox(8, spinner, working);
        progress.setAlignment(Pos.CENTER);
        progress.visibleProperty().bind(busy);
        progress.managedProperty().bind(busy);
        VBox box = new VBox(14, title, text, buttons, progress);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(520);
        StackPane pane = new StackPane(box);
        pane.getStyleClass().add(Styles.PLACEHOLDER);
        return pane;
    }

    private Node statusBar() {
        Label counts = new Label();
        counts.setId("countsLabel");
        counts.getStyleClass().add(Styles.STATUS_COUNTS);
        counts.textProperty().bind(vm.countsTextProperty());
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Label selection = new Label();
        selection.getStyleClass().add(Styles.STATUS_SELECTION);
        selection.textProperty().bind(vm.selectionTextProperty());
        selection.setMinWidth(0);
        Separator sep = new Separator(Orientation.VERTICAL);
        sep.visibleProperty().bind(vm.selectionTextProperty().isNotEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label message = new Label();
        message.getStyleClass().add(Styles.STATUS_MESSAGE);
        message.textProperty().bind(Bindings.when(busy).then(vm.tasks().messageProperty())
                .otherwise(vm.statusMessageProperty()));
        message.setMinWidth(0);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.tasks().progressProperty());
        bar.setPrefWidth(160);
        bar.visibleProperty().bind(busy);
        bar.managedProperty().bind(busy);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelButton");
        cancel.setOnAction(e -> vm.cancelBackgroundWork());
        cancel.visibleProperty().bind(busy);
        cancel.managedProperty().bind(busy);
        HBox status = new HBox(10, counts, sep, selection, spacer, message, bar, cancel);
        status.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add(Styles.STATUS_BAR);
        return status;
    }
}
