package org.sahelkg;

import java.util.List;
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
    private static final Pattern LEADING_LOCATION = Pattern.compile("^Line -?\\d+, column -?\\d+:\\s*");
    private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \" (\\S+|\"[^\"]*\") \"(.*)\"\"\\s*$");
    /** How many of the tokens the parser was expecting are named. */
    private static final int EXPECTED_SHOWN = 8;

    private SparqlErrors() {
    }

    /**
     * {@code line:column} of the first match of {@code token} in a SPARQL text, outside comment lines, or null:
     * where to point when Jena's syntax tree, which has no positions, shows a problem.
     */
    public static String position(String text, Pattern token) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("#")) {
                continue;
            }
            Matcher m = token.matcher(lines.get(i));
            if (m.find()) {
                return (i + 1) + ":" + (m.start() + 1);
            }
        }
        return null;
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
        first = LEADING_LOCATION.matcher(first).replaceFirst("");
        if (first.startsWith("Unresolved prefixed name")) {
            first = first + " (expected a PREFIX line declaring it)";
        }
        Matcher found = ENCOUNTERED.matcher(first);
        if (found.matches()) {
            first = "found \"" + found.group(2).strip() + "\"" + expecting(message);
        }
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": SPARQL syntax error: " + first;
    }

    /** {@code , expected one of: a, b, …} from the lines after JavaCC's {@code Was expecting one of:}. */
    private static String expecting(String message) {
        List<String> lines = message.lines().map(String::strip).toList();
        int from = lines.indexOf("Was expecting one of:");
        if (from < 0) {
            from = lines.indexOf("Was expecting:");
        }
        if (from < 0) {
            return "";
        }
        List<String> tokens = lines.subList(from + 1, lines.size()).stream().filter(l -> !l.isEmpty())
                .map(l -> l.replaceAll("\\s*\\.\\.\\.$", "")).distinct().toList();
        String shown = String.join(" ", tokens.subList(0, Math.min(EXPECTED_SHOWN, tokens.size())));
        return tokens.isEmpty() ? "" : ", expected one of: " + shown + (tokens.size() > EXPECTED_SHOWN ? " …" : "");
    }
}
