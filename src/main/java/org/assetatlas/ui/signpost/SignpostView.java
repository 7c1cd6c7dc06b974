package org.assetatlas.ui.signpost;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.signpost.Suggestion;
import org.controlsfx.control.CheckComboBox;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.map.MapView;

/**
 * The Signposting workspace: one box for the need, a place, filters; the results with distance, why each matched,
 * today's opening, cost and access; a small map of the results; the shortlist, the printable sheet and copy as
 * text. Enter in the need or place box searches; double-click or Enter on a result adds it to the shortlist;
 * double-click on the map searches near that point.
 */
public final class SignpostView {

    private final SignpostViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ListView<Suggestion> results = new ListView<>();
    private final ListView<Suggestion> shortlist = new ListView<>();
    private final MapView map = new MapView();

    public SignpostView(SignpostViewModel vm) {
        this.vm = vm;
        root.setId("signpostView");
        root.setTop(searchBar());
        SplitPane centre = new SplitPane(resultsPane(), rightPane());
        centre.setDividerPositions(0.55);
        root.setCenter(centre);
        vm.results().addListener((ListChangeListener<Suggestion>) c -> showOnMap());
    }

    public Node node() {
        return root;
    }

    /** The small results map, for tests and snapshots. */
    public MapView map() {
        return map;
    }

    private Node searchBar() {
        TextField need = new TextField();
        need.setId("needField");
        need.setPromptText("What does the person need? e.g. lonely, carer support, food bank, help with forms");
        need.textProperty().bindBidirectional(vm.needProperty());
        need.setOnAction(e -> vm.search());
        HBox.setHgrow(need, Priority.ALWAYS);
        TextField place = new TextField();
        place.setId("placeField");
        place.setPromptText("Postcode, area or lat, lon");
        place.setPrefColumnCount(14);
        place.textProperty().bindBidirectional(vm.placeProperty());
        place.setOnAction(e -> vm.search());
        Button find = new Button("Find help");
        find.setId("findButton");
        find.setDefaultButton(false);
        find.setOnAction(e -> vm.search());
        HBox first = new HBox(8, new Label("Need"), need, new Label("Near"), place, find);
        first.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Choice<String>> domain = new ComboBox<>(vm.domainChoices());
        domain.valueProperty().bindBidirectional(vm.domainProperty());
        domain.setId("signpostDomain");
        ComboBox<Choice<org.assetatlas.model.Area>> area = new ComboBox<>(vm.areaChoices());
        area.valueProperty().bindBidirectional(vm.areaProperty());
        TextField open = new TextField();
        open.setId("openAtField");
        open.setPromptText("Open when? now, tue 14:00");
        open.setPrefColumnCount(11);
        open.textProperty().bindBidirectional(vm.openAtProperty());
        open.setOnAction(e -> vm.search());
        open.setTooltip(new Tooltip("Only places open then: \"now\", \"tue 14:00\", \"today 9:30\", \"2026-12-24 10:00\"."
                + " Bank holidays count as closed."));
        TextField age = new TextField();
        age.setPromptText("Age");
        age.setPrefColumnCount(3);
        age.textProperty().bindBidirectional(vm.ageProperty());
        age.setOnAction(e -> vm.search());
        CheckComboBox<AccessFeature> access = new CheckComboBox<>();
        access.getItems().setAll(AccessFeature.values());
        access.setTitle("Access needs");
        access.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AccessFeature f) {
                return f == null ? "" : f.label();
            }

