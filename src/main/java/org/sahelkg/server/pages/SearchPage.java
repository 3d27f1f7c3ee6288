package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.Names;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;
import org.sahelkg.vocab.SKG;

/**
 * Search by name ({@code /search?q=…}): the input is folded exactly as the loader folds every label and
 * alias into {@code skg:searchKey} (case, diacritics, spaces and punctuation ignored, {@link Names#fold}),
 * and a resource matches when one of its keys contains it. Exact matches come first; each result shows
 * the names that matched. {@code ?kind=country} lists the resources of one kind.
 */
public final class SearchPage implements Handler {
    private static final int LIMIT = 200;

    private final Site site;

    public SearchPage(Site site) {
        this.site = site;
    }

    /** A resource found, with the names of it that matched. */
    public record Hit(Ref ref, String kind, List<Ref> types, List<Text> matched, boolean exact) {
    }

    /** A kind to filter by. */
    public record Kind(String id, String label, boolean selected) {
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        String q = ex.param("q") == null ? "" : ex.param("q").strip();
        String kind = ex.param("kind") == null ? "" : ex.param("kind").strip();
        Kg kg = site.kg();
        String key = Names.fold(q);
        List<Hit> hits = key.isEmpty() ? (kind.isEmpty() ? List.of() : byKind(kg, kind)) : search(kg, key, kind);
        List<Kind> kinds = new ArrayList<>();
        for (String[] k : HomePage.KINDS) {
            kinds.add(new Kind(k[0], k[1], k[0].equals(kind)));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("query", q);
        m.put("folded", key);
        m.put("kind", kind);
        m.put("kinds", kinds);
        m.put("hits", hits.size() > LIMIT ? hits.subList(0, LIMIT) : hits);
        m.put("total", hits.size());
        m.put("limited", hits.size() > LIMIT);
        m.put("asked", !q.isEmpty() || !kind.isEmpty());
        String title = q.isEmpty() ? (kind.isEmpty() ? "Search" : "All " + label(kind)) : "Search: " + q;
        site.page(ex, HttpServletResponse.SC_OK, "search", title, "search", m);
    }

    private static String label(String kind) {
        return HomePage.KINDS.stream().filter(k -> k[0].equals(kind)).map(k -> k[1]).findFirst().orElse(kind);
    }

    /** Resources with a search key containing {@code key}, exact matches first. */
    static List<Hit> search(Kg kg, String key, String kind) {
        Map<Node, Boolean> found = new LinkedHashMap<>();
        for (Triple t : kg.find(null, SKG.SEARCH_KEY, null)) {
            String k = t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : "";
            if (k.contains(key) && t.getSubject().isURI() && (kind.isEmpty() || kind.equals(ResourcePage.kind(t.getSubject().getURI())))) {
                found.merge(t.getSubject(), k.equals(key), Boolean::logicalOr);
            }
        }
        List<Hit> hits = new ArrayList<>();
        found.forEach((n, exact) -> hits.add(hit(kg, n, key, exact)));
        hits.sort(Comparator.comparing((Hit h) -> !h.exact())
                .thenComparing(h -> !h.matched().stream().anyMatch(t -> Names.fold(t.value()).startsWith(key)))
                .thenComparing(h -> h.ref().label(), String.CASE_INSENSITIVE_ORDER));
        return hits;
    }

    private static List<Hit> byKind(Kg kg, String kind) {
        Set<Node> found = new LinkedHashSet<>();
        kg.find(null, RDF.Nodes.type, null).forEach(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(Iris.ID) && s.getURI().indexOf('#') < 0
                    && kind.equals(ResourcePage.kind(s.getURI()))) {
                found.add(s);
            }
        });
        List<Hit> hits = new ArrayList<>();
        for (Node n : found) {
            hits.add(hit(kg, n, null, false));
        }
        hits.sort(Comparator.comparing(h -> h.ref().label(), String.CASE_INSENSITIVE_ORDER));
        return hits;
    }

    private static Hit hit(Kg kg, Node n, String key, boolean exact) {
        List<Text> matched = new ArrayList<>();
        if (key != null) {
            Set<Text> names = new LinkedHashSet<>(ResourcePage.texts(kg, n, RDFS.Nodes.label, SKOS.prefLabel.asNode(),
                    SKOS.altLabel.asNode()));
            for (Text t : names) {
                if (Names.fold(t.value()).contains(key)) {
                    matched.add(t);
                }
            }
        }
        return new Hit(Site.ref(kg, n), ResourcePage.kind(n.getURI()), Site.refs(kg, kg.types(n)), matched, exact);
    }
}
