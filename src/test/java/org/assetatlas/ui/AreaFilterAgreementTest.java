package org.assetatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assetatlas.cli.AtlasCli;
import org.assetatlas.model.Area;
import org.assetatlas.model.Asset;
import org.assetatlas.service.AppPreferences;
import org.assetatlas.service.DemoProject;
import org.assetatlas.service.TendringFixture;
import org.assetatlas.ui.common.Choice;
import org.assetatlas.ui.common.RecordingDialogs;
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.ui.factors.FactorsViewModel;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Assets table's and the Barriers & enablers tab's area filters give what the command line gives, for every
 * area they offer, on the demo and on Tendring (set up from scratch): the screens ask the same area rule as
 * {@code list --area} and {@code factors --area --matrix}.
 */
class AreaFilterAgreementTest {

    @TempDir
    static Path dir;
    private static Path demo;
    private static Path tendring;

    @BeforeAll
    static void build() throws Exception {
        demo = dir.resolve("demo.atlas");
        DemoProject.build(demo, Progress.NONE).close();
        tendring = dir.resolve("tendring.atlas");
        TendringFixture.build(tendring).close();
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.run(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "tendring"})
    void everyAreaTheScreensOfferHoldsWhatTheCommandLineLists(String place) {
        Path file = place.equals("demo") ? demo : tendring;
        MainViewModel vm = new MainViewModel(new AppPreferences(dir.resolve("home-" + place)), new RecordingDialogs(),
                UiTasks.direct());
        try {
            assertTrue(vm.open(file));
            FactorsViewModel factors = new FactorsViewModel(vm);
            List<Choice<Area>> choices = List.copyOf(vm.areaChoices());
            assertEquals(vm.getProject().areas().size() + 1, choices.size(), "every area of every level is offered");
            assertEquals(choices.stream().skip(1).map(Choice::label).toList(),
                    factors.areaChoices().stream().skip(1).map(Choice::label).toList(), "the tabs offer the same areas");
            for (int i = 1; i < choices.size(); i++) {
                Area area = choices.get(i).value();
                vm.areaFilterProperty().set(choices.get(i));
                Set<String> shown = vm.shownAssets().stream().map(Asset::uid)
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> listed = cli("list", file.toString(), "--area", area.code()).lines()
                        .map(l -> l.split("\t", -1)[0]).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(listed, shown, choices.get(i).label());

                factors.areaFilterProperty().set(factors.areaChoices().get(i));
                assertEquals(cli("factors", file.toString(), "--area", area.code(), "--matrix"),
                        factors.matrixProperty().get().format(), choices.get(i).label());
            }
        } finally {
            vm.close();
        }
    }
}
