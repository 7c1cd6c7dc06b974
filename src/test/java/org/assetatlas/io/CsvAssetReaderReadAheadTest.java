package org.assetatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.assetatlas.io.CsvAssetReader.RejectedRow;
import org.assetatlas.io.CsvAssetReader.Summary;
import org.assetatlas.model.Asset;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.util.CancelledException;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvAssetReaderReadAheadTest {

    @TempDir
    Path dir;

    private final ThreadPoolExecutor executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(1);
    private final CsvAssetReader reader = new CsvAssetReader(Framework.liveWell(),
            (e, n) -> new GeoPoint(49 + n / 100_000.0, -8 + e / 100_000.0));

    @AfterEach
    void shutDown() throws InterruptedException {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
    }

    /** Rows good and bad, some over several lines, and every hundredth row of many bad. */
    private Path mixed(int rows) throws IOException {
        StringBuilder b = new StringBuilder("id,name,description,postcode,kind\n");
        for (int i = 0; i < rows; i++) {
            b.append("r-").append(i).append(',');
            b.append(i % 100 == 7 ? "" : "Group " + i).append(',');
            b.append(i % 10 == 3 ? "\"two\nlines\"" : "plain").append(',');
            b.append(i % 100 == 50 ? "NOT A POSTCODE" : "CO1 1JB").append(',');
            b.append(i % 1000 == 999 ? "club" : "group").append('\n');
        }
        Path file = dir.resolve("mixed.csv");
        Files.writeString(file, b, StandardCharsets.UTF_8);
        return file;
    }

    /** The reading task has ended (the pool counts its thread idle a moment after the task's last statement). */
    private void assertNoReaderRunning() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (executor.getActiveCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertEquals(0, executor.getActiveCount());
    }

    @Test
    void passesOnWhatReadPassesOnInFileOrder() throws Exception {
        Path file = mixed(12_345);
        List<Asset> expectedAccepted = new ArrayList<>();
        List<RejectedRow> expectedRejected = new ArrayList<>();
        Summary expected = reader.read(file, expectedAccepted::add, expectedRejected::add, Progress.NONE);
        List<Asset> accepted = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        String caller = Thread.currentThread().getName();
        AtomicReference<String> preparedOn = new AtomicReference<>();

        Summary s = reader.readAhead(file, executor, a -> {
            preparedOn.set(Thread.currentThread().getName());
            return a;
        }, batch -> {
            assertSame(caller, Thread.currentThread().getName());
            accepted.addAll(batch);
        }, rejected::add, Progress.NONE);

        assertEquals(expected, s);
        assertNotEquals(caller, preparedOn.get());
        assertEquals(expectedAccepted.size(), accepted.size());
        for (int i = 0; i < accepted.size(); i++) {
            assertTrue(expectedAccepted.get(i).sameContent(accepted.get(i)));
        }
        assertEquals(expectedRejected, rejected);
        assertTrue(rejected.size() > 100);
        assertNoReaderRunning();
    }

    @Test
    void rejectsWhatPrepareRejectsWithItsLineAndValues() throws IOException {
        Path file = dir.resolve("areas.csv");
        Files.writeString(file, "name,area\nHall,Known\n\"Two\nlines\",Atlantis\nGym,Known\n", StandardCharsets.UTF_8);
        List<String> accepted = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();

        Summary s = reader.readAhead(file, executor, a -> {
            if (a.areaCode().equals("Atlantis")) {
                throw new RowRejectedException("Unknown area Atlantis");
            }
            return a.name();
        }, accepted::addAll, rejected::add, Progress.NONE);

        assertEquals(2, s.accepted());
        assertEquals(1, s.rejected());
        assertEquals(List.of("Hall", "Gym"), accepted);
        assertEquals(new RejectedRow(3, "Unknown area Atlantis", java.util.Map.of("name", "Two\nlines",
                "area", "Atlantis")), rejected.get(0));
    }

    @Test
    void aFailureOfTheCallerStopsTheReading() throws Exception {
        Path file = mixed(50_000);
        AtomicInteger prepared = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("disk full");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> reader.readAhead(file, executor,
                a -> prepared.incrementAndGet(), batch -> {
                    throw failure;
                }, r -> { }, Progress.NONE));

        assertSame(failure, e);
        int atReturn = prepared.get();
        assertNoReaderRunning();
        assertEquals(atReturn, prepared.get(), "nothing is read after readAhead returns");
        assertTrue(atReturn < 20_000, "read on: " + atReturn);
    }

    @Test
    void stopsWhenCancelledOnEitherThread() throws Exception {
        Path file = mixed(50_000);
        AtomicInteger received = new AtomicInteger();
        Progress cancelAfterAFewBatches = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return received.get() > 3000;
            }
        };

        assertThrows(CancelledException.class, () -> reader.readAhead(file, executor, a -> a,
                batch -> received.addAndGet(batch.size()), r -> { }, cancelAfterAFewBatches));

        assertNoReaderRunning();
        assertTrue(received.get() < 20_000, "received: " + received.get());
    }

    @Test
    void refusesAFileThatIsNotValidCsvOnTheCallingThread() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "name,description\nHall,fine\nGym,\"never closed\nStill going\n");
        List<String> accepted = new ArrayList<>();

        AssetImportException e = assertThrows(AssetImportException.class, () -> reader.readAhead(file, executor,
                Asset::name, accepted::addAll, r -> { }, Progress.NONE));

        assertTrue(e.getMessage().startsWith("The file is not valid CSV after line 2"), e.getMessage());
        assertEquals(List.of("Hall"), accepted);
        assertNoReaderRunning();
    }

    @Test
    void leavesTheExecutorUsable() throws Exception {
        Path file = mixed(10);
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < 3; i++) {
                List<Asset> accepted = new ArrayList<>();
                reader.readAhead(file, one, a -> a, accepted::addAll, r -> { }, Progress.NONE);
                assertEquals(9, accepted.size());
            }
        } finally {
            one.shutdownNow();
        }
    }
}
