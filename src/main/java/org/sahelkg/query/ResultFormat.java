package org.sahelkg.query;

import java.util.Locale;

/**
 * How {@code sahel-kg query} prints results. SELECT: a text table, CSV or SPARQL JSON results; ASK:
 * {@code true}/{@code false} (SPARQL JSON for {@link #JSON}); CONSTRUCT and DESCRIBE: Turtle, or
 * JSON-LD for {@link #JSON}.
 */
public enum ResultFormat {
    TABLE, CSV, JSON;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
