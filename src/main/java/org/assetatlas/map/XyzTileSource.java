package org.assetatlas.map;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.assetatlas.util.PrivateFiles;

/**
 * Tiles from an XYZ tile server ({@code https://host/{z}/{x}/{y}.png}) kept in an on-disk cache
 * ({@code CACHE/z/x/y.tile}). Drawing never waits for the network: a tile not in the cache is fetched in the
 * background (with the app's User-Agent, as tile servers' usage policies require) and the map is told when it
 * arrives. After a failed fetch (no network, server refusing) the source waits a minute before trying again, so an
 * offline app behaves as if there were no basemap. Cached tiles are used for {@link #MAX_AGE} before being fetched
 * again.
 */
public final class XyzTileSource implements TileSource {

    /** How long a cached tile is used before it is fetched again. */
    public static final Duration MAX_AGE = Duration.ofDays(30);
    private static final Duration BACK_OFF = Duration.ofMinutes(1);

    /** Fetches the bytes at an address; throws when it cannot. */
    @FunctionalInterface
    public interface Fetcher {
        byte[] fetch(URI uri) throws IOException;
    }

    private final String template;
    private final Path cache;
    private final Fetcher fetcher;
    private final String attribution;
    private final int minZoom;
    private final int maxZoom;
    private final Map<String, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();
    private final ExecutorService fetching = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "basemap-tiles");
        t.setDaemon(true);
        return t;
    });
    private volatile Instant offlineUntil = Instant.MIN;
    private volatile Runnable listener = () -> { };

    /**
     * @param template    the tile address with {@code {z}}, {@code {x}} and {@code {y}}
     * @param cache       the folder for cached tiles (created when needed)
     * @param fetcher     how tiles are fetched: {@link #http} in the app, or any other source of tile bytes
     * @param attribution what the tile provider asks to be shown
     */
    public XyzTileSource(String template, Path cache, Fetcher fetcher, String attribution, int minZoom,
                         int maxZoom) {
        if (template == null || !template.contains("{z}") || !template.contains("{x}") || !template.contains("{y}")) {
            throw new IllegalArgumentException("A tile address needs {z}, {x} and {y}, e.g."
                    + " https://tiles.example.org/{z}/{x}/{y}.png");
        }
        this.template = template;
        this.cache = cache;
        this.fetcher = fetcher;
        this.attribution = attribution == null ? "" : attribution;
        this.minZoom = minZoom;
        this.maxZoom = maxZoom;
    }

    /** Fetching over HTTP(S) with a User-Agent that names the app, as tile usage policies ask. */
    public static Fetcher http(String userAgent) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return uri -> {
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("User-Agent", userAgent).GET().build();
            try {
                HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    throw new IOException("The tile server answered " + r.statusCode() + " for " + uri);
                }
                return r.body();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted", e);
            }
        };
    }

    /** The address of a tile. */
    public URI uri(int z, int x, int y) {
        return URI.create(template.replace("{z}", Integer.toString(z)).replace("{x}", Integer.toString(x))
                .replace("{y}", Integer.toString(y)));
    }

    /** Where a tile is cached. */
    public Path cacheFile(int z, int x, int y) {
        return cache.resolve(Integer.toString(z)).resolve(Integer.toString(x)).resolve(y + ".tile");
    }

    @Override
    public byte[] tile(int z, int x, int y) {
        Path f = cacheFile(z, x, y);
        byte[] cached = readCached(f);
        if (cached == null || stale(f)) {
            request(z, x, y);
        }
        return cached;
    }

    @Override
    public void prefetch(int z, int x0, int y0, int x1, int y1, long timeoutMillis) {
        long count = (long) (x1 - x0 + 1) * (y1 - y0 + 1);
        if (count <= 0 || count > 1024) {
            return;
        }
        List<CompletableFuture<Void>> waiting = new ArrayList<>();
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (!Files.isRegularFile(cacheFile(z, x, y))) {
                    CompletableFuture<Void> f = request(z, x, y);
                    if (f != null) {
                        waiting.add(f);
                    }
                }
            }
        }
        try {
            CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(timeoutMillis,
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // what arrived in time is drawn; the rest shows as gaps
        }
    }

    /** The fetch of a tile, started unless the source is backing off (then null). */
    private CompletableFuture<Void> request(int z, int x, int y) {
        if (Instant.now().isBefore(offlineUntil)) {
            return null;
        }
        String key = z + "/" + x + "/" + y;
        return pending.computeIfAbsent(key, k -> CompletableFuture.runAsync(() -> {
            try {
                if (Instant.now().isBefore(offlineUntil)) {
                    return;
                }
                byte[] bytes = fetcher.fetch(uri(z, x, y));
                Path f = cacheFile(z, x, y);
                Files.createDirectories(f.getParent());
                Path tmp = PrivateFiles.temporaryFile(f.getParent(), "tile", ".part");
                Files.write(tmp, bytes);
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                listener.run();
            } catch (IOException | RuntimeException e) {
                offlineUntil = Instant.now().plus(BACK_OFF);
            } finally {
                pending.remove(k);
            }
        }, fetching));
    }

    private static byte[] readCached(Path f) {
        try {
            return Files.isRegularFile(f) ? Files.readAllBytes(f) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean stale(Path f) {
        try {
            return Files.getLastModifiedTime(f).toInstant().isBefore(Instant.now().minus(MAX_AGE));
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public int minZoom() {
        return minZoom;
    }

    @Override
    public int maxZoom() {
        return maxZoom;
    }

    @Override
    public String attribution() {
        return attribution;
    }

    @Override
    public void setListener(Runnable onTiles) {
        listener = onTiles == null ? () -> { } : onTiles;
    }

    @Override
    public void close() {
        fetching.shutdownNow();
    }
}
