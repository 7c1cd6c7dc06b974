package org.assetatlas.ui.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.assetatlas.model.Area;
import org.assetatlas.report.ReportBranding;
import org.assetatlas.report.ReportFormat;
import org.assetatlas.report.ReportRequest;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ReportService;
import org.assetatlas.ui.common.DialogService;
import org.assetatlas.ui.common.AreaChoices;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.UiTasks;

/**
 * The Reports workspace: which report to make and in what format, the calls to action for the chosen domain and
 * area, the branding kept in the project, and report generation in the background with progress and cancel.
 */
public final class ReportsViewModel {

    private final ObjectProperty<AtlasProject> project = new SimpleObjectProperty<>();
    private final UiTasks tasks;
    private final DialogService dialogs;
    private final ObservableList<Choice<String>> domains = FXCollections.observableArrayList();
    private final ObservableList<Choice<Area>> areas = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> domain = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Area>> area = new SimpleObjectProperty<>();
    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(ReportFormat.PDF);
    private final BooleanProperty personal = new SimpleBooleanProperty(false);
    private final StringProperty actions = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper actionsDirty = new ReadOnlyBooleanWrapper(false);
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty primary = new SimpleStringProperty(ReportBranding.DEFAULT_PRIMARY);
    private final StringProperty accent = new SimpleStringProperty(ReportBranding.DEFAULT_ACCENT);
    private final StringProperty footer = new SimpleStringProperty("");
    private final ObjectProperty<byte[]> logo = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper snapshotText = new ReadOnlyStringWrapper("");
    private boolean loading;

    /**
     * @param projectSource the open project, followed as it changes
     */
    public ReportsViewModel(ObservableValue<AtlasProject> projectSource, UiTasks tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        project.addListener((o, a, b) -> load());
        project.bind(projectSource);
        domain.addListener((o, a, b) -> loadActions());
        area.addListener((o, a, b) -> loadActions());
        actions.addListener((o, a, b) -> {
            if (!loading) {
                actionsDirty.set(true);
            }
        });
    }

    private void load() {
        AtlasProject p = project.get();
        loading = true;
        try {
            domains.clear();
            areas.clear();
            if (p == null) {
                return;
            }
            domains.add(Choice.none("All domains"));
            for (String d : p.framework().names()) {
                domains.add(Choice.of(d, d));
            }
            areas.addAll(AreaChoices.of(p, "All areas"));
            domain.set(domains.size() > 1 ? domains.get(1) : domains.get(0));
            area.set(AreaChoices.firstOfOwnLevel(areas, p));
            ReportBranding b = p.reports().branding();
            organisation.set(b.organisation());
            primary.set(b.primary());
            accent.set(b.accent());
            footer.set(b.footer());
            logo.set(b.logoPng());
            refreshSnapshot();
        } finally {
            loading = false;
        }
        loadActions();
    }

    private void loadActions() {
        AtlasProject p = project.get();
        loading = true;
        try {
            actions.set(p == null ? "" : p.reports().callsToAction(domainName(), areaCode()));
            actionsDirty.set(false);
        } finally {
            loading = false;
        }
    }

    private String domainName() {
        return domain.get() == null ? null : domain.get().value();
    }

    private String areaCode() {
        return area.get() == null || area.get().value() == null ? null : area.get().value().code();
    }

    /** Saves the calls to action for the chosen domain and area. */
    public void saveActions() {
        AtlasProject p = project.get();
        if (p == null) {
            return;
        }
        p.reports().setCallsToAction(domainName(), areaCode(), actions.get());
        actionsDirty.set(false);
        status.set("Calls to action saved for " + scopeText());
    }

    private String scopeText() {
        String d = domainName() == null ? "all domains" : domainName();
        String a = area.get() == null || area.get().value() == null ? "all areas" : area.get().value().name();
        return d + " in " + a;
    }

    /** Saves the branding in the project; refuses colours that are not #RRGGBB. */
    public boolean saveBranding() {
        AtlasProject p = project.get();
        if (p == null) {
            return false;
        }
        if (!ReportBranding.isColour(primary.get()) || !ReportBranding.isColour(accent.get())) {
            dialogs.showError("Colours", "Colours are written as #RRGGBB, for example #1F4E5F.");
            return false;
        }
        p.reports().setBranding(new ReportBranding(organisation.get(), primary.get(), accent.get(), footer.get(),
                logo.get()));
        status.set("Branding saved in the project");
        return true;
    }

