package org.assetatlas.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.util.Progress;
import org.assetatlas.util.SafeOutput;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes the layers of a project as GeoJSON (RFC 7946), one FeatureCollection per layer in a file of its own beside
 * the name given: {@code OUT.geojson} becomes {@code OUT-assets.geojson}, {@code OUT-areas.geojson},
 * {@code OUT-factors.geojson} and, when there are stops, {@code OUT-stops.geojson}.
 *
 * <p>Coordinates are WGS84 longitude, latitude (asset and stop points in full precision, area boundaries to 7
 * decimals, about a centimetre), polygons' outer rings counter-clockwise, and there is no {@code crs} member. Areas
 * are multipolygons; an area without a boundary, and every factor (which has no geometry of its own), has a null
 * geometry. The attributes are those of the GeoPackage export. The files are written together through
 * {@link SafeOutput#batch}: all of them, or none.
 */
public final class GeoJsonWriter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int AREA_DECIMALS = 7;

    /**
     * The file each layer is written to, for an output named {@code out}: its name without a {@code .geojson} or
     * {@code .json} ending, then {@code -LAYER.geojson}.
     */
    public static Path layerFile(Path out, String layer) {
        String name = out.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ending : List.of(".geojson", ".json")) {
            if (lower.endsWith(ending) && lower.length() > ending.length()) {
                name = name.substring(0, name.length() - ending.length());
                break;
            }
        }
        return out.resolveSibling(name + "-" + layer + ".geojson");
    }

    /**
     * Writes a file per layer, replacing earlier files of those names only once every one is complete.
     *
     * @param protect files that must not be written over, such as the project the layers come from
     * @return the files written, in the order of {@link GisLayers#layerNames()}
     * @throws org.assetatlas.util.OutputRefusedException when a file would replace a project, a database, a folder
     *         or one of {@code protect}; nothing is then written
     * @throws org.assetatlas.util.CancelledException when {@code progress} asks to stop; nothing is then written
     */
    public List<Path> write(GisLayers layers, Path out, Progress progress, Path... protect) throws IOException {
        progress.checkCancelled();
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new IOException("The folder " + target.getParent() + " does not exist");
        }
        List<String> names = layers.layerNames();
        try (SafeOutput.Batch batch = SafeOutput.batch(target.getParent(), protect)) {
            int done = 0;
            for (String layer : names) {
                progress.checkCancelled();
                progress.update(done, names.size(), "Writing " + layer);
                Path file = batch.file(layerFile(target, layer).getFileName().toString());
                try (OutputStream os = Files.newOutputStream(file)) {
                    writeLayer(layers, layer, os);
                }
                done++;
            }
            progress.checkCancelled();
            List<Path> written = batch.commit();
            progress.update(names.size(), names.size(), "Wrote " + names.size() + " layers");
            return written;
        }
    }

    /** Writes one layer's FeatureCollection to the stream, which is flushed but not closed. */
    void writeLayer(GisLayers layers, String layer, OutputStream os) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(os, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("name", layer);
            g.writeArrayFieldStart("features");
            switch (layer) {
                case GisLayers.ASSETS -> features(g, layers.located(), a -> point(a.location()), GisAttributes::asset,
                        GisAttributes.ASSET_FIELDS);
                case GisLayers.AREAS -> {
                    org.locationtech.jts.io.geojson.GeoJsonWriter geometry =
                            new org.locationtech.jts.io.geojson.GeoJsonWriter(AREA_DECIMALS);
                    geometry.setEncodeCRS(false);
                    geometry.setForceCCW(true);
                    features(g, layers.areas(), a -> {
                        Geometry multi = GeoPackageWriter.multi(a.geometry());
                        return multi == null ? null : geometry.write(multi);
                    }, GisAttributes::area, GisAttributes.AREA_FIELDS);
                }
                case GisLayers.FACTORS -> features(g, layers.factors(), f -> null, GisAttributes::factor,
                        GisAttributes.FACTOR_FIELDS);
                case GisLayers.STOPS -> features(g, layers.stops(), s -> point(s.location()), GisAttributes::stop,
                        GisAttributes.STOP_FIELDS);
                default -> throw new IllegalArgumentException("No layer " + layer);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        os.flush();
    }

    private static <T> void features(JsonGenerator g, List<T> items, Function<T, String> geometry,
                                     Function<T, Object[]> values, List<GisAttributes.Field> fields) throws IOException {
        List<String> names = new ArrayList<>(fields.size());
        fields.forEach(f -> names.add(f.name()));
        for (T item : items) {
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            String geo = geometry.apply(item);
            g.writeFieldName("geometry");
            if (geo == null) {
                g.writeNull();
            } else {
                g.writeRawValue(geo);
            }
            g.writeObjectFieldStart("properties");
            Object[] v = values.apply(item);
            for (int i = 0; i < v.length; i++) {
                g.writeFieldName(names.get(i));
                if (v[i] == null) {
                    g.writeNull();
                } else if (v[i] instanceof Long l) {
                    g.writeNumber(l);
                } else {
                    g.writeString(v[i].toString());
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static String point(GeoPoint p) {
        // Double.toString is the shortest text that reads back as the same double
        return "{\"type\":\"Point\",\"coordinates\":[" + p.lon() + "," + p.lat() + "]}";
    }
}
