package org.assetatlas.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a tiny generated MBTiles file. */
class MbtilesReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTilesByXyzAddressAndTheMetadata() {
        Path file = dir.resolve("tiny.mbtiles");
        Map<int[], byte[]> tiles = new LinkedHashMap<>();
        tiles.put(new int[] {1, 1, 0}, new byte[] {10, 20});
        tiles.put(new int[] {2, 2, 1}, new byte[] {30});
        MbtilesReader.write(file, Map.of("name", "Tiny", "format", "png", "attribution", "© Test tiles"), tiles);
        try (MbtilesReader r = MbtilesReader.open(file)) {
            assertArrayEquals(new byte[] {10, 20}, r.tile(1, 1, 0));
            assertArrayEquals(new byte[] {30}, r.tile(2, 2, 1));
            assertNull(r.tile(1, 1, 1), "row 1 at zoom 1 is the other TMS row");
            assertNull(r.tile(5, 0, 0));
            assertEquals("© Test tiles", r.metadata("attribution"));
            assertArrayEquals(new int[] {1, 2}, r.zoomRange(), "from the tiles when the metadata has no zooms");
        }
    }

    @Test
    void otherFilesAreRefusedWithAClearMessage() throws Exception {
        Path text = dir.resolve("notes.mbtiles");
        Files.writeString(text, "not a database at all, just some text that is long enough to be a header");
        assertThrows(StoreException.class, () -> MbtilesReader.open(text));
        assertThrows(StoreException.class, () -> MbtilesReader.open(dir.resolve("missing.mbtiles")));
        Path project = dir.resolve("p.atlas");
        ProjectStore.create(project).close();
        StoreException e = assertThrows(StoreException.class, () -> MbtilesReader.open(project));
        assertEquals("p.atlas is not an MBTiles file (it has no tiles and metadata tables)", e.getMessage());
    }
}
