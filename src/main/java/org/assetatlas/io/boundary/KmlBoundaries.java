package org.assetatlas.io.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the Placemarks of a KML file: their {@code name}, their {@code ExtendedData} ({@code SchemaData/SimpleData}
 * and {@code Data/value}) as attributes, and their Polygons, also inside MultiGeometry. KML is always WGS84.
 *
 * <p>The XML parser refuses document types (DTDs) and external entities, so a file cannot make it read other files
 * or addresses ("XML external entity" attacks) or expand entities without end.
 */
final class KmlBoundaries {

    private KmlBoundaries() {
    }

    static RawBoundaries read(Path file) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = builder().parse(in);
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("DOCTYPE") || message.toLowerCase().contains("entity")) {
                throw new BoundaryFileException("The KML file was not read: it declares a document type or entities "
                        + "(<!DOCTYPE …> or <!ENTITY …>), which KML does not need and which could make the app read "
                        + "other files. Remove that declaration and try again.", e);
            }
            throw new BoundaryFileException("The KML file is malformed at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + org.assetatlas.util.Printable.of(message, 200), e);
        } catch (SAXException e) {
            throw new BoundaryFileException("The KML file is malformed: "
                    + org.assetatlas.util.Printable.of(e.getMessage(), 200), e);
        }
        Element root = doc.getDocumentElement();
        if (root == null || !"kml".equals(local(root))) {
            throw new BoundaryFileException("The file is not KML: it does not start with a <kml> element.");
        }
        GeometryFactory factory = new GeometryFactory();
        Set<String> fields = new LinkedHashSet<>();
        List<RawBoundaries.Raw> features = new ArrayList<>();
        String layer = null;
        List<Element> placemarks = new ArrayList<>();
        collect(root, "Placemark", placemarks);
        for (Element pm : placemarks) {
            int number = features.size() + 1;
            Map<String, String> attributes = new LinkedHashMap<>();
            Element name = child(pm, "name");
            if (name != null) {
                attributes.put("name", name.getTextContent().strip());
            }
            Element extended = child(pm, "ExtendedData");
            if (extended != null) {
                List<Element> data = new ArrayList<>();
                collect(extended, null, data);
                for (Element d : data) {
                    String key = d.getAttribute("name");
                    if (key.isEmpty()) {
                        continue;
                    }
                    if ("SimpleData".equals(local(d))) {
                        attributes.put(key, blankToNull(d.getTextContent()));
                    } else if ("Data".equals(local(d))) {
                        Element value = child(d, "value");
                        attributes.put(key, value == null ? null : blankToNull(value.getTextContent()));
                    }
                }
            }
            fields.addAll(attributes.keySet());
            List<Polygon> polygons = new ArrayList<>();
            List<Element> polygonElements = new ArrayList<>();
            collect(pm, "Polygon", polygonElements);
            String skip = null;
            try {
                for (Element p : polygonElements) {
                    polygons.add(polygon(p, factory));
                }
            } catch (IllegalArgumentException e) {
                throw new BoundaryFileException("The KML file is malformed at Placemark " + number
                        + (name == null ? "" : " (\"" + name.getTextContent().strip() + "\")") + ": "
                        + e.getMessage(), e);
            }
            Geometry geometry = null;
            if (polygons.isEmpty()) {
                List<Element> others = new ArrayList<>();
                collect(pm, "Point", others);
                collect(pm, "LineString", others);
                if (!others.isEmpty()) {
                    skip = "it is a " + (local(others.get(0)).equals("Point") ? "point" : "line") + ", not an area";
                }
            } else {
                geometry = polygons.size() == 1 ? polygons.get(0)
                        : factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
            }
            features.add(new RawBoundaries.Raw(number, attributes, geometry, skip));
        }
        Element document = child(root, "Document");
        if (document != null && child(document, "name") != null) {
            layer = child(document, "name").getTextContent().strip();
        }
        List<String> fieldList = new ArrayList<>(fields);
        for (RawBoundaries.Raw r : features) {
            for (String f : fieldList) {
                r.attributes().putIfAbsent(f, null);
            }
        }
        return new RawBoundaries(layer, fieldList, features,
                SourceCrs.stated(SourceCrs.WGS84, "as every KML file is"), List.of());
    }

    /** A parser with document types, external entities and XInclude all off. */
    static DocumentBuilder builder() throws BoundaryFileException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new BoundaryFileException("The XML parser cannot be set up safely, so the KML file was not read.", e);
        }
    }

    private static Polygon polygon(Element p, GeometryFactory factory) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            boolean outer = "outerBoundaryIs".equals(local(e));
            if (!outer && !"innerBoundaryIs".equals(local(e))) {
                continue;
            }
            List<Element> rings = new ArrayList<>();
            collect(e, "LinearRing", rings);
            for (Element r : rings) {
                Element coords = child(r, "coordinates");
                LinearRing ring = ring(coords == null ? "" : coords.getTextContent(), factory);
                if (ring == null) {
                    continue;
                }
                if (outer && shell == null) {
                    shell = ring;
                } else {
                    holes.add(ring);
                }
            }
        }
        if (shell == null) {
            return factory.createPolygon();
        }
        return factory.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    private static LinearRing ring(String text, GeometryFactory factory) {
        List<Coordinate> coords = new ArrayList<>();
        for (String tuple : text.strip().split("\\s+")) {
            if (tuple.isEmpty()) {
                continue;
            }
            String[] parts = tuple.split(",");
            try {
                double lon = Double.parseDouble(parts[0]);
                double lat = Double.parseDouble(parts[1]);
                if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
                    throw new NumberFormatException();
                }
                coords.add(new Coordinate(lon, lat));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("the coordinates \"" + shorten(tuple)
                        + "\" are not longitude,latitude numbers");
            }
        }
        if (coords.isEmpty()) {
            return null;
        }
        if (!coords.get(0).equals2D(coords.get(coords.size() - 1))) {
            coords.add(new Coordinate(coords.get(0)));
        }
        if (coords.size() < 4) {
            throw new IllegalArgumentException("a boundary ring has fewer than three corners");
        }
        return factory.createLinearRing(coords.toArray(new Coordinate[0]));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String blankToNull(String s) {
        String t = s == null ? null : s.strip();
        return t == null || t.isEmpty() ? null : t;
    }

    private static String local(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(local(e))) {
                return e;
            }
        }
        return null;
    }

    /** Every descendant element with the local name (or every one, when null), in document order. */
    private static void collect(Element parent, String localName, List<Element> out) {
        NodeList all = parent.getElementsByTagNameNS("*", localName == null ? "*" : localName);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        if (all.getLength() == 0 && localName != null) {
            NodeList plain = parent.getElementsByTagName(localName);
            for (int i = 0; i < plain.getLength(); i++) {
                out.add((Element) plain.item(i));
            }
        }
    }
}
