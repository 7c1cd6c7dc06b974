package org.assetatlas.ui.project;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.ui.common.DialogService;
import org.assetatlas.ui.common.Styles;
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.ui.common.UserMessages;

/**
 * File ▸ Reference data…: the reference files loaded into an open project, with source, vintage and licence, and
 * imports of more, through the same panel as the New Project wizard's Reference data step.
 */
public final class ReferenceDataDialog extends BorderPane {

    private final Label message = new Label();

    ReferenceDataDialog(ReferenceDataViewModel vm, DialogService dialogs, UiTasks tasks, Runnable onClose) {
        ReferenceDataPane pane = new ReferenceDataPane(vm, dialogs, (what, work, done) -> {
            message.setText("");
            tasks.run(what, work, done, e -> message.setText(UserMessages.describe(e)),
                    () -> message.setText("Stopped: nothing of that import was kept."));
        }, tasks.runningProperty());
        pane.setPadding(new Insets(12, 18, 12, 18));
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        message.setId("reference-message");
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #b00020;");
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.disableProperty().bind(tasks.runningProperty());
        close.setOnAction(e -> onClose.run());
        HBox bar = new HBox(12, message, close);
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(8, 18, 12, 18));
        setBottom(bar);
        vm.refresh();
    }

    /** Opens the dialog over the main window for the open project. */
    public static Stage open(Window owner, AtlasProject project, DialogService dialogs) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Reference data \u2014 " + project.name());
        UiTasks tasks = UiTasks.create();
        ReferenceDataDialog d = new ReferenceDataDialog(new ReferenceDataViewModel(() -> project), dialogs, tasks,
                stage::close);
        Scene scene = new Scene(d, 860, 640);
        scene.getStylesheets().add(ReferenceDataDialog.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setOnHidden(e -> tasks.close());
        stage.show();
        return stage;
    }
}
