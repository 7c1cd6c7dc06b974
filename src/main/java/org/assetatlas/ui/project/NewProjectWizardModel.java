package org.assetatlas.ui.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Framework;
import org.assetatlas.service.AreaSetup;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.util.Progress;

/**
 * The state of the New Project wizard, free of controls: the project's name, file and domain framework; the boundary
 * files imported; the neighbourhoods made; the reference data imported. Every rule is the services' own
 * ({@link AreaSetup}, {@link Framework}); this class only holds the user's choices and calls them.
 *
 * <p>The project file is created when the first step is left. Each later import is one transaction, so cancelling the
 * wizard at any point leaves a valid project holding what was imported so far.
 */
public final class NewProjectWizardModel {

    /** The domain framework choices offered on the first step. */
    public enum FrameworkChoice {
        LIVE_WELL("Live Well (Start Well, Stay Well, Feel Well, Be Well, Age Well, Die Well)"),
        SOUTHEND_2050("Southend 2050 (Pride and Joy; Safe and Well; Active and Involved; Opportunity and Prosperity;"
                + " Connected and Smart)"),
        CUSTOM("Our own list of domains");

        private final String label;

        FrameworkChoice(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<FrameworkChoice> framework = new SimpleObjectProperty<>(FrameworkChoice.LIVE_WELL);
    private final StringProperty customDomains = new SimpleStringProperty("");

    private final ObjectProperty<Path> boundaryFile = new SimpleObjectProperty<>();
    private final ObjectProperty<AreaSetup.BoundaryFilePreview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<AreaLevel> level = new SimpleObjectProperty<>();
    private final StringProperty codeField = new SimpleStringProperty();
    private final StringProperty nameField = new SimpleStringProperty();
    private final StringProperty epsg = new SimpleStringProperty("");
    private final ObservableList<AreaSetup.BoundaryImport> imports = FXCollections.observableArrayList();

    private final ObservableMap<String, List<String>> groups = FXCollections.observableMap(new LinkedHashMap<>());
    private final StringProperty groupingSummary = new SimpleStringProperty("");

    private final ReferenceDataViewModel reference = new ReferenceDataViewModel(this::createProject);

    private AtlasProject project;

    /** The project's name. */
    public StringProperty nameProperty() {
        return name;
    }

    /** Where the project file goes. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** Which domain framework the project starts with. */
    public ObjectProperty<FrameworkChoice> frameworkProperty() {
        return framework;
    }

    /** The user's own domains, one per line, for {@link FrameworkChoice#CUSTOM}. */
    public StringProperty customDomainsProperty() {
        return customDomains;
    }

    /** The domains the project would get, in order. */
    public List<String> domainNames() {
        return chosenFramework().currentNames();
    }

    /** The custom domains as typed: one per line, blank lines ignored. */
    public List<String> customDomainList() {
        return Arrays.stream(customDomains.get() == null ? new String[0] : customDomains.get().split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The framework chosen. */
    public Framework chosenFramework() {
        return switch (framework.get()) {
            case SOUTHEND_2050 -> Framework.southend2050();
            case CUSTOM -> Framework.custom(name.get().isBlank() ? "Our domains" : name.get().strip() + " domains",
                    customDomainList());
            default -> Framework.liveWell();
        };
    }

    /** True when the first step is complete: a name, a file and (for a custom list) at least one domain. */
    public BooleanBinding projectStepValid() {
        return Bindings.createBooleanBinding(() -> !name.get().isBlank() && file.get() != null
                        && (framework.get() != FrameworkChoice.CUSTOM || !customDomainList().isEmpty()),
                name, file, framework, customDomains);
    }

    /** Creates the project file (once); returns the project. */
    public AtlasProject createProject() {
        if (project == null) {
            project = AtlasProject.create(file.get(), name.get().strip(), chosenFramework());
        }
        return project;
    }

    /** The project created, or null before the first step is left. */
    public AtlasProject project() {
        return project;
    }

    // ---- boundaries

    /** The boundary file being set up. */
    public ObjectProperty<Path> boundaryFileProperty() {
        return boundaryFile;
    }

    /** Its preview, or null. */
    public ObjectProperty<AreaSetup.BoundaryFilePreview> previewProperty() {
        return preview;
    }

    /** The level its areas will be imported at. */
    public ObjectProperty<AreaLevel> levelProperty() {
        return level;
    }

    /** The field holding each area's code. */
    public StringProperty codeFieldProperty() {
        return codeField;
    }

    /** The field holding each area's name (optional). */
    public StringProperty nameFieldProperty() {
        return nameField;
    }

    /** The file's EPSG code when it does not say, or blank. */
    public StringProperty epsgProperty() {
        return epsg;
    }

    /** Reads the first rows of a boundary file and takes the service's suggestions for level and fields. */
    public AreaSetup.BoundaryFilePreview loadPreview(Path f) throws IOException {
        AreaSetup.BoundaryFilePreview p = AreaSetup.preview(f, 8);
        boundaryFile.set(f);
        codeField.set(p.suggestedCodeField());
        nameField.set(p.suggestedNameField());
        level.set(p.suggestedLevel() != null ? p.suggestedLevel() : AreaLevel.OTHER);
        epsg.set("");
        preview.set(p); // last, so views listening to it see the suggestions
        return p;
    }

    /** The EPSG code typed, or null; a message when it is not a number. */
    public Integer epsgCode() {
        String s = epsg.get() == null ? "" : epsg.get().strip().replaceFirst("(?i)^epsg:", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The EPSG code should be a number such as 27700 (British National"
                    + " Grid) or 4326 (GPS latitude and longitude)");
        }
    }

    /** True when a file is previewed and its level and code field chosen. */
    public BooleanBinding boundaryReady() {
        return Bindings.createBooleanBinding(() -> preview.get() != null && level.get() != null
                && codeField.get() != null && !codeField.get().isBlank(), preview, level, codeField);
    }

    /** Imports the previewed file (call off the FX thread); the caller records the result with {@link #imported}. */
    public AreaSetup.BoundaryImport importBoundaries(Progress progress) throws IOException {
        Integer code = epsgCode();
        String nf = nameField.get() == null || nameField.get().isBlank() ? null : nameField.get();
        return createProject().areaSetup().importBoundaries(boundaryFile.get(), level.get(), codeField.get(), nf,
                code, progress);
    }

    /** Records an import done (on the FX thread) and clears the file for the next one. */
    public void imported(AreaSetup.BoundaryImport result) {
        imports.add(result);
        preview.set(null);
        boundaryFile.set(null);
    }

    /** The imports done so far. */
    public ObservableList<AreaSetup.BoundaryImport> imports() {
        return imports;
    }

    /** Plain-English report of one import: the summary then its details. */
    public static String describe(AreaSetup.BoundaryImport r) {
        StringBuilder b = new StringBuilder(r.summary()).append('.');
        b.append("\nAdded ").append(r.added()).append(", replaced ").append(r.replaced()).append('.');
        if (r.crs() != null) {
            b.append("\nCoordinate system: ").append(r.crs()).append('.');
        }
        lines(b, "Skipped", r.skipped());
        lines(b, "Repaired", r.repaired());
        lines(b, "Warning", r.warnings());
        lines(b, "Does not nest", r.misfits().stream().map(Object::toString).toList());
        return b.toString();
    }

    private static void lines(StringBuilder b, String what, List<String> items) {
        int shown = 0;
        for (String s : items) {
            if (shown++ == 5) {
                b.append("\n\u2026 and ").append(items.size() - 5).append(" more");
                break;
            }
            b.append('\n').append(what).append(": ").append(s);
        }
    }

    // ---- neighbourhoods

    /** The areas that can be grouped: wards when the project has them, else LSOAs, else any but neighbourhoods. */
    public List<Area> groupableAreas() {
        if (project == null) {
            return List.of();
        }
        for (AreaLevel l : List.of(AreaLevel.WARD, AreaLevel.LSOA, AreaLevel.MSOA)) {
            List<Area> a = project.areas(l);
            if (!a.isEmpty()) {
                return a.stream().sorted((x, y) -> x.name().compareToIgnoreCase(y.name())).toList();
            }
        }
        return List.of();
    }

    /** The neighbourhoods made so far: name → member codes (or names). */
    public ObservableMap<String, List<String>> groups() {
        return groups;
    }

    /** Adds the groups of a two-column lookup CSV (replacing groups of the same name). */
    public int loadLookup(Path csv) throws IOException {
        Map<String, List<String>> read = AreaSetup.readLookup(csv);
        groups.putAll(read);
        return read.size();
    }

    /** Adds (or replaces) one group from ticked areas. */
    public void addGroup(String groupName, List<Area> members) {
        if (groupName == null || groupName.isBlank()) {
            throw new IllegalArgumentException("Give the neighbourhood a name");
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("Tick the areas that make up " + groupName.strip());
        }
        groups.put(groupName.strip(), members.stream().map(Area::code).toList());
    }

    /** Groups the areas into the neighbourhoods listed, in one transaction (off the FX thread). */
    public AreaSetup.Grouping applyGroups(Progress progress) {
        AreaSetup.Grouping g = createProject().areaSetup().group(new LinkedHashMap<>(groups), progress);
        return g;
    }

    /** The result of the last grouping, in plain English. */
    public StringProperty groupingSummaryProperty() {
        return groupingSummary;
    }

    // ---- reference data

    /** The reference data step: downloads, imports of each kind through the project's reference data, sources. */
    public ReferenceDataViewModel reference() {
        return reference;
    }

    // ---- finish

    /** What the project now has, in plain English, one line each. */
    public List<String> summary() {
        List<String> out = new ArrayList<>();
        if (project == null) {
            out.add("The project has not been created yet.");
            return out;
        }
        out.add(project.name() + " \u2014 " + project.file().getFileName());
        Map<AreaLevel, Long> counts = project.areas().stream()
                .collect(Collectors.groupingBy(Area::level, LinkedHashMap::new, Collectors.counting()));
        if (counts.isEmpty()) {
            out.add("No areas yet: add boundaries later with the command line's areas import.");
        }
        for (AreaLevel l : List.of(AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD, AreaLevel.WARD, AreaLevel.MSOA,
                AreaLevel.LSOA, AreaLevel.OTHER)) { // largest first
            Long n = counts.get(l);
            if (n != null) {
                out.add(String.format(Locale.UK, "%,d %s area%s", n, l.label(), n == 1 ? "" : "s"));
            }
        }
        List<String> hoods = project.areas(AreaLevel.NEIGHBOURHOOD).stream().map(Area::name).toList();
        if (!hoods.isEmpty()) {
            out.add("Neighbourhoods: " + String.join("; ", hoods));
        }
        out.add("Domains: " + String.join("; ", project.framework().currentNames()));
        out.addAll(reference.summaries());
        if (reference.summaries().isEmpty() && project.reference().sources().isEmpty()) {
            out.add("Reference data: none loaded yet (File \u25b8 Reference data\u2026 later).");
        }
        return out;
    }

    /** Closes the project (the main window reopens it from its file). */
    public void close() {
        if (project != null) {
            project.close();
        }
    }
}
