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
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;
import org.sahelkg.vocab.SKG;

/**
 * Every disagreement ({@code /disputes}): the claims the rules found incompatible (skg:Disagreement, in the
 * inferred graph), grouped by what they are about and the property in dispute, side by side by claimant
 * with values, sources and quotes; then every statement that denies a claim, beside the claim it denies.
 */
public final class DisputesPage implements Handler {
    private final Site site;

    public DisputesPage(Site site) {
        this.site = site;
    }

    /** Two claims the rules found incompatible. */
    public record Pair(Ref disagreement, List<Ref> claims) {
    }

    /** The disagreements on one subject and property. */
    public record Dispute(Claims.Table table, List<Pair> pairs) {
    }

    /** A statement (an event) that denies a claim. */
    public record Denial(Ref event, String when, List<Ref> by, List<QuoteView> quotes, Claims.Cell claim,
                         List<Ref> claimants, Ref about) {
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        Kg kg = site.kg();
        List<Dispute> disputes = disputes(kg);
        List<Denial> denials = denials(kg);
        Map<String, Object> m = new HashMap<>();
        m.put("disputes", disputes);
        m.put("denials", denials);
        m.put("pairCount", disputes.stream().mapToInt(d -> d.pairs().size()).sum());
        site.page(ex, HttpServletResponse.SC_OK, "disputes", "Disputes", "disputes", m);
    }

    static List<Dispute> disputes(Kg kg) {
        Map<List<Node>, List<Node>> groups = new LinkedHashMap<>();
        for (Node d : kg.subjects(RDF.Nodes.type, SKG.C_DISAGREEMENT)) {
            Node about = kg.object(d, SKG.ABOUT).orElse(null);
            Node property = kg.object(d, SKG.ON_PROPERTY).orElse(null);
            if (about != null && property != null) {
                groups.computeIfAbsent(List.of(about, property), k -> new ArrayList<>()).add(d);
            }
        }
        List<Dispute> disputes = new ArrayList<>();
        groups.forEach((key, ds) -> {
            Set<Node> claims = new LinkedHashSet<>();
            List<Pair> pairs = new ArrayList<>();
            for (Node d : ds) {
                List<Node> cs = kg.objects(d, SKG.DISAGREEING_CLAIM);
                claims.addAll(cs);
                pairs.add(new Pair(Site.ref(kg, d), Site.refs(kg, cs)));
            }
            pairs.sort(Comparator.comparing(p -> p.claims().toString()));
            disputes.add(new Dispute(Claims.table(kg, key.get(0), key.get(1), new ArrayList<>(claims)), pairs));
        });
        disputes.sort(Comparator.comparing((Dispute d) -> d.table().subject().label(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(d -> d.table().property().label()));
        return disputes;
    }

    static List<Denial> denials(Kg kg) {
        List<Denial> denials = new ArrayList<>();
        for (Triple t : kg.find(null, SKG.DENIES, null)) {
            Node event = t.getSubject();
            Node claim = t.getObject();
            List<Node> by = new ArrayList<>(kg.objects(event, SKG.AGENT));
            TimelinePage.Entry entry = TimelinePage.entry(kg, event);
            Node about = kg.object(claim, RDF.Nodes.subject).orElse(null);
            denials.add(new Denial(Site.ref(kg, event), entry.when(), Site.refs(kg, by),
                    QuoteView.cited(kg, event, false), Claims.cell(kg, claim),
                    Site.refs(kg, kg.objects(claim, org.sahelkg.vocab.SEM.ACCORDING_TO)),
                    about == null ? null : Site.ref(kg, about)));
        }
        denials.sort(Comparator.comparing(d -> d.event().label()));
        return denials;
    }
}
