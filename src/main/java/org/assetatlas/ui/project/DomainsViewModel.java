package org.assetatlas.ui.project;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.assetatlas.model.Domain;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ChangeScope;
import org.assetatlas.service.DomainEditing;
import org.assetatlas.ui.common.DialogService;
import org.assetatlas.ui.common.UserMessages;

/**
 * The project's domains editor: add, rename, merge, retire or restore, and move up or down. Each change first shows
 * what it will do and asks to confirm; every change is undoable with the assets' Undo (Ctrl+Z).
 */
public final class DomainsViewModel {

    private static final String TITLE = "Domains";

    private final AtlasProject project;
    private final DialogService dialogs;
    private final ObservableList<Domain> domains = FXCollections.observableArrayList();
    private final ObjectProperty<Domain> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Domain> mergeInto = new SimpleObjectProperty<>(this, "mergeInto");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public DomainsViewModel(AtlasProject project, DialogService dialogs) {
        this.project = project;
        this.dialogs = dialogs;
        selected.addListener((o, a, b) -> {
            if (b != null) {
                name.set(b.name());
            }
        });
        refresh();
    }

    /** Re-reads the domains, keeping the selection by name. */
    public void refresh() {
        refresh(selected.get() == null ? null : selected.get().name());
    }

    private void refresh(String keep) {
        domains.setAll(project.framework().domains());
        selected.set(keep == null ? null : project.framework().find(keep).orElse(null));
    }

    /** Adds the typed name at the end of the list. */
    public boolean add() {
        String n = name.get();
        return confirmAndDo("Add", () -> project.domains().previewAdd(n), e -> {
            e.add(n, "");
            return "Added " + n.strip() + ".";
        });
    }

    /** Renames the selected domain to the typed name; everything tagged with it follows. */
    public boolean rename() {
        Domain d = selected.get();
        String n = name.get();
        if (d == null) {
            return tell("Select a domain to rename.");
        }
        return confirmAndDo("Rename", () -> project.domains().previewRename(d.name(), n), e -> {
            e.rename(d.name(), n);
            refresh(n.strip());
            return "Renamed " + d.name() + " to " + n.strip() + ".";
        });
    }

    /** Merges the selected domain into the one chosen in {@link #mergeIntoProperty()}. */
    public boolean merge() {
        Domain d = selected.get();
        Domain into = mergeInto.get();
        if (d == null || into == null) {
            return tell("Select a domain, and the domain to merge it into.");
        }
        return confirmAndDo("Merge", () -> project.domains().previewMerge(d.name(), into.name()), e -> {
            e.merge(d.name(), into.name());
            return "Merged " + d.name() + " into " + into.name() + ".";
        });
    }

    /** Retires the selected domain, or restores it when it is retired. */
    public boolean retireOrRestore() {
        Domain d = selected.get();
        if (d == null) {
            return tell("Select a domain to retire or restore.");
        }
        if (d.retired()) {
            return confirmAndDo("Restore", () -> project.domains().previewRestore(d.name()), e -> {
                e.restore(d.name());
                return "Restored " + d.name() + ".";
            });
        }
        return confirmAndDo("Retire", () -> project.domains().previewRetire(d.name()), e -> {
            e.retire(d.name());
            return "Retired " + d.name() + ".";
        });
    }

    /** Moves the selected domain up (-1) or down (+1). */
    public boolean move(int by) {
        Domain d = selected.get();
        if (d == null) {
            return false;
        }
        int to = domains.indexOf(d) + 1 + by;
        if (to < 1 || to > domains.size()) {
            return false;
        }
        return confirmAndDo("Move", () -> project.domains().previewMove(d.name(), to), e -> {
            e.move(d.name(), to);
            return "Moved " + d.name() + " to position " + to + ".";
        });
    }

    /** Undoes the newest change to the assets or the framework, as Edit ▸ Undo does in the main window. */
    public boolean undo() {
        String what = project.nextUndo(ChangeScope.ASSETS).orElse(null);
        try {
            if (!project.undo(ChangeScope.ASSETS)) {
                return tell("Nothing to undo.");
            }
        } catch (RuntimeException ex) {
            dialogs.showError("Could not undo", UserMessages.describe(ex));
            return false;
        }
        refresh();
        return done("Undid " + what + ".");
    }

    private boolean confirmAndDo(String verb, Supplier<DomainEditing.Preview> preview,
                                 Function<DomainEditing, String> change) {
        DomainEditing.Preview p;
        try {
            p = preview.get();
        } catch (IllegalArgumentException ex) {
            return tell(ex.getMessage());
        }
        if (!dialogs.confirm(TITLE, p.text() + " You can undo this with Ctrl+Z.", verb)) {
            return tell("Nothing changed.");
        }
        try {
            String what = change.apply(project.domains());
            refresh(selected.get() == null ? null : selected.get().name());
            name.set(selected.get() == null ? "" : selected.get().name());
            return done(what);
        } catch (IllegalArgumentException ex) {
            return tell(ex.getMessage());
        } catch (RuntimeException ex) {
            dialogs.showError("Could not change the domains", UserMessages.describe(ex));
            return false;
        }
    }

    /** Shows why nothing changed; false. */
    private boolean tell(String text) {
        message.set(text);
        return false;
    }

    /** Shows what changed; true. */
    private boolean done(String text) {
        message.set(text);
        return true;
    }

    public ObservableList<Domain> domains() {
        return domains;
    }

    public ObjectProperty<Domain> selectedProperty() {
        return selected;
    }

    /** The name typed for a new domain or a rename. */
    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Domain> mergeIntoProperty() {
        return mergeInto;
    }

    /** What the last change did, or why it could not be made. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
