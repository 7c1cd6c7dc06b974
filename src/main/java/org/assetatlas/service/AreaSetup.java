package org.assetatlas.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assetatlas.geo.AreaTree;
import org.assetatlas.geo.GeoJsonFeatures.Feature;
import org.assetatlas.geo.Geometries;
import org.assetatlas.io.TextEncoding;
import org.assetatlas.io.boundary.BoundaryFiles;
import org.assetatlas.io.boundary.BoundaryNote;
import org.assetatlas.io.boundary.BoundaryOptions;
import org.assetatlas.io.boundary.BoundaryPreview;
import org.assetatlas.io.boundary.BoundaryRead;
import org.assetatlas.model.Area;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.signpost.Distances;
import org.assetatlas.util.Progress;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Setting up a partnership's own geography: boundaries imported at a level (districts, wards, LSOAs, MSOAs, the
 * partnership's own neighbourhoods), neighbourhoods made by grouping wards or LSOAs, and a report of the areas that
 * do not nest in the level above (two vintages, say). The tree itself — who lies in whom — is the project's
 * {@link AreaTree}; every change here is one transaction, after which every asset is placed afresh. Obtained from
 * {@link AtlasProject#areaSetup()}.
 */
public final class AreaSetup {

    /** Below this share inside its parent an area is reported as not nesting. */
    public static final double NESTS = 0.9;
    private static final int MAX_LISTED = 20;

    private final AtlasProject project;

    AreaSetup(AtlasProject project) {
        this.project = project;
    }

    /** An area that lies only partly inside the area the tree puts it in. */
    public record Misfit(String code, String name, String parentName, double share) {
        @Override
        public String toString() {
            return String.format(Locale.UK, "%s (%s): %.0f%% inside %s, its best fit", name, code, share * 100,
                    parentName);
        }
    }

    /** What an import of boundaries did. */
    public record BoundaryImport(AreaLevel level, int added, int replaced, List<String> skipped,
                                 List<String> repaired, List<Misfit> misfits, String crs, List<String> warnings) {
        /** Makes the lists unmodifiable. */
        public BoundaryImport {
            skipped = List.copyOf(skipped);
            repaired = List.copyOf(repaired);
            misfits = List.copyOf(misfits);
            warnings = List.copyOf(warnings);
        }

        /** One line, e.g. "17 ward areas imported (0 replaced); 1 skipped; 2 repaired; 3 do not nest ...". */
        public String summary() {
            return String.format(Locale.UK, "%d %s areas imported (%d replaced); %d skipped; %d repaired; %d do not"
                    + " nest in the level above", added + replaced, level.label().toLowerCase(Locale.ROOT), replaced,
                    skipped.size(), repaired.size(), misfits.size());
        }
    }

    /**
     * The start of a boundary file, so the user can pick the level and the fields holding each area's code and name.
     *
     * @param format             the file's format, e.g. "Shapefile"
     * @param layer              the layer read (GeoPackage table, shapefile name), or null
     * @param fields             the attribute names, in file order
     * @param rows               the first features' attributes
     * @param suggestedCodeField the field that looks like an ONS code field (e.g. WD13CD), or the first field
     * @param suggestedNameField the matching name field (e.g. WD13NM), or null
     * @param suggestedLevel     the level the code field suggests (LSOA11CD: LSOA), or null
     */
    public record BoundaryFilePreview(String format, String layer, List<String> fields,
                                      List<Map<String, String>> rows, String suggestedCodeField,
                                      String suggestedNameField, AreaLevel suggestedLevel) {
    }

    /**
     * Reads the field names and first rows of a boundary file (GeoJSON, GeoPackage, Shapefile or KML) cheaply.
     *
     * @throws IOException when the file cannot be read; the message can be shown as it is
     */
    public static BoundaryFilePreview preview(Path file, int rows) throws IOException {
        BoundaryPreview p = BoundaryFiles.preview(file, rows);
        String code = suggestCodeField(p.fieldNames(), p.rows());
        String name = suggestNameField(p.fieldNames(), code);
        return new BoundaryFilePreview(p.format().label(), p.layer(), p.fieldNames(), p.rows(), code, name,
                code == null ? null : suggestLevel(code));
    }

    private static final java.util.regex.Pattern ONS_CODE_FIELD =
            java.util.regex.Pattern.compile("(?i)([a-z]+)(\\d{2})?cd");

    static String suggestCodeField(List<String> fields, List<Map<String, String>> rows) {
        for (String f : fields) {
            if (ONS_CODE_FIELD.matcher(f).matches()) {
                return f;
            }
        }
        for (String f : fields) {
            String v = rows.isEmpty() ? null : rows.get(0).get(f);
            if (v != null && v.strip().matches("[EWSNK]\\d{8}")) {
                return f;
            }
        }
        for (String f : fields) {
            if (f.toLowerCase(Locale.ROOT).matches(".*(code|_cd|id)$")) {
                return f;
            }
        }
        return fields.isEmpty() ? null : fields.get(0);
    }

    static String suggestNameField(List<String> fields, String codeField) {
        if (codeField != null && codeField.length() > 2) {
            String stem = codeField.substring(0, codeField.length() - 2);
            for (String f : fields) {
                if (f.equalsIgnoreCase(stem + "NM")) {
                    return f;
                }
            }
        }
        for (String f : fields) {
            if (f.toLowerCase(Locale.ROOT).matches("(?i).*(nm|name)$") && !f.equalsIgnoreCase(codeField)
                    && !f.toLowerCase(Locale.ROOT).endsWith("nmw")) {
                return f;
            }
        }
        return null;
    }

    static AreaLevel suggestLevel(String codeField) {
        String f = codeField.toLowerCase(Locale.ROOT);
        if (f.startsWith("lsoa")) {
            return AreaLevel.LSOA;
        } else if (f.startsWith("msoa")) {
            return AreaLevel.MSOA;
        } else if (f.startsWith("wd") || f.startsWith("ward")) {
            return AreaLevel.WARD;
        } else if (f.matches("(lad|lau|la|ltla|utla|ctyua|cty|lpa)\\d{0,2}cd") || f.startsWith("lad")) {
            return AreaLevel.DISTRICT;
        }
        return null;
    }

    /**
     * Reads a boundary file — GeoJSON, GeoPackage, Shapefile ({@code .shp} or {@code .zip}) or KML, in British
     * National Grid, WGS84 or the EPSG code the file declares — and imports its areas (see
     * {@link #importBoundaries(List, AreaLevel, String, String, String, Progress)}). What the reader skipped or
     * repaired is reported with the feature's number, with the coordinate system used and any warnings.
     *
     * @param epsg the file's coordinate system when it does not say (or says wrongly), or null
     * @throws IOException              when the file cannot be read; nothing is changed
     * @throws IllegalArgumentException when the areas lie far from the project's other areas (a projection
     *                                  mistake), or nothing can be imported; nothing is changed
     */
    public BoundaryImport importBoundaries(Path file, AreaLevel level, String codeField, String nameField,
                                           Integer epsg, Progress progress) throws IOException {
        BoundaryRead read = BoundaryFiles.read(file, BoundaryOptions.defaults().withEpsg(epsg), progress);
        List<Numbered> features = read.features().stream()
                .map(f -> new Numbered(f.number(), f.attributes(), f.geometry())).toList();
        List<String> skipped = new ArrayList<>(read.skipped().stream().map(BoundaryNote::message).toList());
        List<String> repaired = new ArrayList<>(read.repaired().stream().map(BoundaryNote::message).toList());
        List<String> warnings = read.warnings().stream().map(BoundaryNote::message).toList();
        // the reader has already repaired what was invalid and reported it
        return importFeatures(features, level, codeField, nameField, "Imported from " + file.getFileName(),
                read.sourceCrs().description(), skipped, repaired, warnings, false, progress);
    }

    /** {@link #importBoundaries(Path, AreaLevel, String, String, Integer, Progress)} as the file says. */
    public BoundaryImport importBoundaries(Path file, AreaLevel level, String codeField, String nameField,
                                           Progress progress) throws IOException {
        return importBoundaries(file, level, codeField, nameField, null, progress);
    }

    /**
     * Imports boundaries as areas of one level, in one transaction, then places every asset afresh. A feature with
     * no code, a code seen before in the file, a code the project has at another level, or no boundary is skipped
     * with its number and the reason; an invalid boundary is repaired and reported. An area with the code of one
     * already at this level replaces it.
     *
     * @param features  the features, boundaries in WGS84 longitude/latitude
     * @param codeField the attribute holding each area's code (an ONS code such as E05004120)
     * @param nameField the attribute holding its name, or null to use the code
     * @throws IllegalArgumentException when no feature has the code field, the areas lie far from the project's
     *                                  other areas, or nothing can be imported; nothing is changed
     */
    public BoundaryImport importBoundaries(List<Feature> features, AreaLevel level, String codeField,
                                           String nameField, String note, Progress progress) {
        List<Numbered> numbered = new ArrayList<>();
        for (Feature f : features) {
            numbered.add(new Numbered(numbered.size() + 1, f.properties(), f.geometry()));
        }
        return importFeatures(numbered, level, codeField, nameField, note, "WGS84 longitude/latitude",
                new ArrayList<>(), new ArrayList<>(), List.of(), true, progress);
    }

    /** A feature with its number in the file. */
    private record Numbered(int number, Map<String, String> attributes, Geometry geometry) {
        String get(String field) {
            return field == null ? null : attributes.get(field);
        }
    }

    /** Further than this from the project's other areas, a file's areas are taken for a projection mistake. */
    static final double FAR_KM = 300;

    private BoundaryImport importFeatures(List<Numbered> features, AreaLevel level, String codeField,
                                          String nameField, String note, String crs, List<String> skipped,
                                          List<String> repaired, List<String> warnings, boolean repair,
                                          Progress progress) {
        if (features.stream().noneMatch(f -> f.attributes().containsKey(codeField))) {
            Set<String> fields = new java.util.LinkedHashSet<>();
            features.stream().limit(5).forEach(f -> fields.addAll(f.attributes().keySet()));
            throw new IllegalArgumentException("No feature has the field \"" + codeField + "\"; the file's fields are "
                    + String.join(", ", fields));
        }
        Map<String, Area> existing = new LinkedHashMap<>();
        for (Area a : project.areas()) {
            existing.put(a.code(), a);
        }
        Map<String, Area> toSave = new LinkedHashMap<>();
        for (Numbered f : features) {
            int number = f.number();
            String code = f.get(codeField) == null ? "" : f.get(codeField).strip();
            String name = f.get(nameField) == null || f.get(nameField).isBlank() ? code : f.get(nameField).strip();
            if (code.isEmpty()) {
                skipped.add("Feature " + number + ": no " + codeField);
                continue;
            }
            if (toSave.containsKey(code)) {
                skipped.add("Feature " + number + ": " + code + " appears twice in the file (the first is kept)");
                continue;
            }
            Area before = existing.get(code);
            if (before != null && before.level() != level) {
                skipped.add("Feature " + number + ": the project already has " + code + " as a "
                        + before.level().label().toLowerCase(Locale.ROOT));
                continue;
            }
            Geometry g = f.geometry();
            if (g == null || g.isEmpty() || g.getDimension() < 2) {
                skipped.add("Feature " + number + " (" + code + "): no area boundary");
                continue;
            }
            if (repair && !g.isValid()) {
                g = GeometryFixer.fix(g);
                g.setSRID(f.geometry().getSRID());
                repaired.add("Feature " + number + " (" + code + "): boundary repaired (it crossed itself)");
                if (g.isEmpty()) {
                    skipped.add("Feature " + number + " (" + code + "): the boundary could not be repaired");
                    continue;
                }
            }
            toSave.put(code, new Area(code, name, level, before == null ? null : before.parentCode(),
                    before == null ? null : before.population(), g, note == null ? "" : note));
        }
        if (toSave.isEmpty()) {
            throw new IllegalArgumentException("None of the " + features.size() + " features could be imported: "
                    + (skipped.isEmpty() ? "none has a boundary" : skipped.get(0)));
        }
        checkNearTheOthers(toSave.values(), existing.values(), crs);
        int replaced = (int) toSave.keySet().stream().filter(existing::containsKey).count();
        project.saveAreas(List.copyOf(toSave.values()), progress);
        return new BoundaryImport(level, toSave.size() - replaced, replaced, skipped, repaired, misfits(), crs,
                warnings);
    }

    /** Refuses areas whose extent lies more than {@link #FAR_KM} from the extent of the project's other areas. */
    private static void checkNearTheOthers(java.util.Collection<Area> adding, java.util.Collection<Area> others,
                                           String crs) {
        Set<String> codes = new HashSet<>();
        org.locationtech.jts.geom.Envelope mine = new org.locationtech.jts.geom.Envelope();
        for (Area a : adding) {
            codes.add(a.code());
            mine.expandToInclude(a.geometry().getEnvelopeInternal());
        }
        org.locationtech.jts.geom.Envelope theirs = new org.locationtech.jts.geom.Envelope();
        for (Area a : others) {
            if (!codes.contains(a.code()) && a.geometry() != null && !a.geometry().isEmpty()) {
                theirs.expandToInclude(a.geometry().getEnvelopeInternal());
            }
        }
        if (theirs.isNull() || mine.intersects(theirs)) {
            return;
        }
        double lon = Math.max(theirs.getMinX(), Math.min(mine.centre().x, theirs.getMaxX()));
        double lat = Math.max(theirs.getMinY(), Math.min(mine.centre().y, theirs.getMaxY()));
        double km = Distances.metres(new GeoPoint(mine.centre().y, mine.centre().x), new GeoPoint(lat, lon)) / 1000;
        double gap = Distances.metres(new GeoPoint(clamp(lat, mine.getMinY(), mine.getMaxY()),
                clamp(lon, mine.getMinX(), mine.getMaxX())), new GeoPoint(lat, lon)) / 1000;
        if (gap > FAR_KM) {
            throw new IllegalArgumentException(String.format(Locale.UK, "These areas are %,.0f km from the project's"
                    + " other areas — is the projection right? The file was read as %s. Nothing was imported; if the"
                    + " file's coordinate system is wrong or missing, give its EPSG code (27700 for British National"
                    + " Grid).", km, crs));
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, hi));
    }

    /** The areas that lie less than {@link #NESTS} inside the area the tree puts them in, worst first. */
    public List<Misfit> misfits() {
        AreaTree tree = project.areaTree();
        List<Misfit> out = new ArrayList<>();
        for (Area a : tree.areas()) {
            double share = tree.fit(a.code());
            if (!Double.isNaN(share) && share < NESTS) {
                out.add(new Misfit(a.code(), a.name(), tree.parent(a.code()).map(Area::name).orElse(""), share));
            }
        }
        out.sort(java.util.Comparator.comparingDouble(Misfit::share));
        return out;
    }

    /**
     * Sets the residents of the given areas (LSOAs from the ONS mid-year estimates, say) and of every area above
     * them whose own figure is not given: the sum over the areas directly inside it, when all of those have one.
     * One transaction; the figures feed "assets per 1,000 residents".
     *
     * @return how many areas have a population afterwards
     */
    public int setPopulations(Map<String, Integer> residents, Progress progress) {
        AreaTree tree = project.areaTree();
        Map<String, Integer> known = new java.util.HashMap<>();
        residents.forEach((code, n) -> {
            if (tree.area(code).isPresent() && n != null) {
                known.put(code, n);
            }
        });
        List<Area> toSave = new ArrayList<>();
        for (Area a : tree.areas()) {
            Integer n = population(a.code(), tree, known, new HashSet<>());
            if (!java.util.Objects.equals(n, a.population())) {
                toSave.add(a.withPopulation(n));
            }
        }
        if (!toSave.isEmpty()) {
            project.saveAreas(toSave, progress);
        }
        return (int) project.areas().stream().filter(a -> a.population() != null).count();
    }

    private static Integer population(String code, AreaTree tree, Map<String, Integer> known, Set<String> seen) {
        if (known.containsKey(code)) {
            return known.get(code);
        }
        List<Area> inside = tree.children(code);
        if (inside.isEmpty() || !seen.add(code)) {
            return null;
        }
        int sum = 0;
        for (Area c : inside) {
            Integer n = population(c.code(), tree, known, seen);
            if (n == null) {
                return null;
            }
            sum += n;
        }
        known.put(code, sum);
        return sum;
    }

    /** What grouping areas into neighbourhoods did. */
    public record Grouping(List<String> neighbourhoods, int members, List<String> unknown) {
        public String summary() {
            return neighbourhoods.size() + " neighbourhoods made from " + members + " areas"
                    + (unknown.isEmpty() ? "" : "; " + unknown.size() + " codes not in the project (first: "
                    + unknown.get(0) + ")");
        }
    }

    /**
     * Makes (or remakes) the partnership's neighbourhoods by grouping areas it already has — wards or LSOAs — in one
     * transaction: each neighbourhood's boundary is the members' dissolved outline (without hairline slivers), and
     * each member's parent becomes its neighbourhood. Every asset is then placed afresh.
     *
     * @param groups neighbourhood name → member area codes (or names)
     * @throws IllegalArgumentException when a group has no member the project knows; nothing is changed
     */
    public Grouping group(Map<String, List<String>> groups, Progress progress) {
        return group(groups, null, progress);
    }

    /** {@link #group(Map, Progress)} with a note on each neighbourhood, e.g. where the grouping comes from. */
    public Grouping group(Map<String, List<String>> groups, String note, Progress progress) {
        AreaTree tree = project.areaTree();
        List<String> unknown = new ArrayList<>();
        List<Area> toSave = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int members = 0;
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            String name = g.getKey().strip();
            String code = neighbourhoodCode(name);
            List<Area> parts = new ArrayList<>();
            for (String m : g.getValue()) {
                Area a = tree.find(m).orElse(null);
                if (a == null) {
                    unknown.add(m);
                } else if (!used.add(a.code())) {
                    throw new IllegalArgumentException(a.name() + " is in two neighbourhoods; each area can be in"
                            + " one only");
                } else {
                    parts.add(a);
                }
            }
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("None of the areas listed for " + name + " is in the project");
            }
            members += parts.size();
            List<Geometry> outlines = parts.stream().map(Area::geometry).filter(x -> x != null && !x.isEmpty())
                    .toList();
            Integer population = parts.stream().allMatch(a -> a.population() != null)
                    ? parts.stream().mapToInt(Area::population).sum() : null;
            toSave.add(new Area(code, name, AreaLevel.NEIGHBOURHOOD, null, population,
                    outlines.isEmpty() ? null : Geometries.dissolve(outlines), note != null ? note
                    : "The partnership's neighbourhood: " + parts.size() + " " + parts.get(0).level().label()
                            .toLowerCase(Locale.ROOT) + (parts.size() == 1 ? "" : "s")));
            for (Area a : parts) {
                toSave.add(new Area(a.code(), a.name(), a.level(), code, a.population(), a.geometry(), a.note()));
            }
        }
        project.saveAreas(toSave, progress);
        return new Grouping(List.copyOf(groups.keySet()), members, unknown);
    }

    /**
     * Reads a two-column lookup of member area (code or name) to neighbourhood name, with or without a header row,
     * in any encoding the app detects, into groups in the order they first appear.
     */
    public static Map<String, List<String>> readLookup(Path csv) throws IOException {
        try (Reader r = TextEncoding.open(csv)) {
            return readLookup(r, csv.getFileName().toString());
        }
    }

    /** {@link #readLookup(Path)} from text already open; {@code name} names it in messages. */
    public static Map<String, List<String>> readLookup(Reader r, String name) throws IOException {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        int line = 0;
        try {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).build().parse(r)) {
                line++;
                if (rec.size() < 2 || rec.get(0).isBlank() || rec.get(rec.size() - 1).isBlank()) {
                    throw new IOException(name + " line " + line + ": expected an area code and a"
                            + " neighbourhood name");
                }
                String member = rec.get(0);
                String group = rec.get(rec.size() - 1);
                if (line == 1 && !member.matches(".*\\d.*") && member.toLowerCase(Locale.ROOT)
                        .matches(".*(code|ward|lsoa|msoa|area|id|name).*")) {
                    continue; // a header row
                }
                groups.computeIfAbsent(group, k -> new ArrayList<>()).add(member);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IOException(name + " is not valid CSV after line " + line + ": "
                    + org.assetatlas.io.CsvSyntax.describe(e), e);
        }
        if (groups.isEmpty()) {
            throw new IOException(name + " has no rows");
        }
        return groups;
    }

    /** The code a partnership's neighbourhood is given from its name, e.g. "NBH-COLCHESTER-NORTH". */
    public static String neighbourhoodCode(String name) {
        return "NBH-" + name.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
