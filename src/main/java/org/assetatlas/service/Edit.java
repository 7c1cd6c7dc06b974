package org.assetatlas.service;

/** A change to the project that can be undone and redone (command pattern). */
interface Edit {
    /** What the edit did, for a menu item such as "Undo delete “Mile End Men's Shed”". */
    String description();

    void undo();

    void redo();

    /** An edit made of its description and what undoing and redoing it run. */
    static Edit of(String description, Runnable undo, Runnable redo) {
        return recorded(0, description, undo, redo);
    }

    /** The row id of the one asset the edit changes, or 0 when it changes several. */
    default long assetId() {
        return 0;
    }

    /**
     * The step of the project's history that recorded the edit, or 0 when it changed many records and was recorded
     * as such when done ({@link AtlasProject#done}).
     */
    default long step() {
        return 0;
    }

    /** An edit of single records recorded as a step of the history, with what undoing and redoing it run. */
    static Edit recorded(long step, String description, Runnable undo, Runnable redo) {
        return new Edit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() {
                undo.run();
            }

            @Override
            public void redo() {
                redo.run();
            }

            @Override
            public long step() {
                return step;
            }
        };
    }
}
