package org.assetatlas.ui.factors;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.assetatlas.model.Area;
import org.assetatlas.model.EngagementSummary;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.Styles;

/** The engagement summaries of the project and the form that records one, over an {@link EngagementFormViewModel}. */
public final class EngagementForm {

    private final EngagementFormViewModel vm;
    private final VBox root;
    private final VBox needRows = new VBox(4);

    public EngagementForm(EngagementFormViewModel vm) {
        this.vm = vm;
        ListView<EngagementSummary> list = new ListView<>(vm.engagements());
        list.setId("engagementList");
        list.setPrefHeight(80);
        list.setMinHeight(60);
        list.setPlaceholder(new Label("No engagement recorded yet."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(EngagementSummary e, boolean empty) {
                super.updateItem(e, empty);
                setWrapText(true);
                setPrefWidth(0);
                String text = empty || e == null ? null : EngagementFormViewModel.describe(e);
                setText(text == null || !e.illustrative() || text.contains("illustrative") ? text
                        : text + " (illustrative)");
            }
        });

        TextField title = new TextField();
        title.setId("engagementTitle");
        title.setPromptText("e.g. Greenstead listening campaign 2025");
        title.textProperty().bindBidirectional(vm.titleProperty());
        ComboBox<Choice<Area>> area = new ComboBox<>(vm.areaChoices());
        area.setId("engagementArea");
        area.valueProperty().bindBidirectional(vm.areaProperty());
        DatePicker start = new DatePicker();
        start.setPrefWidth(130);
        start.valueProperty().bindBidirectional(vm.startProperty());
        DatePicker end = new DatePicker();
        end.setPrefWidth(130);
        end.valueProperty().bindBidirectional(vm.endProperty());
        TextField reached = new TextField();
        reached.setId("engagementReached");
        reached.setPromptText("people");
        reached.setPrefColumnCount(6);
        reached.textProperty().bindBidirectional(vm.peopleReachedProperty());
        vm.needs().addListener((ListChangeListener<EngagementFormViewModel.NeedRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    drawNeeds();
                    return;
                }
            }
        });
        drawNeeds();
        Button addNeed = new Button("Add a need");
        addNeed.setOnAction(e -> vm.addNeed());
        Label shares = new Label();
        shares.setId("engagementShares");
        shares.textProperty().bind(vm.sharesProperty());
        shares.setWrapText(true);
        shares.getStyleClass().add("factors-note");
        TextField note = new TextField();
        note.setPromptText("How the figures were gathered");
        note.textProperty().bindBidirectional(vm.noteProperty());

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int r = 0;
        g.addRow(r++, new Label("Title"), title);
        HBox when = new HBox(8, area, fixed("From"), start, fixed("to"), end);
        when.setAlignment(Pos.CENTER_LEFT);
        g.addRow(r++, new Label("Area"), when);
        g.addRow(r++, new Label("Reached"), reached);
        g.addRow(r++, new Label("Needs"), new VBox(4, needRows, addNeed));
        g.addRow(r++, new Label("Shares"), shares);
        g.addRow(r++, new Label("Note"), note);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(80);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, fields);
        g.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(new VBox(6, list, g));
        scroll.setFitToWidth(true);

        Button record = new Button("Record engagement");
        record.setId("recordEngagementButton");
        record.getStyleClass().add(Styles.PRIMARY);
        record.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        record.disableProperty().bind(vm.canRecordBinding().not());
        record.setOnAction(e -> vm.record());
        record.setTooltip(new Tooltip("Record the summary; the shares are worked out from the counts"));
        Label problem = new Label();
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add("factors-note");
        problem.setWrapText(true);
        HBox footer = new HBox(10, record, problem);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(6, 8, 2, 8));
        root = new VBox(scroll, footer);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setId("engagementForm");
    }

    public Node node() {
        return root;
    }

    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void drawNeeds() {
        needRows.getChildren().clear();
        for (EngagementFormViewModel.NeedRow row : vm.needs()) {
            TextField need = new TextField();
            need.setPromptText("Need");
            need.textProperty().bindBidirectional(row.need());
            HBox.setHgrow(need, Priority.ALWAYS);
            TextField count = new TextField();
            count.setPromptText("people");
            count.setPrefColumnCount(6);
            count.textProperty().bindBidirectional(row.count());
            HBox line = new HBox(8, need, count);
            line.setAlignment(Pos.CENTER_LEFT);
            needRows.getChildren().add(line);
        }
    }
}
