package org.assetatlas.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.assetatlas.util.Progress;

/**
 * The project's reference data: postcode centroids, the English Indices of Deprivation and population by age band,
 * each kept with its source, licence and vintage so the app and reports can cite it.
 *
 * <p>Postcodes are read by the one postcode parser ({@link SignpostService#importPostcodes}); every import is all
 * or nothing, and rows that cannot be used are listed with their line and reason, never silently dropped.
 */
public final class ReferenceData {

    /** The kinds of reference file a partnership loads. */
    public enum Kind { POSTCODES, DEPRIVATION, POPULATION }

    /** A row that could not be used as it stands: its line in the file and why. */
    public record Problem(long line, String reason) {
    }

    /** What an import did: rows read, rows stored, and the rows with problems. */
    public record Result(Kind kind, String title, String vintage, long rows, long stored, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** One plain-English sentence about the import. */
        public String summary() {
            String s = "Imported " + stored + " of " + rows + " rows of " + title
                    + (vintage == null || vintage.isBlank() ? "" : " (" + vintage + ")");
            return problems.isEmpty() ? s + "." : s + "; " + problems.size() + " rows have problems (listed by line).";
        }
    }

    /** A reference file loaded into the project. */
    public record Source(Kind kind, String title, String publisher, String licence, String vintage, LocalDate loaded,
            long rows) {
    }

    /** Where to download a kind of reference file, and its licence. */
    public record Download(Kind kind, String what, String where, String licence) {
    }

    private final AtlasProject project;

    ReferenceData(AtlasProject project) {
        this.project = project;
    }

    /** Imports postcode centroids (ONS Postcode Directory, NSPL, or OS Code-Point Open with or without header). */
    public Result importPostcodes(Path csv, Progress progress) throws IOException {
        SignpostService.PostcodeImport r = project.signposting().importPostcodes(csv, progress);
        List<Problem> problems = r.problems().stream().map(p -> new Problem(p.line(), p.reason())).toList();
        return new Result(Kind.POSTCODES, "postcode centroids", "", r.imported() + r.withoutLocation()
                + problems.size(), r.imported(), problems);
    }

    /** Imports an English Indices of Deprivation file keyed by LSOA code. */
    public Result importDeprivation(Path csv, Progress progress) throws IOException {
        throw new UnsupportedOperationException("Deprivation import is not available yet.");
    }

    /** Imports population by age band from ONS mid-year estimates by LSOA. */
    public Result importPopulation(Path csv, Progress progress) throws IOException {
        throw new UnsupportedOperationException("Population import is not available yet.");
    }

    /** The reference files loaded into the project, oldest first. */
    public List<Source> sources() {
        throw new UnsupportedOperationException("Reference sources are not recorded yet.");
    }

    /** Where to download each kind of reference file. */
    public static List<Download> downloads() {
        String ogl = "Open Government Licence v3.0";
        return List.of(
                new Download(Kind.POSTCODES, "ONS Postcode Directory (ONSPD) or National Statistics Postcode Lookup (NSPL)",
                        "https://geoportal.statistics.gov.uk", ogl),
                new Download(Kind.POSTCODES, "OS Code-Point Open",
                        "https://osdatahub.os.uk/downloads/open/CodePointOpen", "Open Government Licence v3.0 (OS OpenData)"),
                new Download(Kind.DEPRIVATION, "English Indices of Deprivation 2019",
                        "https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019", ogl),
                new Download(Kind.DEPRIVATION, "English Indices of Deprivation 2025",
                        "https://www.gov.uk/government/statistics/english-indices-of-deprivation-2025", ogl),
                new Download(Kind.POPULATION, "ONS Lower layer Super Output Area population estimates",
                        "https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates",
                        ogl));
    }
}
