package org.assetatlas.ui.factors;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
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
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.assetatlas.analysis.ThemeDomainMatrix;
import org.assetatlas.model.Area;
import org.assetatlas.model.EngagementSummary;
import org.assetatlas.model.EvidenceSource;
import org.assetatlas.model.EvidenceType;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.model.TransportService;
import org.assetatlas.model.Voice;
import org.assetatlas.model.VoiceConsent;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.FormBuilder;
import org.assetatlas.ui.common.Styles;

/**
 * The "Barriers & enablers" workspace tab: the theme × domain matrix with cells coloured by strength and
 * cross-cutting themes flagged; a cell's factors with their evidence and residents' voices; a form to record a
 * barrier or enabler with its evidence (Ctrl+Enter). The tab's Undo button undoes the last factor recorded or
 * deleted.
 */
public final class FactorsView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final Color LOW = Color.web("#f3f6fa");
    private static final Color HIGH = Color.web("#1f4f85");

    private final FactorsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final Label legend = new Label();
    private final VBox details = new VBox(8);
    private final VBox context = new VBox(4);
    private FlowPane domainBoxes;
    private final TextArea description = new TextArea();

    public FactorsView(FactorsViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add("factors-view");
        root.setId("factorsView");
        root.getStylesheets().add(FactorsView.class.getResource("factors.css").toExternalForm());
        root.setTop(toolbar());

        ScrollPane contextScroll = new ScrollPane(context);
        contextScroll.setFitToWidth(true);
        contextScroll.setPrefViewportHeight(120);
        contextScroll.setMinHeight(60);
        contextScroll.setStyle("-fx-background-color: transparent; -fx-background: transparent;");
        VBox matrixPane = new VBox(6, heading("Themes \u00d7 domains"), legend, new ScrollPane(grid), contextScroll);
        matrixPane.setPadding(new Insets(10));
        ScrollPane gridScroll = (ScrollPane) matrixPane.getChildren().get(2);
        gridScroll.setFitToWidth(true);
        gridScroll.setStyle("-fx-background-color: transparent; -fx-background: transparent;");
        VBox.setVgrow(gridScroll, Priority.ALWAYS);
        legend.getStyleClass().add("factors-note");
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        grid.setHgap(4);
        grid.setVgap(4);
        grid.setId("factorMatrix");

        javafx.scene.control.TabPane forms = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Barrier or enabler", form()),
                new javafx.scene.control.Tab("Resident's voice", new VoiceForm(new VoiceFormViewModel(vm)).node()),
                new javafx.scene.control.Tab("Engagement",
                        new EngagementForm(new EngagementFormViewModel(vm)).node()),
                new javafx.scene.control.Tab("Transport", new TransportForm(new TransportFormViewModel(vm)).node()),
                new javafx.scene.control.Tab("Themes", new ThemeListForm(new ThemeListViewModel(vm)).node()));
        forms.setId("factorForms");
        forms.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane right = new SplitPane(drillDown(), forms);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.52);
        SplitPane split = new SplitPane(matrixPane, right);
        split.setDividerPositions(0.56);
        root.setCenter(split);

        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.record();
                e.consume();
            }
        });

        vm.matrixProperty().addListener((o, a, b) -> drawMatrix());
        vm.selectedThemeProperty().addListener((o, a, b) -> drawMatrix());
        vm.selectedDomainProperty().addListener((o, a, b) -> drawMatrix());
        vm.engagements().addListener((ListChangeListener<EngagementSummary>) c -> drawContext());
        vm.transportServices().addListener((ListChangeListener<TransportService>) c -> drawContext());
        vm.selectedFactorProperty().addListener((o, a, b) -> drawDetails());
        vm.factorVoices().addListener((ListChangeListener<Voice>) c -> drawDetails());
        vm.factorEvidence().addListener((ListChangeListener<EvidenceSource>) c -> drawDetails());
        drawMatrix();
        drawContext();
        drawDetails();
    }

    public Node node() {
        return root;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("factors-heading");
        return l;
    }

    private Node toolbar() {
        ComboBox<Choice<Area>> area = new ComboBox<>(vm.areaChoices());
        area.setId("factorsAreaFilter");
        area.valueProperty().bindBidirectional(vm.areaFilterProperty());
        area.setCellFactory(l -> new ChoiceCell<>());
        area.setTooltip(new Tooltip("Count only the factors that bear on this area (recorded for it, for an area"
                + " containing it, or for the whole project area)"));
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("factors-note");
        message.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button undo = new Button();
        undo.setId("factorsUndo");
        undo.textProperty().bind(vm.undoTextProperty());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        undo.setTooltip(new Tooltip("Undo the last factor or voice recorded, changed or deleted (Ctrl+Z while this"
                + " tab is shown; Ctrl+Y redoes)"));
        HBox bar = new HBox(8, new Label("Area:"), area, spacer, message, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.FILTER_BAR);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    // ---- the matrix ---------------------------------------------------------------------------------------------

    private void drawMatrix() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        ThemeDomainMatrix m = vm.matrixProperty().get();
        if (m == null) {
            legend.setText("");
            return;
        }
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(150);
        grid.getColumnConstraints().add(first);
        for (int d = 0; d < m.domains().size(); d++) {
            ColumnConstraints c = new ColumnConstraints(78, 92, 140);
            c.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(c);
            Label head = new Label(m.domains().get(d));
            head.getStyleClass().add("matrix-head");
            head.setWrapText(true);
            grid.add(head, d + 1, 0);
        }
        int max = Math.max(1, m.maxStrength());
        int row = 1;
        for (ThemeDomainMatrix.Row r : m.rows()) {
            Label theme = new Label(r.theme());
            theme.getStyleClass().add("matrix-theme");
            theme.setWrapText(true);
            VBox head = new VBox(2, theme);
            if (r.crossCutting()) {
                Label badge = new Label("\u25c6 cross-cutting");
                badge.getStyleClass().add("cross-cutting-badge");
                badge.setTooltip(new Tooltip(r.theme() + " is raised in " + r.domainsPresent() + " of "
                        + m.domains().size() + " domains"));
                head.getChildren().add(badge);
            }
            head.setAlignment(Pos.CENTER_LEFT);
            grid.add(head, 0, row);
            for (int d = 0; d < m.domains().size(); d++) {
                grid.add(cell(r.theme(), m.domains().get(d), r.cells().get(d), max), d + 1, row);
            }
            row++;
        }
        legend.setText("Each cell: \u25bc barriers, \u25b2 enablers, and their total strength (people or sources"
                + " that raised them); darker = stronger. \u25c6 cross-cutting: raised in at least "
                + ThemeDomainMatrix.crossCuttingThreshold(m.domains().size()) + " of " + m.domains().size()
                + " domains. Click a cell for its factors, evidence and voices.");
    }

    private Node cell(String theme, String domain, ThemeDomainMatrix.Cell c, int max) {
        Button b = new Button(c.isEmpty() ? "\u2013" : "\u25bc" + c.barriers() + "  \u25b2" + c.enablers() + "\n"
                + c.strength());
        b.getStyleClass().add("matrix-cell");
        b.setId(cellId(theme, domain));
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(40);
        b.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillWidth(b, true);
        GridPane.setFillHeight(b, true);
        double t = c.isEmpty() ? 0 : 0.15 + 0.85 * Math.sqrt((double) c.strength() / max);
        Color bg = LOW.interpolate(HIGH, t);
        b.setStyle("-fx-background-color: " + web(bg) + "; -fx-text-fill: " + (t > 0.55 ? "white" : "#1f2933")
                + ";");
        if (theme.equals(vm.selectedThemeProperty().get()) && domain.equals(vm.selectedDomainProperty().get())) {
            b.getStyleClass().add("selected-cell");
        }
        b.setTooltip(new Tooltip(theme + " in " + domain + ": " + c.barriers() + " barrier(s), strength "
                + c.barrierStrength() + "; " + c.enablers() + " enabler(s), strength " + c.enablerStrength()));
        b.setOnAction(e -> vm.selectCell(theme, domain));
        return b;
    }

    /** The node id of a matrix cell, e.g. {@code cell-Transport-Age-Well}. */
    public static String cellId(String theme, String domain) {
        return "cell-" + theme.replaceAll("[^A-Za-z0-9]+", "-") + "-" + domain.replaceAll("[^A-Za-z0-9]+", "-");
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }

    private void drawContext() {
        context.getChildren().clear();
        if (!vm.engagements().isEmpty()) {
            context.getChildren().add(heading("Engagement"));
            for (EngagementSummary e : vm.engagements()) {
                StringBuilder b = new StringBuilder(e.title()).append(": ").append(String.format("%,d", e.peopleReached()))
                        .append(" people");
                for (var n : e.needs().entrySet()) {
                    b.append("; ").append(Math.round(100 * e.share(n.getKey()))).append("% ")
                            .append(n.getKey().toLowerCase(Locale.ROOT));
                }
                context.getChildren().add(wrapped(b.toString()));
            }
        }
        if (!vm.transportServices().isEmpty()) {
            context.getChildren().add(heading("Transport services"));
            for (TransportService t : vm.transportServices()) {
                context.getChildren().add(wrapped(t.name() + " \u2014 " + t.kind().label() + "; "
                        + (t.schedule().isEmpty() ? "times not recorded" : compact(t.schedule())) + "; "
                        + t.eligibility() + (t.note().isEmpty() ? "" : ". " + t.note())));
            }
        }
    }

    /** A schedule with the same hours on consecutive days written as a range, e.g. "Mon-Fri 08:30-17:30". */
    static String compact(org.assetatlas.model.WeeklySchedule schedule) {
        List<String> groups = new ArrayList<>();
        java.time.DayOfWeek start = null;
        java.time.DayOfWeek last = null;
        String hours = null;
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            List<org.assetatlas.model.OpeningSlot> slots = schedule.on(d);
            String h = slots.isEmpty() ? null : String.join(",", slots.stream().map(x -> x.start() + "-" + x.end())
                    .toList());
            if (h != null && h.equals(hours) && last != null && last.plus(1) == d) {
                last = d;
                continue;
            }
            if (hours != null) {
                groups.add(range(start, last) + " " + hours);
            }
            start = d;
            last = d;
            hours = h;
        }
        if (hours != null) {
            groups.add(range(start, last) + " " + hours);
        }
        return String.join("; ", groups);
    }

    private static String range(java.time.DayOfWeek a, java.time.DayOfWeek b) {
        String first = org.assetatlas.model.WeeklySchedule.shortName(a);
        return a == b ? first : first + "-" + org.assetatlas.model.WeeklySchedule.shortName(b);
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    // ---- drill-down ---------------------------------------------------------------------------------------------

    private Node drillDown() {
        Label title = heading("");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedThemeProperty().get() == null
                ? "Choose a cell of the matrix"
                : vm.selectedThemeProperty().get() + " in " + vm.selectedDomainProperty().get(),
                vm.selectedThemeProperty(), vm.selectedDomainProperty()));
        ListView<Factor> list = new ListView<>(vm.cellFactors());
        list.setId("cellFactors");
        list.setPrefHeight(130);
        list.setMinHeight(90);
        list.setPlaceholder(new Label("No barriers or enablers here yet."));
        list.setCellFactory(l -> new FactorCell(l));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedFactorProperty().set(b);
            }
        });
        vm.selectedFactorProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        Button delete = new Button("Delete factor\u2026");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(vm.selectedFactorProperty().isNull());
        delete.setOnAction(e -> vm.deleteSelected());
        delete.setTooltip(new Tooltip("Delete the selected factor; Undo brings it back"));
        details.getStyleClass().add("factor-details");
        details.setId("factorDetails");
        ScrollPane detailScroll = new ScrollPane(details);
        detailScroll.setFitToWidth(true);
        Button edit = new Button("Change\u2026");
        edit.setId("editFactorButton");
        edit.disableProperty().bind(vm.selectedFactorProperty().isNull());
        edit.setOnAction(e -> vm.editSelected());
        edit.setTooltip(new Tooltip("Load the selected factor into the form to change it; Undo puts it back"));
        HBox buttons = new HBox(8, edit, delete);
        VBox box = new VBox(6, title, list, detailScroll, buttons);
        VBox.setVgrow(detailScroll, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    /** A factor as kind, strength and description. */
    private static final class FactorCell extends ListCell<Factor> {
        private final ListView<Factor> list;

        FactorCell(ListView<Factor> list) {
            this.list = list;
        }

        @Override
        protected void updateItem(Factor f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label kind = new Label(f.kind().label() + " \u00b7 strength " + f.strength()
                    + (f.illustrative() ? " \u00b7 illustrative" : ""));
            kind.getStyleClass().add(f.kind() == FactorKind.BARRIER ? "factor-kind-barrier" : "factor-kind-enabler");
            Label text = new Label(f.description());
            text.setWrapText(true);
            text.maxWidthProperty().bind(list.widthProperty().subtract(36));
            setGraphic(new VBox(1, kind, text));
            setText(null);
        }
    }

    private void drawDetails() {
        details.getChildren().clear();
        Factor f = vm.selectedFactorProperty().get();
        if (f == null) {
            details.getChildren().add(wrapped("Select a factor to see the evidence and residents' voices behind it."));
            return;
        }
        Label kind = new Label(f.kind().label() + " \u2014 " + f.theme());
        kind.getStyleClass().add(f.kind() == FactorKind.BARRIER ? "factor-kind-barrier" : "factor-kind-enabler");
        details.getChildren().addAll(kind, wrapped(f.description()),
                note("Domains: " + String.join(", ", f.domains()) + ". Areas: " + (f.areaCodes().isEmpty()
                        ? "whole project area" : String.join(", ", f.areaCodes().stream().map(vm::areaName).toList()))
                        + ". Strength " + f.strength() + (f.illustrative() ? ". Illustrative." : ".")));
        details.getChildren().add(new Separator());
        Label ev = heading("Evidence (" + vm.factorEvidence().size() + ")");
        details.getChildren().add(ev);
        for (EvidenceSource e : vm.factorEvidence()) {
            List<String> parts = new ArrayList<>();
            parts.add(e.type().label());
            if (e.date() != null) {
                parts.add(DAY.format(e.date()));
            }
            if (e.sampleSize() != null) {
                parts.add(String.format("%,d people", e.sampleSize()));
            }
            if (e.illustrative()) {
                parts.add("illustrative");
            }
            Label t = wrapped(e.title());
            t.setStyle("-fx-font-weight: bold;");
            details.getChildren().addAll(t, note(String.join(" \u00b7 ", parts)
                    + (e.citation().isEmpty() ? "" : "\n" + e.citation()) + (e.link().isEmpty() ? "" : "\n" + e.link())));
        }
        details.getChildren().add(new Separator());
        details.getChildren().add(heading("Residents' voices (" + vm.factorVoices().size() + ")"));
        if (vm.factorVoices().isEmpty()) {
            details.getChildren().add(note("No quotes recorded for this factor."));
        }
        for (Voice v : vm.factorVoices()) {
            Label q = wrapped("\u201c" + v.quote() + "\u201d");
            q.getStyleClass().add("voice-quote");
            Label who = note("\u2014 " + v.attribution() + (v.illustrative() ? " (illustrative)" : ""));
            Label consent = new Label(v.consent() == VoiceConsent.NO
                    ? "Consent: no \u2014 not for publication. For the team only; never quoted, exported or put in"
                    + " a report"
                    : "Consent: " + v.consent().label().toLowerCase(Locale.ROOT));
            consent.getStyleClass().add(v.consent() == VoiceConsent.NO ? "consent-no" : "consent-ok");
            VBox box = new VBox(1, q, who, consent);
            if (v.consent() == VoiceConsent.NO) {
                q.getStyleClass().add("voice-withheld");
            }
            details.getChildren().add(box);
        }
    }

    private static Label note(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add("factors-note");
        return l;
    }

    // ---- the form -----------------------------------------------------------------------------------------------

    private Node form() {
        ToggleGroup kindGroup = new ToggleGroup();
        RadioButton barrier = new RadioButton("Barrier");
        barrier.setId("kindBarrier");
        RadioButton enabler = new RadioButton("Enabler");
        enabler.setId("kindEnabler");
        barrier.setToggleGroup(kindGroup);
        enabler.setToggleGroup(kindGroup);
        barrier.setSelected(vm.kindProperty().get() == FactorKind.BARRIER);
        enabler.setSelected(vm.kindProperty().get() == FactorKind.ENABLER);
        kindGroup.selectedToggleProperty().addListener((o, a, b) ->
                vm.kindProperty().set(b == enabler ? FactorKind.ENABLER : FactorKind.BARRIER));
        vm.kindProperty().addListener((o, a, b) -> kindGroup.selectToggle(b == FactorKind.ENABLER ? enabler : barrier));

        ComboBox<String> theme = new ComboBox<>(vm.themes());
        theme.setId("themeField");
        theme.setEditable(true);
        theme.setPromptText("e.g. Transport");
        theme.getEditor().textProperty().bindBidirectional(vm.themeProperty());
        theme.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.themeProperty().set(b);
            }
        });

        description.setId("factorDescription");
        description.setPrefRowCount(2);
        description.setWrapText(true);
        description.setPromptText("What stops people, or helps them? e.g. \u201cNo bus to the day centre on"
                + " Saturdays\u201d");
        description.textProperty().bindBidirectional(vm.descriptionProperty());

        domainBoxes = FormBuilder.tickBoxes("factorDomain-", vm.domains(), vm.formDomains());

        ComboBox<Choice<Area>> area = new ComboBox<>(vm.areaChoices());
        area.setId("factorArea");
        area.valueProperty().bindBidirectional(vm.formAreaProperty());
        area.setCellFactory(l -> new ChoiceCell<>());

        Spinner<Integer> strength = new Spinner<>(1, 100_000, 1);
        strength.setId("factorStrength");
        strength.setEditable(true);
        strength.setPrefWidth(100);
        strength.getValueFactory().valueProperty().addListener((o, a, b) -> vm.strengthProperty().set(b));
        vm.strengthProperty().addListener((o, a, b) -> strength.getValueFactory().setValue(b.intValue()));
        strength.setTooltip(new Tooltip("How many people or sources raised it"));

        CheckBox withEvidence = new CheckBox("Cite new evidence");
        withEvidence.setId("withEvidence");
        withEvidence.selectedProperty().bindBidirectional(vm.withEvidenceProperty());
        ComboBox<EvidenceType> type = new ComboBox<>();
        type.getItems().setAll(EvidenceType.values());
        type.setId("evidenceType");
        type.valueProperty().bindBidirectional(vm.evidenceTypeProperty());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(EvidenceType t) {
                return t == null ? "" : t.label();
            }

            @Override
            public EvidenceType fromString(String s) {
                return null;
            }
        });
        TextField evTitle = field("evidenceTitle", "e.g. Carers' focus group, May 2025");
        evTitle.textProperty().bindBidirectional(vm.evidenceTitleProperty());
        TextField evCitation = field("evidenceCitation", "Who, where, or a web address");
        evCitation.textProperty().bindBidirectional(vm.evidenceCitationProperty());
        DatePicker evDate = new DatePicker();
        evDate.setId("evidenceDate");
        evDate.valueProperty().bindBidirectional(vm.evidenceDateProperty());
        evDate.setPrefWidth(130);
        TextField sample = field("evidenceSample", "people");
        sample.setPrefColumnCount(5);
        sample.setMinWidth(60);
        sample.textProperty().bindBidirectional(vm.sampleSizeProperty());
        for (Node n : new Node[] {type, evTitle, evCitation, evDate, sample}) {
            n.disableProperty().bind(vm.withEvidenceProperty().not());
        }

        Label problem = new Label();
        problem.textProperty().bind(vm.formProblemProperty());
        problem.getStyleClass().add("factors-note");
        problem.setWrapText(true);
        Button record = new Button("Record");
        record.setId("recordFactorButton");
        record.getStyleClass().add(Styles.PRIMARY);
        record.disableProperty().bind(vm.canRecordBinding().not());
        record.setOnAction(e -> vm.record());
        record.setTooltip(new Tooltip("Record the factor with its evidence (Ctrl+Enter)"));
        record.textProperty().bind(Bindings.when(vm.editingProperty().isNull()).then("Record").otherwise("Save"));
        Button cancel = new Button("Cancel");
        cancel.setId("cancelEditButton");
        cancel.visibleProperty().bind(vm.editingProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancelEdit());

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int r = 0;
        g.addRow(r++, new Label("Kind"), new HBox(12, barrier, enabler));
        g.addRow(r++, new Label("Theme"), theme);
        g.addRow(r++, new Label("Description"), description);
        g.addRow(r++, new Label("Domains"), domainBoxes);
        HBox areaRow = new HBox(8, area, FormBuilder.fixed("Strength"), strength);
        areaRow.setAlignment(Pos.CENTER_LEFT);
        g.addRow(r++, new Label("Area"), areaRow);
        g.add(withEvidence, 1, r++);
        HBox source = new HBox(8, type, FormBuilder.fixed("Date"), evDate, FormBuilder.fixed("Sample"), sample);
        source.setAlignment(Pos.CENTER_LEFT);
        g.addRow(r++, new Label("Source"), source);
        g.addRow(r++, new Label("Title"), evTitle);
        g.addRow(r++, new Label("Citation"), evCitation);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(80);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, fields);
        g.setPadding(new Insets(8));
        g.setId("factorForm");
        ScrollPane scroll = new ScrollPane(g);
        scroll.setFitToWidth(true);
        HBox footer = new HBox(10, record, cancel, problem);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(6, 8, 2, 8));
        VBox body = new VBox(scroll, footer);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        body.setPadding(Insets.EMPTY);
        TitledPane pane = new TitledPane("", body);
        pane.textProperty().bind(Bindings.createStringBinding(() -> vm.editingProperty().get() == null
                ? "Record a barrier or enabler" : "Change \u201c" + vm.editingProperty().get().description()
                + "\u201d", vm.editingProperty()));
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        return pane;
    }


    private static TextField field(String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        return t;
    }



    /** A choice, indented when it is a sub-area. */
    private static final class ChoiceCell<T> extends ListCell<Choice<T>> {
        @Override
        protected void updateItem(Choice<T> item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : (item.indented() ? "    " : "") + item.label());
        }
    }
}
