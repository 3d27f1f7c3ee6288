package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.sahelkg.iri.Graphs;
import org.sahelkg.server.graph.DocFormat;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.http.Exchange;

/** The page of a named graph ({@code /graph/data.html}): what it holds, how much, and how to get it. */
public final class GraphPage {
    private static final Map<String, String> ABOUT = Map.of(
            "data", "What the curated files of data/ assert: entities, events, claims, assertions, memberships, "
                    + "proposals and the evidence quotes that support them.",
            "sources", "The bibliographic records of the source texts (seeds/): title, publisher only when the text "
                    + "shows it, date or its bounds, language, genre, stance and checksum.",
            "ontology", "The ontology (ontology/*.ttl): the graph's own classes and properties, the external terms "
                    + "it reuses, the event-type scheme and the other concept schemes.",
            "inferred", "What the reasoning rules of ontology/rules/ derive from the other graphs, each inference "
                    + "with the derivation that explains it. No rule turns a claim into a fact.");

    private final Site site;

    public GraphPage(Site site) {
        this.site = site;
    }

    /** A class and how many members it has in the graph. */
    public record ClassCount(Ref type, long count) {
    }

    /** A document of the graph's content. */
    public record Download(String label, String href, String type) {
    }

    public void render(Exchange ex, Kg kg, Node graph) throws IOException {
        String name = Graphs.name(graph);
        Graph g = kg.dataset().getGraph(graph);
        Set<Node> subjects = new HashSet<>();
        Map<Node, Set<Node>> classes = new HashMap<>();
        g.find().forEachRemaining(t -> {
            subjects.add(t.getSubject());
            if (t.getPredicate().equals(RDF.Nodes.type)) {
                classes.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
            }
        });
        List<ClassCount> counts = new ArrayList<>();
        classes.forEach((c, members) -> counts.add(new ClassCount(Site.ref(kg, c), members.size())));
        counts.sort(Comparator.comparingLong(ClassCount::count).reversed().thenComparing(c -> c.type().label()));
        String query = "SELECT ?s ?p ?o WHERE {\n  GRAPH <" + graph.getURI() + "> { ?s ?p ?o }\n}\nLIMIT 100\n";
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("iri", graph.getURI());
        m.put("about", ABOUT.getOrDefault(name, ""));
        m.put("triples", g.size());
        m.put("subjects", subjects.size());
        m.put("classes", counts);
        m.put("downloads", DocFormat.ALL.stream().filter(DocFormat::isRdf)
                .map(f -> new Download(f.label(), Site.documentPath(graph.getURI(), f), f.mediaType())).toList());
        m.put("queryHref", "/query?text=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        m.put("alternates", Site.alternates(graph.getURI()));
        site.page(ex, HttpServletResponse.SC_OK, "graph", "The " + name + " graph", null, m);
    }
}
