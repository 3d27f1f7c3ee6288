package org.sahelkg.server.pages;

/**
 * One value of a statement on a page: a link, or a text, with what helps read it.
 *
 * @param ref      the resource linked to, or null
 * @param text     the literal, or null
 * @param note     a short reading aid: a datatype, or the summary of a small node ("more than 2 km")
 * @param inferred true when only the rules say so
 * @param explain  where the explanation of an inferred statement is, or null
 */
public record Val(Ref ref, Text text, String note, boolean inferred, String explain) {
}
