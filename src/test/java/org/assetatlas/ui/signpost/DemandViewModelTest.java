package org.assetatlas.ui.signpost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.SignpostLogEntry;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.DemoProject;
import org.assetatlas.signpost.Answer;
import org.assetatlas.signpost.Demand;
import org.assetatlas.signpost.Need;
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Demand and supply"'s view model over the demo project, with the log read at once and no window. */
class DemandViewModelTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 14, 0);
    /** Edinburgh: nothing in the demo's directory is near enough to be a good answer there. */
    private static final GeoPoint FAR_AWAY = new GeoPoint(55.95, -3.19);

    @TempDir
    Path dir;

    @Test
    void showsLoggedSignpostingsAsDemandAndRecordsAnOutcome() throws Exception {
        try (AtlasProject p = DemoProject.build(dir.resolve("demo.atlas"), Progress.NONE)) {
            AtomicReference<AtlasProject> open = new AtomicReference<>();
            DemandViewModel vm = new DemandViewModel(open::get, UiTasks.direct());
            vm.refresh();
            assertTrue(vm.rows().isEmpty());
            assertEquals("", vm.summaryProperty().get());
            assertFalse(vm.canAddOutcomeProperty().get());

            open.set(p);
            int before = p.signposting().log(null, null).size();
            Answer met = p.signposting().answer(Need.of("lonely"), NOW);
            assertTrue(met.good(), "the demo has something for loneliness");
            p.signposting().log(met, List.of(met.suggestions().get(0).asset()), NOW.toLocalDate());
            Answer unmet = p.signposting().answer(Need.of("astronaut training").near(FAR_AWAY, "EH1"), NOW);
            assertFalse(unmet.good());
            p.signposting().log(unmet, List.of(), NOW.toLocalDate());
            p.signposting().log(p.signposting().answer(Need.of("astronaut training").near(FAR_AWAY, "EH1"), NOW), List.of(),
                    LocalDate.of(2026, 11, 25));

            vm.refresh();
            Demand d = p.signposting().demand(null, null);
            assertEquals(d.domains(), vm.domainsProperty().get());
            assertEquals(before + 3, vm.log().size());
            assertEquals(before + 3, d.entries());
            assertEquals(d.rows().size(), vm.rows().size());
            long asked = vm.rows().stream().mapToLong(r -> Arrays.stream(r.asked()).sum()).sum();
            long unmetCount = vm.rows().stream().mapToLong(r -> Arrays.stream(r.unmet()).sum()).sum();
            assertEquals(d.entries(), asked, "every logged signposting is counted once in the table");
            assertTrue(unmetCount >= 2, "both unmet searches are counted: " + unmetCount);
            Demand.UnmetNeed astronaut = vm.unmet().stream().filter(u -> u.need().contains("astronaut")).findFirst()
                    .orElseThrow();
            assertEquals(2, astronaut.times());
            assertTrue(vm.summaryProperty().get().startsWith(d.entries() + " signpostings logged; "),
                    vm.summaryProperty().get());
            Demand.Row row = vm.rows().get(0);
            assertEquals(row.asked()[0] + " / " + row.unmet()[0] + " / " + row.available()[0],
                    DemandViewModel.cell(row, 0));

            SignpostLogEntry newest = vm.log().get(0);
            assertEquals("(unmet)", DemandViewModel.options(newest));
            SignpostLogEntry given = vm.log().stream().filter(e -> !e.options().isEmpty()).findFirst().orElseThrow();
            assertEquals(String.join("; ", given.options()), DemandViewModel.options(given));

            assertFalse(vm.addOutcome("nothing selected"), "no entry chosen, nothing recorded");
            vm.selectedEntryProperty().set(given);
            assertTrue(vm.canAddOutcomeProperty().get());
            assertTrue(vm.addOutcome("went along, enjoyed it"));
            assertEquals("went along, enjoyed it", vm.log().stream().filter(e -> e.id() == given.id()).findFirst()
                    .orElseThrow().outcome(), "the log is read again after the outcome is recorded");

            open.set(null);
            vm.refresh();
            assertTrue(vm.log().isEmpty());
            assertTrue(vm.domainsProperty().get().isEmpty());
        }
    }
}
