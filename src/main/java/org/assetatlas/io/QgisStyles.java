package org.assetatlas.io;

import org.assetatlas.model.AbcdCategory;

/**
 * Simple QGIS styles (QML) for the layers of a GIS export, stored in a GeoPackage's {@code layer_styles} table so
 * that QGIS opens each layer styled: assets coloured by ABCD category with the app's colours
 * ({@link AbcdCategory#rgb()}), areas as outlines, stops as small squares.
 */
final class QgisStyles {

    private static final String HEAD = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            + "<qgis version=\"3.28.0\" styleCategories=\"Symbology\">\n";
    private static final String TAIL = "</qgis>\n";

    private QgisStyles() {
    }

    /** Assets: one category per ABCD category on the {@code category} attribute, in the app's colours. */
    static String assets() {
        StringBuilder categories = new StringBuilder();
        StringBuilder symbols = new StringBuilder();
        AbcdCategory[] all = AbcdCategory.values();
        for (int i = 0; i < all.length; i++) {
            categories.append("      <category value=\"").append(xml(all[i].code())).append("\" label=\"")
                    .append(xml(all[i].label())).append("\" symbol=\"").append(i).append("\" render=\"true\"/>\n");
            symbols.append(marker(String.valueOf(i), "circle", all[i].rgb(), "2.6"));
        }
        return HEAD
                + "  <renderer-v2 type=\"categorizedSymbol\" attr=\"category\" symbollevels=\"0\" enableorderby=\"0\""
                + " forceraster=\"0\">\n"
                + "    <categories>\n" + categories + "    </categories>\n"
                + "    <symbols>\n" + symbols + "    </symbols>\n"
                + "  </renderer-v2>\n" + TAIL;
    }

    /** Areas: a dark grey outline with no fill. */
    static String areas() {
        return HEAD
                + "  <renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n"
                + "    <symbols>\n"
                + "      <symbol type=\"fill\" name=\"0\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n"
                + "        <layer class=\"SimpleFill\" enabled=\"1\" pass=\"0\" locked=\"0\">\n"
                + "          <Option type=\"Map\">\n"
                + option("color", "255,255,255,0")
                + option("style", "no")
                + option("outline_color", rgba(0x4A4F55))
                + option("outline_style", "solid")
                + option("outline_width", "0.5")
                + option("outline_width_unit", "MM")
                + "          </Option>\n"
                + "        </layer>\n"
                + "      </symbol>\n"
                + "    </symbols>\n"
                + "  </renderer-v2>\n" + TAIL;
    }

    /** Stops: small dark blue squares. */
    static String stops() {
        return HEAD
                + "  <renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n"
                + "    <symbols>\n" + marker("0", "square", 0x1F3A5F, "1.6") + "    </symbols>\n"
                + "  </renderer-v2>\n" + TAIL;
    }

    private static String marker(String name, String shape, int rgb, String size) {
        return "      <symbol type=\"marker\" name=\"" + name + "\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n"
                + "        <layer class=\"SimpleMarker\" enabled=\"1\" pass=\"0\" locked=\"0\">\n"
                + "          <Option type=\"Map\">\n"
                + option("name", shape)
                + option("color", rgba(rgb))
                + option("outline_color", "255,255,255,255")
                + option("outline_width", "0.3")
                + option("size", size)
                + option("size_unit", "MM")
                + "          </Option>\n"
                + "        </layer>\n"
                + "      </symbol>\n";
    }

    private static String option(String name, String value) {
        return "            <Option type=\"QString\" name=\"" + name + "\" value=\"" + xml(value) + "\"/>\n";
    }

    private static String rgba(int rgb) {
        return ((rgb >> 16) & 0xFF) + "," + ((rgb >> 8) & 0xFF) + "," + (rgb & 0xFF) + ",255";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
