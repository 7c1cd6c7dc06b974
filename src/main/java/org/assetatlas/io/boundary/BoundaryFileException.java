package org.assetatlas.io.boundary;

import java.io.IOException;

/** A boundary file that could not be read; the message says why in plain English and can be shown as it is. */
public class BoundaryFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /** A failure with a message for the user. */
    public BoundaryFileException(String message) {
        super(org.assetatlas.util.Printable.message(message));
    }

    /** A failure with a message for the user and the underlying cause, for the log. */
    public BoundaryFileException(String message, Throwable cause) {
        super(org.assetatlas.util.Printable.message(message), cause);
    }
}
