package org.sahelkg.query;

import org.sahelkg.SahelKgException;

/**
 * A catalog query cannot be found, parsed, bound to its parameters or run. The message says which
 * query and what was expected.
 */
public class CatalogException extends SahelKgException {
    private static final long serialVersionUID = 1L;

    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
