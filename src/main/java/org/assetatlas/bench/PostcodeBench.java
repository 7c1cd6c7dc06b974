package org.assetatlas.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.SplittableRandom;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.DemoProject;
import org.assetatlas.service.ImportReport;
import org.assetatlas.util.Progress;

/**
 * Locating assets by postcode on import: a CSV of assets with postcodes and no coordinates imported into a project
 * whose postcode list is a generated directory of synthetic but well-formed UK postcodes, beside the {@code sqlite3}
 * shell joining the same assets to the same postcode table. The directory has 2.6 million postcodes (about the size
 * of the whole country's) from 100,000 assets up, and 26 per asset below that, so that small runs stay cheap.
 */
final class PostcodeBench {

    /** Postcodes in the directory from {@link #FULL_FROM} assets up: about as many as the UK has. */
    static final int FULL_DIRECTORY = 2_600_000;
    static final int FULL_FROM = 100_000;
    /** One asset in this many has a well-formed postcode the directory does not hold. */
    private static final int UNKNOWN_EVERY = 20;
    private static final int CHUNK = 260_000;
    private static final String[] AREAS = {"AB", "AL", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "CA", "CB",
        "CF", "CH", "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL"};
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    /** Units per sector, sectors per district, districts per area. */
    private static final int UNITS = 400;
    private static final int SECTORS = 10;
    private static final int DISTRICTS = 25;

    private PostcodeBench() {
    }

    /**
     * The figures for one size.
     *
     * @param directory   postcodes in the generated directory
     * @param importMillis median milliseconds to import the assets, each placed by postcode and in its areas
     * @param located     assets placed by postcode in the last run
     * @param sqliteJoinMillis milliseconds for {@code sqlite3} to join the assets to the postcode table; NaN when
     *                    the shell is absent
     */
    record Result(int directory, double importMillis, long located, double sqliteJoinMillis) {
    }

    static int directorySize(int assets) {
        return assets >= FULL_FROM ? FULL_DIRECTORY : (int) Math.min(FULL_DIRECTORY, 26L * assets);
    }

    /** The i-th postcode of the directory, e.g. {@code AB1 0AA}. */
    static String postcode(int i) {
        int unit = i % UNITS;
        int sector = (i / UNITS) % SECTORS;
        int district = (i / (UNITS * SECTORS)) % DISTRICTS + 1;
        int area = (i / (UNITS * SECTORS * DISTRICTS)) % AREAS.length;
        return AREAS[area] + district + " " + sector + UNIT_LETTERS.charAt(unit / UNIT_LETTERS.length())
                + UNIT_LETTERS.charAt(unit % UNIT_LETTERS.length());
    }

    static Result run(Path dir, int size, int runs, long seed, PrintWriter log) throws IOException,
            InterruptedException {
        Files.createDirectories(dir);
        int directory = directorySize(size);
        SplittableRandom random = new SplittableRandom(seed);
        long t0 = System.nanoTime();
        Path base = dir.resolve("postcodes-base.atlas");
        Path postcodesCsv = dir.resolve("postcodes-all.csv");
        try (AtlasProject p = DemoProject.createBase(base);
             BufferedWriter all = Files.newBufferedWriter(postcodesCsv, StandardCharsets.UTF_8)) {
            all.write("code,lat,lon\n");
            // imported in chunks, so that no more than a chunk is held in memory at once
            for (int from = 0; from < directory; from += CHUNK) {
                Path chunk = dir.resolve("postcodes-chunk.csv");
                try (BufferedWriter w = Files.newBufferedWriter(chunk, StandardCharsets.UTF_8)) {
                    w.write("pcds,lat,long\n");
                    for (int i = from; i < Math.min(directory, from + CHUNK); i++) {
                        // inside the demo's Colchester area, so that the assets land in its areas
                        String lat = String.format(Locale.ROOT, "%.6f", 51.80 + random.nextDouble() * 0.12);
                        String lon = String.format(Locale.ROOT, "%.6f", 0.80 + random.nextDouble() * 0.18);
                        String pc = postcode(i);
                        w.write(pc + "," + lat + "," + lon + "\n");
                        all.write(pc.replace(" ", "") + "," + lat + "," + lon + "\n");
                    }
                }
                p.signposting().importPostcodes(chunk, Progress.NONE);
                Files.deleteIfExists(chunk);
            }
        }
        log.printf("postcode directory: %,d postcodes generated and imported in %.0f ms%n", directory,
                (System.nanoTime() - t0) / 1e6);

        Path assets = dir.resolve("postcode-assets.csv");
        try (BufferedWriter w = Files.newBufferedWriter(assets, StandardCharsets.UTF_8)) {
            w.write("name,domains,postcode\n");
            for (int i = 0; i < size; i++) {
                String pc = i % UNKNOWN_EVERY == UNKNOWN_EVERY - 1 ? "ZE" + (i % 9 + 1) + " 9ZZ"
                        : postcode(random.nextInt(directory));
                w.write("Asset by postcode " + i + ",Age Well," + pc + "\n");
            }
        }

        long[] times = new long[runs];
        long located = 0;
        for (int run = 0; run < runs; run++) {
            Path file = dir.resolve("postcodes-run.atlas");
            copyProject(base, file);
            try (AtlasProject p = AtlasProject.open(file)) {
                long s = System.nanoTime();
                ImportReport r = p.transfer().importCsv(assets, Progress.NONE);
                times[run] = System.nanoTime() - s;
                if (r.imported() != size || r.locatedByPostcode() + r.unknownPostcodes() != size) {
                    throw new IllegalStateException("Imported " + r.imported() + " of " + size + ", located "
                            + r.locatedByPostcode() + ", unknown " + r.unknownPostcodes());
                }
                located = r.locatedByPostcode();
            }
            deleteProject(file);
        }
        double importMillis = new Stats(times).medianMillis();
        log.printf("import placing %,d assets by postcode (%,d postcodes): %.0f ms%n", size, directory, importMillis);

        double join = SqliteShell.joinMillis(postcodesCsv, assets, dir);
        if (!Double.isNaN(join)) {
            log.printf("sqlite3 join of the assets to the postcodes: %.0f ms%n", join);
        }
        deleteProject(base);
        Files.deleteIfExists(postcodesCsv);
        Files.deleteIfExists(assets);
        return new Result(directory, importMillis, located, join);
    }

    private static void copyProject(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path wal = from.resolveSibling(from.getFileName() + suffix);
            Path target = to.resolveSibling(to.getFileName() + suffix);
            if (Files.exists(wal)) {
                Files.copy(wal, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(target);
            }
        }
    }

    private static void deleteProject(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }
}
