package org.assetatlas.ui.factors;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The project's theme list with add, rename, remove and reorder, over a {@link ThemeListViewModel}. */
public final class ThemeListForm {

    private final VBox root;

    public ThemeListForm(ThemeListViewModel vm) {
        ListView<String> list = new ListView<>(vm.themes());
        list.setId("themeList");
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (!b.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(b);
            }
        });
        TextField name = new TextField();
        name.setId("themeName");
        name.setPromptText("Theme name, e.g. Loneliness");
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.setOnAction(e -> vm.add());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button("Add");
        add.setId("addTheme");
        add.setOnAction(e -> vm.add());
        Button rename = new Button("Rename");
        rename.setId("renameTheme");
        rename.disableProperty().bind(vm.selectedProperty().isNull());
        rename.setOnAction(e -> vm.rename());
        rename.setTooltip(new Tooltip("Rename the selected theme to the typed name; its factors follow"));
        Button remove = new Button("Remove");
        remove.setId("removeTheme");
        remove.disableProperty().bind(vm.selectedProperty().isNull());
        remove.setOnAction(e -> vm.remove());
        remove.setTooltip(new Tooltip("Take the theme off the list; factors already recorded under it keep it"));
        Button up = new Button("\u2191");
        up.disableProperty().bind(vm.selectedProperty().isNull());
        up.setOnAction(e -> vm.move(-1));
        up.setTooltip(new Tooltip("Move up (the matrix's row order)"));
        Button down = new Button("\u2193");
        down.disableProperty().bind(vm.selectedProperty().isNull());
        down.setOnAction(e -> vm.move(1));
        down.setTooltip(new Tooltip("Move down"));
        HBox row = new HBox(6, name, add, rename, remove, up, down);
        row.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label("Removing a theme keeps it on the factors already recorded under it, and the matrix"
                + " still shows them. Every change can be undone.");
        note.setWrapText(true);
        note.getStyleClass().add("factors-note");
        root = new VBox(6, list, row, note);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        root.setId("themeListForm");
    }

    public Node node() {
        return root;
    }
}
