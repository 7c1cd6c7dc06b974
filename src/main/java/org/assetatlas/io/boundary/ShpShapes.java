package org.assetatlas.io.boundary;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the polygons of an ESRI Shapefile's {@code .shp} from the published format (ESRI Shapefile Technical
 * Description, 1998): a 100-byte header, then records of a big-endian number and length and a little-endian shape.
 *
 * <p>Polygon, PolygonZ and PolygonM shapes are read in two dimensions. Their rings are sorted by orientation: a
 * clockwise ring is an outer boundary, an anticlockwise one a hole in the smallest outer ring that holds it. A hole
 * that no outer ring holds is taken as an outer ring, and a shape whose rings all run anticlockwise (some writers
 * get this wrong) as outer rings only. Null shapes give null.
 */
final class ShpShapes {

    private static final int POLYGON = 5;
    private static final int POLYGON_Z = 15;
    private static final int POLYGON_M = 25;

    private ShpShapes() {
    }

    /**
     * Every shape in file order; a null shape is null.
     *
     * @throws BoundaryFileException when the file is not a shapefile of polygons or is damaged; the message says which
     *                               shape and where
     */
    static List<Geometry> read(byte[] bytes, GeometryFactory factory) throws BoundaryFileException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        if (bytes.length < 100 || buf.order(ByteOrder.BIG_ENDIAN).getInt(0) != 9994) {
            throw new BoundaryFileException("The .shp file is not an ESRI Shapefile (it does not start with the "
                    + "shapefile header).");
        }
        int type = buf.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
        if (type != POLYGON && type != POLYGON_Z && type != POLYGON_M && type != 0) {
            throw new BoundaryFileException("The shapefile holds " + typeName(type) + ", not areas: boundaries must "
                    + "be polygons.");
        }
        long declared = 2L * Integer.toUnsignedLong(buf.order(ByteOrder.BIG_ENDIAN).getInt(24));
        int end = (int) Math.min(bytes.length, declared > 100 ? declared : bytes.length);
        List<Geometry> out = new ArrayList<>();
        int pos = 100;
        while (pos + 8 <= end) {
            int number = out.size() + 1;
            int length = 2 * buf.order(ByteOrder.BIG_ENDIAN).getInt(pos + 4);
            int content = pos + 8;
            if (length < 4 || content + length > bytes.length) {
                throw new BoundaryFileException("The .shp file is damaged at shape " + number + " (byte " + pos
                        + "): its record runs past the end of the file.");
            }
            try {
                out.add(shape(buf.order(ByteOrder.LITTLE_ENDIAN), content, length, factory));
            } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new BoundaryFileException("The .shp file is damaged at shape " + number + " (byte " + pos
                        + "): " + (e.getMessage() == null ? "its points run past its record" : e.getMessage()) + ".",
                        e);
            }
            pos = content + length;
        }
        return out;
    }

    private static String typeName(int type) {
        return switch (type) {
            case 1, 11, 21 -> "points";
            case 3, 13, 23 -> "lines";
            case 8, 18, 28 -> "groups of points";
            case 31 -> "3D surfaces (MultiPatch)";
            default -> "shapes of type " + type;
        };
    }

    private static Geometry shape(ByteBuffer buf, int at, int length, GeometryFactory factory) {
        int type = buf.getInt(at);
        if (type == 0) {
            return null;
        }
        if (type != POLYGON && type != POLYGON_Z && type != POLYGON_M) {
            throw new IllegalArgumentException("it is " + typeName(type) + ", not a polygon");
        }
        int parts = buf.getInt(at + 36);
        int points = buf.getInt(at + 40);
        if (parts < 0 || points < 0 || 44 + 4L * parts + 16L * points > length) {
            throw new IllegalArgumentException("its " + parts + " parts and " + points
                    + " points do not fit in its record");
        }
        int[] starts = new int[parts + 1];
        for (int i = 0; i < parts; i++) {
            starts[i] = buf.getInt(at + 44 + 4 * i);
        }
        starts[parts] = points;
        int xy = at + 44 + 4 * parts;
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int from = starts[p];
            int to = starts[p + 1];
            if (from < 0 || to > points || from > to) {
                throw new IllegalArgumentException("part " + (p + 1) + " points outside the shape");
            }
            List<Coordinate> ring = new ArrayList<>(to - from + 1);
            for (int i = from; i < to; i++) {
                ring.add(new Coordinate(buf.getDouble(xy + 16 * i), buf.getDouble(xy + 16 * i + 8)));
            }
            if (!ring.isEmpty() && !ring.get(0).equals2D(ring.get(ring.size() - 1))) {
                ring.add(new Coordinate(ring.get(0)));
            }
            if (ring.size() < 4) {
                continue; // a degenerate ring encloses nothing
            }
            Coordinate[] coords = ring.toArray(new Coordinate[0]);
            LinearRing r = factory.createLinearRing(coords);
            (Orientation.isCCW(coords) ? holes : shells).add(r);
        }
        if (shells.isEmpty()) {
            shells.addAll(holes);
            holes.clear();
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        for (int i = 0; i < shells.size(); i++) {
            holesOf.add(new ArrayList<>());
        }
        for (LinearRing hole : holes) {
            int best = -1;
            double bestArea = Double.MAX_VALUE;
            for (int i = 0; i < shells.size(); i++) {
                LinearRing shell = shells.get(i);
                if (!shell.getEnvelopeInternal().contains(hole.getEnvelopeInternal())) {
                    continue;
                }
                if (insideRing(hole, shell)) {
                    double area = shell.getEnvelopeInternal().getArea();
                    if (area < bestArea) {
                        bestArea = area;
                        best = i;
                    }
                }
            }
            if (best < 0) {
                shells.add(hole.reverse());
                holesOf.add(new ArrayList<>());
            } else {
                holesOf.get(best).add(hole);
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < shells.size(); i++) {
            polygons[i] = factory.createPolygon(shells.get(i), holesOf.get(i).toArray(new LinearRing[0]));
        }
        if (polygons.length == 0) {
            return factory.createPolygon();
        }
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    /** Whether a hole lies inside a shell: true when any of its points is strictly inside. */
    private static boolean insideRing(LinearRing hole, LinearRing shell) {
        Coordinate[] ring = shell.getCoordinates();
        int inside = 0;
        int outside = 0;
        for (Coordinate c : hole.getCoordinates()) {
            int where = PointLocation.locateInRing(c, ring);
            if (where == org.locationtech.jts.geom.Location.INTERIOR) {
                inside++;
            } else if (where == org.locationtech.jts.geom.Location.EXTERIOR) {
                outside++;
            }
            if (inside + outside >= 3) {
                break;
            }
        }
        return inside > outside || inside > 0 && outside == 0;
    }
}
