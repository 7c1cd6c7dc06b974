package org.assetatlas.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.assetatlas.model.Asset;
import org.assetatlas.model.Domain;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.ui.common.RecordingDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The domains editor's view model, with no window: previews asked through the dialogs, changes and undo. */
class DomainsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void everyChangeIsPreviewedConfirmedAndUndoable() {
        try (AtlasProject p = AtlasProject.create(dir.resolve("s.atlas"), "Southend", Framework.southend2050())) {
            p.assets().save(Asset.builder().name("Pier walk").domains(List.of("Pride and Joy"))
                    .location(new GeoPoint(51.53, 0.72)).build());
            RecordingDialogs dialogs = new RecordingDialogs();
            DomainsViewModel vm = new DomainsViewModel(p, dialogs);
            assertEquals(5, vm.domains().size());

            vm.selectedProperty().set(vm.domains().get(0));
            vm.nameProperty().set("Pride & Joy");
            dialogs.confirmAnswers.add(false);
            assertFalse(vm.rename());
            assertEquals("Nothing changed.", vm.messageProperty().get());
            assertTrue(dialogs.confirmations.get(0).contains("1 asset, no barriers and enablers and no voices tagged"
                    + " Pride and Joy will be tagged Pride & Joy."), dialogs.confirmations.toString());

            dialogs.confirmAnswers.add(true);
            assertTrue(vm.rename());
            assertEquals("Pride & Joy", vm.domains().get(0).name());
            assertEquals(vm.domains().get(0), vm.selectedProperty().get());

            vm.nameProperty().set("safe and well");
            assertFalse(vm.add());
            assertTrue(vm.messageProperty().get().contains("already has"), vm.messageProperty().get());

            dialogs.confirmAnswers.add(true);
            assertTrue(vm.move(1));
            assertEquals("Pride & Joy", vm.domains().get(1).name());

            dialogs.confirmAnswers.add(true);
            assertTrue(vm.retireOrRestore());
            assertTrue(vm.domains().get(1).retired());

            assertTrue(vm.undo());
            assertTrue(vm.undo());
            assertTrue(vm.undo());
            assertEquals(Framework.southend2050().domains(), vm.domains());
            assertEquals(List.of("Pride and Joy"), p.assets().find(org.assetatlas.model.AssetQuery.all()).get(0)
                    .domains());

            vm.selectedProperty().set(vm.domains().get(4));
            vm.mergeIntoProperty().set(vm.domains().get(2));
            dialogs.confirmAnswers.add(true);
            assertTrue(vm.merge());
            assertEquals(4, vm.domains().size());
            assertFalse(vm.domains().stream().map(Domain::name).toList().contains("Connected and Smart"));
        }
    }
}
