package org.assetatlas.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTable;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.user.UserRow;
import mil.nga.sf.GeometryType;
import org.assetatlas.model.Area;
import org.assetatlas.model.Asset;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.Factor;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.util.Progress;
import org.assetatlas.util.SafeOutput;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes the layers of a project as an OGC GeoPackage (1.3) that QGIS and GDAL open: the point layer of assets, the
 * (multi)polygon layer of areas and, when there are stops, the point layer of stops, all in WGS84 (EPSG:4326), each
 * with an R-tree spatial index; the factors as an attributes table; and a {@code layer_styles} table with a QGIS
 * style for each feature layer, used by QGIS when the layer is opened.
 *
 * <p>The file is written whole or not at all through {@link SafeOutput#openFile}: an earlier GeoPackage of the same
 * name is replaced, but an Atlas project, any other database and the protected files are refused. The database's
 * {@code application_id} is "GPKG" and its {@code user_version} 10300, as GeoPackage 1.3 requires.
 */
public final class GeoPackageWriter {

    /** The {@code application_id} of a GeoPackage: "GPKG". */
    public static final int APPLICATION_ID = 0x47504B47;
    /** The {@code user_version} of a GeoPackage 1.3 file. */
    public static final int USER_VERSION = 10300;

    private static final long WGS84 = 4326;
    private static final String GEOMETRY = "geom";
    private static final String ID = "fid";

    /**
     * Writes the layers to {@code out}, replacing an earlier GeoPackage only once the new one is complete.
     *
     * @param protect files that must not be written over, such as the project the layers come from
     * @return what was written to each layer
     * @throws org.assetatlas.util.OutputRefusedException when the target is a project, a database other than a
     *         GeoPackage, a folder or one of {@code protect}; nothing is then written
     * @throws org.assetatlas.util.CancelledException when {@code progress} asks to stop; nothing is then written
     */
    public GisLayers.Counts write(GisLayers layers, Path out, Progress progress, Path... protect) throws IOException {
        progress.checkCancelled();
        try (SafeOutput.PendingFile pending = SafeOutput.openFile(out, APPLICATION_ID, protect)) {
            java.io.File file = pending.path().toFile();
            GeoPackageManager.create(file, false); // false: the name need not end in .gpkg
            GeoPackage gpkg = GeoPackageManager.open(file, false);
            try {
                write(gpkg, layers, progress);
            } catch (RuntimeException e) {
                if (e instanceof org.assetatlas.util.CancelledException) {
                    throw e;
                }
                throw new IOException("Could not write the GeoPackage " + out.getFileName() + ": " + e.getMessage(), e);
            } finally {
                gpkg.close();
            }
            pending.commit();
        }
        return layers.counts();
    }

    private void write(GeoPackage gpkg, GisLayers layers, Progress progress) throws IOException {
        gpkg.execSQL("PRAGMA application_id = " + APPLICATION_ID);
        gpkg.execSQL("PRAGMA user_version = " + USER_VERSION);
        List<Asset> located = layers.located();
        int total = 3 + (layers.stops().isEmpty() ? 0 : 1);
        progress.update(0, total, "Writing " + GisLayers.ASSETS);
        features(gpkg, GisLayers.ASSETS, GeometryType.POINT, GisAttributes.ASSET_FIELDS, located,
                a -> point(a.location()), GisAttributes::asset, envelopeOf(located, Asset::location));
        progress.checkCancelled();
        progress.update(1, total, "Writing " + GisLayers.AREAS);
        Envelope areaBounds = new Envelope();
        layers.areas().forEach(a -> {
            if (a.geometry() != null) {
                areaBounds.expandToInclude(a.geometry().getEnvelopeInternal());
            }
        });
        features(gpkg, GisLayers.AREAS, GeometryType.MULTIPOLYGON, GisAttributes.AREA_FIELDS, layers.areas(),
                GeoPackageWriter::multiPolygon, GisAttributes::area, areaBounds);
        progress.checkCancelled();
        progress.update(2, total, "Writing " + GisLayers.FACTORS);
        factors(gpkg, layers.factors());
        if (!layers.stops().isEmpty()) {
            progress.checkCancelled();
            progress.update(3, total, "Writing " + GisLayers.STOPS);
            features(gpkg, GisLayers.STOPS, GeometryType.POINT, GisAttributes.STOP_FIELDS, layers.stops(),
                    s -> point(s.location()), GisAttributes::stop, envelopeOf(layers.stops(), BusStop::location));
        }
        styles(gpkg, layers);
        progress.checkCancelled();
        progress.update(total, total, "Wrote " + total + " layers");
    }

    private static <T> Envelope envelopeOf(List<T> items, Function<T, GeoPoint> at) {
        Envelope e = new Envelope();
        for (T item : items) {
            GeoPoint p = at.apply(item);
            e.expandToInclude(p.lon(), p.lat());
        }
        return e;
    }

    /** A feature table, its rows, then its R-tree index (filled from the rows). */
    private static <T> void features(GeoPackage gpkg, String table, GeometryType type, List<GisAttributes.Field> fields,
                                     List<T> items, GeometryEncoder<T> geometry, Function<T, Object[]> values,
                                     Envelope bounds) throws IOException {
        GeometryColumns gc = new GeometryColumns();
        gc.setId(new TableColumnKey(table, GEOMETRY));
        gc.setGeometryType(type);
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrsId(WGS84);
        List<FeatureColumn> columns = new ArrayList<>();
        for (GisAttributes.Field f : fields) {
            columns.add(FeatureColumn.createColumn(f.name(), dataType(f)));
        }
        BoundingBox box = bounds.isNull() ? null
                : new BoundingBox(bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY());
        FeatureTable featureTable = gpkg.createFeatureTable(FeatureTableMetadata.create(gc, ID, columns, box));
        insert(gpkg, table, fields, true, items, geometry, values);
        new RTreeIndexExtension(gpkg).create(featureTable);
    }

    private static void factors(GeoPackage gpkg, List<Factor> factors) throws IOException {
        List<AttributesColumn> columns = new ArrayList<>();
        for (GisAttributes.Field f : GisAttributes.FACTOR_FIELDS) {
            columns.add(AttributesColumn.createColumn(f.name(), dataType(f)));
        }
        gpkg.createAttributesTable(AttributesTableMetadata.create(GisLayers.FACTORS, ID, columns));
        insert(gpkg, GisLayers.FACTORS, GisAttributes.FACTOR_FIELDS, false, factors, null, GisAttributes::factor);
    }

    private static GeoPackageDataType dataType(GisAttributes.Field f) {
        return f.integer() ? GeoPackageDataType.INTEGER : GeoPackageDataType.TEXT;
    }

    @FunctionalInterface
    private interface GeometryEncoder<T> {
        /** The item's geometry, or null when it has none. */
        GeoPackageGeometryData encode(T item) throws IOException;
    }

    /** Adds a row per item in one transaction: its geometry (when a feature table) and its attribute values. */
    private static <T> void insert(GeoPackage gpkg, String table, List<GisAttributes.Field> fields, boolean withGeometry,
                                   List<T> items, GeometryEncoder<T> geometry, Function<T, Object[]> values)
            throws IOException {
        gpkg.beginTransaction();
        boolean done = false;
        try {
            if (withGeometry) {
                FeatureDao dao = gpkg.getFeatureDao(table);
                for (T item : items) {
                    FeatureRow row = dao.newRow();
                    GeoPackageGeometryData g = geometry.encode(item);
                    if (g != null) {
                        row.setGeometry(g);
                    }
                    set(row, fields, values.apply(item));
                    dao.create(row);
                }
            } else {
                AttributesDao dao = gpkg.getAttributesDao(table);
                for (T item : items) {
                    AttributesRow row = dao.newRow();
                    set(row, fields, values.apply(item));
                    dao.create(row);
                }
            }
            done = true;
        } finally {
            gpkg.endTransaction(done);
        }
    }

    private static void set(UserRow<?, ?> row, List<GisAttributes.Field> fields, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.setValue(fields.get(i).name(), values[i]);
            }
        }
    }

    /** QGIS's own {@code layer_styles} table, registered as an attributes table as QGIS does, with one style each. */
    private static void styles(GeoPackage gpkg, GisLayers layers) {
        gpkg.execSQL("CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                + "f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), "
                + "f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, "
                + "useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), "
                + "update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))");
        gpkg.execSQL("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
                + "VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS styles of the layers')");
        style(gpkg, GisLayers.ASSETS, QgisStyles.assets(), "Assets by ABCD category, in the app's colours");
        style(gpkg, GisLayers.AREAS, QgisStyles.areas(), "Area outlines");
        if (!layers.stops().isEmpty()) {
            style(gpkg, GisLayers.STOPS, QgisStyles.stops(), "Public transport stops");
        }
    }

    private static void style(GeoPackage gpkg, String table, String qml, String description) {
        gpkg.execSQL("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                + "styleName, styleQML, styleSLD, useAsDefault, description) VALUES ('', '', " + literal(table) + ", "
                + literal(GEOMETRY) + ", " + literal(table) + ", " + literal(qml) + ", '', 1, " + literal(description)
                + ")");
    }

    /** An SQL string literal: our own constant text, quoted. */
    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static GeoPackageGeometryData point(GeoPoint p) {
        return GeoPackageGeometryData.create(WGS84, new mil.nga.sf.Point(p.lon(), p.lat()));
    }

    private static GeoPackageGeometryData multiPolygon(Area a) throws IOException {
        Geometry g = multi(a.geometry());
        return g == null ? null : GeoPackageGeometryData.createFromWkbAndBuildEnvelope(WGS84, new WKBWriter(2).write(g));
    }

    /** The area's boundary as a multipolygon (one type for the layer, as QGIS prefers), or null. */
    static MultiPolygon multi(Geometry g) {
        if (g == null || g.isEmpty()) {
            return null;
        }
        if (g instanceof MultiPolygon mp) {
            return mp;
        }
        GeometryFactory f = g.getFactory();
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(g);
        return polygons.isEmpty() ? null : f.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }
}
