package org.assetatlas.ui.factors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.assetatlas.model.Area;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.TransportKind;
import org.assetatlas.model.TransportService;
import org.assetatlas.model.WeeklySchedule;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.TransportAccess;
import org.assetatlas.service.RowProblem;
import org.assetatlas.ui.common.DialogService;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.UserMessages;
import org.assetatlas.ui.common.UiTasks;

/**
 * Transport in the "Barriers & enablers" tab: the recorded services, a form that records one (kind, days and times,
 * who can use it, the area it serves and its stops, found by name or code among the project's NaPTAN stops), and the
 * import of NaPTAN stops from a CSV file in the background with a report of the rows that were rejected.
 */
public final class TransportFormViewModel extends FactorFormViewModel<TransportService> {

    /** How many stops a search lists at most. */
    public static final int SEARCH_LIMIT = 50;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<TransportKind> kind = new SimpleObjectProperty<>(this, "kind",
            TransportKind.COMMUNITY_TRANSPORT);
    private final StringProperty operator = new SimpleStringProperty(this, "operator", "");
    private final StringProperty times = new SimpleStringProperty(this, "times", "");
    private final StringProperty eligibility = new SimpleStringProperty(this, "eligibility", "");
    private final ObjectProperty<Choice<Area>> area = new SimpleObjectProperty<>(this, "area");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty stopSearch = new SimpleStringProperty(this, "stopSearch", "");
    private final ObservableList<BusStop> foundStops = FXCollections.observableArrayList();
    private final ObservableList<BusStop> chosenStops = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper stopCount = new ReadOnlyStringWrapper(this, "stopCount", "");

    public TransportFormViewModel(FactorsViewModel factors) {
        super(factors);
        for (Observable x : new Observable[] {name, times, kind}) {
            x.addListener(ignored -> check());
        }
        stopSearch.addListener((o, a, b) -> search());
        factors.matrixProperty().addListener((o, a, b) -> countStops());
        keepAnAreaChosen(area);
        countStops();
        check();
    }

    private void countStops() {
        TransportAccess s = factors.service() == null ? null : factors.project().transport();
        int n = s == null ? 0 : s.stops().size();
        stopCount.set(n == 0 ? "The project has no stops yet: import NaPTAN stops to choose a route's stops."
                : String.format("%,d stops in the project.", n));
        search();
    }

    private void search() {
        TransportAccess s = factors.service() == null ? null : factors.project().transport();
        foundStops.setAll(s == null ? List.of() : s.findStops(stopSearch.get(), SEARCH_LIMIT));
    }

    /** Adds a found stop to the service's stops, in order. */
    public void choose(BusStop stop) {
        if (stop != null && chosenStops.stream().noneMatch(b -> b.atcoCode().equals(stop.atcoCode()))) {
            chosenStops.add(stop);
        }
    }

    public void unchoose(BusStop stop) {
        chosenStops.remove(stop);
    }

    @Override
    protected void check() {
        String p = "";
        if (name.get() == null || name.get().isBlank()) {
            p = "Name the service, e.g. \u201cHospital hopper\u201d.";
        } else {
            try {
                WeeklySchedule.parse(times.get());
            } catch (IllegalArgumentException e) {
                p = "Days and times: " + e.getMessage() + " (e.g. \u201cMon-Fri 09:00-17:00; Sat 10:00-14:00\u201d).";
            }
        }
        showProblem(p);
    }

    @Override
    protected TransportService store(AtlasProject project) {
        String code = area.get() == null || area.get().value() == null ? null : area.get().value().code();
        return project.transport().recordTransportService(new TransportService(0, name.get(), kind.get(), operator.get(),
                List.of(), chosenStops.stream().map(BusStop::atcoCode).toList(), WeeklySchedule.parse(times.get()),
                eligibility.get(), code == null ? List.of() : List.of(code), note.get(), false));
    }

