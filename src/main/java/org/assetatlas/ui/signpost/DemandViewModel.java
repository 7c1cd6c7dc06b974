package org.assetatlas.ui.signpost;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.assetatlas.model.SignpostLogEntry;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.signpost.Demand;
import org.assetatlas.ui.common.UiTasks;

/**
 * The state and commands of "Demand and supply": the anonymous signposting log read from the open project, the
 * table of needs asked for and left unmet against the assets recorded per area and domain, the needs most often left
 * unmet, and adding what came of a signposting to its log entry. The log is read off the user-interface thread.
 */
public final class DemandViewModel {

    private final Supplier<AtlasProject> project;
    private final UiTasks tasks;
    private final ReadOnlyObjectWrapper<List<String>> domains = new ReadOnlyObjectWrapper<>(this, "domains",
            List.of());
    private final ObservableList<Demand.Row> rowList = FXCollections.observableArrayList();
    private final ObservableList<Demand.Row> rows = FXCollections.unmodifiableObservableList(rowList);
    private final ObservableList<Demand.UnmetNeed> unmetList = FXCollections.observableArrayList();
    private final ObservableList<Demand.UnmetNeed> unmet = FXCollections.unmodifiableObservableList(unmetList);
    private final ObservableList<SignpostLogEntry> logList = FXCollections.observableArrayList();
    private final ObservableList<SignpostLogEntry> log = FXCollections.unmodifiableObservableList(logList);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObjectProperty<SignpostLogEntry> selectedEntry = new SimpleObjectProperty<>(this, "selectedEntry");
    private final ReadOnlyBooleanWrapper canAddOutcome = new ReadOnlyBooleanWrapper(this, "canAddOutcome");
    private final AtomicLong generation = new AtomicLong();

    /** What one reading of the log found. */
    private record Loaded(Demand demand, List<SignpostLogEntry> log) {
    }

    /**
     * @param project the open project, or null when none is open; asked again on every refresh
     * @param tasks   reads the log off the user-interface thread
     */
    public DemandViewModel(Supplier<AtlasProject> project, UiTasks tasks) {
        this.project = project;
        this.tasks = tasks;
        canAddOutcome.bind(Bindings.isNotNull(selectedEntry));
    }

    /** Reads the log again and recomputes the tables; clears them when no project is open. */
    public void refresh() {
        long gen = generation.incrementAndGet();
        AtlasProject p = project.get();
        if (p == null) {
            domains.set(List.of());
            rowList.clear();
            unmetList.clear();
            logList.clear();
            summary.set("");
            return;
        }
        tasks.background(() -> new Loaded(p.signposting().demand(null, null), p.signposting().log(null, null)),
                (loaded, error) -> {
                    if (gen != generation.get()) {
                        return; // a newer refresh superseded this one
                    }
                    if (error != null) {
                        summary.set("The signposting log could not be read: " + error.getMessage());
                        return;
                    }
                    Demand d = loaded.demand();
                    domains.set(List.copyOf(d.domains()));
                    rowList.setAll(d.rows());
                    unmetList.setAll(d.unmet());
                    logList.setAll(loaded.log());
                    summary.set(summaryOf(d));
                });
    }

    /** The line above the tables: how many signpostings were logged and how many left unmet. */
    static String summaryOf(Demand d) {
        return d.entries() + " signposting" + (d.entries() == 1 ? "" : "s") + " logged; "
                + d.unmet().stream().mapToInt(Demand.UnmetNeed::times).sum() + " left unmet. No personal details are"
                + " kept. Cells read: asked / unmet / assets recorded (the last column: all assets in the area).";
    }

    /**
     * Records what came of the selected signposting (personal details are taken out before it is kept) and reads
     * the log again. False when nothing is selected or no project is open.
     */
    public boolean addOutcome(String outcome) {
        SignpostLogEntry e = selectedEntry.get();
        AtlasProject p = project.get();
        if (e == null || p == null || outcome == null) {
            return false;
        }
        boolean saved = p.signposting().setOutcome(e.id(), outcome);
        refresh();
        return saved;
    }

    /** A cell of the demand table: searches asked for / left unmet / assets recorded, in one domain column. */
    public static String cell(Demand.Row row, int column) {
        return row.asked()[column] + " / " + row.unmet()[column] + " / " + row.available()[column];
    }

    /** The options given in a log entry, or "(unmet)" when nothing was found to offer. */
    public static String options(SignpostLogEntry e) {
        return e.unmet() && e.options().isEmpty() ? "(unmet)" : String.join("; ", e.options());
    }

    /** The domain columns of the demand table, in order; the last is for needs of no known domain. */
    public ReadOnlyObjectProperty<List<String>> domainsProperty() {
        return domains.getReadOnlyProperty();
    }

    /** One row per area, and one for needs without a place. */
    public ObservableList<Demand.Row> rows() {
        return rows;
    }

    /** The needs left unmet, most often asked first. */
    public ObservableList<Demand.UnmetNeed> unmet() {
        return unmet;
    }

    /** The log, newest first. */
    public ObservableList<SignpostLogEntry> log() {
        return log;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The log entry chosen in the log table; bound by the view. */
    public ObjectProperty<SignpostLogEntry> selectedEntryProperty() {
        return selectedEntry;
    }

    public ReadOnlyBooleanProperty canAddOutcomeProperty() {
        return canAddOutcome.getReadOnlyProperty();
    }
}
