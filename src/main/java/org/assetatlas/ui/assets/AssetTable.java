package org.assetatlas.ui.assets;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Circle;
import javafx.util.Callback;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.ui.map.FxCanvasSurface;
import org.assetatlas.ui.common.Styles;
import org.assetatlas.ui.MainViewModel;

/**
 * The asset list: a sortable table of the filtered assets, kept in step with the selection of the main view
 * model. Double-click or Enter opens the asset in the editor.
 */
public final class AssetTable {

    /** Records not verified for this long are shown as stale. */
    private static final int STALE_MONTHS = org.assetatlas.model.Review.DEFAULT_MONTHS;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final MainViewModel vm;
    private final TableView<Asset> table = new TableView<>();
    private final Runnable edit;
    private boolean syncing;

    /** @param edit what Enter or a double-click does (move focus to the editor) */
    public AssetTable(MainViewModel vm, Runnable edit, Runnable zoomTo) {
        this.vm = vm;
        this.edit = edit;
        table.getStyleClass().add(Styles.ASSET_TABLE);
        table.setId("assetTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);

        SortedList<Asset> sorted = new SortedList<>(vm.shownAssets());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        TableColumn<Asset, String> name = text("Name", Asset::name, 200);
        name.setId("nameColumn");
        TableColumn<Asset, String> kind = text("Kind", a -> a.kind().label(), 72);
        TableColumn<Asset, AbcdCategory> category = new TableColumn<>("Category");
        category.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().category()));
        category.setComparator(Comparator.comparing(AbcdCategory::label));
        category.setCellFactory(c -> new CategoryCell());
        category.setPrefWidth(128);
        TableColumn<Asset, String> domains = text("Domains", a -> String.join(", ", a.domains()), 170);
        TableColumn<Asset, String> area = text("Area", a -> vm.areaName(a.areaCode()), 130);
        TableColumn<Asset, String> postcode = text("Postcode", Asset::postcode, 78);
        TableColumn<Asset, AssetStatus> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(64);
        TableColumn<Asset, LocalDate> verified = new TableColumn<>("Last verified");
        verified.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastVerified()));
        verified.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        verified.setCellFactory(c -> new VerifiedCell());
        verified.setPrefWidth(98);
        TableColumn<Asset, Boolean> illustrative = new TableColumn<>("Illustrative");
        illustrative.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().illustrative()));
        illustrative.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || !item ? null : "\u2713");
                setAlignment(Pos.CENTER);
            }
        });
        illustrative.setPrefWidth(78);
        TableColumn<Asset, Double> stop = new NearestStopColumn(vm).column();
        table.getColumns().setAll(java.util.List.of(name, kind, category, domains, area, postcode, stop, status,
                verified, illustrative));

        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(vm.filteredProperty())
                .then("No assets match the search and filters.")
                .otherwise("No assets yet. Add one with New asset (Ctrl+N) or Import CSV (Ctrl+I)."));
        empty.setWrapText(true);
        table.setPlaceholder(empty);

        table.setRowFactory(t -> {
            TableRow<Asset> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.run();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                edit.run();
                e.consume();
            }
        });
        MenuItem editItem = new MenuItem("Edit");
        editItem.setOnAction(e -> edit.run());
        MenuItem showItem = new MenuItem("Show on map");
        showItem.setOnAction(e -> zoomTo.run());
        MenuItem deleteItem = new MenuItem("Delete\u2026");
        deleteItem.setOnAction(e -> vm.deleteSelected());
        table.setContextMenu(new ContextMenu(editItem, showItem, deleteItem));

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (syncing) {
                return;
            }
            if (b == null) {
                // the row went because the list was refreshed or re-sorted; the view model keeps the selection
                Platform.runLater(this::syncFromModel);
                return;
            }
            if (!vm.select(b.id())) {
                Platform.runLater(this::syncFromModel);
            }
        });
        vm.selectedIdProperty().addListener((o, a, b) -> syncFromModel());
        sorted.addListener((javafx.collections.ListChangeListener<Asset>) c -> syncFromModel());
    }

    public TableView<Asset> node() {
        return table;
    }

    /**
     * Selects the rows of these assets (a rectangle or lasso selection on the map) besides the current asset's row,
     * and scrolls to the first; other rows are deselected.
     */
    public void selectRows(java.util.Collection<Long> ids) {
        java.util.Set<Long> wanted = new java.util.HashSet<>(ids);
        long current = vm.selectedIdProperty().get();
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            int first = -1;
            int currentRow = -1;
            for (int i = 0; i < table.getItems().size(); i++) {
                long id = table.getItems().get(i).id();
                if (wanted.contains(id)) {
                    table.getSelectionModel().select(i);
                    first = first < 0 ? i : first;
                }
                if (id == current) {
                    currentRow = i;
                }
            }
            if (currentRow >= 0) {
                table.getSelectionModel().select(currentRow);
            }
            if (first >= 0) {
                scrollIntoView(first);
            }
        } finally {
            syncing = false;
        }
    }

    /** Selects the view model's selected asset in the table and scrolls it into view. */
    void syncFromModel() {
        long id = vm.selectedIdProperty().get();
        syncing = true;
        try {
            if (id == 0) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id() == id) {
                    if (table.getSelectionModel().getSelectedIndex() != i) {
                        table.getSelectionModel().clearAndSelect(i);
                    }
                    scrollIntoView(i);
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    private void scrollIntoView(int index) {
        var skin = table.getSkin();
        if (skin instanceof javafx.scene.control.skin.TableViewSkin<?> s) {
            for (javafx.scene.Node n : s.getChildren()) {
                if (n instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
                    var first = flow.getFirstVisibleCell();
                    var last = flow.getLastVisibleCell();
                    if (first != null && last != null && index > first.getIndex() && index < last.getIndex()) {
                        return;
                    }
                    break;
                }
            }
        }
        table.scrollTo(Math.max(0, index - 2));
    }

    private static TableColumn<Asset, String> text(String title, Function<Asset, String> value, double width) {
        TableColumn<Asset, String> c = new TableColumn<>(title);
        Callback<TableColumn.CellDataFeatures<Asset, String>, ObservableValue<String>> f =
                cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue()));
        c.setCellValueFactory(f);
        c.setComparator(Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
        c.setPrefWidth(width);
        return c;
    }

    /** A category name with its map colour. */
    private static final class CategoryCell extends TableCell<Asset, AbcdCategory> {
        @Override
        protected void updateItem(AbcdCategory item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Circle swatch = new Circle(5, FxCanvasSurface.colour(0xFF000000 | item.rgb()));
            swatch.getStyleClass().add(Styles.SWATCH);
            setGraphic(swatch);
            setText(item.label());
        }
    }

    /** Paused and closed shown muted. */
    private static final class StatusCell extends TableCell<Asset, AssetStatus> {
        @Override
        protected void updateItem(AssetStatus item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(Styles.NOT_ACTIVE);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.label());
            if (item != AssetStatus.ACTIVE) {
                getStyleClass().add(Styles.NOT_ACTIVE);
            }
        }
    }

    /** The date, marked when the record is over a year old. */
    private static final class VerifiedCell extends TableCell<Asset, LocalDate> {
        @Override
        protected void updateItem(LocalDate item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(Styles.STALE);
            setTooltip(null);
            if (empty) {
                setText(null);
                return;
            }
            if (item == null) {
                setText("never");
                getStyleClass().add(Styles.STALE);
                return;
            }
            setText(DAY.format(item));
            if (org.assetatlas.model.Review.overdue(item, LocalDate.now(), STALE_MONTHS)) {
                getStyleClass().add(Styles.STALE);
                setTooltip(new Tooltip("Not verified for over " + STALE_MONTHS + " months"));
            }
        }
    }
}