    /** Reads a PNG logo. */
    public void chooseLogo(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            boolean png = bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
                    && bytes[3] == 'G';
            if (!png) {
                dialogs.showError("Logo", file.getFileName() + " is not a PNG image. Save the logo as PNG and try"
                        + " again.");
                return;
            }
            logo.set(bytes);
        } catch (IOException e) {
            dialogs.showError("Logo", "Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Records today's counts so later reports can show change. */
    public void recordSnapshot(String label) {
        AtlasProject p = project.get();
        if (p != null) {
            p.reports().recordSnapshot(label);
            refreshSnapshot();
            status.set("Snapshot of the counts recorded");
        }
    }

    private void refreshSnapshot() {
        AtlasProject p = project.get();
        List<ReportService.Snapshot> s = p == null ? List.of() : p.reports().snapshots();
        snapshotText.set(s.isEmpty() ? "No snapshot yet: reports cannot show change."
                : "Change is measured against the snapshot of " + s.get(0).taken().toString().substring(0, 10)
                + (s.get(0).label().isBlank() ? "" : " (" + s.get(0).label() + ")") + ".");
    }

    /** The file name offered when saving the chosen report. */
    public String suggestedFileName() {
        String d = domainName() == null ? "all-domains" : ReportService.slug(domainName());
        String a = area.get() == null || area.get().value() == null ? "all-areas"
                : ReportService.slug(area.get().value().name());
        return a + "_" + d + "." + format.get().extension();
    }

    /** Writes the chosen report in the background. */
    public boolean generate(Path out) {
        AtlasProject p = project.get();
        if (p == null) {
            return false;
        }
        if (actionsDirty.get()) {
            saveActions();
        }
        ReportRequest req = new ReportRequest(domainName(), areaCode(), personal.get(), null);
        ReportFormat f = format.get();
        return tasks.run("Writing the report", progress -> {
            p.reports().write(req, f, out, progress);
            return out;
        }, file -> status.set("Wrote " + file), this::failed, () -> status.set("Report cancelled; nothing written"));
    }

    /** Writes every domain × area report and the combined atlas into a folder, in the background. */
    public boolean generateAtlas(Path dir) {
        AtlasProject p = project.get();
        if (p == null) {
            return false;
        }
        boolean people = personal.get();
        return tasks.run("Writing the atlas", progress -> p.reports().writeAtlas(dir,
                EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX), people, progress),
                r -> status.set("Wrote " + r.files().size() + " files to " + dir),
                this::failed, () -> status.set("Atlas cancelled; no files left behind"));
    }

    private void failed(Throwable t) {
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        status.set("The report could not be written");
        dialogs.showError("Report", msg);
    }

    public void cancel() {
        tasks.cancel();
    }

    public ObservableValue<AtlasProject> projectProperty() {
        return project;
    }

    public ObservableList<Choice<String>> domains() {
        return domains;
    }

    public ObservableList<Choice<Area>> areas() {
        return areas;
    }

    public ObjectProperty<Choice<String>> domainProperty() {
        return domain;
    }

    public ObjectProperty<Choice<Area>> areaProperty() {
        return area;
    }

    public ObjectProperty<ReportFormat> formatProperty() {
        return format;
    }

    public BooleanProperty personalDetailsProperty() {
        return personal;
    }

    public StringProperty actionsProperty() {
        return actions;
    }

    public ReadOnlyBooleanProperty actionsDirtyProperty() {
        return actionsDirty.getReadOnlyProperty();
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty primaryProperty() {
        return primary;
    }

    public StringProperty accentProperty() {
        return accent;
    }

    public StringProperty footerProperty() {
        return footer;
    }

    public ObjectProperty<byte[]> logoProperty() {
        return logo;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty snapshotTextProperty() {
        return snapshotText.getReadOnlyProperty();
    }

    public UiTasks tasks() {
        return tasks;
    }
}
