package org.assetatlas.ui.factors;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.assetatlas.model.Area;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.TransportKind;
import org.assetatlas.model.TransportService;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.FormBuilder;

/** The transport services, the form that records one and the NaPTAN import, over a {@link TransportFormViewModel}. */
public final class TransportForm {

    private final Node root;

    public TransportForm(TransportFormViewModel vm) {
        ListView<TransportService> list = FormBuilder.records("transportList", vm.services(),
                "No transport services recorded yet.", TransportFormViewModel::describe,
                TransportService::illustrative);

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

        TextField name = FormBuilder.text("transportName", "e.g. Hospital hopper", vm.nameProperty());
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
        TextField operator = FormBuilder.text("transportOperator", "Operator", vm.operatorProperty());
        HBox.setHgrow(operator, Priority.ALWAYS);
        TextField times = FormBuilder.text("transportTimes", "e.g. Mon-Fri 09:00-17:00; Sat 10:00-14:00", vm.timesProperty());
        TextField who = FormBuilder.text("transportEligibility", "Who can use it, e.g. over-60s and disabled residents",
                vm.eligibilityProperty());
        ComboBox<Choice<Area>> area = new ComboBox<>(vm.areaChoices());
        area.valueProperty().bindBidirectional(vm.areaProperty());
        TextField search = FormBuilder.text("stopSearch", "Find a stop by name or ATCO code", vm.stopSearchProperty());
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
        TextField note = FormBuilder.text("transportNote", "Note", vm.noteProperty());

        root = new FormBuilder()
                .above(list, importRow)
                .row("Name", name)
                .row("Kind", kind, operator)
                .row("Days/times", times)
                .row("Who", who)
                .row("Serves", area)
                .row("Stops", stops)
                .row("Note", note)
                .build("transportForm", new FormBuilder.Submit("Record service", "recordTransportButton", null,
                        vm.canRecordBinding(), vm::record, vm.problemProperty()));
    }

    public Node node() {
        return root;
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
