package org.assetatlas.ui.factors;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.assetatlas.model.Area;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.TransportKind;
import org.assetatlas.model.TransportService;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.Styles;

/** The transport services, the form that records one and the NaPTAN import, over a {@link TransportFormViewModel}. */
public final class TransportForm {

    private final VBox root;

    public TransportForm(TransportFormViewModel vm) {
        ListView<TransportService> list = new ListView<>(vm.services());
        list.setId("transportList");
        list.setPrefHeight(80);
        list.setMinHeight(60);
        list.setPlaceholder(new Label("No transport services recorded yet."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TransportService t, boolean empty) {
                super.updateItem(t, empty);
                setWrapText(true);
                setPrefWidth(0);
                String text = empty || t == null ? null : TransportFormViewModel.describe(t);
                setText(text == null || !t.illustrative() || text.contains("illustrative") ? text
                        : text + " (illustrative)");
            }
        });

        Button importStops = new Button("Import NaPTAN stops\u2026");
        importStops.setId("importNaptanButton");
        importStops.disableProperty().bind(vm.busyProperty());
        importStops.setOnAction(e -> vm.chooseAndImportStops());
        importStops.setTooltip(new Tooltip("Read bus stops from a NaPTAN Stops.csv (the national file or an area's);"
                + " rows that cannot be read are listed afterwards"));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancelImport());
        Label count = new Label();
        count.textProperty().bind(vm.stopCountProperty());
        count.getStyleClass().add("factors-note");
        count.setWrapText(true);
        HBox importRow = new HBox(8, importStops, progress, cancel, count);
        importRow.setAlignment(Pos.CENTER_LEFT);

        TextField name = field("transportName", "e.g. Hospital hopper", vm.nameProperty());
        ComboBox<TransportKind> kind = new ComboBox<>();
        kind.getItems().setAll(TransportKind.values());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(TransportKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public TransportKind fromString(String s) {
                return null;
            }
        });
        TextField operator = field("transportOperator", "Operator", vm.operatorProperty());
        HBox.setHgrow(operator, Priority.ALWAYS);
        TextField times = field("transportTimes", "e.g. Mon-Fri 09:00-17:00; Sat 10:00-14:00", vm.timesProperty());
        TextField who = field("transportEligibility", "Who can use it, e.g. over-60s and disabled residents",
                vm.eligibilityProperty());
        ComboBox<Choice<Area>> area = new ComboBox<>(vm.areaChoices());
        area.valueProperty().bindBidirectional(vm.areaProperty());
        TextField search = field("stopSearch", "Find a stop by name or ATCO code", vm.stopSearchProperty());
        ListView<BusStop> found = new ListView<>(vm.foundStops());
        found.setId("foundStops");
        found.setPrefHeight(70);
        found.setPlaceholder(new Label("Type to search the project's stops; double-click to add."));
        found.setCellFactory(l -> new StopCell());
        found.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.choose(found.getSelectionModel().getSelectedItem());
            }
        });
        ListView<BusStop> chosen = new ListView<>(vm.chosenStops());
        chosen.setId("chosenStops");
        chosen.setPrefHeight(70);
        chosen.setPlaceholder(new Label("No stops: the service is matched by its area."));
        chosen.setCellFactory(l -> new StopCell());
        Button add = new Button("Add \u2192");
        add.disableProperty().bind(found.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> vm.choose(found.getSelectionModel().getSelectedItem()));
        Button remove = new Button("Remove");
        remove.disableProperty().bind(chosen.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.unchoose(chosen.getSelectionModel().getSelectedItem()));
        HBox.setHgrow(found, Priority.ALWAYS);
        HBox.setHgrow(chosen, Priority.ALWAYS);
        HBox stops = new HBox(6, new VBox(4, search, found), new VBox(4, add, remove), chosen);
        HBox.setHgrow(stops.getChildren().get(0), Priority.ALWAYS);
        TextField note = field("transportNote", "Note", vm.noteProperty());

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int r = 0;
        g.addRow(r++, new Label("Name"), name);
        HBox kindRow = new HBox(8, kind, operator);
        g.addRow(r++, new Label("Kind"), kindRow);
        g.addRow(r++, new Label("Days/times"), times);
        g.addRow(r++, new Label("Who"), who);
        g.addRow(r++, new Label("Serves"), area);
        g.addRow(r++, new Label("Stops"), stops);
        g.addRow(r++, new Label("Note"), note);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(80);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, fields);
        g.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(new VBox(6, list, importRow, g));
        scroll.setFitToWidth(true);

        Button record = new Button("Record service");
        record.setId("recordTransportButton");
        record.getStyleClass().add(Styles.PRIMARY);
        record.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        record.disableProperty().bind(vm.canRecordBinding().not());
        record.setOnAction(e -> vm.record());
        Label problem = new Label();
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add("factors-note");
        problem.setWrapText(true);
        HBox footer = new HBox(10, record, problem);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(6, 8, 2, 8));
        root = new VBox(scroll, footer);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setId("transportForm");
    }

    public Node node() {
        return root;
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    /** A stop as its name and ATCO code. */
    private static final class StopCell extends ListCell<BusStop> {
        @Override
        protected void updateItem(BusStop b, boolean empty) {
            super.updateItem(b, empty);
            setText(empty || b == null ? null : b.label() + "  [" + b.atcoCode() + "]");
        }
    }
}
