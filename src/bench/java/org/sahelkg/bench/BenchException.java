package org.sahelkg.bench;

import org.sahelkg.SahelKgException;

/** A benchmark that cannot go on (a server that does not answer, a process that does not start): a message, not a trace. */
public final class BenchException extends SahelKgException {
    private static final long serialVersionUID = 1L;

    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
