package org.assetatlas.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.assetatlas.service.ImportReport;

/**
 * A {@link DialogService} for tests: records what the user was shown and answers from a script. A question the test
 * did not script an answer for fails the test, rather than being answered for it.
 */
public final class RecordingDialogs implements DialogService {

    /** One passing notification. */
    public record Notification(String message, String actionLabel, Runnable action) {
    }

    public final List<String> errors = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public final List<Notification> notifications = new ArrayList<>();
    public final List<ImportReport> importReports = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<Path> files = new ArrayDeque<>();
    /** Answers to {@link #chooseOne}: an index, or -1 to cancel. */
    public final Deque<Integer> choices = new ArrayDeque<>();
    public final List<List<String>> choiceLists = new ArrayList<>();
    /** A question asked with an option to tick: what was said, the option, and whether it started ticked. */
    public record OptionQuestion(String message, String optionLabel, boolean ticked) {
    }

    public final List<OptionQuestion> optionQuestions = new ArrayList<>();
    /** Answers to {@link #confirmWithOption}: whether the option is ticked, or empty to cancel. */
    public final Deque<Optional<Boolean>> optionAnswers = new ArrayDeque<>();

    /** Answers to {@link #chooseRow}: a row, or -1 to cancel. */
    public final Deque<Integer> rows = new ArrayDeque<>();
    /** The tables shown by {@link #chooseRow}. */
    public final List<List<List<String>>> rowTables = new ArrayList<>();

    @Override
    public Optional<Integer> chooseRow(String title, String header, List<String> columns,
                                       List<List<String>> table, String confirmLabel) {
        rowTables.add(List.copyOf(table));
        if (rows.isEmpty()) {
            throw new AssertionError("Asked to choose a row of \"" + title + "\" but the test scripted no answer; add"
                    + " one to rows");
        }
        int i = rows.pop();
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    /** Answers to {@link #chooseAction}: an index, or -1 to cancel. */
    public final Deque<Integer> actions = new ArrayDeque<>();
    /** The tables shown by {@link #chooseAction}, with their header first. */
    public final List<List<List<String>>> actionTables = new ArrayList<>();

    @Override
    public Optional<Integer> chooseAction(String title, String header, List<String> columns,
                                          List<List<String>> rows, List<String> choices) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(header));
        table.addAll(rows);
        actionTables.add(table);
        if (actions.isEmpty()) {
            throw new AssertionError("Asked \"" + title + ": " + header + "\" " + choices + " but the test scripted no"
                    + " answer; add one to actions");
        }
        int i = actions.pop();
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    @Override
    public Optional<Integer> chooseOne(String title, String header, List<String> options, String confirmLabel) {
        choiceLists.add(List.copyOf(options));
        if (choices.isEmpty()) {
            throw new AssertionError("Asked to choose \"" + title + "\" but the test scripted no answer; add one to "
                    + "choices");
        }
        int i = choices.pop();
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String header, String details) {
        information.add(title + ": " + header + "\n" + details);
    }

    @Override
    public void showTwoColumns(String title, String header, List<String[]> rows) {
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        if (confirmAnswers.isEmpty()) {
            throw new AssertionError("Asked \"" + title + ": " + message + "\" but the test scripted no answer; add "
                    + "one to confirmAnswers");
        }
        return confirmAnswers.pop();
    }

    @Override
    public Optional<Boolean> confirmWithOption(String title, String message, String optionLabel, boolean ticked,
                                               String confirmLabel) {
        optionQuestions.add(new OptionQuestion(message, optionLabel, ticked));
        if (optionAnswers.isEmpty()) {
            throw new AssertionError("Asked \"" + title + ": " + message + "\" with the option \"" + optionLabel
                    + "\" but the test scripted no answer; add one to optionAnswers");
        }
        return optionAnswers.pop();
    }

    @Override
    public void showImportReport(Path source, ImportReport report) {
        importReports.add(report);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type, Path initialFolder) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileType type, Path initialFolder, String suggestedName) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public void notify(String message, String actionLabel, Runnable action) {
        notifications.add(new Notification(message, actionLabel, action));
    }
}
