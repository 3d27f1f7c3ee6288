package org.sahelkg.load;

/**
 * One thing wrong with the input: where (file, JSON pointer, line and column) and what was expected.
 *
 * @param file    path relative to the project home, such as {@code data/events.json}
 * @param pointer RFC 6901 JSON pointer to the offending value, or empty for the whole document
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what was expected and what was found
 */
public record Problem(String file, String pointer, int line, int column, String message)
        implements Comparable<Problem> {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (pointer != null) {
            sb.append(pointer.isEmpty() ? "(document)" : pointer).append(": ");
        }
        return sb.append(message).toString();
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        if (c == 0) {
            c = Integer.compare(column, o.column);
        }
        return c != 0 ? c : message.compareTo(o.message);
    }
}
