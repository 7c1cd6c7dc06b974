/**
 * Drawing the atlas map without any user-interface toolkit: Web Mercator projection ({@link
 * org.assetatlas.map.MapViewport}), colours ({@link org.assetatlas.map.MapStyle}), a frame renderer ({@link
 * org.assetatlas.map.MapRenderer}) that draws through the small {@link org.assetatlas.map.MapSurface} API, and
 * picking assets under the pointer ({@link org.assetatlas.map.AssetHitTester}).
 *
 * <p>This package is plain Java (JTS for geometry, {@code java.awt} only inside {@link
 * org.assetatlas.map.ImageSurface}), so the command line, reports and tests can draw maps without JavaFX or a
 * display. The user interface supplies its own surface on a canvas.
 *
 * <p>Screen coordinates are pixels with the origin at the top left and y growing downwards. Colours are
 * {@code 0xAARRGGBB} ints throughout.
 */
package org.assetatlas.map;
