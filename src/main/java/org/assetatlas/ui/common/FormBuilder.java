package org.assetatlas.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Builds a record form the same way everywhere: optional content above (such as the records made so far), labelled
 * rows, and a footer with the submit button and the message saying what the form still needs. The submit button is
 * enabled only while the view model says the form can be recorded, and Ctrl+Enter submits from any field.
 *
 * <pre>{@code
 * Node form = new FormBuilder()
 *         .above(list)
 *         .row("Title", title)
 *         .row("Area", area, FormBuilder.fixed("From"), start)
 *         .build("engagementForm", new FormBuilder.Submit("Record engagement", "recordEngagementButton", null,
 *                 vm.canRecordBinding(), vm::record, vm.problemProperty()));
 * }</pre>
 */
public final class FormBuilder {

    /**
     * The footer of a form.
     *
     * @param label    the button's text
     * @param buttonId the button's id, for tests and styling
     * @param tooltip  the button's tooltip, or null for none
     * @param enabled  true while the form can be submitted
     * @param action   what submitting does (the view model's command)
     * @param problem  what the form still needs, shown beside the button ("" when nothing)
     */
    public record Submit(String label, String buttonId, String tooltip, ObservableBooleanValue enabled,
                         Runnable action, ObservableStringValue problem) {
    }

    private final GridPane grid = new GridPane();
    private final List<Node> above = new ArrayList<>();
    private int row;

    public FormBuilder() {
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(80);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.setPadding(new Insets(8));
    }

    /** Content shown above the labelled rows, in the same scrolling area. */
    public FormBuilder above(Node... nodes) {
        above.addAll(List.of(nodes));
        return this;
    }

    /** A labelled row: one field, or several side by side on one line. */
    public FormBuilder row(String label, Node... fields) {
        grid.addRow(row++, new Label(label), fields.length == 1 ? fields[0] : line(fields));
        return this;
    }

    /** A note under the fields of the row above, without a label of its own. */
    public FormBuilder note(Node note) {
        grid.add(note, 1, row++);
        return this;
    }

    /** The finished form, with the given id. */
    public Node build(String id, Submit submit) {
        List<Node> content = new ArrayList<>(above);
        content.add(grid);
        ScrollPane scroll = new ScrollPane(content.size() == 1 ? grid : new VBox(6, content.toArray(Node[]::new)));
        scroll.setFitToWidth(true);

        Button button = new Button(submit.label());
        button.setId(submit.buttonId());
        button.getStyleClass().add(Styles.PRIMARY);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(javafx.beans.binding.Bindings.not(submit.enabled()));
        button.setOnAction(e -> submit.action().run());
        if (submit.tooltip() != null) {
            button.setTooltip(new Tooltip(submit.tooltip()));
        }
        Label problem = new Label();
        problem.textProperty().bind(submit.problem());
        problem.getStyleClass().add("factors-note");
        problem.setWrapText(true);
        HBox footer = new HBox(10, button, problem);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(6, 8, 2, 8));

        VBox root = new VBox(scroll, footer);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setId(id);
        KeyCombination submitKey = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (submitKey.match(e)) {
                submit.action().run();
                e.consume();
            }
        });
        return root;
    }

    /** A text field bound both ways to a view model's property. */
    public static TextField text(String id, String prompt, StringProperty value) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    /** A label that keeps its full width when the row is narrow. */
    public static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Nodes side by side on one line, centred vertically. */
    public static HBox line(Node... nodes) {
        HBox line = new HBox(8, nodes);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /**
     * The records made so far, one wrapped line each, marked "(illustrative)" when they are demo data and their text
     * does not already say so.
     */
    public static <T> ListView<T> records(String id, ObservableList<T> items, String placeholder,
                                          Function<T, String> describe, Predicate<T> illustrative) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(80);
        list.setMinHeight(60);
        list.setPlaceholder(new Label(placeholder));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(0);
                String text = empty || item == null ? null : describe.apply(item);
                setText(text == null || !illustrative.test(item) || text.contains("illustrative") ? text
                        : text + " (illustrative)");
            }
        });
        return list;
    }

    /**
     * A tick box for each option, wrapping onto more lines as needed; ticking adds the option to {@code ticked} and
     * clearing removes it. The boxes follow both lists when the view model changes them.
     *
     * @param idPrefix each box's id is this followed by the option with runs of other characters as "-"
     */
    public static FlowPane tickBoxes(String idPrefix, ObservableList<String> options, ObservableSet<String> ticked) {
        FlowPane pane = new FlowPane(10, 4);
        Runnable draw = () -> {
            pane.getChildren().clear();
            for (String option : options) {
                CheckBox box = new CheckBox(option);
                box.setId(idPrefix + option.replaceAll("[^A-Za-z0-9]+", "-"));
                box.setSelected(ticked.contains(option));
                box.selectedProperty().addListener((o, was, now) -> {
                    if (now) {
                        ticked.add(option);
                    } else {
                        ticked.remove(option);
                    }
                });
                pane.getChildren().add(box);
            }
        };
        options.addListener((ListChangeListener<String>) c -> draw.run());
        ticked.addListener((SetChangeListener<String>) c -> {
            for (Node n : pane.getChildren()) {
                CheckBox box = (CheckBox) n;
                box.setSelected(ticked.contains(box.getText()));
            }
        });
        draw.run();
        return pane;
    }
}
