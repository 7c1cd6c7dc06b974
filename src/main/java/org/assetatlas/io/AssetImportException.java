package org.assetatlas.io;

import java.io.IOException;

/**
 * Thrown when a whole file cannot be imported, e.g. it has no {@code name} column or is not valid CSV.
 *
 * <p>Problems with single rows are not thrown: readers reject those rows with a reason and carry on. The message is
 * written for the user and names the problem.
 */
public class AssetImportException extends IOException {
    private static final long serialVersionUID = 1L;

    public AssetImportException(String message) {
        super(org.assetatlas.util.Printable.message(message));
    }

    public AssetImportException(String message, Throwable cause) {
        super(org.assetatlas.util.Printable.message(message), cause);
    }
}
