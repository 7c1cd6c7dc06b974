package org.assetatlas.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.assetatlas.report.ReportFormat;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.DemoProject;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.ui.common.RecordingDialogs;

/** The Reports workspace's view model over the demo project, with work run at once. */
class ReportsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void editsCallsToActionBrandingAndWritesTheChosenReport() throws Exception {
        RecordingDialogs dialogs = new RecordingDialogs();
        try (AtlasProject p = DemoProject.build(dir.resolve("demo.atlas"), Progress.NONE)) {
            SimpleObjectProperty<AtlasProject> project = new SimpleObjectProperty<>();
            ReportsViewModel vm = new ReportsViewModel(project, UiTasks.direct(), dialogs);
            project.set(p);
            assertEquals("All domains", vm.domains().get(0).label());
            assertEquals(p.framework().names().size() + 1, vm.domains().size());
            assertEquals(p.areas().size() + 1, vm.areas().size(), "all areas, then every area of every level");
            assertEquals("Colchester Central", vm.areaProperty().get().label(), "a neighbourhood first");

            vm.domainProperty().set(vm.domains().stream().filter(c -> "Age Well".equals(c.value())).findFirst()
                    .orElseThrow());
            vm.areaProperty().set(vm.areas().get(2));
            assertFalse(vm.actionsDirtyProperty().get());
            vm.actionsProperty().set("Open a warm space in every library");
            assertTrue(vm.actionsDirtyProperty().get());
            vm.saveActions();
            assertFalse(vm.actionsDirtyProperty().get());
            assertEquals("Open a warm space in every library",
                    p.reports().callsToAction("Age Well", vm.areas().get(2).value().code()));
            vm.areaProperty().set(vm.areas().get(1));
            assertEquals("", vm.actionsProperty().get(), "another area has its own calls to action");

            vm.primaryProperty().set("not a colour");
            assertFalse(vm.saveBranding());
            assertEquals(1, dialogs.errors.size());
            vm.primaryProperty().set("#003366");
            vm.organisationProperty().set("Colchester Partnership");
            assertTrue(vm.saveBranding());
            assertEquals("#003366", p.reports().branding().primary());

            vm.formatProperty().set(ReportFormat.XLSX);
            assertTrue(vm.suggestedFileName().endsWith("_age-well.xlsx"), vm.suggestedFileName());
            Path out = dir.resolve(vm.suggestedFileName());
            assertTrue(vm.generate(out));
            assertTrue(Files.size(out) > 0);
            assertTrue(vm.statusProperty().get().startsWith("Wrote"), vm.statusProperty().get());

            vm.recordSnapshot("baseline");
            assertTrue(vm.snapshotTextProperty().get().contains("baseline"), vm.snapshotTextProperty().get());
        }
    }
}
