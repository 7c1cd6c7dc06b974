package org.assetatlas.io.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads an ESRI Shapefile given as its {@code .shp} (with the {@code .dbf}, {@code .prj} and {@code .cpg} beside it)
 * or as a {@code .zip} holding them, through {@link ShpShapes} and {@link DbfTable}. The {@code .shx} index is not
 * needed: shapes are read in order.
 */
final class ShapefileBoundaries {

    private ShapefileBoundaries() {
    }

    /** The files that make up one shapefile, read into memory. */
    private record Parts(String name, byte[] shp, byte[] dbf, String prj, String cpg, List<BoundaryNote> notes) {
    }

    static RawBoundaries read(Path file, BoundaryOptions opts, int limit, boolean geometries) throws IOException {
        Parts parts = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
                ? fromZip(file, opts, geometries)
                : fromFolder(file, opts, geometries);
        DbfTable table = new DbfTable(parts.dbf(), parts.cpg());
        List<Geometry> shapes = null;
        if (geometries) {
            shapes = ShpShapes.read(parts.shp(), new GeometryFactory());
            if (shapes.size() != table.size()) {
                throw new BoundaryFileException("The shapefile's parts do not match: the .shp has " + shapes.size()
                        + " shapes but the .dbf has " + table.size() + " rows.");
            }
        }
        List<RawBoundaries.Raw> features = new ArrayList<>();
        for (int i = 0; i < table.size() && features.size() < limit; i++) {
            String skip = table.deleted(i) ? "it is marked as deleted in the .dbf file" : null;
            features.add(new RawBoundaries.Raw(i + 1, table.record(i), shapes == null ? null : shapes.get(i), skip));
        }
        SourceCrs crs = parts.prj() == null || parts.prj().isBlank() ? null : BoundaryCrs.fromWkt(parts.prj());
        return new RawBoundaries(parts.name(), table.fieldNames(), features, crs, parts.notes());
    }

    private static Parts fromFolder(Path shp, BoundaryOptions opts, boolean geometries) throws IOException {
        String name = shp.getFileName().toString();
        String base = name.substring(0, name.length() - 4);
        Path dbf = sibling(shp, base, ".dbf");
        if (dbf == null) {
            throw new BoundaryFileException("The shapefile's .dbf file (its attributes) is missing: put " + base
                    + ".dbf beside " + name + ", or give a .zip holding all its files.");
        }
        long size = Files.size(dbf) + (geometries ? Files.size(shp) : 0);
        if (size > opts.maxFileBytes()) {
            throw BoundaryFiles.tooLarge(size, opts.maxFileBytes());
        }
        Path prj = sibling(shp, base, ".prj");
        Path cpg = sibling(shp, base, ".cpg");
        return new Parts(base, geometries ? Files.readAllBytes(shp) : null, Files.readAllBytes(dbf),
                prj == null ? null : smallText(Files.readAllBytes(prj)),
                cpg == null ? null : smallText(Files.readAllBytes(cpg)), List.of());
    }

    /** The file with the same name and the given extension in any letter case, or null. */
    private static Path sibling(Path shp, String base, String ext) throws IOException {
        Path dir = shp.toAbsolutePath().getParent();
        Path exact = dir.resolve(base + ext);
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        try (var list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().equalsIgnoreCase(base + ext))
                    .filter(Files::isRegularFile).findFirst().orElse(null);
        }
    }

    private static String smallText(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").strip();
    }

    private static Parts fromZip(Path file, BoundaryOptions opts, boolean geometries) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, ZipEntry> byLowerName = new HashMap<>();
            List<String> shps = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (unsafe(name)) {
                    throw new BoundaryFileException("The zip file was not read: it holds an entry with an unsafe "
                            + "path (\"" + name + "\"), which could write outside the folder it is unpacked in.");
                }
                if (e.isDirectory() || name.startsWith("__MACOSX/")) {
                    continue;
                }
                byLowerName.put(name.toLowerCase(Locale.ROOT), e);
                if (name.toLowerCase(Locale.ROOT).endsWith(".shp")) {
                    shps.add(name.substring(0, name.length() - 4));
                }
            }
            if (shps.isEmpty()) {
                throw new BoundaryFileException("The zip file holds no shapefile (no .shp file).");
            }
            shps.sort(String::compareToIgnoreCase);
            List<BoundaryNote> notes = new ArrayList<>();
            String chosen;
            if (opts.layer() != null) {
                chosen = shps.stream().filter(s -> baseName(s).equalsIgnoreCase(opts.layer())).findFirst()
                        .orElseThrow(() -> new BoundaryFileException("The zip file has no shapefile called \""
                                + opts.layer() + "\"; it holds " + String.join(", ", shps) + "."));
            } else {
                chosen = shps.get(0);
                if (shps.size() > 1) {
                    notes.add(BoundaryNote.file("The zip file holds " + shps.size() + " shapefiles ("
                            + String.join(", ", shps) + "); \"" + chosen + "\" was read."));
                }
            }
            String key = chosen.toLowerCase(Locale.ROOT);
            ZipEntry dbf = byLowerName.get(key + ".dbf");
            if (dbf == null) {
                throw new BoundaryFileException("The zip file holds " + chosen + ".shp but not its .dbf file (its "
                        + "attributes): add " + baseName(chosen) + ".dbf to the zip.");
            }
            long[] budget = {opts.maxFileBytes()};
            byte[] shp = geometries ? bytes(zip, byLowerName.get(key + ".shp"), budget, opts) : null;
            byte[] dbfBytes = bytes(zip, dbf, budget, opts);
            ZipEntry prj = byLowerName.get(key + ".prj");
            ZipEntry cpg = byLowerName.get(key + ".cpg");
            return new Parts(baseName(chosen), shp, dbfBytes,
                    prj == null ? null : smallText(bytes(zip, prj, budget, opts)),
                    cpg == null ? null : smallText(bytes(zip, cpg, budget, opts)), notes);
        } catch (ZipException e) {
            throw new BoundaryFileException("\"" + file.getFileName() + "\" is not a readable zip file: "
                    + e.getMessage(), e);
        }
    }

    /** Whether an entry's path climbs out of the folder it is unpacked in or is absolute. */
    static boolean unsafe(String name) {
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static String baseName(String entry) {
        int slash = Math.max(entry.lastIndexOf('/'), entry.lastIndexOf('\\'));
        return entry.substring(slash + 1);
    }

    /** An entry's bytes, counting them against what is left of the size limit as they are unpacked. */
    private static byte[] bytes(ZipFile zip, ZipEntry entry, long[] budget, BoundaryOptions opts) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget[0] + 1));
            if (out.length > budget[0]) {
                throw new BoundaryFileException("The shapefile in the zip is larger than " + BoundaryFiles.mb(
                        opts.maxFileBytes()) + " once unpacked, the largest this app reads. Simplify the "
                        + "boundaries or split the file, and try again.");
            }
            budget[0] -= out.length;
            return out;
        }
    }
}
