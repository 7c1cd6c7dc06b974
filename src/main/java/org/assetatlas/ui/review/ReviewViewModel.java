package org.assetatlas.ui.review;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.assetatlas.analysis.PersonalDetails;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetValidator;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ChangeScope;
import org.assetatlas.service.ReviewQueue;
import org.assetatlas.service.ValidationException;
import org.assetatlas.ui.common.DialogService;
import org.assetatlas.ui.common.UserMessages;

/**
 * The review queue workspace: the assets due to be checked with why, oldest trouble first, and one step for each
 * outcome of a check — checked (V), paused (P), closed (C), or open it to put it right (Enter). The review period is
 * the project's own. Follows the open project and its changes.
 */
public final class ReviewViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** One row of the queue, as shown. */
    public record Row(long id, String name, String why, String lastVerified, String status) {
    }

    private final DialogService dialogs;
    private final Consumer<Long> onEdit;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty months = new SimpleIntegerProperty(org.assetatlas.model.Review.DEFAULT_MONTHS);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Runnable reload = this::reload;
    private AtlasProject project;
    private boolean loading;

    /**
     * @param projectSource the open project, followed as it changes
     * @param onEdit        opens an asset (by row id) in the editor
     */
    public ReviewViewModel(ObservableValue<AtlasProject> projectSource, DialogService dialogs, Consumer<Long> onEdit) {
        this.dialogs = dialogs;
        this.onEdit = onEdit;
        projectSource.addListener((o, a, b) -> setProject(b));
        setProject(projectSource.getValue());
        months.addListener((o, a, b) -> {
            if (!loading && project != null && b.intValue() != project.review().months()) {
                try {
                    project.review().setMonths(b.intValue());
                } catch (RuntimeException e) {
                    dialogs.showError("Review period", UserMessages.describe(e));
                }
                reload();
            }
        });
    }

    private void setProject(AtlasProject p) {
        if (project != null) {
            project.removeChangeListener(reload);
        }
        project = p;
        if (p != null) {
            p.addChangeListener(ChangeScope.ASSETS, reload);
        }
        reload();
    }

    /** Reads the queue afresh from the project. */
    public void reload() {
        rows.clear();
        if (project == null) {
            status.set("");
            return;
        }
        loading = true;
        try {
            ReviewQueue q = project.review();
            months.set(q.months());
            for (ReviewQueue.Item item : q.due()) {
                Asset a = item.asset();
                rows.add(new Row(a.id(), a.name(), String.join("\n", item.reasons()),
                        a.lastVerified() == null ? "never" : DAY.format(a.lastVerified()), a.status().label()));
            }
        } finally {
            loading = false;
        }
        status.set(rows.isEmpty() ? "Nothing is due to be checked."
                : rows.size() + (rows.size() == 1 ? " asset is" : " assets are") + " due to be checked.");
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The review period in months; setting it keeps it in the project. */
    public IntegerProperty monthsProperty() {
        return months;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Marks the row's asset checked today. Refused, saying what to correct, while a noted field is still wrong. */
    public void verify(Row row) {
        act(row, "checked", q -> q.verify(row.id()));
    }

    /** Marks the row's asset paused, checked today. */
    public void pause(Row row) {
        act(row, "paused", q -> q.pause(row.id()));
    }

    /** Marks the row's asset closed, checked today. */
    public void close(Row row) {
        act(row, "closed", q -> q.close(row.id()));
    }

    /** Opens the row's asset in the editor to put it right. */
    public void edit(Row row) {
        if (row != null) {
            onEdit.accept(row.id());
        }
    }

    private interface Action {
        Asset run(ReviewQueue q);
    }

    private void act(Row row, String what, Action action) {
        if (project == null || row == null) {
            return;
        }
        try {
            Asset a = action.run(project.review());
            reload();
            status.set("Marked \u201c" + a.name() + "\u201d " + what + ". Undo with Ctrl+Z on the Assets tab.");
            return;
        } catch (ValidationException e) {
            dialogs.showError("Correct it first", "\u201c" + row.name() + "\u201d still has something to correct: "
                    + e.problems().stream().map(AssetValidator.Problem::message)
                            .collect(java.util.stream.Collectors.joining("; "))
                    + ". Open it (Enter), put it right and save; then mark it checked.");
        } catch (RuntimeException e) {
            dialogs.showError("Could not mark \u201c" + row.name() + "\u201d " + what, UserMessages.describe(e));
        }
        reload();
    }

    /**
     * Writes the "please check your entry" list for a mail merge, asking first whether to include individuals (left
     * out unless ticked).
     */
    public void writeCheckList() {
        if (project == null) {
            return;
        }
        Optional<Boolean> people = dialogs.confirmWithOption("Check list for a mail merge", "Write the contacts of the "
                + rows.size() + " assets due, with what each should check, as a CSV file for a mail merge.",
                "Include individuals' personal details", false, "Choose file\u2026");
        if (people.isEmpty()) {
            return;
        }
        Optional<Path> out = dialogs.chooseFileToSave("Check list for a mail merge", DialogService.FileType.CSV,
                project.file().toAbsolutePath().getParent(), "please-check-your-entry.csv");
        if (out.isEmpty()) {
            return;
        }
        try {
            PersonalDetails.Release r = project.review().writeCheckList(out.get(),
                    PersonalDetails.Individuals.included(people.get()));
            String left = r.individualsLeftOut() == 0 ? "" : " " + r.individualsLeftOut()
                    + (r.individualsLeftOut() == 1 ? " individual" : " individuals") + " left out.";
            dialogs.notify("Wrote " + r.assets().size() + " entries to " + out.get().getFileName() + "." + left,
                    null, null);
            status.set("Wrote " + out.get() + ".");
        } catch (java.io.IOException | RuntimeException e) {
            dialogs.showError("Could not write the check list", UserMessages.describe(e));
        }
    }

}
