package org.assetatlas.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XYZ tile source and its disk cache, with a fake fetcher: no network. */
class XyzTileSourceTest {

    private static final String TEMPLATE = "https://tiles.example.org/{z}/{x}/{y}.png";

    @TempDir
    Path cache;

    @Test
    void aMissingTileIsFetchedOnceThenServedFromTheCache() throws Exception {
        List<URI> asked = new CopyOnWriteArrayList<>();
        AtomicInteger arrivals = new AtomicInteger();
        try (XyzTileSource s = new XyzTileSource(TEMPLATE, cache, uri -> {
            asked.add(uri);
            return new byte[] {1, 2, 3};
        }, "Tiles: example", 0, 19)) {
            s.setListener(arrivals::incrementAndGet);
            assertNull(s.tile(10, 514, 338), "drawing never waits for the network");
            s.prefetch(10, 514, 338, 514, 338, 5_000);
            assertArrayEquals(new byte[] {1, 2, 3}, s.tile(10, 514, 338));
            assertEquals(List.of(URI.create("https://tiles.example.org/10/514/338.png")), asked);
            assertTrue(Files.isRegularFile(s.cacheFile(10, 514, 338)));
            assertTrue(arrivals.get() >= 1);
        }
        // a new session reads the cache with no network at all
        try (XyzTileSource offline = new XyzTileSource(TEMPLATE, cache, uri -> {
            throw new IOException("no network");
        }, "", 0, 19)) {
            assertArrayEquals(new byte[] {1, 2, 3}, offline.tile(10, 514, 338));
        }
    }

    @Test
    void offlineItBacksOffAndTheMapCarriesOnWithoutTiles() {
        AtomicInteger tries = new AtomicInteger();
        try (XyzTileSource s = new XyzTileSource(TEMPLATE, cache, uri -> {
            tries.incrementAndGet();
            throw new IOException("no network");
        }, "", 0, 19)) {
            s.prefetch(12, 2058, 1354, 2059, 1355, 5_000);
            assertNull(s.tile(12, 2058, 1354));
            int after = tries.get();
            assertTrue(after >= 1 && after <= 4, "tries " + after);
            for (int i = 0; i < 20; i++) {
                assertNull(s.tile(12, 2058, 1354));
            }
            assertEquals(after, tries.get(), "no further tries while backing off");
            assertTrue(Files.notExists(s.cacheFile(12, 2058, 1354)));
        }
    }

    @Test
    void anAddressWithoutTilePlaceholdersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new XyzTileSource("https://tiles.example.org/a.png",
                cache, uri -> new byte[0], "", 0, 19));
    }
}
