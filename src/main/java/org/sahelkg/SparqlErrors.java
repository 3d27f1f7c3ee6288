package org.sahelkg;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryParseException;

/**
 * A SPARQL parse error as one line, {@code file:line:column: SPARQL syntax error: what was expected}, the same for
 * rules, check queries and catalog queries. Jena repeats the position at the end of its first line; it is taken
 * from there when the exception does not carry it.
 */
public final class SparqlErrors {
    private static final Pattern LOCATION = Pattern.compile(",?\\s*at line (-?\\d+), column (-?\\d+)\\.?");

    private SparqlErrors() {
    }

    public static String message(String file, QueryParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        String first = message.isEmpty() ? "syntax error" : message.lines().findFirst().orElse("").strip();
        int line = e.getLine();
        int column = e.getColumn();
        Matcher at = LOCATION.matcher(first);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
            first = first.substring(0, at.start()).strip();
        }
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": SPARQL syntax error: " + first;
    }
}
