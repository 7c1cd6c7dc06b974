/**
 * Analysis that needs no storage, in plain Java:
 * <ul>
 * <li>barriers and enablers: the theme × domain matrix and the one place where residents' consent decides which of
 * their words may leave the app ({@link org.assetatlas.analysis.VoiceRelease});</li>
 * <li>area measures: class breaks for choropleth maps ({@link org.assetatlas.analysis.ClassBreaks}: equal interval,
 * quantile, natural breaks after Jenks, fixed classes), the bivariate "need against supply" classification
 * ({@link org.assetatlas.analysis.Bivariate}) and measures per area ({@link org.assetatlas.analysis.AreaMeasure}).</li>
 * <li>sharing: the one place that decides whether an individual's personal details leave the app in an export or a
 * report ({@link org.assetatlas.analysis.PersonalDetails}).</li>
 * <li>duplicates: the one rule that says whether two records are one asset and why
 * ({@link org.assetatlas.analysis.DuplicateRule}, names compared by {@link org.assetatlas.analysis.AssetNames}), and
 * finding the pairs among many assets without comparing every pair ({@link org.assetatlas.analysis.DuplicateFinder}).
 * </li>
 * </ul>
 *
 * <p>Depends on nothing of ours but {@code model}; the service layer feeds it and the map draws its results.
 */
package org.assetatlas.analysis;
