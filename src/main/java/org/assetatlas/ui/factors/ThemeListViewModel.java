package org.assetatlas.ui.factors;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.assetatlas.model.Labelled;

/**
 * The project's theme list in the "Barriers & enablers" tab: add, rename (the theme's factors follow), remove (its
 * factors keep the theme and the matrix still shows it) and reorder. Every change is undoable.
 */
public final class ThemeListViewModel {

    private final FactorsViewModel factors;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");

    public ThemeListViewModel(FactorsViewModel factors) {
        this.factors = factors;
        selected.addListener((o, a, b) -> {
            if (b != null) {
                name.set(b);
            }
        });
    }

    private boolean known(String theme) {
        String key = Labelled.squash(theme);
        return themes().stream().anyMatch(t -> Labelled.squash(t).equals(key));
    }

    /** Adds the typed name at the end of the list. */
    public boolean add() {
        String n = name.get() == null ? "" : name.get().strip();
        if (factors.service() == null || n.isEmpty()) {
            factors.tell("Type the theme's name first.");
            return false;
        }
        if (known(n)) {
            factors.tell("The list already has \u201c" + n + "\u201d.");
            return false;
        }
        List<String> list = new ArrayList<>(themes());
        list.add(n);
        factors.service().setThemes(list);
        factors.tell("Added the theme \u201c" + n + "\u201d.");
        name.set("");
        return true;
    }

    /** Renames the selected theme to the typed name, on its factors too. */
    public boolean rename() {
        String from = selected.get();
        String to = name.get() == null ? "" : name.get().strip();
        if (factors.service() == null || from == null || to.isEmpty() || to.equals(from)) {
            factors.tell("Select a theme and type its new name.");
            return false;
        }
        try {
            factors.service().renameTheme(from, to);
        } catch (IllegalArgumentException e) {
            factors.tell(e.getMessage());
            return false;
        }
        factors.tell("Renamed \u201c" + from + "\u201d to \u201c" + to + "\u201d, on its factors too. Undo puts it"
                + " back.");
        selected.set(null);
        name.set("");
        return true;
    }

    /** Removes the selected theme from the list; its factors keep it. */
    public boolean remove() {
        String t = selected.get();
        if (factors.service() == null || t == null) {
            return false;
        }
        factors.service().setThemes(themes().stream().filter(x -> !x.equals(t)).toList());
        factors.tell("Removed \u201c" + t + "\u201d from the list; factors of that theme keep it. Undo puts it back.");
        selected.set(null);
        return true;
    }

    /** Moves the selected theme up (-1) or down (+1) the list, which is the matrix's row order. */
    public void move(int by) {
        String t = selected.get();
        List<String> list = new ArrayList<>(themes());
        int i = list.indexOf(t);
        int j = i + by;
        if (factors.service() == null || i < 0 || j < 0 || j >= list.size()) {
            return;
        }
        list.set(i, list.get(j));
        list.set(j, t);
        factors.service().setThemes(list);
        selected.set(t);
    }

    public ObservableList<String> themes() {
        return factors.themes();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }
}
