package org.assetatlas.io.boundary;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assetatlas.geo.GeoJsonFeatures;

/**
 * Reads a GeoJSON FeatureCollection through {@link GeoJsonFeatures}, feature by feature, honouring a legacy {@code crs}
 * member.
 */
final class GeoJsonBoundaries {

    private GeoJsonBoundaries() {
    }

    static RawBoundaries read(Path file) throws IOException {
        Set<String> fields = new LinkedHashSet<>();
        List<RawBoundaries.Raw> features = new ArrayList<>();
        String crsName;
        try (InputStream in = Files.newInputStream(file)) {
            // feature by feature: the file is never held whole, as text or as a tree
            crsName = GeoJsonFeatures.stream(in, (number, f) -> {
                fields.addAll(f.properties().keySet());
                features.add(new RawBoundaries.Raw(number, f.properties(), f.geometry(), null));
            });
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new BoundaryFileException("The GeoJSON file is malformed" + where + ": "
                    + org.assetatlas.util.Printable.of(e.getOriginalMessage(), 200), e);
        } catch (BoundaryFileException e) {
            throw e;
        } catch (IOException e) {
            throw new BoundaryFileException("The GeoJSON file could not be read: " + e.getMessage(), e);
        }
        SourceCrs crs = crsName == null ? null
                : SourceCrs.stated(BoundaryCrs.fromGeoJsonName(crsName), "from the file's \"crs\" member");
        return new RawBoundaries(null, new ArrayList<>(fields), features, crs, List.of());
    }
}
