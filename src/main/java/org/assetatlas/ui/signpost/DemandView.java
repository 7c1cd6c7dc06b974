package org.assetatlas.ui.signpost;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.assetatlas.model.SignpostLogEntry;
import org.assetatlas.signpost.Demand;

/**
 * Demand and supply from the anonymous signposting log: per area and domain, needs asked for and left unmet
 * against the assets recorded; the needs most often unmet; and the log itself, where an outcome can be added later.
 * The view builds and binds the tables; {@link DemandViewModel} reads the log and records outcomes.
 */
public final class DemandView {

    private final DemandViewModel vm;
    private final VBox root = new VBox(8);
    private final TableView<Demand.Row> table = new TableView<>();

    public DemandView(DemandViewModel vm) {
        this.vm = vm;
        root.setId("demandView");
        root.setPadding(new Insets(8));
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> vm.refresh());
        TableView<SignpostLogEntry> log = new TableView<>(vm.log());
        vm.selectedEntryProperty().bind(log.getSelectionModel().selectedItemProperty());
        Button outcome = new Button("Add outcome…");
        outcome.disableProperty().bind(vm.canAddOutcomeProperty().not());
        outcome.setOnAction(e -> addOutcome());
        HBox bar = new HBox(8, summary, refresh, outcome);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        bar.setAlignment(Pos.CENTER_LEFT);
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No signposting recorded yet."));
        TableView<Demand.UnmetNeed> unmet = new TableView<>(vm.unmet());
        unmet.setPlaceholder(new Label("No unmet needs recorded."));
        log.setPlaceholder(new Label("The log is empty: making a sheet, copying a shortlist or recording an unmet need "
                + "adds to it."));
        TableColumn<Demand.UnmetNeed, String> need = new TableColumn<>("Unmet need");
        need.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().need()));
        need.setPrefWidth(220);
        TableColumn<Demand.UnmetNeed, Integer> times = new TableColumn<>("Times");
        times.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().times()));
        TableColumn<Demand.UnmetNeed, String> where = new TableColumn<>("Areas");
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().areas())));
        where.setPrefWidth(220);
        TableColumn<Demand.UnmetNeed, String> last = new TableColumn<>("Last");
        last.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().last())));
        unmet.getColumns().setAll(List.of(need, times, where, last));

        TableColumn<SignpostLogEntry, String> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().date().toString()));
        TableColumn<SignpostLogEntry, String> needCol = new TableColumn<>("Need");
        needCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().need()));
        needCol.setPrefWidth(180);
        TableColumn<SignpostLogEntry, String> place = new TableColumn<>("Place");
        place.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().place()));
        TableColumn<SignpostLogEntry, String> domain = new TableColumn<>("Domain");
        domain.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().domain()));
        TableColumn<SignpostLogEntry, String> options = new TableColumn<>("Options given");
        options.setCellValueFactory(c -> new ReadOnlyStringWrapper(DemandViewModel.options(c.getValue())));
        options.setPrefWidth(300);
        TableColumn<SignpostLogEntry, String> outcomeCol = new TableColumn<>("Outcome");
        outcomeCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().outcome()));
        outcomeCol.setPrefWidth(200);
        log.getColumns().setAll(List.of(date, needCol, place, domain, options, outcomeCol));

        domainColumns(vm.domainsProperty().get());
        vm.domainsProperty().addListener((o, a, b) -> domainColumns(b));

        SplitPane lower = new SplitPane(titled("Needs left unmet (searches with no good result)", unmet),
                titled("Signposting log (anonymous)", log));
        lower.setDividerPositions(0.4);
        SplitPane all = new SplitPane(titled("Asked for / unmet / assets recorded, by area and domain", table), lower);
        all.setOrientation(Orientation.VERTICAL);
        VBox.setVgrow(all, Priority.ALWAYS);
        root.getChildren().setAll(bar, all);
    }

    /** The area column, then one column per domain. */
    private void domainColumns(List<String> domains) {
        table.getColumns().clear();
        if (domains.isEmpty()) {
            return;
        }
        TableColumn<Demand.Row, String> area = new TableColumn<>("Area");
        area.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().areaName()));
        area.setPrefWidth(170);
        table.getColumns().add(area);
        for (int i = 0; i < domains.size(); i++) {
            int col = i;
            TableColumn<Demand.Row, String> c = new TableColumn<>(domains.get(i));
            c.setCellValueFactory(v -> new ReadOnlyStringWrapper(DemandViewModel.cell(v.getValue(), col)));
            c.setPrefWidth(110);
            table.getColumns().add(c);
        }
    }

    private static Node titled(String title, Node content) {
        Label l = new Label(title);
        l.getStyleClass().add("section-title");
        VBox box = new VBox(4, l, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    public Node node() {
        return root;
    }

    /** Reads the log again and recomputes the tables. */
    public void refresh() {
        vm.refresh();
    }

    private void addOutcome() {
        SignpostLogEntry e = vm.selectedEntryProperty().get();
        if (e == null) {
            return;
        }
        TextInputDialog d = new TextInputDialog(e.outcome());
        d.setTitle("Outcome");
        d.setHeaderText("What came of it? (no names or contact details)");
        d.showAndWait().ifPresent(vm::addOutcome);
    }
}
