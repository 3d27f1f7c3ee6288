package org.sahelkg.server.graph;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/**
 * The syntaxes a resource's document is served in, each with the extension of its document URL
 * ({@code /id/country/mali.ttl}), its media type and the {@code ?format=} names that pick it. HTML comes
 * first: it is what a browser, or a client that accepts anything, gets.
 */
public enum DocFormat {
    HTML("html", "text/html", null, "HTML"),
    TURTLE("ttl", "text/turtle", Lang.TURTLE, "Turtle"),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD, "JSON-LD"),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES, "N-Triples"),
    RDFXML("rdf", "application/rdf+xml", Lang.RDFXML, "RDF/XML");

    /** Every format, in the order of preference when a client accepts several equally. */
    public static final List<DocFormat> ALL = List.of(values());

    private final String extension;
    private final String mediaType;
    private final Lang lang;
    private final String label;

    DocFormat(String extension, String mediaType, Lang lang, String label) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.lang = lang;
        this.label = label;
    }

    /** The extension of the document URL, without the dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header value, with the charset for the text formats. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** The RDF syntax, or null for HTML. */
    public Lang lang() {
        return lang;
    }

    /** The name shown to people: Turtle, JSON-LD … */
    public String label() {
        return label;
    }

    public boolean isRdf() {
        return lang != null;
    }

    /** The format named by a document URL's extension ({@code ttl}) or by {@code ?format=}. */
    public static Optional<DocFormat> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (DocFormat f : ALL) {
            if (f.extension.equals(n) || f.mediaType.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(f);
            }
        }
        return switch (n) {
            case "turtle" -> Optional.of(TURTLE);
            case "json-ld", "json" -> Optional.of(JSONLD);
            case "ntriples", "n-triples" -> Optional.of(NTRIPLES);
            case "rdfxml", "rdf/xml", "xml" -> Optional.of(RDFXML);
            case "htm" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }

    /** The format whose document URL ends with {@code .extension}. */
    public static Optional<DocFormat> byExtension(String extension) {
        return ALL.stream().filter(f -> f.extension.equals(extension)).findFirst();
    }

    /** The names accepted by {@code ?format=}, for messages. */
    public static String names() {
        return String.join(", ", ALL.stream().map(DocFormat::extension).toList());
    }
}
