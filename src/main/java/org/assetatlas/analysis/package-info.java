/**
 * Thematic analysis of area measures, in plain Java: class breaks for choropleth maps ({@link
 * org.assetatlas.analysis.ClassBreaks}: equal interval, quantile, natural breaks after Jenks, fixed classes),
 * the bivariate "need against supply" classification ({@link org.assetatlas.analysis.Bivariate}) and measures per
 * area ({@link org.assetatlas.analysis.AreaMeasure}).
 *
 * <p>Depends on nothing of ours but {@code model}; the service computes the measures and the map draws them.
 */
package org.assetatlas.analysis;
