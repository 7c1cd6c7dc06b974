package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assetatlas.io.AssetImportException;
import org.assetatlas.io.CsvAssetReader.RejectedRow;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.util.CancelledException;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;

/** Imports large enough to take the bulk path, with its read-ahead thread, dropped trigger and rebuilt indexes. */
class AtlasProjectBulkImportTest {

    private static final int ROWS = 12_000;

    @TempDir
    Path dir;
    private AtlasProject project;

    @BeforeEach
    void create() throws Exception {
        project = AtlasProject.create(dir.resolve("t.atlas"), "Test", Framework.liveWell());
        WKTReader wkt = new WKTReader();
        project.saveAreas(List.of(
                new Area("N", "North", AreaLevel.NEIGHBOURHOOD, null, 1000,
                        wkt.read("POLYGON ((0.8 51.9, 1.0 51.9, 1.0 52.0, 0.8 52.0, 0.8 51.9))"), ""),
                new Area("S", "South", AreaLevel.NEIGHBOURHOOD, null, 2000,
                        wkt.read("POLYGON ((0.8 51.8, 1.0 51.8, 1.0 51.9, 0.8 51.9, 0.8 51.8))"), "")),
                Progress.NONE);
    }

    @AfterEach
    void close() {
        project.close();
    }

    /** A word in no other row: "qz" and the number in four letters. */
    private static String word(int i) {
        StringBuilder b = new StringBuilder("qz");
        for (int k = 0, n = i; k < 4; k++, n /= 26) {
            b.append((char) ('a' + n % 26));
        }
        return b.toString();
    }

    /**
     * Rows placed by location (north, south or nowhere), rows naming their area, and from line 1002 on every 1000th
     * row with a latitude and no longitude (which cannot be an asset), one spread over two lines.
     */
    private Path csv(int rows) throws Exception {
        StringBuilder b = new StringBuilder("id,name,description,domains,latitude,longitude,area\n");
        for (int i = 0; i < rows; i++) {
            String area = i % 1000 == 500 ? "Atlantis" : i % 7 == 0 ? "south" : "";
            b.append("imp-").append(i).append(",Club ").append(word(i)).append(',')
                    .append(i % 1000 == 500 ? "\"over\ntwo lines\"" : "Weekly").append(",Age Well;Feel Well,")
                    .append(i % 3 == 0 ? "51.95" : i % 3 == 1 ? "51.85" : "52.5")
                    .append(i % 1000 == 500 ? ",," : ",0.85,").append(area)
                    .append('\n');
        }
        Path file = dir.resolve("big.csv");
        Files.writeString(file, b, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void importsEveryRowSearchablePlacedAndLinked() throws Exception {
        ImportReport r = project.transfer().importCsv(csv(ROWS), Progress.NONE);

        int bad = ROWS / 1000;
        assertEquals(ROWS - bad, r.imported());
        assertEquals(bad, r.rejected());
        // rows 500, 1500, ... are on lines 502, 1503, ...: each bad row before them took two lines
        for (int k = 0; k < bad; k++) {
            RejectedRow row = r.rejects().get(k);
            assertEquals(502 + k * 1001L, row.line());
            assertTrue(row.reason().startsWith("Latitude "), row.reason());
            assertEquals("over\ntwo lines", row.values().get("description"));
        }
        for (int i = 0; i < ROWS; i++) {
            List<Asset> found = project.assets().find(AssetQuery.all().withText(word(i)));
            if (i % 1000 == 500) {
                assertEquals(0, found.size());
                continue;
            }
            assertEquals(1, found.size(), word(i));
            Asset a = found.get(0);
            assertEquals("imp-" + i, a.uid());
            String area = i % 7 == 0 ? "S" : i % 3 == 0 ? "N" : i % 3 == 1 ? "S" : null;
            assertEquals(area, a.areaCode(), a.uid());
            assertEquals(i % 7 == 0, a.areaChosen());
            assertEquals(List.of("Feel Well", "Age Well"), a.domains());
        }
        Asset later = project.assets().save(Asset.builder().name("Added later qzlater").location(new GeoPoint(51.95, 0.85))
                .build());
        assertEquals(later.id(), project.assets().find(AssetQuery.all().withText("qzlater")).get(0).id());
    }

    @Test
    void aCancelledBulkImportLeavesNothingBehindAndSearchStillWorks() throws Exception {
        Path file = csv(ROWS);
        project.assets().save(Asset.builder().name("Already here qzhere").build());
        AtomicInteger asked = new AtomicInteger();
        Progress cancelLate = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() > 40;
            }
        };

        assertThrows(CancelledException.class, () -> project.transfer().importCsv(file, cancelLate));

        assertEquals(1, project.assets().count());
        assertEquals(0, project.assets().find(AssetQuery.all().withText(word(1))).size());
        assertEquals(1, project.assets().find(AssetQuery.all().withText("qzhere")).size());
        ImportReport r = project.transfer().importCsv(file, Progress.NONE);
        assertEquals(ROWS - ROWS / 1000, r.imported());
        assertEquals(1, project.assets().find(AssetQuery.all().withText(word(ROWS - 1))).size());
        project.assets().save(Asset.builder().name("Added later qzlater").build());
        assertEquals(1, project.assets().find(AssetQuery.all().withText("qzlater")).size());
    }

    @Test
    void importingAFileAgainReplacesEveryRow() throws Exception {
        Path file = csv(600);
        project.transfer().importCsv(file, Progress.NONE);
        long count = project.assets().count();

        ImportReport again = project.transfer().importCsv(file, Progress.NONE);

        assertEquals(count, again.updated());
        assertEquals(count, again.imported());
        assertEquals(count, project.assets().count());
        assertEquals(1, project.assets().find(AssetQuery.all().withText(word(599))).size());
    }

    @Test
    void aFileThatIsNotCsvIsRefusedAsSuchAndChangesNothing() throws Exception {
        Path file = csv(3000);
        Files.writeString(file, "imp-x,\"never closed\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        AssetImportException e = assertThrows(AssetImportException.class, () -> project.transfer().importCsv(file, Progress.NONE));

        assertTrue(e.getMessage().startsWith("The file is not valid CSV after line"), e.getMessage());
        assertEquals(0, project.assets().count());
        project.assets().save(Asset.builder().name("Added later qzlater").build());
        assertEquals(1, project.assets().find(AssetQuery.all().withText("qzlater")).size());
    }
}
