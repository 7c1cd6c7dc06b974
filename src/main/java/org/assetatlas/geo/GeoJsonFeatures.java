package org.assetatlas.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads the features of a GeoJSON FeatureCollection: properties as text, geometry as JTS geometry. Coordinates are
 * taken as longitude/latitude (RFC 7946 and OGC CRS84); a third coordinate (height) is dropped.
 *
 * <p>The file is read as a stream, one feature at a time, so that no copy of the whole file is held in memory: a
 * feature's properties become a small tree and its coordinates go straight into JTS coordinates. Members may come in
 * any order. A collection whose {@code type} is not FeatureCollection is refused, even when that member comes after
 * its features; a geometry that JTS cannot build (a ring that is not closed or has fewer than three points, a
 * position with one number) is refused naming the feature. A ring JTS can build but that is not a valid boundary is
 * left for the caller to check.
 */
public final class GeoJsonFeatures {

    /** The SRID given to geometries read here: WGS84. */
    public static final int WGS84 = 4326;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build());
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

    private GeoJsonFeatures() {
    }

    /** One feature: its properties as text (numbers written plainly) and its geometry, which may be null. */
    public record Feature(Map<String, String> properties, Geometry geometry) {
        /** A property's text, or null. */
        public String get(String key) {
            return properties.get(key);
        }
    }

    /** Receives each feature as it is read. */
    @FunctionalInterface
    public interface FeatureHandler {
        /**
         * @param number the feature's place in the collection, from 1
         */
        void feature(int number, Feature feature) throws IOException;
    }

    /**
     * Reads every feature.
     *
     * @throws IOException when the stream is not a GeoJSON FeatureCollection or a geometry is malformed; the message
     *                     says which feature
     */
    public static List<Feature> read(InputStream in) throws IOException {
        return readCollection(in).features();
    }

    /**
     * A FeatureCollection's features and the coordinate system it names.
     *
     * @param crs      the name in the collection's legacy {@code crs} member (GeoJSON 2008), e.g.
     *                 {@code urn:ogc:def:crs:EPSG::27700}, or null when it has none (RFC 7946: WGS84)
     * @param features the features; their geometries carry SRID 4326 whatever {@code crs} says, since only the
     *                 caller can convert them
     */
    public record Collection(String crs, List<Feature> features) {
    }

    /**
     * Reads every feature and the legacy {@code crs} member.
     *
     * @throws IOException when the stream is not a GeoJSON FeatureCollection or a geometry is malformed; the message
     *                     says which feature, or where the JSON itself is malformed, in plain words
     */
    public static Collection readCollection(InputStream in) throws IOException {
        List<Feature> out = new ArrayList<>();
        try {
            String crs = stream(in, (n, f) -> out.add(f));
            return new Collection(crs, out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new IOException("The GeoJSON file is malformed" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": "
                    + org.assetatlas.util.Printable.of(e.getOriginalMessage(), 200), e);
        }
    }

    /**
     * Reads the collection feature by feature, handing each to {@code handler} as soon as it is read.
     *
     * @return the name in the collection's legacy {@code crs} member, or null
     * @throws IOException when the stream is not a GeoJSON FeatureCollection (a
     *                     {@link com.fasterxml.jackson.core.JsonProcessingException} with its location when the JSON
     *                     itself is malformed) or a geometry is malformed; the message says which feature
     */
    public static String stream(InputStream in, FeatureHandler handler) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("Not a GeoJSON FeatureCollection");
            }
            String type = null;
            String crs = null;
            int number = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "type" -> {
                        type = value == JsonToken.VALUE_STRING ? p.getText() : null;
                        if (!"FeatureCollection".equals(type)) {
                            throw new IOException("Not a GeoJSON FeatureCollection");
                        }
                    }
                    case "crs" -> {
                        JsonNode member = JSON.readTree(p);
                        JsonNode name = member.path("properties").path("name");
                        crs = name.isTextual() ? name.asText() : null;
                    }
                    case "features" -> {
                        if (value != JsonToken.START_ARRAY) {
                            p.skipChildren();
                            continue;
                        }
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            number++;
                            handler.feature(number, feature(p, number));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (!"FeatureCollection".equals(type)) {
                throw new IOException("Not a GeoJSON FeatureCollection");
            }
            return crs;
        }
    }

    /** Reads one feature, the parser at its start; anything but an object is a feature with nothing in it. */
    private static Feature feature(JsonParser p, int number) throws IOException {
        Map<String, String> props = new LinkedHashMap<>();
        Geometry g = null;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return new Feature(Collections.unmodifiableMap(props), null);
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("properties")) {
                if (value == JsonToken.START_OBJECT) {
                    JsonNode properties = JSON.readTree(p);
                    Iterator<Map.Entry<String, JsonNode>> it = properties.fields();
                    while (it.hasNext()) {
                        Map.Entry<String, JsonNode> e = it.next();
                        props.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
                    }
                } else {
                    p.skipChildren();
                }
            } else if (field.equals("geometry")) {
                if (value == JsonToken.START_OBJECT) {
                    try {
                        g = geometry(p);
                    } catch (MalformedGeometry | IllegalArgumentException e) {
                        throw new IOException("Feature " + number + " has a malformed geometry: " + e.getMessage(), e);
                    }
                } else {
                    p.skipChildren();
                }
            } else {
                p.skipChildren();
            }
        }
        return new Feature(Collections.unmodifiableMap(props), g);
    }

    /** A geometry JTS cannot build from what the file says. */
    private static final class MalformedGeometry extends Exception {
        MalformedGeometry(String message) {
            super(org.assetatlas.util.Printable.message(message));
        }
    }

    /** Reads a geometry object, the parser at its start; its members may come in any order. */
    private static Geometry geometry(JsonParser p) throws IOException, MalformedGeometry {
        String type = null;
        Object coordinates = null;
        List<Geometry> members = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "type" -> type = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "coordinates" -> coordinates = value == JsonToken.START_ARRAY ? nested(p) : skip(p);
                case "geometries" -> {
                    if (value == JsonToken.START_ARRAY) {
                        members = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (p.currentToken() != JsonToken.START_OBJECT) {
                                throw new MalformedGeometry("a member of a GeometryCollection is not a geometry");
                            }
                            members.add(geometry(p));
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (type == null) {
            throw new MalformedGeometry("it has no type");
        }
        Geometry g = switch (type) {
            case "GeometryCollection" -> FACTORY.createGeometryCollection(
                    members == null ? new Geometry[0] : members.toArray(Geometry[]::new));
            case "Point" -> point(need(coordinates, type));
            case "MultiPoint" -> {
                List<Object> parts = list(need(coordinates, type), type);
                Point[] points = new Point[parts.size()];
                for (int i = 0; i < points.length; i++) {
                    points[i] = point(parts.get(i));
                }
                yield FACTORY.createMultiPoint(points);
            }
            case "LineString" -> FACTORY.createLineString(sequence(need(coordinates, type)));
            case "MultiLineString" -> {
                List<Object> parts = list(need(coordinates, type), type);
                LineString[] lines = new LineString[parts.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = FACTORY.createLineString(sequence(parts.get(i)));
                }
                yield FACTORY.createMultiLineString(lines);
            }
            case "Polygon" -> polygon(need(coordinates, type));
            case "MultiPolygon" -> {
                List<Object> parts = list(need(coordinates, type), type);
                Polygon[] polygons = new Polygon[parts.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(parts.get(i));
                }
                yield FACTORY.createMultiPolygon(polygons);
            }
            default -> throw new MalformedGeometry("unknown geometry type \""
                    + org.assetatlas.util.Printable.of(type, 40) + "\"");
        };
        g.setSRID(WGS84);
        return g;
    }

    private static Object skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    private static Object need(Object coordinates, String type) throws MalformedGeometry {
        if (coordinates == null) {
            throw new MalformedGeometry("a " + type + " without coordinates");
        }
        return coordinates;
    }

    /**
     * Reads a coordinates array, the parser at its start: a position becomes a {@link Coordinate}, an array of
     * arrays a list.
     */
    private static Object nested(JsonParser p) throws IOException, MalformedGeometry {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            double x = p.getDoubleValue();
            if (!number(p.nextToken())) {
                throw new MalformedGeometry("a position has one number");
            }
            double y = p.getDoubleValue();
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (!number(t)) {
                    throw new MalformedGeometry("a position holds something other than numbers");
                }
            }
            return new CoordinateXY(x, y);
        }
        List<Object> out = new ArrayList<>();
        while (t != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_ARRAY) {
                throw new MalformedGeometry("coordinates hold something other than numbers and arrays");
            }
            out.add(nested(p));
            t = p.nextToken();
        }
        return out;
    }

    private static boolean number(JsonToken t) {
        return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o, String what) throws MalformedGeometry {
        if (!(o instanceof List)) {
            throw new MalformedGeometry("the coordinates of a " + what + " are not nested as it needs");
        }
        return (List<Object>) o;
    }

    private static Point point(Object o) throws MalformedGeometry {
        if (o instanceof Coordinate c) {
            return FACTORY.createPoint(c);
        }
        if (o instanceof List<?> l && l.isEmpty()) {
            return FACTORY.createPoint();
        }
        throw new MalformedGeometry("a point's coordinates are not a position");
    }

    private static Coordinate[] sequence(Object o) throws MalformedGeometry {
        List<Object> l = list(o, "line or ring");
        Coordinate[] out = new Coordinate[l.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(l.get(i) instanceof Coordinate c)) {
                throw new MalformedGeometry("a line or ring holds something other than positions");
            }
            out[i] = c;
        }
        return out;
    }

    private static Polygon polygon(Object o) throws MalformedGeometry {
        List<Object> rings = list(o, "Polygon");
        if (rings.isEmpty()) {
            return FACTORY.createPolygon();
        }
        LinearRing shell = FACTORY.createLinearRing(sequence(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = FACTORY.createLinearRing(sequence(rings.get(i)));
        }
        return FACTORY.createPolygon(shell, holes);
    }
}
