package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.sahelkg.iri.Iris;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;

/**
 * {@code owl:sameAs} the other way: {@code /wikidata/Q912} answers 303 to the resource linked to that
 * Wikidata item ({@code /id/country/mali}), and 404 with a page saying which items are linked when none is.
 */
public final class WikidataLookup implements Handler {
    private static final String PATH = "/wikidata/";

    private final Site site;

    public WikidataLookup(Site site) {
        this.site = site;
    }

    /** A linked item. */
    public record Link(String qid, Ref resource) {
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        String qid = ex.path().substring(PATH.length());
        Kg kg = site.kg();
        if (qid.matches("Q[1-9][0-9]*")) {
            List<Node> found = kg.subjects(OWL.sameAs.asNode(), NodeFactory.createURI(Iris.wikidata(qid)));
            if (!found.isEmpty()) {
                ex.seeOther(Site.href(found.get(0).getURI()));
                return;
            }
        }
        List<Link> links = kg.find(null, OWL.sameAs.asNode(), null).stream()
                .filter(t -> t.getObject().isURI() && Iris.wikidataId(t.getObject().getURI()) != null)
                .map(t -> new Link(Iris.wikidataId(t.getObject().getURI()),
                        Site.ref(kg, t.getSubject())))
                .sorted(java.util.Comparator.comparing(l -> l.resource().label())).toList();
        String message = qid.matches("Q[1-9][0-9]*")
                ? "No resource of this graph is linked to the Wikidata item " + qid + "."
                : "“" + qid + "” is not a Wikidata item id such as Q912.";
        if (org.sahelkg.server.http.Conneg.choose(ex.accept(), List.of(org.sahelkg.server.graph.DocFormat.HTML)).isEmpty()) {
            ex.text(HttpServletResponse.SC_NOT_FOUND, "404 Not Found: " + message + "\n");
            return;
        }
        site.page(ex, HttpServletResponse.SC_NOT_FOUND, "wikidata", "No link to " + qid, null,
                Map.of("message", message, "links", links));
    }
}
