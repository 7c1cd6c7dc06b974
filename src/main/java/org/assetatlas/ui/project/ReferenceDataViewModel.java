package org.assetatlas.ui.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.assetatlas.model.ReferenceSource;
import org.assetatlas.model.ReferenceSource.Kind;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ReferenceData;
import org.assetatlas.util.Progress;

/**
 * The reference data of a project, for the wizard's Reference data step and the Reference data dialog: where to
 * download each kind of file and under which licence, the import of each kind through {@link ReferenceData}, a
 * summary of each import and the list of files loaded.
 */
public final class ReferenceDataViewModel {

    private final Supplier<AtlasProject> project;
    private final ObservableList<ReferenceSource> sources = FXCollections.observableArrayList();
    private final ObservableList<String> summaries = FXCollections.observableArrayList();

    /** @param project the project to load into (created on first use by the wizard) */
    public ReferenceDataViewModel(Supplier<AtlasProject> project) {
        this.project = Objects.requireNonNull(project);
    }

    /** Where to download files of a kind, each with its licence. */
    public static List<ReferenceData.Download> downloads(Kind kind) {
        return ReferenceData.downloads().stream().filter(d -> d.kind() == kind).toList();
    }

    /** What a kind of file is for, in one sentence. */
    public static String purpose(Kind kind) {
        return switch (kind) {
            case POSTCODES -> "Postcode centroids place assets that have only a postcode and answer \u201Cnear a"
                    + " postcode\u201D searches. Files with or without a header row are read.";
            case DEPRIVATION -> "Any English Indices of Deprivation file by LSOA code: every rank, decile and score"
                    + " becomes a map layer; the IMD decile shades the deprivation map and reports.";
            case POPULATION -> "Residents by LSOA (ONS mid-year estimates, or IoD File 6) give rates per 1,000"
                    + " residents and are summed up to wards and neighbourhoods; age bands are kept as layers.";
        };
    }

    /** Imports a file of a kind (off the FX thread); nothing is kept if it fails. */
    public ReferenceData.Result importFile(Kind kind, Path csv, Progress progress) throws IOException {
        ReferenceData reference = project.get().reference();
        return switch (kind) {
            case POSTCODES -> reference.importPostcodes(csv, progress);
            case DEPRIVATION -> reference.importDeprivation(csv, progress);
            case POPULATION -> reference.importPopulation(csv, progress);
        };
    }

    /** Records a finished import (on the FX thread): its summary, and the list of files loaded afresh. */
    public String imported(ReferenceData.Result r) {
        String s = r.summary();
        if (!r.problems().isEmpty()) {
            ReferenceData.Problem first = r.problems().get(0);
            s += " First: line " + first.line() + ", " + first.reason() + ".";
        }
        summaries.add(s);
        refresh();
        return s;
    }

    /** Reads the list of files loaded from the project again (on the FX thread). */
    public void refresh() {
        sources.setAll(project.get().reference().sources());
    }

    /** The reference files loaded into the project, oldest first. */
    public ObservableList<ReferenceSource> sources() {
        return sources;
    }

    /** The summaries of the imports made here, one sentence each. */
    public ObservableList<String> summaries() {
        return summaries;
    }
}
