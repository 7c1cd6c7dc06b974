package org.assetatlas.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.Postcodes;

/**
 * Postcode centroids for "jump to a postcode" on the map: the bundled reference table (OS Code-Point Open for the
 * Colchester demo area; see data/README.md). Immutable once loaded.
 */
public final class PostcodeDirectory {

    /** The bundled table inside the app. */
    public static final String BUNDLED = "/demo/data/reference/postcodes_colchester.csv";
    private static PostcodeDirectory bundled;

    private final Map<String, GeoPoint> byCode;

    private PostcodeDirectory(Map<String, GeoPoint> byCode) {
        this.byCode = byCode;
    }

    /** The bundled table, loaded on first use. */
    public static synchronized PostcodeDirectory bundled() {
        if (bundled == null) {
            try (InputStream in = PostcodeDirectory.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("The postcode table " + BUNDLED + " is missing from the app");
                }
                bundled = read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the postcode table: " + e.getMessage(), e);
            }
        }
        return bundled;
    }

    /** Reads a table with columns {@code Postcode}, {@code Latitude} and {@code Longitude}. */
    static PostcodeDirectory read(Reader r) throws IOException {
        Map<String, GeoPoint> m = new HashMap<>();
        for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            m.put(Postcodes.compact(rec.get("Postcode")), new GeoPoint(Double.parseDouble(rec.get("Latitude")),
                    Double.parseDouble(rec.get("Longitude"))));
        }
        return new PostcodeDirectory(m);
    }

    /** Number of postcodes known. */
    public int size() {
        return byCode.size();
    }

    /** The centroid of a postcode written any common way ("co1 1aa", "CO11AA"); empty when unknown or malformed. */
    public Optional<GeoPoint> find(String postcode) {
        if (postcode == null || !Postcodes.isValid(postcode)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(Postcodes.compact(postcode)));
    }
}
