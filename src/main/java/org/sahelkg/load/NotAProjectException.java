package org.sahelkg.load;

import org.sahelkg.SahelKgException;

/**
 * A command was run where there is no project: a usage error (exit 2), refused before anything is read or written.
 */
public class NotAProjectException extends SahelKgException {
    private static final long serialVersionUID = 1L;

    public NotAProjectException(String message) {
        super(message);
    }
}
