package org.assetatlas.ui.review;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.assetatlas.ui.common.Styles;

/**
 * The review queue: the assets due to be checked, why, and one key for each outcome of a check — V checked, P
 * paused, C closed, Enter open it to put it right.
 */
public final class ReviewView {

    private final ReviewViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<ReviewViewModel.Row> table = new TableView<>();

    public ReviewView(ReviewViewModel vm) {
        this.vm = vm;
        build();
    }

    public Node node() {
        return root;
    }

    private void build() {
        Label heading = new Label("Records due to be checked");
        heading.getStyleClass().add(Styles.SECTION_HEADING);
        Label explain = new Label("Something noted to check (kept as written by an import), never checked, or not "
                + "checked for the review period. Checking a record is separate from changing it.");
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.FIELD_HINT);
        Spinner<Integer> months = new Spinner<>(1, 120, vm.monthsProperty().get());
        months.setId("reviewMonths");
        months.setEditable(true);
        months.setPrefWidth(84);
        months.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.monthsProperty().set(b);
            }
        });
        vm.monthsProperty().addListener((o, a, b) -> months.getValueFactory().setValue(b.intValue()));
        Button list = new Button("Check list for a mail merge\u2026");
        list.setId("checkListButton");
        list.setTooltip(new Tooltip("A CSV of the contacts of the records due and what each should check"));
        list.setOnAction(e -> vm.writeCheckList());
        list.disableProperty().bind(Bindings.isEmpty(vm.rows()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox period = new HBox(8, new Label("Check every"), months, new Label("months"), spacer, list);
        period.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, heading, explain, period);
        top.setPadding(new Insets(10, 12, 8, 12));
        root.setTop(top);

        table.setId("reviewTable");
        table.setItems(vm.rows());
        table.getColumns().addAll(List.of(
                column("Name", ReviewViewModel.Row::name, 260, false),
                column("Why it is due", ReviewViewModel.Row::why, 520, true),
                column("Last checked", ReviewViewModel.Row::lastVerified, 110, false),
                column("Status", ReviewViewModel.Row::status, 80, false)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Nothing is due to be checked."));
        table.setOnKeyPressed(e -> {
            ReviewViewModel.Row row = table.getSelectionModel().getSelectedItem();
            int at = table.getSelectionModel().getSelectedIndex();
            KeyCode k = e.getCode();
            if (row == null || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (k == KeyCode.V) {
                vm.verify(row);
            } else if (k == KeyCode.P) {
                vm.pause(row);
            } else if (k == KeyCode.C) {
                vm.close(row);
            } else if (k == KeyCode.ENTER) {
                vm.edit(row);
            } else {
                return;
            }
            e.consume();
            table.getSelectionModel().select(Math.min(at, vm.rows().size() - 1));
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.edit(table.getSelectionModel().getSelectedItem());
            }
        });
        BorderPane.setMargin(table, new Insets(0, 12, 0, 12));
        root.setCenter(table);

        Button verify = action("Checked (V)", "Checked today: the record is right", vm::verify);
        verify.getStyleClass().add(Styles.PRIMARY);
        Button edit = action("Open (Enter)", "Open it in the editor to put it right", vm::edit);
        Button pause = action("Paused (P)", "It has stopped for now", vm::pause);
        Button close = action("Closed (C)", "It has closed: it leaves the queue and signposting", vm::close);
        close.getStyleClass().add(Styles.DANGER);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox bottom = new HBox(8, status, edit, pause, close, verify);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(8, 12, 10, 12));
        root.setBottom(bottom);
    }

    private Button action(String text, String tip, java.util.function.Consumer<ReviewViewModel.Row> what) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        b.setOnAction(e -> {
            int at = table.getSelectionModel().getSelectedIndex();
            what.accept(table.getSelectionModel().getSelectedItem());
            table.getSelectionModel().select(Math.min(at, vm.rows().size() - 1));
            table.requestFocus();
        });
        return b;
    }

    private static TableColumn<ReviewViewModel.Row, String> column(String title,
            java.util.function.Function<ReviewViewModel.Row, String> value, double width, boolean wrap) {
        TableColumn<ReviewViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        if (wrap) {
            c.setCellFactory(x -> new org.assetatlas.ui.common.WrappingTextCell<>(c.widthProperty()));
        }
        return c;
    }
}
