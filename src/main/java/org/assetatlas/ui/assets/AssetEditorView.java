package org.assetatlas.ui.assets;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Area;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.Labelled;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.map.FxCanvasSurface;
import org.assetatlas.ui.common.Styles;

/**
 * The asset editor: every field of an asset in six tabs (Basics, Where, Contact, When &amp; cost, Access, Record),
 * each field's problem shown under it, the tab holding a problem marked, and Save, Revert and Delete below.
 * Binds to an {@link AssetEditorViewModel}; Esc reverts.
 */
public final class AssetEditorView {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AssetEditorViewModel vm;
    private final VBox root = new VBox();
    private final TabPane tabs = new TabPane();
    private final TextField nameField = field("nameField");
    private final TilePane domainBoxes = new TilePane(12, 4);
    private final Button save = new Button("Save");
    private final Button revert = new Button("Revert");
    private final Button delete = new Button("Delete\u2026");
    private final Button history = new Button("History\u2026");
    private final Map<Tab, List<String>> tabFields = new LinkedHashMap<>();

    /**
     * @param onDelete what Delete does (the main view model asks and deletes)
     * @param busy     true while background work runs; the form is disabled meanwhile
     */
    public AssetEditorView(AssetEditorViewModel vm, Runnable onDelete, ObservableBooleanValue busy) {
        this.vm = vm;
        root.getStyleClass().add(Styles.EDITOR);
        root.setId("assetEditor");

        Label heading = new Label();
        heading.getStyleClass().add(Styles.EDITOR_HEADING);
        heading.textProperty().bind(vm.headingProperty());
        heading.setMinWidth(0);
        Label badge = new Label("Unsaved changes");
        badge.getStyleClass().add(Styles.EDITOR_BADGE);
        badge.visibleProperty().bind(vm.dirtyProperty());
        badge.managedProperty().bind(badge.visibleProperty());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label info = new Label();
        info.getStyleClass().add(Styles.FIELD_HINT);
        info.textProperty().bind(vm.recordInfoProperty());
        info.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, heading, badge, spacer, info);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.EDITOR_HEADER);

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(basicsTab(), whereTab(), contactTab(), whenTab(), accessTab(), recordTab());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        BooleanBinding idle = Bindings.createBooleanBinding(
                () -> vm.getMode() == AssetEditorViewModel.Mode.NONE, vm.modeProperty());
        tabs.disableProperty().bind(idle.or(Bindings.createBooleanBinding(busy::get, busy)));
        for (String f : AssetEditorViewModel.fields()) {
            vm.errorProperty(f).addListener((o, a, b) -> markTabs());
        }
        markTabs();

        Label summary = new Label();
        summary.getStyleClass().add(Styles.PROBLEM_SUMMARY);
        summary.textProperty().bind(Bindings.when(idle)
                .then("Select an asset, or choose New asset (Ctrl+N).")
                .otherwise(vm.problemSummaryProperty()));
        summary.setWrapText(true);
        Tooltip summaryTip = new Tooltip();
        summaryTip.textProperty().bind(summary.textProperty());
        summaryTip.setWrapText(true);
        summaryTip.setMaxWidth(420);
        summary.tooltipProperty().bind(Bindings.when(summary.textProperty().isEmpty()).then((Tooltip) null)
                .otherwise(summaryTip));
        summary.setMaxHeight(36);
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        save.setId("saveButton");
        save.getStyleClass().add(Styles.PRIMARY);
        save.setTooltip(new Tooltip("Save this asset (Ctrl+S)"));
        save.disableProperty().bind(vm.canSaveProperty().not().or(Bindings.createBooleanBinding(busy::get, busy)));
        save.setOnAction(e -> vm.save());
        revert.setId("revertButton");
        revert.setTooltip(new Tooltip("Put back the saved values (Esc)"));
        revert.disableProperty().bind(vm.dirtyProperty().not());
        revert.setOnAction(e -> vm.revert());
        delete.setId("deleteButton");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setTooltip(new Tooltip("Delete this asset (Delete)"));
        delete.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.getMode() != AssetEditorViewModel.Mode.EXISTING || busy.get(), vm.modeProperty(), busy));
        delete.setOnAction(e -> onDelete.run());
        history.setId("historyButton");
        history.setTooltip(new Tooltip("Who changed this asset and when, and earlier versions to restore (Ctrl+H)"));
        history.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.getMode() != AssetEditorViewModel.Mode.EXISTING || busy.get(), vm.modeProperty(), busy));
        history.setOnAction(e -> vm.showHistory());
        for (Button b : List.of(save, revert, delete, history)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox footer = new HBox(8, summary, history, delete, revert, save);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add(Styles.EDITOR_FOOTER);

        root.getChildren().addAll(header, tabs, footer);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.isDirty()) {
                vm.revert();
                e.consume();
            }
        });
    }

    public Node node() {
        return root;
    }

    /** Shows the first tab and puts the cursor in the name field. */
    public void focusFirstField() {
        tabs.getSelectionModel().select(0);
        nameField.requestFocus();
        nameField.selectAll();
    }

    /** Saves when Save is available; for the Ctrl+S shortcut. */
    public void saveIfPossible() {
        if (!save.isDisabled()) {
            vm.save();
        }
    }

    // ---- tabs ---------------------------------------------------------------------------------------------------

    private Tab basicsTab() {
        Form f = new Form();
        f.row("Name *", nameField, AssetEditorViewModel.NAME);
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        nameField.setPromptText("e.g. Mile End Men's Shed");
        ComboBox<AssetKind> kind = labelledCombo("kindBox", AssetKind.values());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ComboBox<AbcdCategory> category = labelledCombo("categoryBox", AbcdCategory.values());
        category.setCellFactory(l -> new CategoryListCell());
        category.setButtonCell(new CategoryListCell());
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        Label categoryLabel = new Label("Category");
        categoryLabel.getStyleClass().add(Styles.FIELD_LABEL);
        categoryLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox kindRow = new HBox(8, kind, categoryLabel, category);
        kindRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(category, Priority.ALWAYS);
        category.setMaxWidth(Double.MAX_VALUE);
        f.row("Kind", kindRow, null);
        domainBoxes.setPrefColumns(3);
        domainBoxes.setTileAlignment(Pos.CENTER_LEFT);
        domainBoxes.setId("domainBoxes");
        rebuildDomains();
        vm.domainNames().addListener((ListChangeListener<String>) c -> rebuildDomains());
        f.row("Domains", domainBoxes, AssetEditorViewModel.DOMAINS);
        TextArea description = area("descriptionField", 3);
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        f.row("Description", description, null);
        TextField tags = field("tagsField");
        tags.setPromptText("Separate with ; e.g. walking; social; outdoors");
        tags.textProperty().bindBidirectional(vm.tagsProperty());
        f.row("Tags", tags, null);
        TextField org = field("organisationField");
        org.setPromptText("Who runs it");
        org.textProperty().bindBidirectional(vm.organisationProperty());
        f.row("Organisation", org, null);
        return tab("Basics", f, AssetEditorViewModel.NAME, AssetEditorViewModel.DOMAINS);
    }

    private void rebuildDomains() {
        domainBoxes.getChildren().clear();
        for (String d : vm.domainNames()) {
            CheckBox box = new CheckBox(vm.domainLabel(d));
            box.setId("domain-" + d.replaceAll("[^A-Za-z0-9]+", "-"));
            box.selectedProperty().bindBidirectional(vm.domainProperty(d));
            domainBoxes.getChildren().add(box);
        }
    }

    private Tab whereTab() {
        Form f = new Form();
        TextArea address = area("addressField", 2);
        address.textProperty().bindBidirectional(vm.addressProperty());
        f.row("Address", address, null);
        TextField postcode = field("postcodeField");
        postcode.setPromptText("e.g. CO1 1JB");
        postcode.setPrefColumnCount(9);
        postcode.setMaxWidth(140);
        postcode.textProperty().bindBidirectional(vm.postcodeProperty());
        Label postcodeNote = new Label();
        postcodeNote.setId("postcodeNote");
        postcodeNote.getStyleClass().add(Styles.FIELD_HINT);
        postcodeNote.textProperty().bind(vm.postcodeNoteProperty());
        postcodeNote.setWrapText(true);
        postcodeNote.visibleProperty().bind(vm.postcodeNoteProperty().isNotEmpty());
        postcodeNote.managedProperty().bind(postcodeNote.visibleProperty());
        f.row("Postcode", new VBox(3, postcode, postcodeNote), AssetEditorViewModel.POSTCODE);
        TextField lat = field("latitudeField");
        lat.setPromptText("e.g. 51.8892");
        lat.textProperty().bindBidirectional(vm.latitudeProperty());
        TextField lon = field("longitudeField");
        lon.setPromptText("e.g. 0.9042");
        lon.textProperty().bindBidirectional(vm.longitudeProperty());
        Label lonLabel = new Label("Longitude");
        lonLabel.getStyleClass().add(Styles.FIELD_LABEL);
        lonLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox coords = new HBox(8, lat, lonLabel, lon);
        coords.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(lat, Priority.ALWAYS);
        HBox.setHgrow(lon, Priority.ALWAYS);
        ToggleButton place = new ToggleButton("Place on map");
        place.setId("placeOnMap");
        place.setMinWidth(Region.USE_PREF_SIZE);
        place.selectedProperty().bindBidirectional(vm.placingProperty());
        place.disableProperty().bind(vm.modeProperty().isEqualTo(AssetEditorViewModel.Mode.NONE));
        place.setTooltip(new Tooltip("Click on the map to put the asset there; drag its pin to move it (Esc stops)"));
        Label placeHint = new Label("Or drag the pin on the map.");
        placeHint.getStyleClass().add(Styles.FIELD_HINT);
        HBox placeRow = new HBox(8, place, placeHint);
        placeRow.setAlignment(Pos.CENTER_LEFT);
        f.row("Latitude", new VBox(4, coords, placeRow), AssetEditorViewModel.LOCATION);
        ComboBox<Choice<Area>> areaBox = new ComboBox<>(vm.areaChoices());
        areaBox.setId("areaBox");
        areaBox.valueProperty().bindBidirectional(vm.areaProperty());
        areaBox.setMaxWidth(Double.MAX_VALUE);
        Label placement = new Label();
        placement.getStyleClass().add(Styles.FIELD_HINT);
        placement.textProperty().bind(vm.placementProperty());
        placement.setWrapText(true);
        placement.visibleProperty().bind(vm.placementProperty().isNotEmpty());
        placement.managedProperty().bind(placement.visibleProperty());
        f.row("Area", new VBox(3, areaBox, placement), AssetEditorViewModel.AREA);
        f.hint("Latitude and longitude are WGS84 decimal degrees, as shown by most online maps.");
        return tab("Where", f, AssetEditorViewModel.POSTCODE, AssetEditorViewModel.LOCATION, AssetEditorViewModel.AREA);
    }

    private Tab contactTab() {
        Form f = new Form();
        TextField phone = field("phoneField");
        phone.setPromptText("e.g. 01206 282700");
        phone.textProperty().bindBidirectional(vm.phoneProperty());
        f.row("Phone", phone, AssetEditorViewModel.PHONE);
        TextField email = field("emailField");
        email.setPromptText("e.g. hello@example.org");
        email.textProperty().bindBidirectional(vm.emailProperty());
        f.row("E-mail", email, AssetEditorViewModel.EMAIL);
        TextField web = field("websiteField");
        web.setPromptText("e.g. https://www.example.org");
        web.textProperty().bindBidirectional(vm.websiteProperty());
        f.row("Website", web, AssetEditorViewModel.WEBSITE);
        return tab("Contact", f, AssetEditorViewModel.PHONE, AssetEditorViewModel.EMAIL, AssetEditorViewModel.WEBSITE);
    }

    private Tab whenTab() {
        Form f = new Form();
        TextField hours = field("openingHoursField");
        hours.setPromptText("e.g. Mon-Fri 09:00-17:00; Sat 10:00-12:00");
        hours.textProperty().bindBidirectional(vm.openingHoursProperty());
        f.row("Opening hours", hours, AssetEditorViewModel.OPENING_HOURS);
        f.hint("Days Mon\u2013Sun or ranges like Mon-Fri, then times; separate days with ; and times with , "
                + "(Tue 09:00-12:00,13:00-16:00). Leave empty when not weekly.");
        TextField note = field("openingNoteField");
        note.setPromptText("e.g. Term time only");
        note.textProperty().bindBidirectional(vm.openingNoteProperty());
        f.row("Opening note", note, null);
        ComboBox<CostBand> cost = labelledCombo("costBox", CostBand.values());
        cost.valueProperty().bindBidirectional(vm.costProperty());
        f.row("Cost", cost, null);
        TextField costNote = field("costNoteField");
        costNote.setPromptText("e.g. \u00a32 a session, concessions free");
        costNote.textProperty().bindBidirectional(vm.costNoteProperty());
        f.row("Cost note", costNote, null);
        return tab("When & cost", f, AssetEditorViewModel.OPENING_HOURS);
    }

    private Tab accessTab() {
        Form f = new Form();
        TilePane features = new TilePane(12, 4);
        features.setPrefColumns(2);
        features.setTileAlignment(Pos.CENTER_LEFT);
        for (AccessFeature a : AccessFeature.values()) {
            CheckBox box = new CheckBox(a.label());
            box.selectedProperty().bindBidirectional(vm.accessProperty(a));
            features.getChildren().add(box);
        }
        f.row("Accessibility", features, null);
        TextField min = field("ageMinField");
        min.setPrefColumnCount(4);
        min.setPromptText("any");
        min.textProperty().bindBidirectional(vm.ageMinProperty());
        TextField max = field("ageMaxField");
        max.setPrefColumnCount(4);
        max.setPromptText("any");
        max.textProperty().bindBidirectional(vm.ageMaxProperty());
        Label to = new Label("to");
        HBox ages = new HBox(8, min, to, max, new Label("years"));
        ages.setAlignment(Pos.CENTER_LEFT);
        VBox ageBox = new VBox(2, ages, errorLabel(AssetEditorViewModel.AGE_MIN));
        f.row("Ages", ageBox, AssetEditorViewModel.AGE_MAX);
        TextField langs = field("languagesField");
        langs.setPromptText("Separate with ; e.g. English; Polish; BSL");
        langs.textProperty().bindBidirectional(vm.languagesProperty());
        f.row("Languages", langs, null);
        ComboBox<ReferralRoute> referral = labelledCombo("referralBox", ReferralRoute.values());
        referral.valueProperty().bindBidirectional(vm.referralProperty());
        f.row("Referral", referral, null);
        return tab("Access", f, AssetEditorViewModel.AGE_MIN, AssetEditorViewModel.AGE_MAX);
    }

    private Tab recordTab() {
        Form f = new Form();
        ComboBox<AssetStatus> status = labelledCombo("statusBox", AssetStatus.values());
        status.valueProperty().bindBidirectional(vm.statusProperty());
        f.row("Status", status, null);
        TextField capacity = field("capacityField");
        capacity.setPromptText("e.g. Waiting list");
        capacity.textProperty().bindBidirectional(vm.capacityNoteProperty());
        f.row("Capacity", capacity, null);
        DatePicker verified = new DatePicker();
        verified.setId("lastVerifiedPicker");
        verified.setPromptText("dd/mm/yyyy");
        verified.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : UK_DATE.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(s.strip(), DateTimeFormatter.ofPattern("d/M/yyyy"));
                } catch (DateTimeParseException e) {
                    return verified.getValue();
                }
            }
        });
        verified.valueProperty().bindBidirectional(vm.lastVerifiedProperty());
        // a typed date counts as soon as it is complete, so Ctrl+S straight after typing keeps it
        verified.getEditor().textProperty().addListener((o, a, b) -> {
            try {
                LocalDate d = LocalDate.parse(b.strip(), DateTimeFormatter.ofPattern("d/M/yyyy"));
                if (!d.equals(verified.getValue())) {
                    verified.setValue(d);
                }
            } catch (DateTimeParseException e) {
                // not a whole date yet
            }
        });
        Button today = new Button("Today");
        today.setOnAction(e -> vm.markVerifiedToday());
        HBox verifiedRow = new HBox(8, verified, today);
        verifiedRow.setAlignment(Pos.CENTER_LEFT);
        f.row("Last verified", verifiedRow, null);
        TextField by = field("verifiedByField");
        by.setPromptText("Who checked it");
        by.textProperty().bindBidirectional(vm.verifiedByProperty());
        f.row("Verified by", by, null);
        TextField source = field("sourceField");
        source.setPromptText("Where the record came from");
        source.textProperty().bindBidirectional(vm.sourceProperty());
        f.row("Source", source, null);
        CheckBox illustrative = new CheckBox("Illustrative record (made up for demonstration)");
        illustrative.setId("illustrativeBox");
        illustrative.selectedProperty().bindBidirectional(vm.illustrativeProperty());
        f.row("", illustrative, AssetEditorViewModel.GENERAL);
        return tab("Record", f, AssetEditorViewModel.GENERAL);
    }

    private Tab tab(String title, Form form, String... fields) {
        ScrollPane scroll = new ScrollPane(form.grid);
        scroll.getStyleClass().add(Styles.FORM_SCROLL);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Tab t = new Tab(title, scroll);
        tabFields.put(t, List.of(fields));
        return t;
    }

    private void markTabs() {
        for (Map.Entry<Tab, List<String>> e : tabFields.entrySet()) {
            List<String> problems = new ArrayList<>();
            for (String f : e.getValue()) {
                String m = vm.errorProperty(f).get();
                if (!m.isEmpty()) {
                    problems.add(m);
                }
            }
            Tab t = e.getKey();
            if (problems.isEmpty()) {
                t.setGraphic(null);
                t.getStyleClass().remove(Styles.TAB_ERROR);
                t.setTooltip(null);
            } else {
                Circle dot = new Circle(4);
                dot.getStyleClass().add("tab-error-dot");
                t.setGraphic(dot);
                if (!t.getStyleClass().contains(Styles.TAB_ERROR)) {
                    t.getStyleClass().add(Styles.TAB_ERROR);
                }
                t.setTooltip(new Tooltip(String.join("\n", problems)));
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static TextField field(String id) {
        TextField t = new TextField();
        t.setId(id);
        return t;
    }

    private static TextArea area(String id, int rows) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setPrefRowCount(rows);
        t.setWrapText(true);
        t.setMinHeight(Region.USE_PREF_SIZE);
        // Tab moves to the next field rather than typing a tab character (TextArea traverses on Ctrl+Tab)
        t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                t.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
        return t;
    }

    @SafeVarargs
    private static <E extends Enum<E> & Labelled> ComboBox<E> labelledCombo(String id, E... values) {
        ComboBox<E> c = new ComboBox<>();
        c.getItems().setAll(java.util.Arrays.asList(values));
        c.setId(id);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : e.label();
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        c.setMinWidth(130);
        return c;
    }

    private Label errorLabel(String fieldKey) {
        Label error = new Label();
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty(fieldKey));
        error.visibleProperty().bind(vm.errorProperty(fieldKey).isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setId(fieldKey + "Error");
        return error;
    }

    /** A category with its map colour, in the category box. */
    private static final class CategoryListCell extends ListCell<AbcdCategory> {
        @Override
        protected void updateItem(AbcdCategory item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item.label());
            Circle swatch = new Circle(5, FxCanvasSurface.colour(0xFF000000 | item.rgb()));
            swatch.getStyleClass().add(Styles.SWATCH);
            setGraphic(swatch);
        }
    }

    /** A two-column form: labels on the left, fields with their problem messages on the right. */
    private final class Form {
        private final GridPane grid = new GridPane();
        private int rows;

        Form() {
            grid.getStyleClass().add(Styles.FORM);
            grid.setHgap(10);
            grid.setVgap(7);
            grid.setPadding(new Insets(10, 12, 10, 12));
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(Region.USE_PREF_SIZE);
            labels.setHalignment(HPos.RIGHT);
            ColumnConstraints fields = new ColumnConstraints();
            fields.setHgrow(Priority.ALWAYS);
            fields.setFillWidth(true);
            grid.getColumnConstraints().addAll(labels, fields);
        }

        void row(String label, Node field, String errorKey) {
            Label l = new Label(label);
            l.getStyleClass().add(Styles.FIELD_LABEL);
            if (field instanceof TextInputControl || field instanceof ComboBox<?>) {
                l.setLabelFor(field);
            }
            Node cell = field;
            if (errorKey != null) {
                Label error = errorLabel(errorKey);
                if (field instanceof TextInputControl t) {
                    vm.errorProperty(errorKey).addListener((o, a, b) -> markInvalid(t, !b.isEmpty()));
                    markInvalid(t, !vm.errorProperty(errorKey).get().isEmpty());
                }
                cell = new VBox(2, field, error);
            }
            GridPane.setValignment(l, field instanceof TextArea || field instanceof TilePane ? VPos.TOP : VPos.CENTER);
            if (field instanceof TextArea || field instanceof TilePane) {
                l.setPadding(new Insets(4, 0, 0, 0));
            }
            grid.add(l, 0, rows);
            grid.add(cell, 1, rows);
            rows++;
        }

        void hint(String text) {
            Label h = new Label(text);
            h.getStyleClass().add(Styles.FIELD_HINT);
            h.setWrapText(true);
            grid.add(h, 1, rows++);
        }
    }

    private static void markInvalid(TextInputControl t, boolean invalid) {
        if (invalid && !t.getStyleClass().contains(Styles.INVALID)) {
            t.getStyleClass().add(Styles.INVALID);
        } else if (!invalid) {
            t.getStyleClass().remove(Styles.INVALID);
        }
    }
}
