package org.assetatlas.ui.reports;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.assetatlas.report.ReportFormat;
import org.assetatlas.ui.common.Choice;

/**
 * The Reports workspace tab: choose a domain, an area and a format and write the deep-dive report (or the whole
 * atlas); write the calls to action for the chosen domain and area; set the branding kept in the project.
 */
public final class ReportsView {

    private final ReportsViewModel vm;
    private final HBox root = new HBox(18);

    public ReportsView(ReportsViewModel vm) {
        this.vm = vm;
        root.setPadding(new Insets(16));
        VBox report = reportPane();
        VBox actions = actionsPane();
        VBox branding = brandingPane();
        HBox.setHgrow(actions, Priority.ALWAYS);
        root.getChildren().addAll(report, actions, branding);
    }

    public Node node() {
        return root;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        return l;
    }

    /** A form label that never shrinks to an ellipsis. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private VBox reportPane() {
        ComboBox<Choice<String>> domain = new ComboBox<>(vm.domains());
        domain.valueProperty().bindBidirectional(vm.domainProperty());
        ComboBox<Choice<org.assetatlas.model.Area>> area = new ComboBox<>(vm.areas());
        area.valueProperty().bindBidirectional(vm.areaProperty());
        ComboBox<ReportFormat> format = new ComboBox<>();
        format.getItems().addAll(ReportFormat.values());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        for (ComboBox<?> c : new ComboBox<?>[] {domain, area, format}) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        CheckBox personal = new CheckBox("Include individuals' personal details");
        personal.selectedProperty().bindBidirectional(vm.personalDetailsProperty());
        personal.setTooltip(new Tooltip("Off by default: individuals are counted but not listed or mapped. "
                + "Turn on only with their consent to publish."));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, label("Domain"), domain);
        form.addRow(1, label("Area"), area);
        form.addRow(2, label("Format"), format);
        GridPane.setHgrow(domain, Priority.ALWAYS);

        Button generate = new Button("Write report\u2026");
        generate.setDefaultButton(true);
        generate.setOnAction(e -> chooseReportFile().ifPresent(vm::generate));
        Button atlas = new Button("Write atlas of every domain \u00D7 area\u2026");
        atlas.setOnAction(e -> chooseFolder().ifPresent(vm::generateAtlas));
        generate.disableProperty().bind(vm.tasks().runningProperty());
        atlas.disableProperty().bind(vm.tasks().runningProperty());

        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.tasks().progressProperty());
        bar.visibleProperty().bind(vm.tasks().runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.tasks().runningProperty());
        HBox progress = new HBox(8, bar, cancel);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label message = new Label();
        message.textProperty().bind(Bindings.when(vm.tasks().runningProperty())
                .then(vm.tasks().messageProperty()).otherwise(vm.statusProperty()));
        message.setWrapText(true);

        Label snapshot = new Label();
        snapshot.textProperty().bind(vm.snapshotTextProperty());
        snapshot.setWrapText(true);
        Button record = new Button("Record snapshot of today's counts\u2026");
        record.setOnAction(e -> {
            TextInputDialog d = new TextInputDialog("");
            d.setTitle("Record snapshot");
            d.setHeaderText("Later reports show change since the latest snapshot.");
            d.setContentText("Label (optional):");
            d.showAndWait().ifPresent(vm::recordSnapshot);
        });

        VBox box = new VBox(10, heading("Report"), form, personal, generate, atlas, progress, message,
                heading("Change over time"), snapshot, record);
        box.setPrefWidth(340);
        box.setMinWidth(300);
        return box;
    }

    private VBox actionsPane() {
        TextArea text = new TextArea();
        text.textProperty().bindBidirectional(vm.actionsProperty());
        text.setWrapText(true);
        text.setPromptText("One call to action per line, e.g. \u201CMap the lunch clubs nobody can reach after 6 pm\u201D");
        VBox.setVgrow(text, Priority.ALWAYS);
        Label scope = new Label();
        scope.textProperty().bind(Bindings.createStringBinding(() -> "For "
                + (vm.domainProperty().get() == null ? "" : vm.domainProperty().get().label()) + " in "
                + (vm.areaProperty().get() == null ? "" : vm.areaProperty().get().label())
                + ". Reports also list the actions written for the domain in all areas.",
                vm.domainProperty(), vm.areaProperty()));
        scope.setWrapText(true);
        Button save = new Button("Save calls to action");
        save.disableProperty().bind(vm.actionsDirtyProperty().not());
        save.setOnAction(e -> vm.saveActions());
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.saveActions();
                e.consume();
            }
        });
        return new VBox(10, heading("Calls to action"), scope, text, save);
    }

    private VBox brandingPane() {
        TextField org = new TextField();
        org.textProperty().bindBidirectional(vm.organisationProperty());
        org.setPromptText("e.g. Colchester Community Partnership");
        TextField footer = new TextField();
        footer.textProperty().bindBidirectional(vm.footerProperty());
        footer.setPromptText("e.g. OFFICIAL \u2013 for publication");
        ColorPicker primary = colour(vm.primaryProperty());
        ColorPicker accent = colour(vm.accentProperty());
        Label logo = new Label();
        logo.textProperty().bind(Bindings.createStringBinding(() -> vm.logoProperty().get() == null ? "No logo"
                : "Logo set (" + vm.logoProperty().get().length / 1024 + " KB)", vm.logoProperty()));
        Button chooseLogo = new Button("Choose PNG\u2026");
        chooseLogo.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Logo");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images (*.png)", "*.png"));
            File f = fc.showOpenDialog(root.getScene().getWindow());
            if (f != null) {
                vm.chooseLogo(f.toPath());
            }
        });
        Button clearLogo = new Button("Clear");
        clearLogo.setOnAction(e -> vm.logoProperty().set(null));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, label("Organisation"), org);
        form.addRow(1, label("Main colour"), primary);
        form.addRow(2, label("Accent colour"), accent);
        form.addRow(3, label("Footer"), footer);
        form.addRow(4, label("Logo"), new VBox(6, logo, new HBox(6, chooseLogo, clearLogo)));
        Button save = new Button("Save branding");
        save.setOnAction(e -> vm.saveBranding());
        VBox box = new VBox(10, heading("Branding"), new Label("Kept in the project; used by every report."), form,
                save);
        box.setPrefWidth(330);
        box.setMinWidth(300);
        return box;
    }

    private static ColorPicker colour(javafx.beans.property.StringProperty hex) {
        ColorPicker p = new ColorPicker(Color.web(hex.get()));
        hex.addListener((o, a, b) -> {
            if (b != null && b.matches("#[0-9A-Fa-f]{6}")) {
                p.setValue(Color.web(b));
            }
        });
        p.valueProperty().addListener((o, a, c) -> hex.set(String.format("#%02X%02X%02X",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255))));
        return p;
    }

    private Optional<Path> chooseReportFile() {
        ReportFormat f = vm.formatProperty().get();
        FileChooser fc = new FileChooser();
        fc.setTitle("Write report");
        fc.setInitialFileName(vm.suggestedFileName());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.label() + " (*." + f.extension() + ")",
                "*." + f.extension()));
        File file = fc.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return Optional.empty();
        }
        Path p = file.toPath();
        return Optional.of(p.getFileName().toString().toLowerCase().endsWith("." + f.extension()) ? p
                : p.resolveSibling(p.getFileName() + "." + f.extension()));
    }

    private Optional<Path> chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Folder for the atlas of reports");
        File dir = dc.showDialog(root.getScene().getWindow());
        return dir == null ? Optional.empty() : Optional.of(dir.toPath());
    }
}
