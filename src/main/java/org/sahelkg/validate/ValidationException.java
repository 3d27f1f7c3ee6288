package org.sahelkg.validate;

import org.sahelkg.SahelKgException;

/**
 * A shape file or a check query cannot be used: it does not parse, or is not what validation expects (valid
 * SHACL, a SELECT query). The message names the file, line and column; nothing has been validated.
 */
public class ValidationException extends SahelKgException {
    private static final long serialVersionUID = 1L;

    public ValidationException(String message) {
        super(message);
    }

    public ValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