    @Override
    protected String recorded(TransportService stored) {
        return "Recorded \u201c" + stored.name() + "\u201d. Undo takes it out.";
    }

    @Override
    protected void clear() {
        name.set("");
        operator.set("");
        times.set("");
        eligibility.set("");
        note.set("");
        stopSearch.set("");
        chosenStops.clear();
    }


    /** Asks for a NaPTAN CSV file and imports its stops in the background. */
    public void chooseAndImportStops() {
        if (factors.service() == null) {
            return;
        }
        factors.main().dialogs().chooseFileToOpen("Import NaPTAN stops", DialogService.FileType.CSV,
                factors.main().lastFolder()).ifPresent(this::importStops);
    }

    /**
     * Imports stops from a NaPTAN CSV file in the background (progress in the status bar, cancellable); the good rows
     * are stored together and the rejected ones are reported with their line and reason. Nothing is stored when the
     * file cannot be read or the import is cancelled.
     *
     * @return false when another job is running
     */
    public boolean importStops(Path csv) {
        TransportAccess s = factors.service() == null ? null : factors.project().transport();
        if (s == null) {
            return false;
        }
        UiTasks tasks = factors.main().tasks();
        boolean started = tasks.run("Importing NaPTAN stops", p -> s.importNaptanCsv(csv, p), r -> {
            factors.tell("NaPTAN stops from " + csv.getFileName() + ": " + r.summary() + ".");
            countStops();
            List<String> lines = new ArrayList<>();
            lines.add(r.summary() + ".");
            if (!r.problems().isEmpty()) {
                lines.add("");
                lines.add("Rows rejected (nothing else was lost):");
                int shown = 0;
                for (RowProblem problem : RowProblem.of(r)) {
                    if (shown++ == 200) {
                        lines.add(String.format("\u2026 and %,d more", r.problems().size() - 200));
                        break;
                    }
                    lines.add(problem.toString());
                }
            }
            factors.main().dialogs().showInformation("NaPTAN stops imported", csv.getFileName().toString(),
                    String.join("\n", lines));
        }, e -> factors.main().dialogs().showError("NaPTAN stops not imported",
                "Nothing was imported from " + csv.getFileName() + ": " + UserMessages.describe(e)),
                () -> factors.tell("NaPTAN import cancelled; nothing was imported."));
        if (!started) {
            factors.tell("Another job is still running; try again when it has finished.");
        }
        return started;
    }

    /** A service as one line: kind, days and times, who can use it. */
    public static String describe(TransportService t) {
        return t.name() + " \u2014 " + t.kind().label() + "; "
                + (t.schedule().isEmpty() ? "times not recorded" : FactorsView.compact(t.schedule())) + "; "
                + (t.eligibility().isEmpty() ? "open to all" : t.eligibility())
                + (t.stopCodes().isEmpty() ? "" : "; " + t.stopCodes().size() + " stops");
    }

    public ObservableList<TransportService> services() {
        return factors.transportServices();
    }

    public ObservableList<Choice<Area>> areaChoices() {
        return factors.areaChoices();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<TransportKind> kindProperty() {
        return kind;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public StringProperty timesProperty() {
        return times;
    }

    public StringProperty eligibilityProperty() {
        return eligibility;
    }

    public ObjectProperty<Choice<Area>> areaProperty() {
        return area;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty stopSearchProperty() {
        return stopSearch;
    }

    public ObservableList<BusStop> foundStops() {
        return foundStops;
    }

    public ObservableList<BusStop> chosenStops() {
        return chosenStops;
    }

    public ReadOnlyStringProperty stopCountProperty() {
        return stopCount.getReadOnlyProperty();
    }

    /** Whether a background job (such as an import) is running, for the progress bar. */
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return factors.main().tasks().runningProperty();
    }

    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return factors.main().tasks().progressProperty();
    }

    /** Cancels the running import. */
    public void cancelImport() {
        factors.main().tasks().cancel();
    }
}
