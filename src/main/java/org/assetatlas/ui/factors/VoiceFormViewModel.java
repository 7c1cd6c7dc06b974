package org.assetatlas.ui.factors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.assetatlas.model.Area;
import org.assetatlas.model.EvidenceSource;
import org.assetatlas.model.Factor;
import org.assetatlas.model.Voice;
import org.assetatlas.model.VoiceConsent;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.FactorService;
import org.assetatlas.service.VoiceService;
import org.assetatlas.ui.common.Choice;

/**
 * The form that records a resident's voice in the "Barriers & enablers" tab: the words, how the speaker may be
 * described, their name only when they agreed to be named, what they consented to (no consent until told otherwise),
 * and the factors, domains, areas, evidence source and date it belongs with. Recording is undoable.
 */
public final class VoiceFormViewModel extends FactorFormViewModel<Voice> {

    private final StringProperty quote = new SimpleStringProperty(this, "quote", "");
    private final StringProperty speaker = new SimpleStringProperty(this, "speaker", "");
    private final BooleanProperty agreedToBeNamed = new SimpleBooleanProperty(this, "agreedToBeNamed", false);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<VoiceConsent> consent = new SimpleObjectProperty<>(this, "consent",
            VoiceService.DEFAULT_CONSENT);
    private final ReadOnlyStringWrapper consentExplanation = new ReadOnlyStringWrapper(this, "consentExplanation");
    private final ObservableSet<Long> linkedFactors = FXCollections.observableSet();
    private final ObservableSet<String> formDomains = FXCollections.observableSet();
    private final ObjectProperty<Choice<Area>> area = new SimpleObjectProperty<>(this, "area");
    private final ObservableList<Choice<EvidenceSource>> sources = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<EvidenceSource>> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");

    public VoiceFormViewModel(FactorsViewModel factors) {
        super(factors);
        consentExplanation.bind(Bindings.createStringBinding(() -> consent.get() == null ? ""
                : consent.get().explanation(), consent));
        for (javafx.beans.Observable x : new javafx.beans.Observable[] {quote, agreedToBeNamed, name, consent}) {
            x.addListener(ignored -> check());
        }
        factors.matrixProperty().addListener((o, a, b) -> reload());
        factors.selectedFactorProperty().addListener((o, a, b) -> {
            if (b != null && quote.get().isBlank()) {
                linkTo(b);
            }
        });
        factors.areaChoices().addListener((ListChangeListener<Choice<Area>>) c -> {
            if (area.get() == null || !factors.areaChoices().contains(area.get())) {
                area.set(factors.areaChoices().isEmpty() ? null : factors.areaChoices().get(0));
            }
        });
        area.set(factors.areaChoices().isEmpty() ? null : factors.areaChoices().get(0));
        reload();
        check();
    }

    /** Links the form to a factor: the factor, its domains and its first area are ticked. */
    public void linkTo(Factor f) {
        linkedFactors.clear();
        linkedFactors.add(f.id());
        formDomains.clear();
        formDomains.addAll(f.domains());
        String code = f.areaCodes().isEmpty() ? null : f.areaCodes().get(0);
        factors.areaChoices().stream()
                .filter(c -> java.util.Objects.equals(c.value() == null ? null : c.value().code(), code))
                .findFirst().ifPresent(area::set);
    }

    private void reload() {
        FactorService service = factors.service();
        Choice<EvidenceSource> was = source.get();
        List<Choice<EvidenceSource>> list = new ArrayList<>();
        list.add(Choice.none("No particular source"));
        if (service != null) {
            for (EvidenceSource e : service.evidence()) {
                list.add(Choice.of(e, e.type().label() + ": " + e.title()));
            }
        }
        sources.setAll(list);
        source.set(was == null || was.value() == null ? list.get(0) : list.stream()
                .filter(c -> c.value() != null && c.value().id() == was.value().id()).findFirst().orElse(list.get(0)));
        if (service != null) {
            List<Factor> all = service.factors();
            linkedFactors.removeIf(id -> all.stream().noneMatch(f -> f.id() == id));
        }
        check();
    }

    @Override
    protected void check() {
        String p = "";
        if (quote.get() == null || quote.get().isBlank()) {
            p = "Type the resident's words.";
        } else if (agreedToBeNamed.get() && name.get().isBlank()) {
            p = "Type the name the speaker agreed to, or untick \u201cagreed to be named\u201d.";
        } else if (consent.get() == null) {
            p = "Choose what the speaker agreed to.";
        }
        showProblem(p);
    }
    /** Records the voice (undoable) and clears the words and the speaker; the links stay for the next quote. */
    @Override
    protected Voice store(AtlasProject project) {
        String code = area.get() == null || area.get().value() == null ? null : area.get().value().code();
        List<String> inOrder = factors.domains().stream().filter(formDomains::contains).toList();
        return project.voices().recordVoice(new Voice(0, quote.get(), speaker.get(),
                agreedToBeNamed.get() ? name.get() : "", consent.get(), List.copyOf(linkedFactors), inOrder,
                code == null ? List.of() : List.of(code),
                source.get() == null || source.get().value() == null ? 0 : source.get().value().id(),
                date.get(), false));
    }

    @Override
    protected String recorded(Voice stored) {
        return "Recorded the voice of " + stored.attribution() + " \u2014 "
                + (stored.consent() == VoiceConsent.NO ? "not for quoting or publication"
                : stored.consent().label().toLowerCase(Locale.ROOT)) + ". Undo takes it out.";
    }

    @Override
    protected void clear() {
        quote.set("");
        speaker.set("");
        name.set("");
        agreedToBeNamed.set(false);
        consent.set(VoiceService.DEFAULT_CONSENT);
    }


    /** The label of a factor for the link list, e.g. "Barrier · Transport: No bus on Sundays". */
    public static String describe(Factor f) {
        return f.kind().label() + " \u00b7 " + f.theme() + ": " + f.description();
    }

    public StringProperty quoteProperty() {
        return quote;
    }

    public StringProperty speakerProperty() {
        return speaker;
    }

    public BooleanProperty agreedToBeNamedProperty() {
        return agreedToBeNamed;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<VoiceConsent> consentProperty() {
        return consent;
    }

    public ReadOnlyStringProperty consentExplanationProperty() {
        return consentExplanation.getReadOnlyProperty();
    }

    public ObservableSet<Long> linkedFactors() {
        return linkedFactors;
    }

    public ObservableSet<String> formDomains() {
        return formDomains;
    }

    public ObjectProperty<Choice<Area>> areaProperty() {
        return area;
    }

    public ObservableList<Choice<EvidenceSource>> sources() {
        return sources;
    }

    public ObjectProperty<Choice<EvidenceSource>> sourceProperty() {
        return source;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The factors a voice may be linked to. */
    public ObservableList<Factor> factorChoices() {
        return factors.allFactors();
    }

    /** The project's domains, in framework order. */
    public ObservableList<String> domains() {
        return factors.domains();
    }

    public ObservableList<Choice<Area>> areaChoices() {
        return factors.areaChoices();
    }
}
