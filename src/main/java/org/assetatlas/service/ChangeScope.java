package org.assetatlas.service;

/**
 * Which part of a project a change or an undoable edit belongs to. The project keeps one undo history in which
 * every edit is tagged with its scope, so that Undo can act on one scope at a time (the window's Undo follows the
 * selected workspace), and listeners choose the scopes they hear of.
 */
public enum ChangeScope {
    /** Assets, areas and the framework: the asset table, the map and the counts. */
    ASSETS,
    /**
     * Barriers and enablers and what the factors workspace shows beside them: themes, factors, evidence, residents'
     * voices, engagement summaries, transport stops and services.
     */
    FACTORS
}
