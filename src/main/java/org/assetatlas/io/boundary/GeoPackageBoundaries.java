package org.assetatlas.io.boundary;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/** Reads a GeoPackage's feature table with NGA's geopackage-java; geometries go through JTS's WKB reader. */
final class GeoPackageBoundaries {

    private GeoPackageBoundaries() {
    }

    static RawBoundaries read(Path file, String wantedLayer, int limit) throws IOException {
        GeoPackage gpkg;
        try {
            gpkg = GeoPackageManager.open(false, file.toFile(), true); // read-only, validated
        } catch (RuntimeException e) {
            throw new BoundaryFileException("\"" + file.getFileName() + "\" is not a GeoPackage this app can read: "
                    + e.getMessage(), e);
        }
        try {
            List<String> tables = gpkg.getFeatureTables();
            if (tables.isEmpty()) {
                throw new BoundaryFileException("The GeoPackage holds no feature tables, so it has no boundaries.");
            }
            List<BoundaryNote> notes = new ArrayList<>();
            String layer;
            if (wantedLayer != null) {
                layer = tables.stream().filter(t -> t.equalsIgnoreCase(wantedLayer)).findFirst()
                        .orElseThrow(() -> new BoundaryFileException("The GeoPackage has no layer called \""
                                + wantedLayer + "\"; its layers are " + String.join(", ", tables) + "."));
            } else {
                layer = tables.get(0);
                if (tables.size() > 1) {
                    notes.add(BoundaryNote.file("The GeoPackage has " + tables.size() + " layers ("
                            + String.join(", ", tables) + "); \"" + layer + "\" was read."));
                }
            }
            FeatureDao dao = gpkg.getFeatureDao(layer);
            SourceCrs crs = crsOf(dao.getSrs());
            String geometryColumn = dao.getGeometryColumnName();
            String pk = dao.getPkColumnName();
            List<String> fields = new ArrayList<>();
            for (String c : dao.getColumnNames()) {
                if (!c.equalsIgnoreCase(geometryColumn) && !("fid".equalsIgnoreCase(c) && c.equalsIgnoreCase(pk))) {
                    fields.add(c);
                }
            }
            List<RawBoundaries.Raw> features = new ArrayList<>();
            WKBReader wkb = new WKBReader();
            FeatureResultSet rows = dao.queryForAll();
            try {
                int number = 0;
                while (number < limit && rows.moveToNext()) {
                    number++;
                    FeatureRow row = rows.getRow();
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (String f : fields) {
                        attributes.put(f, text(row.getValue(f)));
                    }
                    Geometry geometry = null;
                    String skip = null;
                    GeoPackageGeometryData data = row.getGeometry();
                    if (data != null) {
                        try {
                            byte[] bytes = data.getWkb();
                            geometry = data.isEmpty() || bytes == null
                                    ? new org.locationtech.jts.geom.GeometryFactory().createPolygon()
                                    : wkb.read(bytes);
                        } catch (ParseException | IOException | RuntimeException e) {
                            skip = "its geometry is malformed (" + e.getMessage() + ")";
                        }
                    }
                    features.add(new RawBoundaries.Raw(number, attributes, geometry, skip));
                }
            } finally {
                rows.close();
            }
            return new RawBoundaries(layer, fields, features, crs, notes);
        } catch (BoundaryFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BoundaryFileException("The GeoPackage could not be read: " + e.getMessage(), e);
        } finally {
            gpkg.close();
        }
    }

    private static SourceCrs crsOf(SpatialReferenceSystem srs) {
        if (srs == null || srs.getId() <= 0 || srs.getOrganization() == null) {
            return null;
        }
        String org = srs.getOrganization().toUpperCase(Locale.ROOT);
        if (!org.equals("EPSG") || srs.getOrganizationCoordsysId() <= 0) {
            return null;
        }
        return SourceCrs.stated((int) srs.getOrganizationCoordsysId(), "from the GeoPackage's spatial reference system");
    }

    /** A value as text: whole numbers without a decimal point, other numbers written plainly. */
    static String text(Object value) {
        if (value == null || value instanceof byte[]) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return BigDecimal.valueOf(d).toPlainString();
        }
        return value.toString();
    }
}
