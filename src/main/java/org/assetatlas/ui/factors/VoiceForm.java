package org.assetatlas.ui.factors;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.assetatlas.model.EvidenceSource;
import org.assetatlas.model.Factor;
import org.assetatlas.model.VoiceConsent;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.Styles;

/** The form that records a resident's voice, over a {@link VoiceFormViewModel}. */
public final class VoiceForm {

    private final VoiceFormViewModel vm;
    private final VBox root;
    private final FlowPane domainBoxes = new FlowPane(10, 4);

    public VoiceForm(VoiceFormViewModel vm) {
        this.vm = vm;
        TextArea quote = new TextArea();
        quote.setId("voiceQuote");
        quote.setPrefRowCount(2);
        quote.setWrapText(true);
        quote.setPromptText("The resident's own words");
        quote.textProperty().bindBidirectional(vm.quoteProperty());

        TextField speaker = new TextField();
        speaker.setId("voiceSpeaker");
        speaker.setPromptText("How they may be described, e.g. \u201cunpaid carer, Greenstead\u201d");
        speaker.textProperty().bindBidirectional(vm.speakerProperty());
        CheckBox named = new CheckBox("Agreed to be named");
        named.setId("voiceAgreedToBeNamed");
        named.selectedProperty().bindBidirectional(vm.agreedToBeNamedProperty());
        named.setMinWidth(Region.USE_PREF_SIZE);
        TextField name = new TextField();
        name.setId("voiceName");
        name.setPromptText("Name (only with their agreement)");
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.disableProperty().bind(vm.agreedToBeNamedProperty().not());
        HBox.setHgrow(name, Priority.ALWAYS);

        ToggleGroup consentGroup = new ToggleGroup();
        HBox consentRow = new HBox(12);
        for (VoiceConsent c : VoiceConsent.values()) {
            RadioButton b = new RadioButton(c.label());
            b.setId("consent-" + c.code());
            b.setUserData(c);
            b.setToggleGroup(consentGroup);
            b.setTooltip(new Tooltip(c.explanation()));
            b.setSelected(vm.consentProperty().get() == c);
            consentRow.getChildren().add(b);
        }
        consentGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.consentProperty().set((VoiceConsent) b.getUserData());
            }
        });
        vm.consentProperty().addListener((o, a, b) -> consentGroup.getToggles().stream()
                .filter(t -> t.getUserData() == b).findFirst().ifPresent(consentGroup::selectToggle));
        Label explanation = new Label();
        explanation.setId("consentExplanation");
        explanation.textProperty().bind(vm.consentExplanationProperty());
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.getStyleClass().add("factors-note");

        ListView<Factor> links = new ListView<>(vm.factorChoices());
        links.setId("voiceFactors");
        links.setPrefHeight(90);
        links.setPlaceholder(new Label("No barriers or enablers recorded yet."));
        links.setCellFactory(l -> new LinkCell());
        vm.linkedFactors().addListener((SetChangeListener<Long>) c -> links.refresh());

        vm.domains().addListener((ListChangeListener<String>) c -> drawDomainBoxes());
        vm.formDomains().addListener((SetChangeListener<String>) c -> syncDomainBoxes());
        drawDomainBoxes();

        ComboBox<Choice<org.assetatlas.model.Area>> area = new ComboBox<>(vm.areaChoices());
        area.setId("voiceArea");
        area.valueProperty().bindBidirectional(vm.areaProperty());
        ComboBox<Choice<EvidenceSource>> source = new ComboBox<>(vm.sources());
        source.setId("voiceSource");
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        source.setMaxWidth(260);
        DatePicker date = new DatePicker();
        date.setId("voiceDate");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        date.setPrefWidth(130);

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int r = 0;
        g.addRow(r++, new Label("Words"), quote);
        g.addRow(r++, new Label("Speaker"), speaker);
        HBox nameRow = new HBox(8, named, name);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        g.addRow(r++, new Label("Name"), nameRow);
        g.addRow(r++, new Label("Consent"), consentRow);
        g.add(explanation, 1, r++);
        g.addRow(r++, new Label("Speaks to"), links);
        g.addRow(r++, new Label("Domains"), domainBoxes);
        HBox where = new HBox(8, area, new Label("Date"), date);
        where.setAlignment(Pos.CENTER_LEFT);
        g.addRow(r++, new Label("Area"), where);
        g.addRow(r++, new Label("Source"), source);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(80);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, fields);
        g.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(g);
        scroll.setFitToWidth(true);

        Button record = new Button("Record voice");
        record.setId("recordVoiceButton");
        record.getStyleClass().add(Styles.PRIMARY);
        record.setMinWidth(Region.USE_PREF_SIZE);
        record.disableProperty().bind(vm.canRecordBinding().not());
        record.setOnAction(e -> vm.record());
        record.setTooltip(new Tooltip("Record the quote (Ctrl+Enter); Undo takes it out"));
        Label problem = new Label();
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add("factors-note");
        problem.setWrapText(true);
        HBox footer = new HBox(10, record, problem);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(6, 8, 2, 8));
        root = new VBox(scroll, footer);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setId("voiceForm");
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.record();
                e.consume();
            }
        });
    }

    public Node node() {
        return root;
    }

    private void drawDomainBoxes() {
        domainBoxes.getChildren().clear();
        for (String d : vm.domains()) {
            CheckBox box = new CheckBox(d);
            box.setId("voiceDomain-" + d.replaceAll("[^A-Za-z0-9]+", "-"));
            box.setSelected(vm.formDomains().contains(d));
            box.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    vm.formDomains().add(d);
                } else {
                    vm.formDomains().remove(d);
                }
            });
            domainBoxes.getChildren().add(box);
        }
    }

    private void syncDomainBoxes() {
        for (Node n : domainBoxes.getChildren()) {
            CheckBox box = (CheckBox) n;
            box.setSelected(vm.formDomains().contains(box.getText()));
        }
    }

    /** A factor with a tick box: ticked when the voice speaks to it. */
    private final class LinkCell extends ListCell<Factor> {
        @Override
        protected void updateItem(Factor f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            CheckBox box = new CheckBox(VoiceFormViewModel.describe(f));
            box.setSelected(vm.linkedFactors().contains(f.id()));
            box.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    vm.linkedFactors().add(f.id());
                } else {
                    vm.linkedFactors().remove(f.id());
                }
            });
            box.setMaxWidth(Double.MAX_VALUE);
            box.setAccessibleText(VoiceFormViewModel.describe(f).toLowerCase(Locale.ROOT));
            setGraphic(box);
            setText(null);
        }
    }
}
