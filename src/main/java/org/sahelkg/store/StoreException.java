package org.sahelkg.store;

import org.sahelkg.SahelKgException;

/**
 * The store on disk cannot be built, switched or opened. The previous generation, if any, is still
 * the current one when this is thrown.
 */
public class StoreException extends SahelKgException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
