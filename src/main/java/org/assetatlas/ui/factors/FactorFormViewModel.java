package org.assetatlas.ui.factors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import org.assetatlas.model.Area;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ValidationException;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.UserMessages;

/**
 * What the forms of the factors tab (voice, engagement, transport) share: the message saying what the form still
 * needs, whether it can be recorded, and recording as one undoable step whose outcome is told on the tab.
 *
 * <p>A form says what is missing in {@link #check()}, stores its record in {@link #store}, and clears itself in
 * {@link #clear()}; {@link #record()} does the rest the same way for all of them.
 *
 * @param <T> what the form records
 */
public abstract class FactorFormViewModel<T> {

    protected final FactorsViewModel factors;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding canRecord;

    protected FactorFormViewModel(FactorsViewModel factors) {
        this.factors = factors;
        canRecord = Bindings.createBooleanBinding(() -> problem.get().isEmpty() && factors.service() != null,
                problem, factors.matrixProperty());
    }

    /** Works out what the form still needs and shows it with {@link #showProblem}. */
    protected abstract void check();

    /** Stores the record the form describes; may throw {@link ValidationException} with a message for the user. */
    protected abstract T store(AtlasProject project);

    /** What the tab says once the record is stored. */
    protected abstract String recorded(T stored);

    /** Empties the fields that belong to one record only, ready for the next. */
    protected abstract void clear();

    /** Shows what the form still needs, or "" when it can be recorded. */
    protected final void showProblem(String message) {
        problem.set(message);
    }

    /** Keeps an area chosen: the first of the tab's areas, until the user picks another that still exists. */
    protected final void keepAnAreaChosen(ObjectProperty<Choice<Area>> area) {
        area.set(factors.areaChoices().isEmpty() ? null : factors.areaChoices().get(0));
        factors.areaChoices().addListener((ListChangeListener<Choice<Area>>) c -> {
            if (area.get() == null || !factors.areaChoices().contains(area.get())) {
                area.set(factors.areaChoices().isEmpty() ? null : factors.areaChoices().get(0));
            }
        });
    }

    /**
     * Records what the form describes (undoable) and clears it.
     *
     * @return what was stored, or null when the form is incomplete or saving failed (the tab's message says why)
     */
    public final T record() {
        check();
        if (!canRecord.get()) {
            return null;
        }
        T stored;
        try {
            stored = store(factors.project());
        } catch (ValidationException | IllegalArgumentException e) {
            factors.tell(e.getMessage());
            return null;
        } catch (RuntimeException e) {
            factors.tell(UserMessages.describe(e));
            return null;
        }
        factors.tell(recorded(stored));
        clear();
        return stored;
    }

    /** What the form still needs before it can be recorded, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding canRecordBinding() {
        return canRecord;
    }
}
