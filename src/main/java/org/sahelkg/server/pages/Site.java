package org.sahelkg.server.pages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sahelkg.iri.Iris;
import org.sahelkg.query.Catalog;
import org.sahelkg.server.graph.DocFormat;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Templates;
import org.sahelkg.sparql.Deadline;

/**
 * What every page handler shares: the dataset, the templates, the catalog of questions, the public base
 * and the figures computed once per server. Links between pages are root-relative, so browsing works
 * on whatever host serves the graph; absolute URLs (VoID, alternate links) use the public base.
 */
public final class Site {
    /** Licence of the data, ontology and source records. */
    public static final String DATA_LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    /** Licence of the code. */
    public static final String CODE_LICENCE = "https://www.apache.org/licenses/LICENSE-2.0";

    private final DatasetGraph dataset;
    private final Templates templates;
    private final String publicBase;
    private final Catalog catalog;
    private final Stats stats;
    private final Dumps dumps;
    private final Duration timeout;
    private final Explanations explanations;

    /**
     * @param publicBase the absolute URL the server is known by, ending with {@code /}, or null for the
     *                   origin each request came to
     * @param timeout    the longest a page may work, as a query ({@code serve --timeout}); zero for no limit
     */
    public Site(DatasetGraph dataset, Templates templates, String publicBase, Catalog catalog, Dumps dumps,
                Duration timeout) {
        this.dataset = dataset;
        this.templates = templates;
        this.publicBase = publicBase == null ? null : (publicBase.endsWith("/") ? publicBase : publicBase + "/");
        this.catalog = catalog;
        this.stats = new Stats(dataset);
        this.dumps = dumps;
        this.timeout = timeout;
        this.explanations = new Explanations(dataset);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Stats stats() {
        return stats;
    }

    public Dumps dumps() {
        return dumps;
    }

    public Templates templates() {
        return templates;
    }

    /**
     * A view of the graphs for one request, whose lookups stop at the server's timeout; the caller holds the read
     * transaction.
     */
    public Kg kg() {
        return new Kg(dataset, Deadline.after(timeout));
    }

    /** The explanations of what the rules inferred, computed at most a few at once and kept. */
    public Explanations explanations() {
        return explanations;
    }

    /** The public base ({@code http://localhost:3030/} by default: the origin of the request). */
    public String base(Exchange ex) {
        return publicBase != null ? publicBase : ex.origin() + "/";
    }

    /** Where the graph's own IRI is served, root-relative; another site's http(s) IRI as is; else null. */
    public static String href(String iri) {
        if (iri == null) {
            return null;
        }
        String path = Iris.pathOf(iri);
        if (path != null) {
            return path.startsWith("/id/") || path.startsWith("/ontology") || path.startsWith("/graph/") ? path : null;
        }
        if (iri.startsWith("http://") || iri.startsWith("https://")) {
            return iri;
        }
        return null;
    }

    /** The path of a resource's document in a format: {@code /id/country/mali.ttl}. */
    public static String documentPath(String iri, DocFormat format) {
        String href = href(iri);
        int hash = href.indexOf('#');
        String path = hash >= 0 ? href.substring(0, hash) : href;
        return path + "." + format.extension();
    }

    /** A link to a node, by its label. */
    public static Ref ref(Kg kg, Node n) {
        if (n.isURI()) {
            String href = href(n.getURI());
            boolean external = href != null && !href.startsWith("/");
            return new Ref(kg.label(n), href, n.getURI(), external, false);
        }
        return new Ref(kg.label(n), null, null, false, false);
    }

    public static List<Ref> refs(Kg kg, List<Node> nodes) {
        return nodes.stream().map(n -> ref(kg, n)).sorted(java.util.Comparator.comparing(Ref::label,
                String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The explanation page of what the rules inferred about a resource. */
    public static String explainHref(String iri) {
        String id = Iris.idOf(iri);
        return "/explain?iri=" + URLEncoder.encode(id != null && iri.equals(Iris.of(id)) ? id : iri,
                StandardCharsets.UTF_8);
    }

    /**
     * Sends a page: {@code template} with {@code model} and what the layout needs (title, the public
     * base, the current section of the navigation, alternate formats).
     */
    public void page(Exchange ex, int status, String template, String title, String section,
                     Map<String, Object> model) throws IOException {
        String html = html(template, title, section, model, base(ex));
        ex.header("Content-Security-Policy", Exchange.CSP);
        ex.send(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private String html(String template, String title, String section, Map<String, Object> model, String base) {
        Map<String, Object> m = new HashMap<>(model);
        m.put("title", title);
        m.put("section", section == null ? "" : section);
        m.putIfAbsent("alternates", List.of());
        m.put("publicBase", base);
        m.put("dataLicence", DATA_LICENCE);
        m.put("codeLicence", CODE_LICENCE);
        m.putIfAbsent("query", "");
        return templates.render(template, m);
    }

    /** How long a client refused for being busy should wait, in seconds ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 1;

    /**
     * Answers 503 with {@code Retry-After} and a one-line text: a page that could not be made now, because
     * {@code why} (its deadline passed, or the server is doing as much of that work as it may).
     */
    public void unavailable(Exchange ex, String why) throws IOException {
        ex.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        ex.text(503, "503: " + why + "; retry after " + RETRY_AFTER_SECONDS + " s\n");
    }

    /** The longest a page may work (zero for no limit). */
    public Duration timeout() {
        return timeout;
    }

    /** An alternate format of a page, for {@code <link rel="alternate">}. */
    public record Alternate(String type, String href, String label) {
    }

    public static List<Alternate> alternates(String iri) {
        return DocFormat.ALL.stream().filter(DocFormat::isRdf)
                .map(f -> new Alternate(f.mediaType(), documentPath(iri, f), f.label())).toList();
    }
}
