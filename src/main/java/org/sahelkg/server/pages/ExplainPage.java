package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.sahelkg.iri.Iris;
import org.sahelkg.reason.Explanation;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;

/**
 * Why the rules inferred what they did about a resource ({@code /explain?iri=country/niger}): the HTML
 * rendering of the same {@link Explanation} that {@code reason --explain} prints, each premise linked and
 * said to be asserted (with its sources), claimed (by whom) or itself inferred.
 */
public final class ExplainPage implements Handler {
    private final Site site;
    private final NotFoundPage notFound;

    public ExplainPage(Site site, NotFoundPage notFound) {
        this.site = site;
        this.notFound = notFound;
    }

    /** A triple with its parts linked. */
    public record Triple(Ref subject, Ref predicate, Ref object) {
    }

    /** A premise of a rule firing. */
    public record Premise(Ref ref, Triple triple, String origin, String claimedBy, String sources) {
    }

    /** A firing: the rule and its premises. */
    public record Firing(int rule, Ref ruleRef, List<Premise> premises) {
    }

    /** Something inferred. */
    public record Item(int number, Ref ref, Triple triple, String lag, String claimedBy, List<Firing> because) {
    }

    /** A rule's note. */
    public record Rule(int number, Ref ref, String file, String derives, String soundness) {
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        String asked = ex.param("iri");
        Kg kg = site.kg();
        if (asked == null || asked.isBlank()) {
            site.page(ex, HttpServletResponse.SC_OK, "explain", "Why the rules inferred it", null,
                    Map.of("asked", false));
            return;
        }
        String iri = Iris.resolve(asked.strip());
        Node resource = NodeFactory.createURI(iri);
        if (!kg.mentioned(resource)) {
            notFound.send(ex, "Nothing to explain", "The graph has nothing about " + asked + ".");
            return;
        }
        Optional<Explanation> found = site.explanations().of(iri, kg.deadline());
        if (found.isEmpty()) {
            site.unavailable(ex, "the server is explaining as many resources as it may (" + Explanations.AT_ONCE
                    + " at once)");
            return;
        }
        Explanation e = found.get();
        Map<String, Object> m = new HashMap<>();
        m.put("asked", true);
        m.put("resource", Site.ref(kg, resource));
        m.put("items", items(kg, e));
        m.put("rules", e.rules().stream().map(r -> new Rule(r.number(), Site.ref(kg, r.node()), r.file(),
                r.derives(), r.soundness())).toList());
        site.page(ex, HttpServletResponse.SC_OK, "explain", "Why: " + kg.label(resource), null, m);
    }

    private static List<Item> items(Kg kg, Explanation e) {
        List<Item> items = new ArrayList<>();
        int n = 0;
        for (Explanation.Item item : e.items()) {
            List<Firing> firings = new ArrayList<>();
            for (Explanation.Firing f : item.because()) {
                List<Premise> premises = new ArrayList<>();
                for (Explanation.Premise p : f.premises()) {
                    premises.add(new Premise(Site.ref(kg, p.node()), triple(kg, p.triple()), p.origin(), p.claimedBy(),
                            p.sources()));
                }
                firings.add(new Firing(f.rule().number(), Site.ref(kg, f.rule().node()), premises));
            }
            items.add(new Item(++n, Site.ref(kg, item.node()), triple(kg, item.triple()), item.lag(), item.claimedBy(),
                    firings));
        }
        return items;
    }

    private static Triple triple(Kg kg, Explanation.Triple t) {
        if (t == null) {
            return null;
        }
        return new Triple(Site.ref(kg, t.subject().node()), Site.ref(kg, t.predicate().node()), Site.ref(kg, t.object().node()));
    }
}
