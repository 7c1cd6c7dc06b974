package org.assetatlas.ui.common;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps to the column's width and whose row grows to show all of it (line breaks kept): for
 * cells that explain, such as what changed or why a record is due.
 */
public final class WrappingTextCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    public WrappingTextCell(ObservableDoubleValue columnWidth) {
        text.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.subtract(columnWidth, 14));
        text.getStyleClass().add("table-text");
        setPrefHeight(Region.USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
        } else {
            text.setText(item);
            setGraphic(text);
        }
    }
}
