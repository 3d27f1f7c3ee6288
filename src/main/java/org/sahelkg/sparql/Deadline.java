package org.sahelkg.sparql;

import java.time.Duration;
import org.apache.jena.query.QueryCancelledException;

/**
 * When a piece of work (a page, an explanation) must have ended, so that its graph lookups and queries stop
 * at the same timeout as a SPARQL query: each step {@link #check}s, each query runs for at most
 * {@link #remainingMillis}. Past the deadline they throw {@link QueryCancelledException}, which the server
 * answers 503 as it answers a timed-out query.
 */
public final class Deadline {
    /** No deadline: the command line's {@code reason --explain}, a server run with {@code --timeout 0}. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE);

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    /** {@code timeout} from now; {@link #NONE} for zero. */
    public static Deadline after(Duration timeout) {
        if (timeout.isZero()) {
            return NONE;
        }
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    /** Throws once the deadline has passed. */
    public void check() {
        if (this != NONE && System.nanoTime() - endNanos >= 0) {
            throw new QueryCancelledException();
        }
    }

    /** What is left, at least 1 ms, for a query's own timeout; -1 for none (ARQ's "no timeout"). */
    public long remainingMillis() {
        if (this == NONE) {
            return -1;
        }
        check();
        return Math.max(1, (endNanos - System.nanoTime()) / 1_000_000);
    }
}
