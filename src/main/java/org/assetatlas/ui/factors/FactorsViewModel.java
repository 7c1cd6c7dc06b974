package org.assetatlas.ui.factors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.assetatlas.analysis.ThemeDomainMatrix;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.EngagementSummary;
import org.assetatlas.model.EvidenceSource;
import org.assetatlas.model.EvidenceType;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.model.TransportService;
import org.assetatlas.model.Voice;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ChangeScope;
import org.assetatlas.service.FactorService;
import org.assetatlas.service.ValidationException;
import org.assetatlas.ui.common.AreaChoices;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.UserMessages;
import org.assetatlas.ui.common.WorkspaceUndo;
import org.assetatlas.ui.MainViewModel;

/**
 * The "Barriers & enablers" workspace: the theme × domain matrix of the open project (optionally for one area), the
 * factors of a chosen cell with their evidence and voices, and a form that records a factor with its evidence or
 * changes a stored one. Its undo history is the factor service's, reached from the tab or Edit ▸ Undo.
 */
public final class FactorsViewModel implements WorkspaceUndo {

    private final MainViewModel main;
    private final Runnable serviceListener = this::changedElsewhere;
    private FactorService service;
    private AtlasProject project;

    private final ReadOnlyObjectWrapper<ThemeDomainMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ObservableList<Choice<Area>> areaChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Area>> areaFilter = new SimpleObjectProperty<>(this, "areaFilter");
    private final ReadOnlyStringWrapper selectedTheme = new ReadOnlyStringWrapper(this, "selectedTheme");
    private final ReadOnlyStringWrapper selectedDomain = new ReadOnlyStringWrapper(this, "selectedDomain");
    private final ObservableList<Factor> cellFactors = FXCollections.observableArrayList();
    private final ObjectProperty<Factor> selectedFactor = new SimpleObjectProperty<>(this, "selectedFactor");
    private final ObservableList<EvidenceSource> factorEvidence = FXCollections.observableArrayList();
    private final ObservableList<Voice> factorVoices = FXCollections.observableArrayList();
    private final ObservableList<EngagementSummary> engagements = FXCollections.observableArrayList();
    private final ObservableList<TransportService> services = FXCollections.observableArrayList();
    private final ObservableList<String> themes = FXCollections.observableArrayList();
    private final ObservableList<String> domains = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ObservableList<Factor> allFactors = FXCollections.observableArrayList();
    /** The factor the form is changing, or null when it records a new one. */
    private final ReadOnlyObjectWrapper<Factor> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    // the form
    private final ObjectProperty<FactorKind> kind = new SimpleObjectProperty<>(this, "kind", FactorKind.BARRIER);
    private final StringProperty theme = new SimpleStringProperty(this, "theme", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObservableSet<String> formDomains = FXCollections.observableSet();
    private final ObjectProperty<Choice<Area>> formArea = new SimpleObjectProperty<>(this, "formArea");
    private final IntegerProperty strength = new SimpleIntegerProperty(this, "strength", 1);
    private final BooleanProperty withEvidence = new SimpleBooleanProperty(this, "withEvidence", true);
    private final ObjectProperty<EvidenceType> evidenceType = new SimpleObjectProperty<>(this, "evidenceType",
            EvidenceType.INTERVIEW);
    private final StringProperty evidenceTitle = new SimpleStringProperty(this, "evidenceTitle", "");
    private final StringProperty evidenceCitation = new SimpleStringProperty(this, "evidenceCitation", "");
    private final ObjectProperty<LocalDate> evidenceDate = new SimpleObjectProperty<>(this, "evidenceDate");
    private final StringProperty sampleSize = new SimpleStringProperty(this, "sampleSize", "");
    private final ReadOnlyStringWrapper formProblem = new ReadOnlyStringWrapper(this, "formProblem", "");
    private final BooleanBinding canRecord;

    public FactorsViewModel(MainViewModel main) {
        this.main = main;
        main.projectProperty().addListener((o, a, b) -> attach(a, b));
        areaFilter.addListener((o, a, b) -> refresh());
        selectedFactor.addListener((o, a, b) -> showFactor(b));
        for (javafx.beans.Observable x : new javafx.beans.Observable[] {kind, theme, description, formDomains,
            withEvidence, evidenceTitle, sampleSize}) {
            x.addListener(ignored -> checkForm());
        }
        canRecord = Bindings.createBooleanBinding(() -> formProblem.get().isEmpty() && service != null, formProblem,
                matrix);
        attach(null, main.getProject());
        checkForm();
    }

    private void attach(AtlasProject old, AtlasProject now) {
        if (service != null) {
            project.removeChangeListener(serviceListener);
        }
        project = now;
        service = now == null ? null : now.factors();
        if (service != null) {
            now.addChangeListener(ChangeScope.FACTORS, serviceListener);
        }
        List<Choice<Area>> choices = AreaChoices.of(now, "Whole project area");
        areaChoices.setAll(choices);
        areaFilter.set(choices.get(0));
        formArea.set(choices.get(0));
        selectedTheme.set(null);
        selectedDomain.set(null);
        refresh();
    }

    private void changedElsewhere() {
        if (Platform.isFxApplicationThread()) {
            refresh();
        } else {
            Platform.runLater(this::refresh);
        }
    }

    /** Reloads the matrix, the chosen cell and the lists from the project. */
    public void refresh() {
        if (service == null) {
            matrix.set(null);
            themes.clear();
            domains.clear();
            cellFactors.clear();
            engagements.clear();
            services.clear();
            canUndo.set(false);
            undoText.set("Undo");
            canRedo.set(false);
            redoText.set("Redo");
            allFactors.clear();
            editing.set(null);
            return;
        }
        String area = areaCode(areaFilter.get());
        matrix.set(area == null ? service.matrix() : service.matrix(area));
        themes.setAll(service.themes());
        domains.setAll(matrix.get().domains());
        engagements.setAll(project.voices().engagements(areaCode(areaFilter.get())));
        services.setAll(project.transport().transportServices());
        canUndo.set(project.canUndo(ChangeScope.FACTORS));
        undoText.set(project.nextUndo(ChangeScope.FACTORS).map(s -> "Undo " + s).orElse("Undo"));
        canRedo.set(project.canRedo(ChangeScope.FACTORS));
        redoText.set(project.nextRedo(ChangeScope.FACTORS).map(s -> "Redo " + s).orElse("Redo"));
        allFactors.setAll(service.factors());
        if (editing.get() != null && service.factor(editing.get().id()).isEmpty()) {
            editing.set(null); // deleted (or its recording undone) while being changed
        }
        Factor keep = selectedFactor.get();
        loadCell();
        if (keep != null) {
            selectedFactor.set(cellFactors.stream().filter(f -> f.id() == keep.id()).findFirst().orElse(null));
        }
        showFactor(selectedFactor.get());
        checkForm();
    }

    private static String areaCode(Choice<Area> c) {
        return c == null || c.value() == null ? null : c.value().code();
    }

    /** Chooses a cell of the matrix: its factors are listed and the form takes its theme and domain. */
    public void selectCell(String cellTheme, String cellDomain) {
        selectedTheme.set(cellTheme);
        selectedDomain.set(cellDomain);
        selectedFactor.set(null);
        loadCell();
        if (!cellFactors.isEmpty()) {
            selectedFactor.set(cellFactors.get(0));
        }
        theme.set(cellTheme);
        if (description.get().isBlank()) {
            formDomains.clear();
            formDomains.add(cellDomain);
        }
    }

    private void loadCell() {
        if (service == null || selectedTheme.get() == null || selectedDomain.get() == null) {
            cellFactors.clear();
            return;
        }
        String area = areaCode(areaFilter.get());
        List<Factor> inArea = area == null ? null : service.factors(null, area);
        cellFactors.setAll(service.factorsInCell(selectedTheme.get(), selectedDomain.get()).stream()
                .filter(f -> inArea == null || inArea.stream().anyMatch(x -> x.id() == f.id()))
                .sorted((x, y) -> Integer.compare(y.strength(), x.strength())).toList());
    }

    private void showFactor(Factor f) {
        if (service == null || f == null) {
            factorEvidence.clear();
            factorVoices.clear();
            return;
        }
        factorEvidence.setAll(service.evidenceFor(f));
        factorVoices.setAll(project.voices().voicesFor(f, areaCode(areaFilter.get())));
    }

    /** The name of an area code, or the code. */
    public String areaName(String code) {
        return main.areaName(code);
    }

    // ---- the form -----------------------------------------------------------------------------------------------

    private void checkForm() {
        String problem = "";
        if (theme.get() == null || theme.get().isBlank()) {
            problem = "Choose or type a theme.";
        } else if (description.get() == null || description.get().isBlank()) {
            problem = "Describe the " + kind.get().label().toLowerCase(java.util.Locale.ROOT) + ".";
        } else if (formDomains.isEmpty()) {
            problem = "Tick at least one domain.";
        } else if (withEvidence.get() && evidenceTitle.get().isBlank()) {
            problem = "Name the evidence (e.g. \u201cCarers' focus group, May\u201d) or untick \u201cCite new"
                    + " evidence\u201d.";
        } else if (withEvidence.get() && !sampleSize.get().isBlank() && parseSample() == null) {
            problem = "The sample size must be a whole number of people.";
        }
        formProblem.set(problem);
    }

    private Integer parseSample() {
        try {
            int n = Integer.parseInt(sampleSize.get().strip());
            return n >= 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Records the form's factor with its evidence (undoable), shows its cell and clears the form's text.
     *
     * @return the stored factor, or null when the form is incomplete or saving failed (the message says why)
     */
    public Factor record() {
        checkForm();
        if (!canRecord.get()) {
            return null;
        }
        List<String> inOrder = domains.stream().filter(formDomains::contains).toList();
        String area = areaCode(formArea.get());
        List<EvidenceSource> evidence = new ArrayList<>();
        if (withEvidence.get()) {
            evidence.add(new EvidenceSource(0, evidenceType.get(), evidenceTitle.get(), evidenceCitation.get(), "",
                    evidenceDate.get(), sampleSize.get().isBlank() ? null : parseSample(), false));
        }
        Factor stored;
        Factor changing = editing.get();
        try {
            if (changing != null) {
                List<Long> ids = new ArrayList<>(changing.evidenceIds());
                for (EvidenceSource e : evidence) {
                    ids.add(service.addEvidence(e).id());
                }
                stored = service.update(new Factor(changing.id(), kind.get(), theme.get(), description.get(), inOrder,
                        area == null ? List.of() : List.of(area), changing.assetUids(), strength.get(), ids,
                        changing.illustrative()));
            } else {
                stored = service.record(new Factor(0, kind.get(), theme.get(), description.get(), inOrder,
                        area == null ? List.of() : List.of(area), List.of(), strength.get(), List.of(), false),
                        evidence);
            }
        } catch (ValidationException | IllegalArgumentException e) {
            message.set(e.getMessage());
            return null;
        } catch (RuntimeException e) {
            message.set(UserMessages.describe(e));
            return null;
        }
        message.set((changing != null ? "Saved the changes to the " : "Recorded the ")
                + stored.kind().label().toLowerCase(java.util.Locale.ROOT) + " \u201c" + stored.description()
                + "\u201d. " + (changing != null ? "Undo (Ctrl+Z) puts it back as it was." : "Undo takes it out."));
        editing.set(null);
        withEvidence.set(true);
        description.set("");
        evidenceTitle.set("");
        evidenceCitation.set("");
        sampleSize.set("");
        selectCell(stored.theme(), inOrder.get(0));
        selectedFactor.set(cellFactors.stream().filter(f -> f.id() == stored.id()).findFirst().orElse(null));
        return stored;
    }

    /**
     * Loads the selected factor into the form to change it; {@link #record} then saves the changes (undoable). Its
     * cited evidence is kept; new evidence may be added.
     */
    public void editSelected() {
        Factor f = selectedFactor.get();
        if (f == null) {
            return;
        }
        editing.set(f);
        kind.set(f.kind());
        theme.set(f.theme());
        description.set(f.description());
        formDomains.clear();
        formDomains.addAll(f.domains());
        String code = f.areaCodes().isEmpty() ? null : f.areaCodes().get(0);
        formArea.set(areaChoices.stream().filter(c -> java.util.Objects.equals(areaCode(c), code)).findFirst()
                .orElse(areaChoices.isEmpty() ? null : areaChoices.get(0)));
        strength.set(f.strength());
        withEvidence.set(false);
        message.set("Changing \u201c" + f.description() + "\u201d: edit the form and Save, or Cancel.");
    }

    /** Leaves the form's change mode without saving; the form is cleared. */
    public void cancelEdit() {
        if (editing.get() != null) {
            editing.set(null);
            description.set("");
            withEvidence.set(true);
            message.set("");
        }
    }

    /** Undoes the last edit of this tab: a factor or voice recorded, changed or deleted. */
    @Override
    public void undo() {
        if (service != null && project.canUndo(ChangeScope.FACTORS)) {
            String what = project.nextUndo(ChangeScope.FACTORS).orElse("");
            project.undo(ChangeScope.FACTORS);
            message.set("Undone: " + what + ".");
        }
    }

    /** Redoes the last undone edit of this tab. */
    @Override
    public void redo() {
        if (service != null && project.canRedo(ChangeScope.FACTORS)) {
            String what = project.nextRedo(ChangeScope.FACTORS).orElse("");
            project.redo(ChangeScope.FACTORS);
            message.set("Redone: " + what + ".");
        }
    }

    /** The open project's factor service, or null; for the tab's other forms. */
    FactorService service() {
        return service;
    }

    /** The open project, or null; for the tab's other forms. */
    AtlasProject project() {
        return project;
    }

    /** The main window's view model, for the tab's other forms (dialogs, background tasks). */
    MainViewModel main() {
        return main;
    }

    /** Shows a message in the tab's bar. */
    void tell(String text) {
        message.set(text);
    }

    @Override
    public javafx.beans.value.ObservableStringValue undoText() {
        return undoText.getReadOnlyProperty();
    }

    @Override
    public javafx.beans.value.ObservableStringValue redoText() {
        return redoText.getReadOnlyProperty();
    }

    @Override
    public javafx.beans.value.ObservableBooleanValue canUndo() {
        return canUndo.getReadOnlyProperty();
    }

    @Override
    public javafx.beans.value.ObservableBooleanValue canRedo() {
        return canRedo.getReadOnlyProperty();
    }

    /** Every factor of the project, for linking a voice. */
    public ObservableList<Factor> allFactors() {
        return allFactors;
    }

    /** The factor the form is changing, or null when it records a new one. */
    public ReadOnlyObjectProperty<Factor> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Deletes the selected factor (undoable). */
    public void deleteSelected() {
        Factor f = selectedFactor.get();
        if (service != null && f != null) {
            selectedFactor.set(null);
            service.delete(f.id());
            message.set("Deleted \u201c" + f.description() + "\u201d. Undo brings it back.");
        }
    }

    // ---- properties ---------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<ThemeDomainMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public ObservableList<Choice<Area>> areaChoices() {
        return areaChoices;
    }

    public ObjectProperty<Choice<Area>> areaFilterProperty() {
        return areaFilter;
    }

    public ReadOnlyStringProperty selectedThemeProperty() {
        return selectedTheme.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedDomainProperty() {
        return selectedDomain.getReadOnlyProperty();
    }

    public ObservableList<Factor> cellFactors() {
        return cellFactors;
    }

    public ObjectProperty<Factor> selectedFactorProperty() {
        return selectedFactor;
    }

    public ObservableList<EvidenceSource> factorEvidence() {
        return factorEvidence;
    }

    public ObservableList<Voice> factorVoices() {
        return factorVoices;
    }

    public ObservableList<EngagementSummary> engagements() {
        return engagements;
    }

    public ObservableList<TransportService> transportServices() {
        return services;
    }

    public ObservableList<String> themes() {
        return themes;
    }

    public ObservableList<String> domains() {
        return domains;
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObjectProperty<FactorKind> kindProperty() {
        return kind;
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableSet<String> formDomains() {
        return formDomains;
    }

    public ObjectProperty<Choice<Area>> formAreaProperty() {
        return formArea;
    }

    public IntegerProperty strengthProperty() {
        return strength;
    }

    public BooleanProperty withEvidenceProperty() {
        return withEvidence;
    }

    public ObjectProperty<EvidenceType> evidenceTypeProperty() {
        return evidenceType;
    }

    public StringProperty evidenceTitleProperty() {
        return evidenceTitle;
    }

    public StringProperty evidenceCitationProperty() {
        return evidenceCitation;
    }

    public ObjectProperty<LocalDate> evidenceDateProperty() {
        return evidenceDate;
    }

    public StringProperty sampleSizeProperty() {
        return sampleSize;
    }

    public ReadOnlyStringProperty formProblemProperty() {
        return formProblem.getReadOnlyProperty();
    }

    public BooleanBinding canRecordBinding() {
        return canRecord;
    }
}