            @Override
            public AccessFeature fromString(String s) {
                return null;
            }
        });
        access.getCheckModel().getCheckedItems().addListener((ListChangeListener<AccessFeature>) c -> {
            vm.access().clear();
            vm.access().addAll(access.getCheckModel().getCheckedItems());
        });
        CheckBox free = check("Free or low cost", vm.freeOnlyProperty());
        CheckBox self = check("Self-referral", vm.selfReferralProperty());
        CheckBox bus = check("Near a bus stop", vm.nearBusStopProperty());
        bus.setTooltip(new Tooltip("Within " + (int) org.assetatlas.signpost.Signposter.BUS_STOP_METRES
                + " m of a stop where the distance is known; otherwise records marked \"near bus stop\""));
        CheckBox inactive = check("Include paused and closed", vm.includeInactiveProperty());
        javafx.scene.layout.FlowPane second = new javafx.scene.layout.FlowPane(8, 6, domain, area, open, age, access,
                free, self, bus, inactive);
        second.setAlignment(Pos.CENTER_LEFT);
        for (CheckBox c : List.of(free, self, bus, inactive)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        for (Node n : List.of(domain, area, access)) {
            if (n instanceof ComboBox<?> cb) {
                cb.valueProperty().addListener((o, a, b) -> vm.search());
            }
        }
        access.getCheckModel().getCheckedItems().addListener((ListChangeListener<AccessFeature>) c -> vm.search());

        Label message = new Label();
        message.setId("signpostMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Button unmet = new Button("Record as unmet need");
        unmet.setId("recordUnmetButton");
        unmet.visibleProperty().bind(vm.unmetProperty());
        unmet.managedProperty().bind(unmet.visibleProperty());
        unmet.setOnAction(e -> vm.recordUnmet());
        Button thesaurus = new Button("Thesaurus…");
        thesaurus.setTooltip(new Tooltip("The words residents use and what to search for as well; kept with the project"));
        thesaurus.setOnAction(e -> editThesaurus());
        HBox third = new HBox(8, message, unmet, thesaurus);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        third.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, first, second, third);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private CheckBox check(String text, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(text);
        c.selectedProperty().bindBidirectional(p);
        c.selectedProperty().addListener((o, a, b) -> vm.search());
        return c;
    }

    private Node resultsPane() {
        results.setId("signpostResults");
        results.setItems(vm.results());
        results.setCellFactory(l -> new SuggestionCell(true));
        results.setPlaceholder(new Label("Results appear here, best match and nearest first."));
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.addToShortlist(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.addToShortlist(results.getSelectionModel().getSelectedItem());
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                map.selectedAssetIdProperty().set(b == null ? 0 : b.asset().id()));
        Button add = new Button("Add to shortlist");
        add.setId("addToShortlistButton");
        add.disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> vm.addToShortlist(results.getSelectionModel().getSelectedItem()));
        Label title = new Label("Results");
        title.getStyleClass().add("section-title");
        VBox box = new VBox(6, title, results, add);
        VBox.setVgrow(results, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 8, 8));
        return box;
    }

    private Node rightPane() {
        map.setId("signpostMap");
        map.getLevels().retainAll(List.of(AreaLevel.DISTRICT, AreaLevel.WARD));
        map.getLevels().addAll(List.of(AreaLevel.DISTRICT, AreaLevel.WARD));
        map.setMinHeight(180);
        map.setPrefHeight(320);
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && map.getViewport() != null) {
                vm.useMapPoint(map.getViewport().latitudeAt(e.getY()), map.getViewport().longitudeAt(e.getX()));
                e.consume();
            }
        });
        Label mapNote = new Label("Double-click the map to search near that point.");
        mapNote.getStyleClass().add("hint");

        shortlist.setId("shortlist");
        shortlist.setItems(vm.shortlist());
        shortlist.setCellFactory(l -> new SuggestionCell(false));
        shortlist.setPlaceholder(new Label("Double-click a result to add it here."));
        shortlist.setPrefHeight(160);
        Button remove = new Button("Remove");
        remove.disableProperty().bind(shortlist.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeFromShortlist(shortlist.getSelectionModel().getSelectedItem()));
        CheckBox large = new CheckBox("Large print");
        large.setId("largePrintCheck");
        large.selectedProperty().bindBidirectional(vm.largePrintProperty());
        CheckBox withMap = new CheckBox("Map");
        withMap.selectedProperty().bindBidirectional(vm.includeMapProperty());
        Button sheet = new Button("Make sheet (PDF)");
        sheet.setId("makeSheetButton");
        sheet.disableProperty().bind(Bindings.isEmpty(vm.shortlist()));
        sheet.setOnAction(e -> vm.chooseAndMakeSheet());
        Button copy = new Button("Copy as text");
        copy.setId("copyTextButton");
        copy.disableProperty().bind(Bindings.isEmpty(vm.shortlist()));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(vm.handOverText());
            Clipboard.getSystemClipboard().setContent(c);
            vm.logHandOver();
            vm.dialogs().notify("Copied the shortlist as text: paste it into an e-mail or message.", null, null);
        });
        HBox actions = new HBox(8, remove, large, withMap, sheet, copy);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Shortlist for the resident");
        title.getStyleClass().add("section-title");
        VBox box = new VBox(6, map, mapNote, title, shortlist, actions);
        VBox.setVgrow(map, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 8, 8));
        return box;
    }

    private void showOnMap() {
        var p = vm.project();
        if (p == null) {
            map.getAssets().clear();
            return;
        }
        if (map.areasProperty().get() == null || map.areasProperty().get().isEmpty()) {
            map.areasProperty().set(p.areas());
        }
        List<Asset> shown = vm.results().stream().map(Suggestion::asset).toList();
        map.getAssets().setAll(shown);
        double minLon = Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        int n = 0;
        for (Asset a : shown) {
            if (a.location() != null) {
                n++;
                minLon = Math.min(minLon, a.location().lon());
                maxLon = Math.max(maxLon, a.location().lon());
                minLat = Math.min(minLat, a.location().lat());
                maxLat = Math.max(maxLat, a.location().lat());
            }
        }
        var home = vm.placePointProperty().get();
        if (home != null) {
            n++;
            minLon = Math.min(minLon, home.lon());
            maxLon = Math.max(maxLon, home.lon());
            minLat = Math.min(minLat, home.lat());
            maxLat = Math.max(maxLat, home.lat());
        }
        if (n > 0 && map.getViewport() != null && map.getViewport().width() > 0) {
            map.viewportProperty().set(map.getViewport().fit(minLon, minLat, maxLon, maxLat, 24));
        }
    }

    /** The thesaurus as text, editable; saved with the project when valid. */
    private void editThesaurus() {
        var p = vm.project();
        if (p == null) {
            return;
        }
        Stage dialog = new Stage();
        dialog.initModality(Modality.WINDOW_MODAL);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.setTitle("Signposting thesaurus");
        TextArea text = new TextArea(p.signposting().thesaurus().text());
        text.setStyle("-fx-font-family: monospace;");
        Label error = new Label();
        error.setWrapText(true);
        error.getStyleClass().add("error");
        Button save = new Button("Save with project");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            try {
                p.signposting().setThesaurus(text.getText());
                dialog.close();
                vm.search();
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        Button reset = new Button("Back to the standard list");
        reset.setOnAction(e -> text.setText(org.assetatlas.signpost.Thesaurus.standardText()));
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> dialog.close());
        HBox buttons = new HBox(8, reset, error, save, cancel);
        HBox.setHgrow(error, Priority.ALWAYS);
        error.setMaxWidth(Double.MAX_VALUE);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        BorderPane pane = new BorderPane(text);
        pane.setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(8, 0, 0, 0));
        pane.setPadding(new Insets(10));
        javafx.scene.Scene scene = new javafx.scene.Scene(pane, 900, 560);
        if (root.getScene() != null) {
            scene.getStylesheets().setAll(root.getScene().getStylesheets());
        }
        dialog.setScene(scene);
        dialog.show();
    }

    /** A result: name and distance, why it matched, today's opening, cost and access, and flags. */
    private static final class SuggestionCell extends ListCell<Suggestion> {
        private final boolean full;

        SuggestionCell(boolean full) {
            this.full = full;
        }

        @Override
        protected void updateItem(Suggestion s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Asset a = s.asset();
            Label name = new Label(a.name());
            name.setStyle("-fx-font-weight: bold;");
            String d = s.distanceWords();
            Label distance = new Label(d);
            distance.setStyle("-fx-text-fill: #0b5394;");
            HBox top = new HBox(8, name, distance);
            if (a.status() != AssetStatus.ACTIVE) {
                Label st = new Label(a.status().label());
                st.setStyle("-fx-text-fill: #8a4b00; -fx-font-weight: bold;");
                top.getChildren().add(st);
            }
            if (s.unverified()) {
                Label flag = new Label("⚠ not checked in 12 months");
                flag.setStyle("-fx-text-fill: #8a4b00;");
                top.getChildren().add(flag);
            }
            VBox box = new VBox(2, top);
            if (full) {
                Label why = new Label("Why: " + s.why());
                why.setStyle("-fx-text-fill: #444;");
                box.getChildren().add(why);
            }
            String glance = s.today() + "  ·  " + s.cost() + (s.access().isEmpty() ? "" : "  ·  " + s.access());
            Label g = new Label(glance);
            box.getChildren().add(g);
            if (!full && !a.phone().isEmpty()) {
                box.getChildren().add(new Label(a.phone()));
            }
            setText(null);
            setGraphic(box);
        }
    }
}
