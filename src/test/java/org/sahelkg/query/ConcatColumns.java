package org.sahelkg.query;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code GROUP_CONCAT} columns of a query and their separators: tests that compare answers read such a column
 * as the set of its items, since SPARQL leaves their order open.
 */
public final class ConcatColumns {
    private static final Pattern CONCAT = Pattern.compile(
            "GROUP_CONCAT\\s*\\(\\s*(?:DISTINCT\\s+)?\\?\\w+\\s*;\\s*separator\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)\\s*AS\\s+\\?(\\w+)",
            Pattern.CASE_INSENSITIVE);

    private ConcatColumns() {
    }

    /** Each {@code GROUP_CONCAT(… ; separator="s") AS ?v} of {@code queryText}: v → s. */
    public static Map<String, String> separators(String queryText) {
        Map<String, String> found = new HashMap<>();
        Matcher m = CONCAT.matcher(queryText);
        while (m.find()) {
            found.put(m.group(2), m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return found;
    }
}
