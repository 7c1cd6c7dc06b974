package org.assetatlas.io.boundary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.assetatlas.util.Progress;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads the boundary files partnerships are given: GeoJSON, GeoPackage, ESRI Shapefile (the {@code .shp} or a
 * {@code .zip}) and KML, chosen by the file's extension.
 *
 * <p>Every area comes back in WGS84 longitude/latitude, whatever the file was in: the coordinate system is taken
 * from the file ({@code .prj}, GeoPackage spatial reference, GeoJSON {@code crs}) or, when it says nothing, from the
 * coordinates (British National Grid or longitude/latitude), and converted with Proj4J. Features without a
 * geometry, with an empty one or with points or lines only are skipped with a reason; invalid boundaries (a ring
 * crossing itself, say) are repaired with JTS's GeometryFixer and reported. Areas far from the others, or none in
 * the United Kingdom, are reported as a likely projection mistake.
 *
 * <p>Either a whole {@link BoundaryRead} comes back or a {@link BoundaryFileException} is thrown whose message can
 * be shown to the user as it is.
 */
public final class BoundaryFiles {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), SourceCrs.WGS84);
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private BoundaryFiles() {
    }

    /**
     * Reads every area of a boundary file.
     *
     * @param file     a {@code .geojson}/{@code .json}, {@code .gpkg}, {@code .shp}, {@code .zip} or {@code .kml}
     * @param opts     size limit, far-away distance and layer; {@link BoundaryOptions#defaults()} for most uses
     * @param progress told of each feature checked and asked about cancellation between features
     * @throws BoundaryFileException when the file cannot be read, is too large, is malformed, or holds no usable
     *                               area; the message says why and, where it can, which feature or line
     * @throws org.assetatlas.util.CancelledException when the user cancels
     */
    public static BoundaryRead read(Path file, BoundaryOptions opts, Progress progress) throws BoundaryFileException {
        BoundaryFormat format = BoundaryFormat.of(file);
        RawBoundaries raw = readRaw(file, format, opts, Integer.MAX_VALUE, true);
        List<Geometry> sourceGeometries = new ArrayList<>();
        for (RawBoundaries.Raw r : raw.features()) {
            if (r.skip() == null && r.geometry() != null) {
                sourceGeometries.add(r.geometry());
            }
        }
        SourceCrs crs = opts.epsg() != null
                ? BoundaryCrs.decide(SourceCrs.stated(opts.epsg(), "as given on import"
                        + (raw.crs() == null || raw.crs().epsg() == opts.epsg() ? ""
                        : " (the file says " + raw.crs().name() + ")")), false, sourceGeometries)
                : BoundaryCrs.decide(raw.crs(), format == BoundaryFormat.GEOJSON, sourceGeometries);
        BoundaryCrs.ToWgs84 toWgs84 = new BoundaryCrs.ToWgs84(crs);
        List<BoundaryNote> warnings = new ArrayList<>(raw.notes());
        if (crs.assumed() && crs.epsg() == SourceCrs.BRITISH_NATIONAL_GRID) {
            warnings.add(BoundaryNote.file("The file gives no coordinate system; its coordinates are in the range "
                    + "of British National Grid, so that was assumed. Check the areas land in the right place."));
        } else if (crs.assumed()) {
            warnings.add(BoundaryNote.file("The file gives no coordinate system; its coordinates look like "
                    + "longitude/latitude, so WGS84 was assumed. Check the areas land in the right place."));
        }
        List<BoundaryFeature> features = new ArrayList<>();
        List<BoundaryNote> skipped = new ArrayList<>();
        List<BoundaryNote> repaired = new ArrayList<>();
        List<RawBoundaries.Raw> raws = raw.features();
        int total = raws.size();
        // in blocks: each block's areas are converted in order (a Proj4J transform is not thread-safe), then checked
        // for validity spread over the cores, which is most of the work; progress and cancellation between blocks
        Checked[] checked = new Checked[Math.min(total, CHECK_BLOCK)];
        for (int from = 0; from < total; from += CHECK_BLOCK) {
            progress.checkCancelled();
            int to = Math.min(total, from + CHECK_BLOCK);
            for (int i = from; i < to; i++) {
                checked[i - from] = converted(raws.get(i), toWgs84);
            }
            IntStream.range(0, to - from).parallel().forEach(i -> checked[i] = valid(checked[i]));
            for (int i = from; i < to; i++) {
                RawBoundaries.Raw r = raws.get(i);
                Checked c = checked[i - from];
                if (c.why() != null) {
                    skipped.add(new BoundaryNote(r.number(), "Feature " + r.number() + label(r) + " was skipped: "
                            + c.why() + "."));
                    continue;
                }
                if (c.problem() != null) {
                    repaired.add(new BoundaryNote(r.number(), "Feature " + r.number() + label(r)
                            + ": the boundary was invalid (" + c.problem() + ") and has been repaired."));
                }
                Geometry area = c.area();
                area.setSRID(SourceCrs.WGS84);
                features.add(new BoundaryFeature(r.number(), Collections.unmodifiableMap(
                        ordered(raw.fields(), r.attributes())), area));
            }
            progress.update(to, total, "Checking boundary " + to + " of " + total);
        }
        if (features.isEmpty()) {
            throw new BoundaryFileException(total == 0 ? "The file holds no features, so it has no boundaries."
                    : "None of the file's " + total + " features is a usable area: " + skipped.get(0).message());
        }
        warnings.addAll(sanity(features, opts.farAwayKm()));
        return new BoundaryRead(format, raw.layer(), raw.fields(), features, crs, skipped, repaired, warnings);
    }

    /** Features checked at a time: converted in order, then made valid over the cores. */
    private static final int CHECK_BLOCK = 2048;

    /**
     * One feature on its way through the checks.
     *
     * @param area    its area in WGS84, or null when it is skipped
     * @param why     why it is skipped, or null
     * @param problem what was wrong with a boundary that has been repaired, or null
     */
    private record Checked(Geometry area, String why, String problem) {
    }

    /** The feature's polygons in WGS84, or why it has none. */
    private static Checked converted(RawBoundaries.Raw r, BoundaryCrs.ToWgs84 toWgs84) throws BoundaryFileException {
        String why = r.skip();
        Geometry g = r.geometry();
        if (why == null && g == null) {
            why = "it has no geometry";
        } else if (why == null && g.isEmpty()) {
            why = "its geometry is empty";
        }
        if (why != null) {
            return new Checked(null, why, null);
        }
        Geometry area = polygonal(g);
        if (area.isEmpty()) {
            return new Checked(null, "it is " + article(g.getGeometryType()) + ", not an area", null);
        }
        try {
            return new Checked(toWgs84.apply(area), null, null);
        } catch (IllegalArgumentException e) {
            throw new BoundaryFileException("Feature " + r.number() + " could not be converted to "
                    + "longitude/latitude: " + e.getMessage() + ". Check the file's coordinate system.", e);
        }
    }

    /**
     * The area as it is when valid (the common case costs one validity check); else repaired with GeometryFixer and
     * what was wrong, or why it cannot be used.
     */
    private static Checked valid(Checked c) {
        if (c.why() != null) {
            return c;
        }
        IsValidOp valid = new IsValidOp(c.area());
        if (valid.isValid()) {
            return c;
        }
        String problem = describe(valid.getValidationError());
        Geometry fixed = polygonal(GeometryFixer.fix(c.area()));
        if (fixed.isEmpty() || !fixed.isValid()) {
            return new Checked(null, "its boundary is invalid (" + problem + ") and could not be repaired", null);
        }
        return new Checked(fixed, null, problem);
    }

    /**
     * The field names and the first {@code n} features' attributes, without reading or converting geometries where
     * the format allows, so the user can pick the code and name fields.
     *
     * @throws BoundaryFileException as {@link #read} does for a file it cannot open
     */
    public static BoundaryPreview preview(Path file, int n) throws BoundaryFileException {
        return preview(file, n, BoundaryOptions.defaults());
    }

    /** {@link #preview(Path, int)} with a size limit and layer. */
    public static BoundaryPreview preview(Path file, int n, BoundaryOptions opts) throws BoundaryFileException {
        BoundaryFormat format = BoundaryFormat.of(file);
        RawBoundaries raw = readRaw(file, format, opts, Math.max(0, n), false);
        List<Map<String, String>> rows = new ArrayList<>();
        for (RawBoundaries.Raw r : raw.features()) {
            if (rows.size() >= n) {
                break;
            }
            rows.add(Collections.unmodifiableMap(ordered(raw.fields(), r.attributes())));
        }
        return new BoundaryPreview(format, raw.layer(), List.copyOf(raw.fields()), List.copyOf(rows));
    }

    private static RawBoundaries readRaw(Path file, BoundaryFormat format, BoundaryOptions opts, int limit,
                                         boolean geometries) throws BoundaryFileException {
        try {
            long size = Files.size(file);
            if (size > opts.maxFileBytes()) {
                throw tooLarge(size, opts.maxFileBytes());
            }
            return switch (format) {
                case GEOJSON -> GeoJsonBoundaries.read(file);
                case GEOPACKAGE -> GeoPackageBoundaries.read(file, opts.layer(), limit);
                case SHAPEFILE -> ShapefileBoundaries.read(file, opts, limit, geometries);
                case KML -> KmlBoundaries.read(file);
            };
        } catch (BoundaryFileException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new BoundaryFileException("The file \"" + file.getFileName() + "\" does not exist.", e);
        } catch (IOException e) {
            throw new BoundaryFileException("The file \"" + file.getFileName() + "\" could not be read: "
                    + e.getMessage(), e);
        }
    }

    /** The refusal for a file over the size limit, naming the limit. */
    static BoundaryFileException tooLarge(long size, long limit) {
        return new BoundaryFileException("The file is " + mb(size) + "; boundary files up to " + mb(limit)
                + " can be read. Simplify the boundaries (generalised boundaries are plenty for community areas) "
                + "or split the file, and try again.");
    }

    /** A size in megabytes (or kilobytes when small), for messages. */
    static String mb(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.UK, "%,d KB", (bytes + 1023) / 1024);
        }
        return String.format(Locale.UK, "%,.1f MB", bytes / (1024.0 * 1024)).replace(".0 MB", " MB");
    }

    /** The polygons in a geometry, as a Polygon or MultiPolygon; empty when it has none. */
    private static Geometry polygonal(Geometry g) {
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(g);
        polygons.removeIf(Geometry::isEmpty);
        if (polygons.isEmpty()) {
            return WGS84.createPolygon();
        }
        return polygons.size() == 1 ? polygons.get(0) : WGS84.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    private static String article(String type) {
        String t = switch (type) {
            case "Point" -> "point";
            case "MultiPoint" -> "set of points";
            case "LineString", "LinearRing" -> "line";
            case "MultiLineString" -> "set of lines";
            default -> type;
        };
        return (t.matches("^[aeiouAEIOU].*") ? "an " : "a ") + t;
    }

    private static String describe(TopologyValidationError error) {
        if (error == null) {
            return "unknown problem";
        }
        String what = switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                    "its edge crosses itself";
            case TopologyValidationError.NESTED_SHELLS, TopologyValidationError.NESTED_HOLES ->
                    "parts lie inside one another";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "a hole lies outside its area";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "holes cut the area in two";
            case TopologyValidationError.TOO_FEW_POINTS -> "a ring has too few points";
            case TopologyValidationError.RING_NOT_CLOSED -> "a ring is not closed";
            default -> error.getMessage().toLowerCase(Locale.ROOT);
        };
        if (error.getCoordinate() != null) {
            what += String.format(Locale.UK, " near %.5f, %.5f", error.getCoordinate().y, error.getCoordinate().x);
        }
        return what;
    }

    /** " (value)" for the first text attribute, to help the user find the feature, or "". */
    private static String label(RawBoundaries.Raw r) {
        for (String v : r.attributes().values()) {
            if (v != null && !v.isBlank()) {
                return " (" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + ")";
            }
        }
        return "";
    }

    private static Map<String, String> ordered(List<String> fields, Map<String, String> attributes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : fields) {
            out.put(f, attributes.get(f));
        }
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            out.putIfAbsent(e.getKey(), e.getValue());
        }
        return out;
    }

    /**
     * Warnings for areas that look misplaced: any whose centre is more than {@code farAwayKm} from the middle of all
     * the centres, and none at all in the United Kingdom.
     */
    static List<BoundaryNote> sanity(List<BoundaryFeature> features, double farAwayKm) {
        List<BoundaryNote> out = new ArrayList<>();
        int n = features.size();
        double[] lons = new double[n];
        double[] lats = new double[n];
        boolean anyInUk = false;
        for (int i = 0; i < n; i++) {
            Point c = features.get(i).geometry().getInteriorPoint();
            lons[i] = c.getX();
            lats[i] = c.getY();
            anyInUk |= lons[i] >= -9.5 && lons[i] <= 2.5 && lats[i] >= 49.5 && lats[i] <= 61.5;
        }
        if (!anyInUk) {
            out.add(BoundaryNote.file(String.format(Locale.UK, "None of these areas is in the United Kingdom (the "
                    + "first is at latitude %.3f, longitude %.3f): is the projection right?", lats[0], lons[0])));
        }
        if (n >= 2) {
            double midLon = median(lons);
            double midLat = median(lats);
            for (int i = 0; i < n; i++) {
                double km = distanceKm(midLat, midLon, lats[i], lons[i]);
                if (km > farAwayKm) {
                    BoundaryFeature f = features.get(i);
                    out.add(new BoundaryNote(f.number(), String.format(Locale.UK, "Feature %d%s is %,.0f km from the "
                            + "others: is the projection right?", f.number(), label(f), km)));
                }
            }
        }
        return out;
    }

    private static String label(BoundaryFeature f) {
        return label(new RawBoundaries.Raw(f.number(), f.attributes(), null, null));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    /** Great-circle distance in kilometres. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
