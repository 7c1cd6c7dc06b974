package org.assetatlas.util;

/** Thrown by a long operation that stopped because the user cancelled it; nothing of its work remains. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled by the user");
    }
}
