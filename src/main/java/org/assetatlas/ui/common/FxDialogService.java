package org.assetatlas.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.assetatlas.service.ImportReport;
import org.assetatlas.service.RowProblem;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/** {@link DialogService} with JavaFX alerts, file choosers and a ControlsFX {@link NotificationPane}. */
public final class FxDialogService implements DialogService {

    private static final Duration NOTIFICATION_TIME = Duration.seconds(10);

    private final Supplier<Window> owner;
    private NotificationPane notifications;
    private final PauseTransition autoHide = new PauseTransition(NOTIFICATION_TIME);

    /** @param owner the window dialogs belong to (may supply null before it exists) */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
        autoHide.setOnFinished(e -> {
            if (notifications != null) {
                notifications.hide();
            }
        });
    }

    /** Where {@link #notify} shows its messages. */
    public void setNotificationPane(NotificationPane pane) {
        this.notifications = pane;
    }

    private Alert alert(Alert.AlertType type, String title, String header) {
        Alert a = new Alert(type);
        Window w = owner.get();
        if (w != null) {
            a.initOwner(w);
        }
        a.setTitle(title);
        a.setHeaderText(header);
        DialogPane pane = a.getDialogPane();
        pane.getStylesheets().add(FxDialogService.class.getResource(Styles.STYLESHEET).toExternalForm());
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setPrefWidth(520);
        return a;
    }

    @Override
    public void showError(String title, String message) {
        Alert a = alert(Alert.AlertType.ERROR, title, title);
        Label text = new Label(message);
        text.setWrapText(true);
        a.getDialogPane().setContent(text);
        a.showAndWait();
    }

    @Override
    public void showInformation(String title, String header, String details) {
        Alert a = alert(Alert.AlertType.INFORMATION, title, header);
        if (details != null && !details.isBlank()) {
            TextArea area = new TextArea(details);
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(Math.min(16, Math.max(4, details.split("\n").length + 1)));
            a.getDialogPane().setContent(area);
        }
        a.setResizable(true);
        a.showAndWait();
    }

    @Override
    public void showTwoColumns(String title, String header, List<String[]> rows) {
        Alert a = alert(Alert.AlertType.INFORMATION, title, header);
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        int r = 0;
        for (String[] row : rows) {
            if (row.length == 1) {
                Label heading = new Label(row[0]);
                heading.getStyleClass().add(Styles.SECTION_HEADING);
                heading.setPadding(new Insets(r == 0 ? 0 : 8, 0, 2, 0));
                grid.add(heading, 0, r++, 2, 1);
            } else {
                Label key = new Label(row[0]);
                key.getStyleClass().add(Styles.SHORTCUT_KEY);
                grid.add(key, 0, r);
                Label what = new Label(row[1]);
                what.setWrapText(true);
                grid.add(what, 1, r++);
            }
        }
        a.getDialogPane().setContent(grid);
        a.showAndWait();
    }

    /** Hides the notification, e.g. once its action no longer applies. */
    public void hideNotification() {
        if (notifications != null && notifications.isShowing()) {
            notifications.hide();
        }
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, null);
        Label text = new Label(message);
        text.setWrapText(true);
        a.getDialogPane().setContent(text);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(yes, no);
        return a.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public Optional<Boolean> confirmWithOption(String title, String message, String optionLabel, boolean ticked,
                                               String confirmLabel) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, null);
        CheckBox option = new CheckBox(optionLabel);
        option.setId("dialogOption");
        option.setSelected(ticked);
        option.setWrapText(true);
        VBox box = new VBox(12, wrapped(message), option);
        a.getDialogPane().setContent(box);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(yes, no);
        return a.showAndWait().filter(b -> b == yes).map(b -> option.isSelected());
    }

    @Override
    public Optional<Integer> chooseOne(String title, String header, List<String> options, String confirmLabel) {
        Alert a = alert(Alert.AlertType.NONE, title, header);
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(
                javafx.collections.FXCollections.observableArrayList(options));
        list.setId("chooseOneList");
        list.setPrefSize(520, Math.min(320, 28 * options.size() + 8));
        list.getSelectionModel().selectFirst();
        a.getDialogPane().setContent(list);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(yes, no);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedIndex() >= 0) {
                ((javafx.scene.control.Button) a.getDialogPane().lookupButton(yes)).fire();
            }
        });
        return a.showAndWait().filter(b -> b == yes).map(b -> list.getSelectionModel().getSelectedIndex())
                .filter(i -> i >= 0);
    }

    @Override
    public Optional<Integer> chooseAction(String title, String header, List<String> columns,
                                          List<List<String>> rows, List<String> actions) {
        Alert a = alert(Alert.AlertType.WARNING, title, header);
        javafx.scene.control.TableView<List<String>> table = table(columns, rows);
        table.setId("chooseActionTable");
        table.setSelectionModel(null);
        a.getDialogPane().setContent(table);
        a.getDialogPane().setPrefWidth(900);
        List<ButtonType> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            buttons.add(new ButtonType(actions.get(i), i == 0 ? ButtonBar.ButtonData.OK_DONE
                    : ButtonBar.ButtonData.OTHER));
        }
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        List<ButtonType> all = new java.util.ArrayList<>(buttons);
        all.add(cancel);
        a.getButtonTypes().setAll(all);
        return a.showAndWait().map(buttons::indexOf).filter(i -> i >= 0);
    }

    @Override
    public Optional<Integer> chooseRow(String title, String header, List<String> columns, List<List<String>> rows,
                                       String confirmLabel) {
        Alert a = alert(Alert.AlertType.NONE, title, header);
        javafx.scene.control.TableView<List<String>> table = table(columns, rows);
        table.setId("chooseRowTable");
        table.getSelectionModel().selectFirst();
        a.getDialogPane().setContent(table);
        a.getDialogPane().setPrefWidth(900);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(yes, no);
        a.getDialogPane().lookupButton(yes).disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedIndex() >= 0) {
                ((javafx.scene.control.Button) a.getDialogPane().lookupButton(yes)).fire();
            }
        });
        a.setResizable(true);
        return a.showAndWait().filter(b -> b == yes).map(b -> table.getSelectionModel().getSelectedIndex())
                .filter(i -> i >= 0);
    }

    /** A read-only table of text whose last column takes the spare width and wraps long cells. */
    private static javafx.scene.control.TableView<List<String>> table(List<String> columns,
                                                                      List<List<String>> rows) {
        javafx.scene.control.TableView<List<String>> table = new javafx.scene.control.TableView<>(
                javafx.collections.FXCollections.observableArrayList(rows));
        for (int c = 0; c < columns.size(); c++) {
            int col = c;
            javafx.scene.control.TableColumn<List<String>, String> tc =
                    new javafx.scene.control.TableColumn<>(columns.get(c));
            tc.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(
                    col < d.getValue().size() ? d.getValue().get(col) : ""));
            tc.setSortable(false);
            tc.setCellFactory(x -> new WrappingTextCell<>(tc.widthProperty()));
            double share = columns.size() == 1 ? 1 : col == columns.size() - 1 ? 0.45 : 0.55 / (columns.size() - 1);
            tc.setPrefWidth(840 * share);
            table.getColumns().add(tc);
        }
        table.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(860, Math.min(440, 56 * rows.size() + 40));
        return table;
    }

    @Override
    public void showImportReport(Path source, ImportReport report) {
        boolean rejected = report.rejected() > 0;
        boolean warned = rejected || report.unknownPostcodes() > 0 || report.toCheck() > 0;
        String header = "Imported " + report.imported() + (report.updated() > 0 ? " (" + report.updated()
                + " updated)" : "") + ", rejected " + report.rejected();
        Alert a = alert(warned ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION, "Import finished", header);
        VBox box = new VBox(8);
        box.setPadding(new Insets(4, 0, 0, 0));
        box.getChildren().add(wrapped("From " + source.getFileName() + "."));
        if (rejected) {
            List<RowProblem> rows = RowProblem.of(report);
            box.getChildren().add(wrapped(rows.size() < report.rejected()
                    ? "The first " + rows.size() + " rejected rows:" : "Rejected rows:"));
            ListView<String> list = new ListView<>();
            list.getStyleClass().add(Styles.DIALOG_LIST);
            for (RowProblem r : rows) {
                String name = r.value("name");
                list.getItems().add((r.line() > 0 ? "Line " + r.line() : "Row") + ": " + r.reason()
                        + (name.isBlank() ? "" : " (" + name + ")"));
            }
            list.setPrefHeight(Math.min(240, 26 * rows.size() + 4));
            VBox.setVgrow(list, Priority.ALWAYS);
            box.getChildren().add(list);
            if (report.rejectsFile() != null) {
                box.getChildren().add(wrapped("All rejected rows, with a column giving the reason, were written to "
                        + report.rejectsFile().toAbsolutePath() + ". Correct them there and import that file."));
            }
        }
        if (report.locatedByPostcode() > 0) {
            box.getChildren().add(wrapped(report.locatedByPostcode() + (report.locatedByPostcode() == 1
                    ? " asset was" : " assets were") + " placed at the centre of their postcode."));
        }
        if (report.unknownPostcodes() > 0) {
            box.getChildren().add(wrapped(report.postcodeWarning()));
        }
        if (report.toCheck() > 0) {
            box.getChildren().add(wrapped(report.checkWarning()));
        }
        if (!report.unknownColumns().isEmpty()) {
            box.getChildren().add(wrapped("Columns not recognised, so not imported: "
                    + String.join(", ", report.unknownColumns()) + "."));
        }
        a.getDialogPane().setContent(box);
        a.setResizable(true);
        a.showAndWait();
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type, Path initialFolder) {
        FileChooser fc = chooser(title, type, initialFolder);
        File f = fc.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileType type, Path initialFolder, String suggestedName) {
        FileChooser fc = chooser(title, type, initialFolder);
        if (suggestedName != null) {
            fc.setInitialFileName(suggestedName);
        }
        File f = fc.showSaveDialog(owner.get());
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        String name = p.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(type.extension())) {
            p = p.resolveSibling(name + type.extension());
        }
        return Optional.of(p);
    }

    private static FileChooser chooser(String title, FileType type, Path initialFolder) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().setAll(
                type == FileType.BOUNDARIES
                        ? new FileChooser.ExtensionFilter(type.description(), "*.geojson", "*.json", "*.gpkg",
                                "*.shp", "*.zip", "*.kml")
                        : type == FileType.SPREADSHEET
                        ? new FileChooser.ExtensionFilter(type.description(), "*.csv", "*.xlsx")
                        : new FileChooser.ExtensionFilter(type.description(), "*" + type.extension()),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            fc.setInitialDirectory(initialFolder.toFile());
        }
        return fc;
    }

    @Override
    public void notify(String message, String actionLabel, Runnable action) {
        if (notifications == null) {
            return;
        }
        notifications.getActions().clear();
        if (actionLabel != null && action != null) {
            notifications.getActions().add(new Action(actionLabel, e -> {
                notifications.hide();
                action.run();
            }));
        }
        notifications.setText(message);
        notifications.show();
        autoHide.playFromStart();
    }
}
