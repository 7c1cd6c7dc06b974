package org.assetatlas.io;

import java.util.List;
import java.util.stream.Collectors;
import org.assetatlas.model.Area;
import org.assetatlas.model.Asset;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.Factor;

/**
 * The attribute columns of each layer of a GIS export, with their values: the same for GeoPackage and GeoJSON.
 *
 * <p>An asset's attributes are the columns of the CSV export, named as there ({@link Column#header()}) with the
 * same values ({@link CsvAssetWriter#cell}), except latitude and longitude, which the point itself carries; the
 * minimum and maximum ages are integers, everything else text, and an empty cell is null. Lists are joined with
 * {@code ;} as in the CSV.
 */
final class GisAttributes {

    /** A column of a layer: its name and whether it holds integers (otherwise text). */
    record Field(String name, boolean integer) {
    }

    /** The asset columns written: the CSV export's, without latitude and longitude. */
    static final List<Column> ASSET_COLUMNS = Column.EXPORTED.stream()
            .filter(c -> c != Column.LATITUDE && c != Column.LONGITUDE)
            .toList();

    static final List<Field> ASSET_FIELDS = ASSET_COLUMNS.stream()
            .map(c -> new Field(c.header(), c == Column.AGE_MIN || c == Column.AGE_MAX))
            .toList();

    static final List<Field> AREA_FIELDS = List.of(new Field("code", false), new Field("name", false),
            new Field("level", false), new Field("parent_code", false), new Field("population", true));

    static final List<Field> FACTOR_FIELDS = List.of(new Field("factor_id", true), new Field("kind", false),
            new Field("theme", false), new Field("description", false), new Field("domains", false),
            new Field("area_codes", false), new Field("asset_ids", false), new Field("strength", true),
            new Field("illustrative", false));

    static final List<Field> STOP_FIELDS = List.of(new Field("atco_code", false), new Field("name", false),
            new Field("street", false), new Field("indicator", false), new Field("stop_type", false));

    private GisAttributes() {
    }

    static Object[] asset(Asset a) {
        Object[] values = new Object[ASSET_COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            Column c = ASSET_COLUMNS.get(i);
            String cell = CsvAssetWriter.cell(a, c);
            if (cell == null || cell.isEmpty()) {
                values[i] = null;
            } else if (c == Column.AGE_MIN || c == Column.AGE_MAX) {
                values[i] = Long.valueOf(cell);
            } else {
                values[i] = cell;
            }
        }
        return values;
    }

    static Object[] area(Area a) {
        return new Object[] {a.code(), a.name(), a.level().code(), a.parentCode(),
            a.population() == null ? null : a.population().longValue()};
    }

    /** A factor's row; {@code area_codes} empty (null) means the whole project area. */
    static Object[] factor(Factor f) {
        return new Object[] {f.id(), f.kind().code(), f.theme(), f.description(),
            joined(f.domains()), joined(f.areaCodes()), joined(f.assetUids()), (long) f.strength(),
            f.illustrative() ? "yes" : "no"};
    }

    static Object[] stop(BusStop s) {
        return new Object[] {s.atcoCode(), s.name(), empty(s.street()), empty(s.indicator()), empty(s.stopType())};
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : values.stream().collect(Collectors.joining(";"));
    }

    private static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
