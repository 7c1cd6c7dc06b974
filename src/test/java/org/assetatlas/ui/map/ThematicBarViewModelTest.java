package org.assetatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.assetatlas.analysis.ClassMethod;
import org.assetatlas.map.AreaHighlightLayer;
import org.assetatlas.map.ChoroplethLayer;
import org.assetatlas.map.MapExport;
import org.assetatlas.map.MapRenderer;
import org.assetatlas.map.MapStyle;
import org.assetatlas.map.MapViewport;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.DemoProject;
import org.assetatlas.service.TendringFixture;
import org.assetatlas.service.ThematicMaps.Theme;
import org.assetatlas.ui.common.UiTasks;
import org.assetatlas.ui.map.ThematicBarViewModel.ExportSize;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Shade areas" bar's view model over real projects, with its work run at once and no window. */
class ThematicBarViewModelTest {

    @TempDir
    Path dir;

    private static MapRenderer renderer(AtlasProject p) {
        MapRenderer r = new MapRenderer(MapStyle.standard());
        r.setAreas(p.areas());
        return r;
    }

    private static ChoroplethLayer shown(MapRenderer r) {
        return r.layers().entry(ChoroplethLayer.ID).map(e -> (ChoroplethLayer) e.layer()).orElse(null);
    }

    @Test
    void aProjectWithoutWardsOffersItsOwnLevelsAndShadesItsLsoas() throws Exception {
        try (AtlasProject p = TendringFixture.build(dir.resolve("tendring.atlas"))) {
            SimpleObjectProperty<AtlasProject> project = new SimpleObjectProperty<>();
            MapRenderer r = new MapRenderer(MapStyle.standard());
            ThematicBarViewModel vm = new ThematicBarViewModel(project, r, UiTasks.direct());
            assertEquals(List.of(), vm.levels(), "no project, no levels");
            assertTrue(vm.levelDisabledProperty().get());

            r.setAreas(p.areas());
            project.set(p);
            assertEquals(List.of(AreaLevel.MSOA, AreaLevel.LSOA), vm.levels());
            assertEquals(AreaLevel.LSOA, vm.levelProperty().get());
            assertEquals("Any domain", vm.domains().get(0).label());
            assertEquals(p.framework().names().size() + 1, vm.domains().size());
            assertNull(shown(r), "nothing is shaded until a theme is chosen");

            vm.themeProperty().set(Theme.COUNT);
            assertEquals(AreaLevel.LSOA, vm.levelProperty().get(),
                    "asset counts are drawn for wards by default, but this project has none");
            assertEquals("", vm.messageProperty().get());
            assertFalse(vm.busyProperty().get());
            assertFalse(vm.levelDisabledProperty().get());
            assertFalse(vm.domainDisabledProperty().get());
            ChoroplethLayer lsoas = shown(r);
            assertNotNull(lsoas, "the choropleth is in the map's layer stack");
            assertEquals(AreaLevel.LSOA, lsoas.level());
            assertEquals(lsoas, vm.layerProperty().get());
            assertFalse(lsoas.mapLegend().items().isEmpty());
            assertEquals(r.layers().indexOf(AreaHighlightLayer.ID) - 1, r.layers().indexOf(ChoroplethLayer.ID),
                    "just below the highlighted area, so below the assets");

            vm.levelProperty().set(AreaLevel.MSOA);
            assertEquals(AreaLevel.MSOA, shown(r).level());
            assertEquals(AreaLevel.MSOA, vm.layerProperty().get().level());

            vm.methodProperty().set(ClassMethod.QUANTILE);
            assertNotNull(shown(r));

            vm.themeProperty().set(Theme.NONE);
            assertNull(shown(r), "no theme takes the choropleth off the map");
            assertNull(vm.layerProperty().get());
            assertTrue(vm.levelDisabledProperty().get());

            project.set(null);
            assertEquals(List.of(), vm.levels());
            assertEquals(1, vm.domains().size());
        }
    }

