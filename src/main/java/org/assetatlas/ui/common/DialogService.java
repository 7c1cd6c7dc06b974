package org.assetatlas.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assetatlas.service.ImportReport;

/**
 * Everything a view model may ask of the user: messages, confirmations, file choices and passing notifications.
 * The app uses {@link FxDialogService}; tests supply their own answers.
 */
public interface DialogService {

    /** The kinds of file the app opens and saves. */
    enum FileType {
        PROJECT("Atlas projects (*.atlas)", ".atlas"),
        CSV("CSV files (*.csv)", ".csv"),
        SPREADSHEET("Spreadsheets (*.csv, *.xlsx)", ".csv"),
        PDF("PDF documents (*.pdf)", ".pdf"),
        GEOPACKAGE("GeoPackage (*.gpkg)", ".gpkg"),
        GEOJSON("GeoJSON (*.geojson)", ".geojson"),
        BOUNDARIES("Boundary files (GeoJSON, GeoPackage, Shapefile, zipped Shapefile, KML)", ".geojson");

        private final String description;
        private final String extension;

        FileType(String description, String extension) {
            this.description = description;
            this.extension = extension;
        }

        public String description() {
            return description;
        }

        /** The extension with its dot, e.g. {@code .csv}. */
        public String extension() {
            return extension;
        }
    }

    /** Tells the user something failed; {@code message} says what and what to do. */
    void showError(String title, String message);

    /** Shows information; {@code details} may be long and is shown scrollable (null for none). */
    void showInformation(String title, String header, String details);

    /** Shows pairs such as shortcut and action as two aligned columns. */
    void showTwoColumns(String title, String header, List<String[]> rows);

    /** Asks the user to confirm an action; true when they chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Asks the user to go on with an action that has one option to tick or leave (e.g. including individuals'
     * personal details in an export); the box starts as {@code ticked}.
     *
     * @return whether the box was ticked when the user chose {@code confirmLabel}; empty when they cancelled
     */
    Optional<Boolean> confirmWithOption(String title, String message, String optionLabel, boolean ticked,
                                        String confirmLabel);

    /** Summarises an import: how many rows were imported and rejected, the first rejected rows and why. */
    void showImportReport(Path source, ImportReport report);

    /** Asks for an existing file; empty when the user cancels. */
    Optional<Path> chooseFileToOpen(String title, FileType type, Path initialFolder);

    /** Asks where to save a file; the type's extension is added when missing. Empty when the user cancels. */
    Optional<Path> chooseFileToSave(String title, FileType type, Path initialFolder, String suggestedName);

    /**
     * Shows a passing, non-modal notification, optionally with one action (e.g. "Undo").
     *
     * @param actionLabel null for none
     * @param action      null for none
     */
    void notify(String message, String actionLabel, Runnable action);

    /**
     * Asks the user to pick one of a list (e.g. a backup to restore), the first selected.
     *
     * @return the index picked, or empty when cancelled
     */
    Optional<Integer> chooseOne(String title, String header, List<String> options, String confirmLabel);

    /**
     * Shows a table (e.g. field, the saved value, yours) and asks which of the actions to take.
     *
     * @param columns the column headings
     * @param rows    the rows, each as many cells as there are columns
     * @param actions the buttons, first the one suggested
     * @return the index of the action taken, or empty when cancelled
     */
    Optional<Integer> chooseAction(String title, String header, List<String> columns, List<List<String>> rows,
                                   List<String> actions);

    /**
     * Shows a table whose rows the user picks from (e.g. the versions of an asset), the first selected; long cells
     * wrap.
     *
     * @return the index of the row picked, or empty when cancelled
     */
    Optional<Integer> chooseRow(String title, String header, List<String> columns, List<List<String>> rows,
                                String confirmLabel);
}
