package org.assetatlas.ui.factors;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.assetatlas.model.Area;
import org.assetatlas.model.EngagementSummary;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.FormBuilder;

/** The engagement summaries of the project and the form that records one, over an {@link EngagementFormViewModel}. */
public final class EngagementForm {

    private final EngagementFormViewModel vm;
    private final Node root;
    private final VBox needRows = new VBox(4);

    public EngagementForm(EngagementFormViewModel vm) {
        this.vm = vm;
        ListView<EngagementSummary> list = FormBuilder.records("engagementList", vm.engagements(),
                "No engagement recorded yet.", EngagementFormViewModel::describe, EngagementSummary::illustrative);

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

        root = new FormBuilder()
                .above(list)
                .row("Title", title)
                .row("Area", area, FormBuilder.fixed("From"), start, FormBuilder.fixed("to"), end)
                .row("Reached", reached)
                .row("Needs", new VBox(4, needRows, addNeed))
                .row("Shares", shares)
                .row("Note", note)
                .build("engagementForm", new FormBuilder.Submit("Record engagement", "recordEngagementButton",
                        "Record the summary; the shares are worked out from the counts", vm.canRecordBinding(),
                        vm::record, vm.problemProperty()));
    }

    public Node node() {
        return root;
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
            needRows.getChildren().add(FormBuilder.line(need, count));
        }
    }
}
