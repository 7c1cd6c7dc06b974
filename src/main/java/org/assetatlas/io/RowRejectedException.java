package org.assetatlas.io;

/**
 * Thrown by the consumer of accepted rows to refuse a row for a reason only the caller can judge (an area the
 * project does not have, say). The reader then reports the row as rejected, with its line number and values.
 */
public final class RowRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RowRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
