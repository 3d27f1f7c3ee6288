package org.sahelkg;

/**
 * The base of the project's own errors: a problem a user can fix, described in one line that names the file and
 * the place and says what was expected. Each subsystem has its own subclass; {@code cmd.Main} turns all of them
 * into a message and an exit code in one place, never into a stack trace. Anything else escaping a command is a
 * bug.
 */
public class SahelKgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SahelKgException(String message) {
        super(message);
    }

    public SahelKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
