package org.sahelkg.load.json;

/**
 * A 1-based line and column in a file; {@link #UNKNOWN} (0, 0) when there is none to give.
 *
 * @param line   1-based line
 * @param column 1-based column, in characters
 */
public record Location(int line, int column) {
    public static final Location UNKNOWN = new Location(0, 0);
}
