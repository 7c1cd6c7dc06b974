package org.assetatlas.ui.assets;

import java.util.Comparator;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.assetatlas.model.Asset;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.TransportAccess;
import org.assetatlas.ui.common.Styles;
import org.assetatlas.ui.MainViewModel;

/**
 * The asset table's "Nearest stop" column: straight-line distance to the nearest public transport stop, sortable,
 * marked when more than {@link TransportAccess#DEFAULT_FAR_METRES} away; the tooltip names the stop and says whether a
 * recorded transport service reaches the asset. Distances are computed in the background after a change and the
 * table refreshed when they are known.
 */
final class NearestStopColumn {

    private final MainViewModel vm;
    private TableView<Asset> table;
    private boolean computing;

    NearestStopColumn(MainViewModel vm) {
        this.vm = vm;
    }

    TableColumn<Asset, Double> column() {
        TableColumn<Asset, Double> c = new TableColumn<>("Nearest stop");
        c.setId("nearestStopColumn");
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(distance(cd.getValue())));
        c.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        c.setCellFactory(col -> new DistanceCell());
        c.setPrefWidth(92);
        c.tableViewProperty().addListener((o, a, b) -> table = b);
        return c;
    }

    private Double distance(Asset a) {
        AtlasProject p = vm.getProject();
        if (p == null) {
            return null;
        }
        TransportAccess f = p.transport();
        if (!f.distancesReady()) {
            computeLater(f);
            return null;
        }
        double d = f.knownDistanceToStop(a);
        return Double.isNaN(d) ? null : d;
    }

    private void computeLater(TransportAccess f) {
        if (computing) {
            return;
        }
        computing = true;
        vm.tasks().background(() -> {
            f.computeDistances();
            return null;
        }, (done, error) -> {
            computing = false;
            if (table != null) {
                table.refresh();
            }
        });
    }

    /** The distance in metres, right-aligned. */
    private final class DistanceCell extends TableCell<Asset, Double> {
        @Override
        protected void updateItem(Double item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(Styles.STALE);
            setAlignment(Pos.CENTER_RIGHT);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(String.format(Locale.UK, "%,.0f m", item));
            if (item > TransportAccess.DEFAULT_FAR_METRES) {
                getStyleClass().add(Styles.STALE);
            }
            Tooltip tip = new Tooltip();
            tip.setOnShowing(e -> {
                Asset a = getTableRow() == null ? null : getTableRow().getItem();
                AtlasProject p = vm.getProject();
                if (a != null && p != null) {
                    TransportAccess.StopAccess access = p.transport().access(a);
                    tip.setText(access.known() ? access.nearestStop().label() + (access.served()
                            ? "\nA recorded transport service reaches this asset"
                            : "\nNo recorded transport service reaches this asset") : "");
                }
            });
            setTooltip(tip);
        }
    }
}
