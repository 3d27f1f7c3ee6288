package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sahelkg.query.CatalogQuery;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;

/**
 * The SPARQL editor ({@code /query}, also embedded in the home page): the catalog's questions, a text area
 * and the results. Rendered on the server, so that {@code /query?name=crisis-timeline} opens with that
 * question's text even without JavaScript (the Run button then posts the form to the endpoint); the
 * bundled {@code app.js} runs queries in place and shows the results as a table.
 */
public final class QueryPage implements Handler {
    static final String DEFAULT_QUERY = """
            # How many triples does each named graph hold?
            SELECT ?graph (COUNT(*) AS ?triples)
            WHERE { GRAPH ?graph { ?s ?p ?o } }
            GROUP BY ?graph
            ORDER BY ?graph
            """;

    private final Site site;

    public QueryPage(Site site) {
        this.site = site;
    }

    /** The editor's address opening a catalog question. */
    public static String href(String name) {
        return "/query?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "#editor";
    }

    /** A question in the editor's list. */
    public record Option(String name, String title, boolean selected) {
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        Map<String, Object> m = new HashMap<>(model(site.kg(), ex.param("name"), ex.param("text")));
        site.page(ex, HttpServletResponse.SC_OK, "query", "SPARQL query editor", "query", m);
    }

    /** The editor's model, with the question {@code name} or the text {@code text} in it. */
    Map<String, Object> model(Kg kg, String name, String text) {
        CatalogQuery chosen = name == null ? null : site.catalog().find(name).orElse(null);
        List<Option> options = site.catalog().queries().stream()
                .map(q -> new Option(q.name(), q.title(), chosen != null && q.name().equals(chosen.name()))).toList();
        Map<String, Object> m = new HashMap<>();
        m.put("options", options);
        m.put("chosen", chosen);
        m.put("queryText", chosen != null ? chosen.text() : text != null && !text.isBlank() ? text : DEFAULT_QUERY);
        return m;
    }
}
