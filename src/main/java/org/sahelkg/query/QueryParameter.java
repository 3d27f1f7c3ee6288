package org.sahelkg.query;

/**
 * A parameter of a catalog query: a variable of the query's closing {@code VALUES} block, whose value
 * there is the default that {@code --param name=value} replaces.
 *
 * @param name         the variable name without {@code ?}
 * @param description  what the header says about it
 * @param defaultValue the value in the {@code VALUES} block (lexical form or IRI), or null if none
 */
public record QueryParameter(String name, String description, String defaultValue) {
}
