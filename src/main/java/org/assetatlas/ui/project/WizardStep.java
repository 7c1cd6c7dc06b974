package org.assetatlas.ui.project;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** One page of a wizard: its title, its content and whether Next may be pressed. */
public interface WizardStep {

    /** The step's title, shown above its content, e.g. "Boundaries". */
    String title();

    /** The step's content. */
    Node content();

    /** True when the step is complete enough to go on; by default always (a step that can be left as it is). */
    default ObservableBooleanValue valid() {
        return new javafx.beans.property.SimpleBooleanProperty(true);
    }

    /**
     * Called when Next is pressed on this step, before the next step is shown; false keeps the wizard here (the step
     * has said why).
     */
    default boolean leave() {
        return true;
    }

    /** Called each time the step is shown. */
    default void entered() {
    }
}
