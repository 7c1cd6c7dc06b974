package org.assetatlas.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * A workspace with its own undo history. While its tab is selected, the main window's Edit ▸ Undo and Redo (Ctrl+Z,
 * Ctrl+Y, Ctrl+Shift+Z) act on it instead of on the assets.
 */
public interface WorkspaceUndo {

    /** The menu text for Undo, e.g. "Undo record barrier “No Sunday bus”". */
    ObservableStringValue undoText();

    ObservableStringValue redoText();

    ObservableBooleanValue canUndo();

    ObservableBooleanValue canRedo();

    void undo();

    void redo();
}
