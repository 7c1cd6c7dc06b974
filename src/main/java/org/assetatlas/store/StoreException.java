package org.assetatlas.store;

/** A project file could not be read or written; the message says what and why, in terms a user can act on. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
