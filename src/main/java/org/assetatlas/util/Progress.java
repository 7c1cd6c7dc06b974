package org.assetatlas.util;

/**
 * Receives progress from a long operation and tells it whether to stop.
 *
 * <p>Operations call {@link #update} as they go and check {@link #cancelled()} between units of work; when it
 * returns true they throw {@link CancelledException} after undoing what they did. Implementations must be
 * thread-safe: the UI adapts this to a JavaFX task, tests use {@link #NONE}.
 */
public interface Progress {

    /** Ignores progress and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /**
     * Reports how far the work has got.
     *
     * @param done    units done so far
     * @param total   units in all, or -1 when not known
     * @param message what is happening, for a status line
     */
    void update(long done, long total, String message);

    /** Whether the user asked to stop. */
    boolean cancelled();

    /** Throws {@link CancelledException} when the user asked to stop. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancelledException();
        }
    }
}
