package org.sahelkg.query;

import java.util.List;

/**
 * One question a user can ask: a {@code queries/<name>.rq} file and what its header comment says.
 *
 * @param name       the file name without {@code .rq}, as given to {@code sahel-kg query NAME}
 * @param title      the {@code # Title:} line, or the name when there is none
 * @param question   the {@code # Question:} line in plain words, or empty
 * @param parameters the {@code # Param ?x:} lines, in order
 * @param returns    the {@code # Returns:} line, or empty
 * @param text       the whole SPARQL text, header included
 */
public record CatalogQuery(String name, String title, String question, List<QueryParameter> parameters,
                           String returns, String text) {
    public CatalogQuery {
        parameters = List.copyOf(parameters);
    }
}
