package org.sahelkg.sparql;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string as Java's regex engine reads it, one {@code charAt} at a time, that stops the reading once the query
 * it belongs to is cancelled (by its timeout or by its client). {@link java.util.regex.Matcher} never checks for
 * interruption, and a backtracking pattern such as {@code ^(a|a)+\1$} reads its input exponentially often: through
 * this wrapper the match ends, with {@link QueryCancelledException}, within a few thousand reads of the timeout.
 */
final class CancellableText implements CharSequence {
    /** Reads between two looks at the signal: a volatile read each time would cost more than the match. */
    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final AtomicBoolean cancelled;
    private int untilCheck = CHECK_EVERY;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (--untilCheck <= 0) {
            untilCheck = CHECK_EVERY;
            if (cancelled.get()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
