package org.assetatlas.ui.factors;

import java.util.Locale;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.assetatlas.model.EvidenceSource;
import org.assetatlas.model.Factor;
import org.assetatlas.model.VoiceConsent;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.FormBuilder;

/** The form that records a resident's voice, over a {@link VoiceFormViewModel}. */
public final class VoiceForm {

    private final VoiceFormViewModel vm;
    private final Node root;
    private final FlowPane domainBoxes;

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

        domainBoxes = FormBuilder.tickBoxes("voiceDomain-", vm.domains(), vm.formDomains());

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

        root = new FormBuilder()
                .row("Words", quote)
                .row("Speaker", speaker)
                .row("Name", named, name)
                .row("Consent", consentRow)
                .note(explanation)
                .row("Speaks to", links)
                .row("Domains", domainBoxes)
                .row("Area", area, new Label("Date"), date)
                .row("Source", source)
                .build("voiceForm", new FormBuilder.Submit("Record voice", "recordVoiceButton",
                        "Record the quote (Ctrl+Enter); Undo takes it out", vm.canRecordBinding(), vm::record,
                        vm.problemProperty()));
    }

    public Node node() {
        return root;
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
