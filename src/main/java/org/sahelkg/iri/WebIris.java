package org.sahelkg.iri;

/**
 * The IRIs of what a server publishes about the graph (its documents, dumps, endpoint and dataset description),
 * on the base it is known by: the public base, or the origin a request came to. The graph's own IRIs stay on
 * {@link Iris#BASE}, whatever server serves them.
 */
public final class WebIris {
    /** Where the VoID and DCAT description is served (RFC 5785, VoID §7.2). */
    public static final String VOID_PATH = "/.well-known/void";

    private final String base;

    /** @param base an absolute URL ending with a slash, such as {@code https://kg.example.org/} */
    public WebIris(String base) {
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("Not a base URL ending with /: " + base);
        }
        this.base = base;
    }

    /** The absolute URL of a root-relative path ({@code /sparql}). */
    public String at(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Not a root-relative path: " + path);
        }
        return base + path.substring(1);
    }

    /** The document of a thing in one format: {@code /id/country/mali} and {@code ttl} give {@code …/id/country/mali.ttl}. */
    public String document(String thingPath, String extension) {
        return at(thingPath + "." + extension);
    }

    /** The document of a named graph in one format. */
    public String graphDocument(String graphIri, String extension) {
        String path = Iris.pathOf(graphIri);
        if (path == null) {
            throw new IllegalArgumentException("Not one of the graph's IRIs: " + graphIri);
        }
        return document(path, extension);
    }

    /** The JSON-LD context every JSON-LD document links to. */
    public String context() {
        return at("/context.jsonld");
    }

    /** The SPARQL endpoint. */
    public String sparql() {
        return at("/sparql");
    }

    /** The search a term is appended to (VoID's {@code uriLookupEndpoint}). */
    public String lookup() {
        return at("/search?q=");
    }

    /** A download of the whole graph, by its file name ({@code sahel-kg.trig}). */
    public String dump(String fileName) {
        return at("/dumps/" + fileName);
    }

    /** The dataset description. */
    public String voidDescription() {
        return at(VOID_PATH);
    }

    /** A node of the dataset description ({@code #sparql-service}, {@code #class-1} …). */
    public String voidNode(String name) {
        return voidDescription() + "#" + name;
    }
}
