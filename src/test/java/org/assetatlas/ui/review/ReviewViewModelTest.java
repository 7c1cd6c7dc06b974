package org.assetatlas.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.Framework;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ReviewQueue;
import org.assetatlas.ui.common.RecordingDialogs;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review workspace shows the same queue as the service and the command line, and checks in one step. */
class ReviewViewModelTest {

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Long> opened = new ArrayList<>();
    private final SimpleObjectProperty<AtlasProject> project = new SimpleObjectProperty<>();
    private ReviewViewModel vm;

    @BeforeEach
    void open() throws Exception {
        AtlasProject p = AtlasProject.create(dir.resolve("New.atlas"), "New", Framework.liveWell());
        Path csv = dir.resolve("partners.csv");
        try (InputStream in = ReviewViewModelTest.class.getResourceAsStream("/messy/tendring-partners-messy.csv")) {
            Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
        }
        p.transfer().importCsv(csv, Progress.NONE);
        project.set(p);
        vm = new ReviewViewModel(project, dialogs, opened::add);
    }

    @AfterEach
    void close() {
        project.get().close();
    }

    private ReviewViewModel.Row row(String start) {
        return vm.rows().stream().filter(r -> r.name().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void showsTheServicesQueueWithWhy() {
        List<ReviewQueue.Item> due = project.get().review().due();
        assertEquals(due.size(), vm.rows().size());
        for (int i = 0; i < due.size(); i++) {
            assertEquals(due.get(i).asset().id(), vm.rows().get(i).id());
            assertEquals(String.join("\n", due.get(i).reasons()), vm.rows().get(i).why());
        }
        assertTrue(row("Walton").why().contains("Not checked since 30 Jun 2024"), row("Walton").why());
        assertEquals("5 assets are due to be checked.", vm.statusProperty().get());
    }

    @Test
    void checksInOneStepAndSaysWhatToCorrectFirst() {
        vm.verify(row("Jaywick"));
        assertTrue(dialogs.errors.get(0).contains("\"shed@example\" is not an e-mail address"), dialogs.errors.get(0));
        assertEquals(5, vm.rows().size(), "nothing changed");
        vm.edit(row("Jaywick"));
        assertEquals(List.of(row("Jaywick").id()), opened);

        vm.close(row("Jaywick"));
        assertEquals(4, vm.rows().size());
        assertTrue(vm.statusProperty().get().startsWith("Marked \u201cJaywick Men's Shed (illustrative)\u201d closed"));
        vm.pause(row("Walton"));
        assertEquals(AssetStatus.PAUSED, project.get().assets().get(row("Walton").id()).orElseThrow().status());
    }

    @Test
    void theReviewPeriodIsTheProjectsAndTheCheckListIsWrittenOnRequest() throws Exception {
        vm.monthsProperty().set(36);
        assertEquals(36, project.get().review().months());
        assertFalse(vm.rows().isEmpty(), "records with something to check are due whatever the period");

        Path out = dir.resolve("check.csv");
        dialogs.optionAnswers.push(Optional.of(false));
        dialogs.files.push(out);
        vm.writeCheckList();
        assertTrue(Files.readString(out).contains("harwich.carers@example.org"));
        assertTrue(dialogs.notifications.get(0).message().startsWith("Wrote 5 entries to check.csv."),
                dialogs.notifications.get(0).message());

        dialogs.optionAnswers.push(Optional.empty()); // cancelled: nothing asked, nothing written
        Files.delete(out);
        vm.writeCheckList();
        assertFalse(Files.exists(out));
    }
}
