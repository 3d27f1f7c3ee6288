package org.sahelkg.reason;

import org.sahelkg.SahelKgException;

/** A rule file cannot be used: it does not parse, or it would do more than add to the inferred graph. */
public class RuleException extends SahelKgException {
    private static final long serialVersionUID = 1L;

    public RuleException(String message) {
        super(message);
    }

    public RuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
