package org.assetatlas.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assetatlas.geo.BritishNationalGrid;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.Postcodes;
import org.assetatlas.util.Progress;

/**
 * Reads postcode centroids from a CSV in the style of the ONS Postcode Directory ({@code pcds}, {@code lat},
 * {@code long}, or {@code oseast1m}/{@code osnrth1m}) or OS Code-Point Open with a header ({@code Postcode},
 * {@code Eastings}, {@code Northings}, optionally {@code Latitude}/{@code Longitude}). Latitude and longitude are
 * used when present, otherwise the British National Grid reference is converted. Rows without a grid reference
 * (the ONSPD writes latitude 99.999999 for them) are skipped and counted; malformed rows are reported with their
 * line number and reason.
 */
public final class PostcodeCsvReader {

    /** One postcode centroid read. */
    public record Centroid(String postcode, GeoPoint location) {
    }

    /** A row that could not be read. */
    public record Problem(long line, String reason) {
    }

    /** What was read: the centroids, rows without a grid reference, and malformed rows. */
    public record Result(List<Centroid> centroids, long withoutLocation, List<Problem> problems) {
    }

    private static final String[] POSTCODE = {"pcds", "pcd", "pcd2", "pcd7", "pcd8", "postcode", "post code"};
    private static final String[] LAT = {"lat", "latitude"};
    private static final String[] LON = {"long", "lon", "lng", "longitude"};
    private static final String[] EAST = {"oseast1m", "eastings", "easting", "x"};
    private static final String[] NORTH = {"osnrth1m", "northings", "northing", "y"};

    /**
     * Reads the whole file.
     *
     * @throws AssetImportException when the file has no postcode column or no coordinate columns
     */
    public Result read(Path file, Progress progress) throws IOException {
        List<Centroid> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        long without = 0;
        boolean headerless = startsWithPostcode(file);
        CSVFormat.Builder format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true);
        if (headerless) {
            // Code-Point Open ships without a header: Postcode, Positional_quality_indicator, Eastings, Northings, ...
            format.setHeader("Postcode", "Positional_quality_indicator", "Eastings", "Northings");
        } else {
            format.setHeader().setSkipHeaderRecord(true);
        }
        try (Reader r = TextEncoding.open(file);
             CSVParser p = format.build().parse(r)) {
            Map<String, Integer> header = p.getHeaderMap();
            Integer pc = column(header, POSTCODE);
            Integer lat = column(header, LAT);
            Integer lon = column(header, LON);
            Integer east = column(header, EAST);
            Integer north = column(header, NORTH);
            if (pc == null) {
                throw new AssetImportException(file.getFileName() + " has no postcode column (pcds, pcd or Postcode)");
            }
            boolean latLon = lat != null && lon != null;
            if (!latLon && (east == null || north == null)) {
                throw new AssetImportException(file.getFileName() + " has no coordinates: expected lat and long, "
                        + "or oseast1m and osnrth1m (Eastings and Northings)");
            }
            long n = 0;
            for (CSVRecord rec : p) {
                if (++n % 5000 == 0) {
                    progress.update(n, -1, "Reading postcodes");
                    progress.checkCancelled();
                }
                long line = rec.getRecordNumber() + (headerless ? 0 : 1);
                String code = get(rec, pc);
                if (code.isEmpty()) {
                    problems.add(new Problem(line, "no postcode"));
                    continue;
                }
                if (!Postcodes.isValid(code)) {
                    problems.add(new Problem(line, "\"" + code + "\" is not a UK postcode"));
                    continue;
                }
                try {
                    GeoPoint g;
                    if (latLon && !get(rec, lat).isEmpty()) {
                        double la = Double.parseDouble(get(rec, lat));
                        double lo = Double.parseDouble(get(rec, lon));
                        if (la > 99) {
                            without++;
                            continue;
                        }
                        g = new GeoPoint(la, lo);
                    } else if (east != null && north != null && !get(rec, east).isEmpty()) {
                        double e = Double.parseDouble(get(rec, east));
                        double no = Double.parseDouble(get(rec, north));
                        if (e == 0 && no == 0 || no >= 9_999_999) {
                            without++;
                            continue;
                        }
                        g = BritishNationalGrid.toWgs84(e, no);
                    } else {
                        without++;
                        continue;
                    }
                    if (!g.inUk()) {
                        problems.add(new Problem(line, "the location of " + code + " is outside the UK"));
                        continue;
                    }
                    out.add(new Centroid(Postcodes.normalise(code), g));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(line, "cannot read the coordinates of " + code + ": " + e.getMessage()));
                }
            }
            progress.update(n, n, "Read " + out.size() + " postcodes");
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new AssetImportException("Cannot read " + file.getFileName() + ": " + CsvSyntax.describe(e), e);
        }
        return new Result(out, without, problems);
    }

    /** The published file a postcode CSV looks like, told from its header (or its lack of one). */
    public enum Layout {
        /** ONS Postcode Directory: the OS-derived geography columns are prefixed {@code os} ({@code oslaua}). */
        ONSPD,
        /** National Statistics Postcode Lookup: {@code pcds} with geography columns without the prefix ({@code laua}). */
        NSPL,
        /** OS Code-Point Open, with its header row or without (first field a postcode). */
        CODE_POINT_OPEN,
        /** Some other file with a postcode column and coordinates (or an ONS file of a layout not recognised). */
        OTHER
    }

    /** Which published file this looks like; the file's contents are not checked here ({@link #read} does). */
    public static Layout layout(Path file) throws IOException {
        if (startsWithPostcode(file)) {
            return Layout.CODE_POINT_OPEN;
        }
        String first;
        try (java.io.BufferedReader r = new java.io.BufferedReader(TextEncoding.open(file))) {
            first = r.readLine();
        }
        if (first == null) {
            return Layout.OTHER;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String f : first.split(",")) {
            names.add(f.replace("\"", "").strip().toLowerCase(Locale.ROOT));
        }
        // Code-Point Open's column names; a file cut down to Postcode, Eastings and Northings keeps them
        if (names.contains("positional_quality_indicator") || names.contains("positional quality indicator")
                || names.contains("postcode") && names.contains("eastings") && names.contains("northings")) {
            return Layout.CODE_POINT_OPEN;
        }
        if (names.contains("pcds") || names.contains("pcd")) {
            if (names.contains("oslaua") || names.contains("osward") || names.contains("oscty")) {
                return Layout.ONSPD;
            }
            if (names.contains("laua") || names.contains("ward")) {
                return Layout.NSPL;
            }
        }
        return Layout.OTHER;
    }

    /** Whether the first line is already data (a postcode in its first field), as in Code-Point Open. */
    private static boolean startsWithPostcode(Path file) throws IOException {
        try (java.io.BufferedReader r = new java.io.BufferedReader(TextEncoding.open(file))) {
            String first = r.readLine();
            if (first == null) {
                return false;
            }
            String field = first.split(",", 2)[0].replace("\"", "").strip();
            return Postcodes.isValid(field);
        }
    }

    private static Integer column(Map<String, Integer> header, String[] names) {
        for (String n : names) {
            for (Map.Entry<String, Integer> e : header.entrySet()) {
                if (e.getKey() != null && e.getKey().strip().toLowerCase(Locale.ROOT).replace('_', ' ').equals(n)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private static String get(CSVRecord r, int i) {
        return i < r.size() ? r.get(i).strip() : "";
    }
}
