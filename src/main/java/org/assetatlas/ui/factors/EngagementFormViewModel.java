package org.assetatlas.ui.factors;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.assetatlas.model.Area;
import org.assetatlas.model.EngagementSummary;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.ui.common.Choice;

/**
 * Lists the project's engagement summaries and records one: a title, the area and dates, how many people were
 * reached and how many needed what (e.g. information and advice rather than direct personal support). The shares are
 * computed from the counts, never typed, so reports quote them from the data. Recording is undoable.
 */
public final class EngagementFormViewModel extends FactorFormViewModel<EngagementSummary> {

    /** The needs a new summary offers, the distinction partnerships most often report. */
    public static final List<String> DEFAULT_NEEDS = List.of("Information and advice", "Direct personal support");

    /** One need and how many people had it, as typed. */
    public record NeedRow(StringProperty need, StringProperty count) {
        NeedRow(String name) {
            this(new SimpleStringProperty(name), new SimpleStringProperty(""));
        }
    }

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<Choice<Area>> area = new SimpleObjectProperty<>(this, "area");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>(this, "end");
    private final StringProperty peopleReached = new SimpleStringProperty(this, "peopleReached", "");
    private final ObservableList<NeedRow> needs = FXCollections.observableArrayList(
            r -> new Observable[] {r.need(), r.count()});
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper shares = new ReadOnlyStringWrapper(this, "shares", "");

    public EngagementFormViewModel(FactorsViewModel factors) {
        super(factors);
        resetNeeds();
        for (Observable x : new Observable[] {title, peopleReached, needs, start, end}) {
            x.addListener(ignored -> check());
        }
        keepAnAreaChosen(area);
        check();
    }

    private void resetNeeds() {
        needs.setAll(DEFAULT_NEEDS.stream().map(NeedRow::new).toList());
    }

    /** Adds an empty need row. */
    public void addNeed() {
        needs.add(new NeedRow(""));
    }

    private static Integer count(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(s.strip().replace(",", ""));
            return n >= 0 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    protected void check() {
        String p = "";
        Integer reached = count(peopleReached.get());
        Map<String, Integer> byNeed = new LinkedHashMap<>();
        for (NeedRow r : needs) {
            Integer n = count(r.count().get());
            String name = r.need().get() == null ? "" : r.need().get().strip();
            if (n != null && n < 0 && p.isEmpty()) {
                p = "The number for \u201c" + name + "\u201d must be a whole number of people.";
            } else if (n != null && name.isEmpty() && p.isEmpty()) {
                p = "Name the need counted as " + n + ".";
            } else if (n != null && !name.isEmpty()) {
                byNeed.merge(name, n, Integer::sum);
            }
        }
        int total = byNeed.values().stream().mapToInt(Integer::intValue).sum();
        if (!p.isEmpty()) {
            // keep the first problem
        } else if (title.get() == null || title.get().isBlank()) {
            p = "Give the engagement a title, e.g. \u201cGreenstead listening campaign 2025\u201d.";
        } else if (reached == null || reached < 0) {
            p = "Type how many people were reached (a whole number).";
        } else if (total > reached) {
            p = "The needs add up to " + total + ", more than the " + reached + " people reached.";
        } else if (start.get() != null && end.get() != null && end.get().isBefore(start.get())) {
            p = "The engagement ends before it starts.";
        }
        showProblem(p);
        if (reached == null || reached <= 0 || byNeed.isEmpty()) {
            shares.set("");
        } else {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, Integer> e : byNeed.entrySet()) {
                b.append(b.isEmpty() ? "" : "; ").append(Math.round(100.0 * e.getValue() / reached)).append("% ")
                        .append(e.getKey().toLowerCase(Locale.ROOT));
            }
            shares.set(b.append(" (of ").append(String.format("%,d", reached)).append(" people)").toString());
        }
    }

    @Override
    protected EngagementSummary store(AtlasProject project) {
        Map<String, Integer> byNeed = new LinkedHashMap<>();
        for (NeedRow r : needs) {
            Integer n = count(r.count().get());
            if (n != null && n >= 0 && r.need().get() != null && !r.need().get().isBlank()) {
                byNeed.merge(r.need().get().strip(), n, Integer::sum);
            }
        }
        String code = area.get() == null || area.get().value() == null ? null : area.get().value().code();
        return project.voices().recordEngagement(new EngagementSummary(0, title.get(), code, start.get(), end.get(),
                count(peopleReached.get()), byNeed, note.get(), false));
    }

    @Override
    protected String recorded(EngagementSummary stored) {
        return "Recorded \u201c" + stored.title() + "\u201d. Undo takes it out.";
    }

    @Override
    protected void clear() {
        title.set("");
        peopleReached.set("");
        note.set("");
        start.set(null);
        end.set(null);
        resetNeeds();
    }


    /** A summary as one line, with its shares computed from the counts. */
    public static String describe(EngagementSummary e) {
        StringBuilder b = new StringBuilder(e.title()).append(": ").append(String.format("%,d", e.peopleReached()))
                .append(" people");
        for (String need : e.needs().keySet()) {
            b.append("; ").append(Math.round(100 * e.share(need))).append("% ").append(need.toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    public ObservableList<EngagementSummary> engagements() {
        return factors.engagements();
    }

    public ObservableList<Choice<Area>> areaChoices() {
        return factors.areaChoices();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Choice<Area>> areaProperty() {
        return area;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public StringProperty peopleReachedProperty() {
        return peopleReached;
    }

    public ObservableList<NeedRow> needs() {
        return needs;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The computed shares, e.g. "72% information and advice; 28% direct personal support (of 430 people)". */
    public ReadOnlyStringProperty sharesProperty() {
        return shares.getReadOnlyProperty();
    }
}
