package org.assetatlas.ui.signpost;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
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
import org.assetatlas.service.AtlasProject;
import org.assetatlas.signpost.Demand;

/**
 * Demand and supply from the anonymous signposting log: per area and domain, needs asked for and left unmet
 * against the assets recorded; the needs most often unmet; and the log itself, where an outcome can be added later.
 */
public final class DemandView {

    private final Supplier<AtlasProject> project;
    private final VBox root = new VBox(8);
    private final TableView<Demand.Row> table = new TableView<>();
    private final TableView<Demand.UnmetNeed> unmet = new TableView<>();
    private final TableView<SignpostLogEntry> log = new TableView<>();
    private final Label summary = new Label();

    public DemandView(Supplier<AtlasProject> project) {
        this.project = project;
        root.setId("demandView");
        root.setPadding(new Insets(8));
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> refresh());
        Button outcome = new Button("Add outcome…");
        outcome.disableProperty().bind(log.getSelectionModel().selectedItemProperty().isNull());
        outcome.setOnAction(e -> addOutcome());
        HBox bar = new HBox(8, summary, refresh, outcome);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        bar.setAlignment(Pos.CENTER_LEFT);
        table.setPlaceholder(new Label("No signposting recorded yet."));
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
        options.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unmet() && c.getValue().options().isEmpty()
                ? "(unmet)" : String.join("; ", c.getValue().options())));
        options.setPrefWidth(300);
        TableColumn<SignpostLogEntry, String> outcomeCol = new TableColumn<>("Outcome");
        outcomeCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().outcome()));
        outcomeCol.setPrefWidth(200);
        log.getColumns().setAll(List.of(date, needCol, place, domain, options, outcomeCol));

        SplitPane lower = new SplitPane(titled("Needs left unmet (searches with no good result)", unmet),
                titled("Signposting log (anonymous)", log));
        lower.setDividerPositions(0.4);
        SplitPane all = new SplitPane(titled("Asked for / unmet / assets recorded, by area and domain", table), lower);
        all.setOrientation(javafx.geometry.Orientation.VERTICAL);
        VBox.setVgrow(all, Priority.ALWAYS);
        root.getChildren().setAll(bar, all);
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
        AtlasProject p = project.get();
        if (p == null) {
            table.getItems().clear();
            unmet.getItems().clear();
            log.getItems().clear();
            summary.setText("");
            return;
        }
        Demand d = p.signposting().demand(null, null);
        table.getColumns().clear();
        TableColumn<Demand.Row, String> area = new TableColumn<>("Area");
        area.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().areaName()));
        area.setPrefWidth(170);
        table.getColumns().add(area);
        for (int i = 0; i < d.domains().size(); i++) {
            int col = i;
            TableColumn<Demand.Row, String> c = new TableColumn<>(d.domains().get(i));
            c.setCellValueFactory(v -> new ReadOnlyStringWrapper(v.getValue().asked()[col] + " / "
                    + v.getValue().unmet()[col] + " / " + v.getValue().available()[col]));
            c.setPrefWidth(110);
            table.getColumns().add(c);
        }
        table.getItems().setAll(d.rows());
        unmet.getItems().setAll(d.unmet());
        log.getItems().setAll(p.signposting().log(null, null));
        summary.setText(d.entries() + " signposting" + (d.entries() == 1 ? "" : "s") + " logged; "
                + d.unmet().stream().mapToInt(Demand.UnmetNeed::times).sum() + " left unmet. No personal details are"
                + " kept. Cells read: asked / unmet / assets recorded (the last column: all assets in the area).");
    }

    private void addOutcome() {
        SignpostLogEntry e = log.getSelectionModel().getSelectedItem();
        AtlasProject p = project.get();
        if (e == null || p == null) {
            return;
        }
        TextInputDialog d = new TextInputDialog(e.outcome());
        d.setTitle("Outcome");
        d.setHeaderText("What came of it? (no names or contact details)");
        d.showAndWait().ifPresent(text -> {
            p.signposting().setOutcome(e.id(), text);
            refresh();
        });
    }
}
