package org.assetatlas.util;

import java.io.IOException;

/** An output file that was not written because writing it would destroy something: a project, or the input. */
public final class OutputRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    public OutputRefusedException(String message) {
        super(message);
    }
}