    @Test
    void theDemoKeepsWardsForCountsAndSavesTheMapAsAPicture() throws Exception {
        try (AtlasProject p = DemoProject.build(dir.resolve("demo.atlas"), Progress.NONE)) {
            MapRenderer r = renderer(p);
            ThematicBarViewModel vm = new ThematicBarViewModel(new SimpleObjectProperty<>(p), r, UiTasks.direct());
            assertEquals(List.of(AreaLevel.NEIGHBOURHOOD, AreaLevel.WARD, AreaLevel.LSOA),
                    vm.levels());
            assertEquals(AreaLevel.LSOA, vm.levelProperty().get());

            vm.themeProperty().set(Theme.COUNT);
            assertEquals(AreaLevel.WARD, vm.levelProperty().get(), "asset counts are drawn for wards by default");
            assertEquals(AreaLevel.WARD, shown(r).level());

            String domain = p.framework().names().get(0);
            vm.domainProperty().set(vm.domains().stream().filter(c -> domain.equals(c.value())).findFirst()
                    .orElseThrow());
            assertTrue(shown(r).mapLegend().title().length() > 0);
            assertEquals("", vm.messageProperty().get());

            vm.themeProperty().set(Theme.IMD);
            assertEquals(AreaLevel.LSOA, vm.levelProperty().get());
            assertTrue(vm.methodDisabledProperty().get(), "IMD deciles of LSOAs have fixed classes");
            assertTrue(vm.domainDisabledProperty().get(), "the IMD counts no assets");
            assertFalse(shown(r).source().isBlank());
            assertTrue(vm.exportCredit().contains(shown(r).source()));

            MapViewport v = MapViewport.centredOn(0.9, 51.89, 12, 400, 300);
            assertTrue(vm.canExport(v));
            assertFalse(vm.canExport(v.withSize(10, 10)), "a map too small to see is not saved");
            assertTrue(vm.suggestedExportName().endsWith(" map.png"), vm.suggestedExportName());
            Path png = dir.resolve(vm.suggestedExportName());
            assertTrue(vm.exportPng(png, ExportSize.TWICE, v));
            assertTrue(Files.size(png) > 0);
            assertEquals(192, MapExport.readDpi(png), 0.05);
            assertTrue(vm.messageProperty().get().startsWith("Saved "), vm.messageProperty().get());
            assertTrue(vm.messageProperty().get().contains("800 \u00d7 600 px"), vm.messageProperty().get());
        }
    }

    @Test
    void aProjectWithoutLsoasShadesItsFinestLevelAndSaysWhatIsMissing() throws Exception {
        try (AtlasProject p = AtlasProject.create(dir.resolve("wards.atlas"), "Wards only",
                org.assetatlas.model.Framework.liveWell())) {
            org.locationtech.jts.io.WKTReader wkt = new org.locationtech.jts.io.WKTReader();
            p.saveAreas(List.of(
                    new org.assetatlas.model.Area("N1", "Riverside", AreaLevel.NEIGHBOURHOOD, null, null,
                            wkt.read("POLYGON((0.80 51.80, 1.00 51.80, 1.00 51.95, 0.80 51.95, 0.80 51.80))"), ""),
                    new org.assetatlas.model.Area("W1", "West Ward", AreaLevel.WARD, "N1", null,
                            wkt.read("POLYGON((0.80 51.80, 0.90 51.80, 0.90 51.95, 0.80 51.95, 0.80 51.80))"), ""),
                    new org.assetatlas.model.Area("W2", "East Ward", AreaLevel.WARD, "N1", null,
                            wkt.read("POLYGON((0.90 51.80, 1.00 51.80, 1.00 51.95, 0.90 51.95, 0.90 51.80))"), "")),
                    Progress.NONE);
            MapRenderer r = renderer(p);
            ThematicBarViewModel vm = new ThematicBarViewModel(new SimpleObjectProperty<>(p), r, UiTasks.direct());
            assertEquals(List.of(AreaLevel.WARD), vm.levels());
            assertEquals(AreaLevel.WARD, vm.levelProperty().get(), "no LSOAs: the finest level the project has");

            vm.themeProperty().set(Theme.IMD);
            assertEquals(AreaLevel.WARD, vm.levelProperty().get());
            assertTrue(vm.messageProperty().get().contains("IMD"), vm.messageProperty().get());
            assertNull(shown(r), "a theme the project cannot show leaves the map unshaded");
        }
    }
}
