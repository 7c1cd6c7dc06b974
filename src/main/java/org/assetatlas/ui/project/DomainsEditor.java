package org.assetatlas.ui.project;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.assetatlas.model.Domain;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ChangeScope;
import org.assetatlas.ui.common.DialogService;

/** The small window behind Edit ▸ Domains…: the project's domains over a {@link DomainsViewModel}. */
public final class DomainsEditor {

    private final Stage stage = new Stage();
    private final DomainsViewModel vm;

    public DomainsEditor(Window owner, AtlasProject project, DialogService dialogs) {
        vm = new DomainsViewModel(project, dialogs);
        ListView<Domain> list = new ListView<>(vm.domains());
        list.setId("domainList");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Domain d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.name() + (d.retired() ? " (retired)" : ""));
                setTooltip(empty || d == null || d.definition().isEmpty() ? null : new Tooltip(d.definition()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (!b.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(b);
            }
        });
        TextField name = new TextField();
        name.setId("domainName");
        name.setPromptText("Domain name, e.g. Early Years");
        name.textProperty().bindBidirectional(vm.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        var none = vm.selectedProperty().isNull();
        Button add = button("Add", "addDomain", "Add the typed name at the end of the list", vm::add);
        Button rename = button("Rename", "renameDomain", "Rename the selected domain; everything tagged with it"
                + " follows", vm::rename);
        rename.disableProperty().bind(none);
        Button retire = button("Retire / restore", "retireDomain", "Stop offering the selected domain for tagging"
                + " (what has it keeps it), or offer a retired one again", vm::retireOrRestore);
        retire.disableProperty().bind(none);
        Button up = button("\u2191", "domainUp", "Move up", () -> vm.move(-1));
        up.disableProperty().bind(none);
        Button down = button("\u2193", "domainDown", "Move down", () -> vm.move(1));
        down.disableProperty().bind(none);
        ChoiceBox<Domain> into = new ChoiceBox<>(vm.domains());
        into.setId("mergeInto");
        into.setConverter(new StringConverter<>() {
            @Override
            public String toString(Domain d) {
                return d == null ? "" : d.name();
            }

            @Override
            public Domain fromString(String s) {
                return null;
            }
        });
        into.valueProperty().bindBidirectional(vm.mergeIntoProperty());
        Button merge = button("Merge into", "mergeDomain", "Tag everything tagged with the selected domain with the"
                + " chosen one instead, and drop the selected domain", vm::merge);
        merge.disableProperty().bind(none.or(into.valueProperty().isNull()));
        Button undo = button("Undo", "undoDomain", "Undo the last change (Ctrl+Z)", vm::undo);
        HBox row1 = new HBox(6, name, add, rename);
        HBox row2 = new HBox(6, retire, up, down, merge, into, undo);
        row1.setAlignment(Pos.CENTER_LEFT);
        row2.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("domainMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox root = new VBox(8, list, row1, row2, message);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setPadding(new Insets(10));
        Scene scene = new Scene(root, 620, 420);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Z"), vm::undo);
        stage.setScene(scene);
        stage.setTitle("Domains");
        stage.initOwner(owner);
        // an undo in the main window, or any other change to the framework, shows here
        Runnable refresh = () -> Platform.runLater(vm::refresh);
        project.addChangeListener(ChangeScope.ASSETS, refresh);
        stage.setOnHidden(e -> project.removeChangeListener(refresh));
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    public DomainsViewModel viewModel() {
        return vm;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }
}
