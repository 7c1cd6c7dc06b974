package org.assetatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assetatlas.geo.GeoJsonFeatures;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.util.Progress;
import org.locationtech.jts.geom.Point;

/**
 * Reads public transport stops from NaPTAN: the Department for Transport's {@code Stops.csv} (national or one
 * area's, e.g. Essex's {@code 150Stops.csv}), or a GeoJSON extract with the same property names.
 *
 * <p>Columns used: {@code ATCOCode} (required), {@code CommonName}, {@code Street}, {@code Indicator},
 * {@code StopType}, {@code Status}, and the position from {@code Longitude}/{@code Latitude} or, when those are
 * empty, {@code Easting}/{@code Northing} (British National Grid). Stops whose {@code Status} is not active
 * ({@code inactive}, {@code del}, {@code pen}) are skipped and counted. A row that cannot be read is reported with
 * its line number and reason; the caller stores the good rows in one transaction.
 */
public final class NaptanStops {

    /** A row that could not be read. */
    public record Problem(long line, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    /** What was read: the stops (last row wins for a repeated ATCO code), the bad rows and the skipped count. */
    public record Result(List<BusStop> stops, List<Problem> problems, int inactive) {
    }

    private NaptanStops() {
    }

    /**
     * Reads a NaPTAN CSV file (UTF-8 or Windows-1252).
     *
     * @param toWgs84 converts an easting and northing to WGS84
     * @throws AssetImportException when the file has no {@code ATCOCode} column or no position columns
     * @throws org.assetatlas.util.CancelledException when cancelled
     */
    public static Result readCsv(Path file, BiFunction<Double, Double, GeoPoint> toWgs84, Progress progress)
            throws IOException {
        try (Reader r = TextEncoding.open(file);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).build().parse(r)) {
            Map<String, Integer> columns = new HashMap<>();
            for (Map.Entry<String, Integer> e : parser.getHeaderMap().entrySet()) {
                columns.putIfAbsent(e.getKey().strip().toLowerCase(Locale.ROOT).replace("\ufeff", ""), e.getValue());
            }
            if (!columns.containsKey("atcocode")) {
                throw new AssetImportException(file.getFileName() + " has no ATCOCode column: it is not a NaPTAN"
                        + " stops file");
            }
            boolean lonLat = columns.containsKey("longitude") && columns.containsKey("latitude");
            boolean grid = columns.containsKey("easting") && columns.containsKey("northing");
            if (!lonLat && !grid) {
                throw new AssetImportException(file.getFileName() + " has neither Longitude/Latitude nor"
                        + " Easting/Northing columns");
            }
            Map<String, BusStop> stops = new LinkedHashMap<>();
            List<Problem> problems = new ArrayList<>();
            int inactive = 0;
            long line = 1;
            int n = 0;
            for (CSVRecord rec : parser) {
                long thisLine = line + 1;
                line = parser.getCurrentLineNumber();
                if (++n % 2000 == 0) {
                    progress.update(n, -1, "Reading stops");
                    progress.checkCancelled();
                }
                String status = get(rec, columns, "status").toLowerCase(Locale.ROOT);
                if (!status.isEmpty() && !status.equals("active") && !status.equals("act")) {
                    inactive++;
                    continue;
                }
                try {
                    BusStop s = stop(rec, columns, lonLat, grid, toWgs84);
                    stops.put(s.atcoCode(), s);
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(thisLine, e.getMessage()));
                }
            }
            return new Result(List.copyOf(stops.values()), problems, inactive);
        } catch (java.io.UncheckedIOException e) {
            throw new AssetImportException(file.getFileName() + " is not a well-formed CSV file: "
                    + CsvSyntax.describe(e), e);
        }
    }

    private static BusStop stop(CSVRecord rec, Map<String, Integer> columns, boolean lonLat, boolean grid,
                                BiFunction<Double, Double, GeoPoint> toWgs84) {
        String atco = get(rec, columns, "atcocode");
        if (atco.isEmpty()) {
            throw new IllegalArgumentException("No ATCOCode");
        }
        GeoPoint at = null;
        if (lonLat && !get(rec, columns, "longitude").isEmpty() && !get(rec, columns, "latitude").isEmpty()) {
            double lon = number(rec, columns, "longitude");
            double lat = number(rec, columns, "latitude");
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("Latitude/longitude " + lat + ", " + lon + " out of range");
            }
            at = new GeoPoint(lat, lon);
        } else if (grid && !get(rec, columns, "easting").isEmpty() && !get(rec, columns, "northing").isEmpty()) {
            at = toWgs84.apply(number(rec, columns, "easting"), number(rec, columns, "northing"));
        }
        if (at == null) {
            throw new IllegalArgumentException("Stop " + atco + " has no position");
        }
        if (!at.inUk()) {
            throw new IllegalArgumentException("Stop " + atco + " lies outside the UK (" + at.lat() + ", " + at.lon()
                    + ")");
        }
        return new BusStop(atco, get(rec, columns, "commonname"), get(rec, columns, "street"),
                get(rec, columns, "indicator"), get(rec, columns, "stoptype"), at);
    }

    private static String get(CSVRecord rec, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= rec.size() ? "" : rec.get(i).strip();
    }

    private static double number(CSVRecord rec, Map<String, Integer> columns, String name) {
        String text = get(rec, columns, name);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a number in " + name + ": \"" + text + "\"");
        }
    }

    /**
     * Reads stops from a GeoJSON file of points with NaPTAN property names (as shipped with the demo).
     *
     * @throws IOException when the file cannot be read; features without an ATCO code or not points are reported
     */
    public static Result readGeoJson(InputStream in) throws IOException {
        List<BusStop> stops = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int i = 0;
        for (GeoJsonFeatures.Feature f : GeoJsonFeatures.read(in)) {
            i++;
            try {
                if (!(f.geometry() instanceof Point p)) {
                    throw new IllegalArgumentException("not a point");
                }
                if (p.isEmpty()) {
                    throw new IllegalArgumentException("no location");
                }
                stops.add(new BusStop(f.get("ATCOCode"), f.get("CommonName"), f.get("Street"), f.get("Indicator"),
                        f.get("StopType"), new GeoPoint(p.getY(), p.getX())));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(i, "feature " + i + ": " + e.getMessage()));
            }
        }
        return new Result(stops, problems, 0);
    }
}
