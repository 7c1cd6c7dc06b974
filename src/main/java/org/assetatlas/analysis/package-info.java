/**
 * Analysis of barriers and enablers that needs no storage: the theme × domain matrix and the one place where
 * residents' consent decides which of their words may leave the app ({@link org.assetatlas.analysis.VoiceRelease}).
 * Depends on the model only; the service layer feeds it.
 */
package org.assetatlas.analysis;
