package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.sahelkg.iri.Graphs;
import org.sahelkg.query.CatalogQuery;
import org.sahelkg.server.graph.DocFormat;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.http.Conneg;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;

/**
 * The home page ({@code /}): what the graph is, its figures per kind and per named graph, where to start,
 * the catalog's example questions and the query editor. The root is also the dataset: a client asking for
 * RDF is sent (303) to the VoID description.
 */
public final class HomePage implements Handler {
    /** The kinds of resource, in the order the home page lists them, with a plural name. */
    static final List<String[]> KINDS = List.of(
            new String[] {"event", "events"}, new String[] {"claim", "claims"},
            new String[] {"country", "countries"}, new String[] {"place", "places"},
            new String[] {"org", "organisations and collectives"}, new String[] {"person", "people"},
            new String[] {"agent", "unnamed agents"}, new String[] {"post", "posts"},
            new String[] {"thing", "things"}, new String[] {"relation", "asserted relationships"},
            new String[] {"membership", "memberships and office holdings"}, new String[] {"proposal", "proposals"},
            new String[] {"source", "sources"}, new String[] {"quote", "evidence quotes"},
            new String[] {"event-type", "event types"}, new String[] {"disagreement", "disagreements (inferred)"},
            new String[] {"state", "bilateral states (inferred)"}, new String[] {"step", "escalation steps (inferred)"});

    private final Site site;
    private final QueryPage editor;

    public HomePage(Site site, QueryPage editor) {
        this.site = site;
        this.editor = editor;
    }

    /** A figure of the home page, linking to where the things counted are listed. */
    public record Figure(long count, String label, String href) {
    }

    /** An example question of the catalog. */
    public record Example(String name, String title, String question, String href) {
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        List<DocFormat> offers = List.of(DocFormat.HTML, DocFormat.TURTLE, DocFormat.JSONLD, DocFormat.NTRIPLES,
                DocFormat.RDFXML);
        Optional<DocFormat> wanted = ex.param("format") != null ? DocFormat.byName(ex.param("format"))
                : Conneg.choose(ex.accept(), offers);
        if (wanted.isPresent() && wanted.get().isRdf()) {
            ex.seeOther(VoidPage.PATH + "." + wanted.get().extension());
            return;
        }
        ex.header("Vary", "Accept");
        Kg kg = site.kg();
        Stats.Figures f = site.stats().figures();
        List<Figure> kinds = new ArrayList<>();
        for (String[] kind : KINDS) {
            long n = f.resourcesPerKind().getOrDefault(kind[0], 0L);
            if (n > 0) {
                kinds.add(new Figure(n, kind[1], "/search?kind=" + kind[0]));
            }
        }
        List<Figure> graphs = new ArrayList<>();
        for (Node g : Graphs.ALL) {
            graphs.add(new Figure(f.triplesPerGraph().get(g), Graphs.name(g), Site.href(g.getURI())));
        }
        List<Example> examples = new ArrayList<>();
        for (CatalogQuery q : site.catalog().queries()) {
            examples.add(new Example(q.name(), q.title(), q.question(), QueryPage.href(q.name())));
        }
        Map<String, Object> m = new HashMap<>(editor.model(kg, null, null));
        m.put("kinds", kinds);
        m.put("graphs", graphs);
        m.put("triples", f.triples());
        m.put("examples", examples);
        m.put("sources", f.resourcesPerKind().getOrDefault("source", 0L));
        m.put("coverage", SourcesPage.Coverage.total(kg));
        site.page(ex, HttpServletResponse.SC_OK, "home", "An open knowledge graph of the 2025 Algeria–Sahel crisis",
                "home", m);
    }
}
