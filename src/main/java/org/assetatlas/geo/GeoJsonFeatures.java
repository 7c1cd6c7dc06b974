package org.assetatlas.geo;

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
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads the features of a GeoJSON FeatureCollection: geometry through JTS, properties through Jackson (JTS's own
 * reader drops them). Coordinates are taken as longitude/latitude (RFC 7946 and OGC CRS84).
 */
public final class GeoJsonFeatures {

    /** The SRID given to geometries read here: WGS84. */
    public static final int WGS84 = 4326;
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonFeatures() {
    }

    /** One feature: its properties as text (numbers written plainly) and its geometry, which may be null. */
    public record Feature(Map<String, String> properties, Geometry geometry) {
        /** A property's text, or null. */
        public String get(String key) {
            return properties.get(key);
        }
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
     *                     says which feature
     */
    public static Collection readCollection(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new IOException("Not a GeoJSON FeatureCollection");
        }
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory(new PrecisionModel(), WGS84));
        List<Feature> out = new ArrayList<>();
        int index = 0;
        for (JsonNode f : root.path("features")) {
            index++;
            Map<String, String> props = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = f.path("properties").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                props.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
            }
            Geometry g = null;
            JsonNode geom = f.get("geometry");
            if (geom != null && !geom.isNull()) {
                try {
                    g = reader.read(JSON.writeValueAsString(geom));
                    g.setSRID(WGS84);
                } catch (ParseException e) {
                    throw new IOException("Feature " + index + " has a malformed geometry: " + e.getMessage(), e);
                }
            }
            out.add(new Feature(Collections.unmodifiableMap(props), g));
        }
        JsonNode crsName = root.path("crs").path("properties").path("name");
        return new Collection(crsName.isTextual() ? crsName.asText() : null, out);
    }
}
