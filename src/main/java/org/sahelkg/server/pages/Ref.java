package org.sahelkg.server.pages;

/**
 * A link to a resource, shown by its label: root-relative for the graph's own IRIs ({@code /id/…}), the
 * IRI itself for another site's http(s) IRI, none for anything else.
 *
 * @param label    what to show
 * @param href     where it links, or null for no link
 * @param iri      the full IRI, for a tooltip
 * @param external true for a link to another site
 * @param inferred true when the statement that led here is only inferred
 */
public record Ref(String label, String href, String iri, boolean external, boolean inferred) {
    public Ref withInferred(boolean value) {
        return new Ref(label, href, iri, external, value);
    }
}
