/**
 * Geography on JTS and Proj4J: reading boundaries, finding the area a point lies in, and converting between
 * British National Grid and WGS84.
 */
package org.assetatlas.geo;
