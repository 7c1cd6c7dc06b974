package org.assetatlas.ui.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.StringConverter;

import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.service.AreaSetup;
import org.assetatlas.ui.common.DialogService;
import org.assetatlas.ui.common.Styles;
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.ui.common.UserMessages;

/**
 * The New Project wizard: project, boundaries, neighbourhoods, reference data, finish. Each step is a
 * {@link WizardStep}; the state lives in {@link NewProjectWizardModel}. Enter is Next, Esc is Cancel.
 */
public final class NewProjectWizard extends BorderPane {

    /** Step names for {@code -Datlas.wizard}. */
    public static final List<String> STEP_KEYS = List.of("project", "boundaries", "neighbourhoods", "reference",
            "finish");

    private final NewProjectWizardModel model;
    private final DialogService dialogs;
    private final UiTasks tasks;
    private final Consumer<Path> onFinish;
    private final Runnable onClose;
    private final List<WizardStep> steps = new ArrayList<>();
    private final IntegerProperty index = new SimpleIntegerProperty(-1);
    private final Label title = new Label();
    private final Label stepCount = new Label();
    private final Label message = new Label();
    private final Button back = new Button("< Back");
    private final Button next = new Button("Next >");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar();
    private final Button stop = new Button("Stop");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /**
     * @param onFinish receives the project file when Finish is pressed (the wizard's project is closed first)
     * @param onClose  closes the wizard's window
     */
    public NewProjectWizard(NewProjectWizardModel model, DialogService dialogs, UiTasks tasks, Consumer<Path> onFinish,
                            Runnable onClose) {
        this.model = model;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.onFinish = onFinish;
        this.onClose = onClose;
        getStyleClass().add(Styles.APP);
        getStyleClass().add("wizard");
        steps.add(new ProjectStep());
        steps.add(new BoundariesStep());
        steps.add(new NeighbourhoodsStep());
        steps.add(new ReferenceStep());
        steps.add(new FinishStep());

        title.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold;");
        VBox head = new VBox(2, stepCount, title);
        head.setPadding(new Insets(14, 18, 8, 18));
        setTop(head);

        message.setWrapText(true);
        message.setId("wizard-message");
        message.setStyle("-fx-text-fill: #a4000f;");
        progress.setPrefWidth(180);
        progress.visibleProperty().bind(busy);
        stop.visibleProperty().bind(busy);
        stop.setOnAction(e -> tasks.cancel());
        progress.progressProperty().bind(tasks.progressProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        back.setId("wizard-back");
        next.setId("wizard-next");
        cancel.setId("wizard-cancel");
        next.setDefaultButton(true);
        cancel.setCancelButton(true);
        HBox buttons = new HBox(8, progress, stop, gap, back, next, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox foot = new VBox(6, message, buttons);
        foot.setPadding(new Insets(8, 18, 14, 18));
        setBottom(foot);

        back.setOnAction(e -> show(index.get() - 1));
        next.setOnAction(e -> next());
        cancel.setOnAction(e -> cancel());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !next.isDisabled()
                    && !(e.getTarget() instanceof TextArea) && !(e.getTarget() instanceof Button)) {
                next();
                e.consume();
            }
        });
        show(0);
    }

    /** Opens the wizard in its own window; {@code onFinish} receives the new project's file. */
    public static Stage open(Window owner, DialogService dialogs, Consumer<Path> onFinish) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("New project");
        UiTasks tasks = UiTasks.create();
        NewProjectWizard w = new NewProjectWizard(new NewProjectWizardModel(), dialogs, tasks, onFinish, stage::close);
        Scene scene = new Scene(w, 900, 640);
        scene.getStylesheets().add(NewProjectWizard.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setOnHidden(e -> tasks.close());
        stage.show();
        return stage;
    }

    /**
     * Prepares the wizard at a step for documentation screenshots: the project is created at {@code file}, the
     * boundary files before the last are imported and the last is previewed (on the boundaries step) or imported
     * too, and the lookup loaded (on the neighbourhoods step).
     */
    public void prepare(String step, Path file, List<Path> boundaries, Path lookup) throws java.io.IOException {
        int at = Math.max(0, STEP_KEYS.indexOf(step));
        model.nameProperty().set("Tendring Community Partnership");
        model.fileProperty().set(file);
        model.createProject();
        for (int i = 0; i < boundaries.size(); i++) {
            model.loadPreview(boundaries.get(i));
            if (at == 1 && i == boundaries.size() - 1) {
                break;
            }
            AreaSetup.BoundaryImport r = model.importBoundaries(org.assetatlas.util.Progress.NONE);
            model.imported(r);
            lastReport = NewProjectWizardModel.describe(r);
        }
        if (at >= 2 && lookup != null) {
            model.loadLookup(lookup);
            if (at >= 3) {
                model.applyGroups(org.assetatlas.util.Progress.NONE);
            }
        }
        show(at);
    }

    private String lastReport = "";

    /** The model behind the wizard. */
    public NewProjectWizardModel model() {
        return model;
    }

    /** The step shown, from 0. */
    public int stepIndex() {
        return index.get();
    }

    /** Shows a step, e.g. for screenshots (the steps before it are not validated). */
    public void show(int i) {
        if (i < 0 || i >= steps.size()) {
            return;
        }
        index.set(i);
        WizardStep s = steps.get(i);
        message.setText("");
        s.entered();
        title.setText(s.title());
        stepCount.setText("Step " + (i + 1) + " of " + steps.size());
        setCenter(s.content());
        back.setDisable(i == 0 || i == 1);
        next.setText(i == steps.size() - 1 ? "Finish" : "Next >");
        next.disableProperty().unbind();
        ObservableBooleanValue valid = s.valid();
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> !valid.get() || busy.get(), valid, busy));
    }

    private void next() {
        WizardStep s = steps.get(index.get());
        if (!s.leave()) {
            return;
        }
        if (index.get() == steps.size() - 1) {
            Path file = model.project().file();
            model.close();
            onClose.run();
            onFinish.accept(file);
        } else {
            show(index.get() + 1);
        }
    }

    private void cancel() {
        if (busy.get()) {
            tasks.cancel();
            return;
        }
        if (model.project() != null) {
            Path file = model.project().file();
            model.close();
            onClose.run();
            dialogs.showInformation("New project", "Setting up was cancelled", "The project " + file.getFileName()
                    + " was kept with what was set up so far; it is complete (nothing is half-written) and can be"
                    + " opened with File \u25b8 Open.");
        } else {
            onClose.run();
        }
    }

    private void fail(Throwable t) {
        message.setText(UserMessages.describe(t));
    }

    private <T> void background(String what, UiTasks.Work<T> work, Consumer<T> done) {
        message.setText("");
        busy.set(true);
        tasks.run(what, work, r -> {
            busy.set(false);
            done.accept(r);
        }, e -> {
            busy.set(false);
            fail(e);
        }, () -> {
            busy.set(false);
            message.setText("Stopped: nothing of that import was kept.");
        });
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setStyle("-fx-text-fill: #444;");
        return l;
    }

    private static VBox page(Node... nodes) {
        VBox v = new VBox(10, nodes);
        v.setPadding(new Insets(4, 18, 8, 18));
        return v;
    }

    // ---------------------------------------------------------------- 1. project

    private final class ProjectStep implements WizardStep {
        private final VBox content;

        ProjectStep() {
            TextField name = new TextField();
            name.setId("wizard-name");
            name.setPromptText("e.g. Tendring Community Partnership");
            name.textProperty().bindBidirectional(model.nameProperty());
            TextField file = new TextField();
            file.setId("wizard-file");
            file.setEditable(false);
            file.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null ? ""
                    : model.fileProperty().get().toString(), model.fileProperty()));
            Button choose = new Button("Choose\u2026");
            choose.setId("wizard-choose-file");
            choose.setOnAction(e -> dialogs.chooseFileToSave("New project", DialogService.FileType.PROJECT, null,
                    (model.nameProperty().get().isBlank() ? "New project" : model.nameProperty().get().strip())
                            + ".atlas").ifPresent(model.fileProperty()::set));
            HBox.setHgrow(file, Priority.ALWAYS);
            HBox fileRow = new HBox(6, file, choose);
            ToggleGroup g = new ToggleGroup();
            VBox choices = new VBox(6);
            TextArea custom = new TextArea();
            custom.setId("wizard-custom-domains");
            custom.setPromptText("One domain per line, e.g.\nHealthy lives\nStrong communities");
            custom.setPrefRowCount(5);
            custom.textProperty().bindBidirectional(model.customDomainsProperty());
            for (NewProjectWizardModel.FrameworkChoice c : NewProjectWizardModel.FrameworkChoice.values()) {
                RadioButton r = new RadioButton(c.toString());
                r.setId("wizard-framework-" + c.name().toLowerCase(Locale.ROOT));
                r.setWrapText(true);
                r.setToggleGroup(g);
                r.setUserData(c);
                r.setSelected(model.frameworkProperty().get() == c);
                choices.getChildren().add(r);
            }
            g.selectedToggleProperty().addListener((o, a, b) -> {
                if (b != null) {
                    model.frameworkProperty().set((NewProjectWizardModel.FrameworkChoice) b.getUserData());
                }
            });
            custom.disableProperty().bind(model.frameworkProperty()
                    .isNotEqualTo(NewProjectWizardModel.FrameworkChoice.CUSTOM));
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(10);
            grid.addRow(0, new Label("Name"), name);
            grid.addRow(1, new Label("Save as"), fileRow);
            grid.addRow(2, new Label("Domains"), choices);
            grid.add(custom, 1, 3);
            GridPane.setHgrow(name, Priority.ALWAYS);
            GridPane.setHgrow(fileRow, Priority.ALWAYS);
            content = page(hint("A project is one file holding the partnership's areas, neighbourhoods and assets."
                    + " Choose its name, where to save it and the health-and-wellbeing domains it records assets"
                    + " against (they can be changed later)."), grid);
        }

        @Override
        public String title() {
            return "Project";
        }

        @Override
        public Node content() {
            return content;
        }

        @Override
        public ObservableBooleanValue valid() {
            return model.projectStepValid();
        }

        @Override
        public boolean leave() {
            if (model.project() != null) {
                return true;
            }
            try {
                model.createProject();
                return true;
            } catch (RuntimeException e) {
                fail(e);
                return false;
            }
        }
    }

    // ---------------------------------------------------------------- 2. boundaries

    private final class BoundariesStep implements WizardStep {
        private final VBox content;
        private final TableView<Map<String, String>> table = new TableView<>();
        private final Label done = new Label();
        private final TextArea report = new TextArea();

        BoundariesStep() {
            Button pick = new Button("Add boundary file\u2026");
            pick.setId("wizard-pick-boundaries");
            pick.setOnAction(e -> dialogs.chooseFileToOpen("Boundary file", DialogService.FileType.BOUNDARIES, null)
                    .ifPresent(this::preview));
            Label file = new Label();
            file.textProperty().bind(Bindings.createStringBinding(() -> {
                AreaSetup.BoundaryFilePreview p = model.previewProperty().get();
                return p == null ? "No file chosen" : model.boundaryFileProperty().get().getFileName() + " \u2014 "
                        + p.format() + (p.layer() != null ? ", layer " + p.layer() : "") + ", "
                        + p.fields().size() + " fields";
            }, model.previewProperty()));
            HBox top = new HBox(10, pick, file);
            top.setAlignment(Pos.CENTER_LEFT);

            ChoiceBox<AreaLevel> level = new ChoiceBox<>(FXCollections.observableArrayList(AreaLevel.values()));
            level.setId("wizard-level");
            level.setConverter(new StringConverter<>() {
                @Override
                public String toString(AreaLevel l) {
                    return l == null ? "" : l.label();
                }

                @Override
                public AreaLevel fromString(String s) {
                    return null;
                }
            });
            level.valueProperty().bindBidirectional(model.levelProperty());
            ObservableList<String> fields = FXCollections.observableArrayList();
            ObservableList<String> nameFields = FXCollections.observableArrayList();
            ChoiceBox<String> code = new ChoiceBox<>(fields);
            code.setId("wizard-code-field");
            ChoiceBox<String> name = new ChoiceBox<>(nameFields);
            name.setId("wizard-name-field");
            model.previewProperty().addListener((o, a, p) -> {
                fields.setAll(p == null ? List.of() : p.fields());
                List<String> n = new ArrayList<>();
                n.add("");
                if (p != null) {
                    n.addAll(p.fields());
                }
                nameFields.setAll(n);
                code.setValue(model.codeFieldProperty().get());
                name.setValue(model.nameFieldProperty().get() == null ? "" : model.nameFieldProperty().get());
                showRows(p);
            });
            code.valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    model.codeFieldProperty().set(b);
                }
            });
            name.valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    model.nameFieldProperty().set(b);
                }
            });
            TextField epsg = new TextField();
            epsg.setId("wizard-epsg");
            epsg.setPromptText("as the file says");
            epsg.setPrefColumnCount(8);
            epsg.textProperty().bindBidirectional(model.epsgProperty());
            Button importButton = new Button("Import");
            importButton.setId("wizard-import");
            importButton.getStyleClass().add(Styles.PRIMARY);
            importButton.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> !model.boundaryReady().get() || busy.get(), model.previewProperty(), model.levelProperty(),
                    model.codeFieldProperty(), busy));
            importButton.setOnAction(e -> runImport());
            HBox choose = new HBox(8, new Label("Level"), level, new Label("Code field"), code,
                    new Label("Name field"), name, new Label("EPSG"), epsg, importButton);
            choose.setAlignment(Pos.CENTER_LEFT);
            choose.disableProperty().bind(model.previewProperty().isNull());

            table.setPlaceholder(new Label("Choose a boundary file to see its first rows here."));
            table.setPrefHeight(190);
            table.setId("wizard-preview");
            report.setEditable(false);
            report.setWrapText(true);
            report.setPrefRowCount(6);
            report.setId("wizard-import-report");
            done.setWrapText(true);
            model.imports().addListener((javafx.collections.ListChangeListener<AreaSetup.BoundaryImport>) c ->
                    done.setText("Imported so far: " + String.join("; ", model.imports().stream()
                            .map(AreaSetup.BoundaryImport::summary).toList())));
            VBox.setVgrow(table, Priority.ALWAYS);
            content = page(hint("Add one boundary file per level \u2014 for example the district's wards, then its"
                    + " LSOAs. GeoJSON, GeoPackage, Shapefile (loose or zipped) and KML are read; British National"
                    + " Grid or latitude and longitude are recognised, or type the EPSG code if the file does not"
                    + " say."), top, table, choose, done, report);
        }

        private void preview(Path f) {
            try {
                model.loadPreview(f);
                message.setText("");
            } catch (Exception e) {
                fail(e);
            }
        }

        private void showRows(AreaSetup.BoundaryFilePreview p) {
            table.getColumns().clear();
            if (p == null) {
                table.getItems().clear();
                return;
            }
            for (String f : p.fields()) {
                TableColumn<Map<String, String>, String> c = new TableColumn<>(f);
                c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().get(f)));
                c.setPrefWidth(Math.max(70, Math.min(220, f.length() * 9 + 30)));
                table.getColumns().add(c);
            }
            table.getItems().setAll(p.rows());
        }

        private void runImport() {
            background("Importing boundaries\u2026", model::importBoundaries, r -> {
                model.imported(r);
                report.setText(NewProjectWizardModel.describe(r));
            });
        }

        @Override
        public void entered() {
            report.setText(lastReport);
            done.setText(model.imports().isEmpty() ? "Nothing imported yet." : "Imported so far: "
                    + String.join("; ", model.imports().stream().map(AreaSetup.BoundaryImport::summary).toList()));
        }

        @Override
        public String title() {
            return "Boundaries";
        }

        @Override
        public Node content() {
            return content;
        }

    }

    // ---------------------------------------------------------------- 3. neighbourhoods

    private final class NeighbourhoodsStep implements WizardStep {
        private final VBox content;
        private final ObservableList<Area> areas = FXCollections.observableArrayList();
        private final Map<String, BooleanProperty> ticked = new java.util.HashMap<>();
        private final ListView<String> made = new ListView<>();
        private final Label result = new Label();

        NeighbourhoodsStep() {
            Button lookup = new Button("Load lookup CSV\u2026");
            lookup.setId("wizard-load-lookup");
            lookup.setOnAction(e -> dialogs.chooseFileToOpen("Neighbourhood lookup", DialogService.FileType.CSV,
                    null).ifPresent(f -> {
                        try {
                            model.loadLookup(f);
                            message.setText("");
                        } catch (Exception ex) {
                            fail(ex);
                        }
                    }));
            TextField filter = new TextField();
            filter.setPromptText("Search areas");
            filter.setId("wizard-area-filter");
            FilteredList<Area> shown = new FilteredList<>(areas);
            filter.textProperty().addListener((o, a, b) -> shown.setPredicate(x -> b == null || b.isBlank()
                    || x.name().toLowerCase(Locale.ROOT).contains(b.strip().toLowerCase(Locale.ROOT))
                    || x.code().toLowerCase(Locale.ROOT).contains(b.strip().toLowerCase(Locale.ROOT))));
            ListView<Area> list = new ListView<>(shown);
            list.setId("wizard-area-list");
            list.setCellFactory(CheckBoxListCell.forListView(a -> ticked.computeIfAbsent(a.code(),
                    k -> new SimpleBooleanProperty()), new StringConverter<>() {
                        @Override
                        public String toString(Area a) {
                            return a.name() + "  (" + a.code() + ")";
                        }

                        @Override
                        public Area fromString(String s) {
                            return null;
                        }
                    }));
            TextField groupName = new TextField();
            groupName.setPromptText("Neighbourhood name");
            groupName.setId("wizard-group-name");
            Button add = new Button("Make neighbourhood");
            add.setId("wizard-add-group");
            add.setOnAction(e -> {
                try {
                    List<Area> members = areas.stream().filter(a -> ticked.containsKey(a.code())
                            && ticked.get(a.code()).get()).toList();
                    model.addGroup(groupName.getText(), members);
                    members.forEach(a -> ticked.get(a.code()).set(false));
                    groupName.clear();
                    message.setText("");
                } catch (RuntimeException ex) {
                    fail(ex);
                }
            });
            model.groups().addListener((javafx.collections.MapChangeListener<String, List<String>>) c ->
                    refreshGroups());
            made.setId("wizard-groups");
            Button remove = new Button("Remove");
            remove.setOnAction(e -> {
                String s = made.getSelectionModel().getSelectedItem();
                if (s != null) {
                    model.groups().remove(s.substring(0, s.lastIndexOf(" (")));
                }
            });
            Button apply = new Button("Apply");
            apply.setId("wizard-apply-groups");
            apply.getStyleClass().add(Styles.PRIMARY);
            apply.disableProperty().bind(Bindings.createBooleanBinding(() -> model.groups().isEmpty() || busy.get(),
                    model.groups(), busy));
            apply.setOnAction(e -> background("Making neighbourhoods\u2026", model::applyGroups, g -> {
                result.setText(g.summary() + ".");
                model.groupingSummaryProperty().set(g.summary());
            }));
            result.setWrapText(true);
            result.setId("wizard-group-result");

            HBox.setHgrow(groupName, Priority.ALWAYS);
            VBox left = new VBox(6, new Label("Tick areas, name the neighbourhood"), filter, list,
                    new HBox(6, groupName, add));
            VBox.setVgrow(list, Priority.ALWAYS);
            VBox right = new VBox(6, new Label("Neighbourhoods made so far"), made, new HBox(6, lookup, remove,
                    apply), result);
            VBox.setVgrow(made, Priority.ALWAYS);
            HBox.setHgrow(left, Priority.ALWAYS);
            HBox.setHgrow(right, Priority.ALWAYS);
            left.setPrefWidth(420);
            right.setPrefWidth(420);
            HBox both = new HBox(16, left, right);
            VBox.setVgrow(both, Priority.ALWAYS);
            content = page(hint("Group wards (or LSOAs) into the partnership's neighbourhoods: load a two-column"
                    + " lookup (area code or name, neighbourhood), or tick areas and name the group. Then Apply."
                    + " This step can be skipped."), both);
        }

        private void refreshGroups() {
            made.getItems().setAll(model.groups().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue().size() + " areas)").toList());
        }

        @Override
        public void entered() {
            areas.setAll(model.groupableAreas());
            refreshGroups();
        }

        @Override
        public String title() {
            return "Neighbourhoods";
        }

        @Override
        public Node content() {
            return content;
        }

    }

    // ---------------------------------------------------------------- 4. reference data

    private final class ReferenceStep implements WizardStep {
        private final javafx.scene.control.ScrollPane content;

        ReferenceStep() {
            Label where = hint("Reference data makes the project more useful: postcodes place assets and searches,"
                    + " deprivation and population shade the map and go into reports with their source and licence."
                    + " Download the files, then import them here, later from File \u25B8 Reference data\u2026, or"
                    + " with the command line's reference command.");
            ReferenceDataPane pane = new ReferenceDataPane(model.reference(), dialogs,
                    (what, work, done) -> background(what, work, done), busy);
            // the three kinds with their download addresses are taller than the window
            content = new javafx.scene.control.ScrollPane(page(where, pane));
            content.setFitToWidth(true);
        }

        @Override
        public void entered() {
            model.reference().refresh();
        }

        @Override
        public String title() {
            return "Reference data";
        }

        @Override
        public Node content() {
            return content;
        }

    }

    // ---------------------------------------------------------------- 5. finish

    private final class FinishStep implements WizardStep {
        private final VBox box = new VBox(6);
        private final VBox content;

        FinishStep() {
            box.setId("wizard-summary");
            content = page(hint("The project is saved. Finish opens it in the main window."), box);
        }

        @Override
        public void entered() {
            box.getChildren().setAll(model.summary().stream().map(s -> {
                Label l = new Label(s);
                l.setWrapText(true);
                return (Node) l;
            }).toList());
        }

        @Override
        public String title() {
            return "Finish";
        }

        @Override
        public Node content() {
            return content;
        }

        @Override
        public ObservableBooleanValue valid() {
            return new SimpleBooleanProperty(model.project() != null);
        }
    }
}
