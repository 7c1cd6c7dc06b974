package org.assetatlas.ui.signpost;

import java.time.LocalDateTime;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.assetatlas.ui.common.DialogService;
import org.assetatlas.ui.MainViewModel;

/** The Signposting workspace tab: "Find help" and "Demand and supply", over the main window's open project. */
public final class SignpostWorkspace {

    private final SignpostViewModel vm;
    private final SignpostView view;
    private final DemandView demand;
    private final TabPane tabs = new TabPane();

    public SignpostWorkspace(MainViewModel main, DialogService dialogs) {
        this.vm = new SignpostViewModel(main::getProject, dialogs, LocalDateTime::now);
        this.view = new SignpostView(vm);
        this.demand = new DemandView(new DemandViewModel(main::getProject, main.tasks()));
        Tab find = new Tab("Find help", view.node());
        Tab supply = new Tab("Demand and supply", demand.node());
        find.setClosable(false);
        supply.setClosable(false);
        tabs.getTabs().setAll(find, supply);
        tabs.setId("signpostTabs");
        supply.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                demand.refresh();
            }
        });
        main.projectProperty().addListener((o, a, b) -> {
            vm.projectChanged();
            demand.refresh();
        });
        vm.projectChanged();
    }

    public Node node() {
        return tabs;
    }

    public SignpostViewModel viewModel() {
        return vm;
    }

    public SignpostView view() {
        return view;
    }
}
