package org.assetatlas.ui.project;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.assetatlas.model.ReferenceSource;
import org.assetatlas.model.ReferenceSource.Kind;
import org.assetatlas.service.ReferenceData;
import org.assetatlas.ui.common.DialogService;
import org.assetatlas.ui.common.UiTasks;

/**
 * The reference data panel shared by the wizard's Reference data step and the Reference data dialog: per kind,
 * what it is for, where to download it and its licence, and an import button; then the last import's summary and
 * the files loaded, with source, vintage and licence. The view only binds; {@link ReferenceDataViewModel} does the
 * work.
 */
public final class ReferenceDataPane extends VBox {

    /** Runs an import off the FX thread and hands its result back on it. */
    @FunctionalInterface
    public interface Runner {
        void run(String what, UiTasks.Work<ReferenceData.Result> work, Consumer<ReferenceData.Result> done);
    }

    private final Label result = new Label();

    public ReferenceDataPane(ReferenceDataViewModel vm, DialogService dialogs, Runner runner,
                             ObservableBooleanValue busy) {
        super(8);
        for (Kind kind : Kind.values()) {
            Label heading = new Label(kind.label());
            heading.setStyle("-fx-font-weight: bold;");
            Label purpose = new Label(ReferenceDataViewModel.purpose(kind));
            purpose.setWrapText(true);
            VBox where = new VBox(2);
            for (ReferenceData.Download d : ReferenceDataViewModel.downloads(kind)) {
                // a read-only field, so that the address can be selected and copied into a browser
                TextField link = new TextField(d.where());
                link.setEditable(false);
                link.setFocusTraversable(false);
                HBox.setHgrow(link, Priority.ALWAYS);
                Label what = new Label(d.what() + " \u2014 " + d.licence() + ":");
                what.setWrapText(true);
                where.getChildren().addAll(what, link);
            }
            String noun = kind.label().toLowerCase(Locale.UK);
            Button load = new Button("Import " + noun + " CSV\u2026");
            load.setId("reference-import-" + kind.name().toLowerCase(Locale.ROOT));
            load.disableProperty().bind(busy);
            load.setOnAction(e -> dialogs.chooseFileToOpen(kind.label(), DialogService.FileType.CSV, null)
                    .ifPresent(f -> runner.run("Importing " + noun + "\u2026", p -> vm.importFile(kind, f, p),
                            r -> result.setText(vm.imported(r)))));
            getChildren().addAll(heading, purpose, where, load);
        }
        result.setId("reference-result");
        result.setWrapText(true);
        getChildren().addAll(result, new Label("Loaded into this project:"), table(vm));
    }

    private static TableView<ReferenceSource> table(ReferenceDataViewModel vm) {
        TableView<ReferenceSource> t = new TableView<>(vm.sources());
        t.setId("reference-sources");
        t.setPlaceholder(new Label("No reference files loaded yet."));
        t.getColumns().add(column("Kind", s -> s.kind().label()));
        t.getColumns().add(column("Dataset", ReferenceSource::title));
        t.getColumns().add(column("Vintage", ReferenceSource::vintage));
        t.getColumns().add(column("Publisher", ReferenceSource::publisher));
        t.getColumns().add(column("Licence", ReferenceSource::licence));
        t.getColumns().add(column("Loaded", s -> s.loaded().toString()));
        t.getColumns().add(column("Rows", s -> String.format(Locale.UK, "%,d", s.rows())));
        t.getColumns().add(column("File", ReferenceSource::file));
        t.setPrefHeight(160);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    private static TableColumn<ReferenceSource, String> column(String title,
                                                              java.util.function.Function<ReferenceSource, String> f) {
        TableColumn<ReferenceSource, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }
}
