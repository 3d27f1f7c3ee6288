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
 * with values, sources and quotes, and what each pair conflicts on; then the dates that disagree outside the
 * claims (events that may be one but are dated apart, dates resolved from a disputed date), and every statement
 * that denies a claim, beside the claim it denies.
 */
public final class DisputesPage implements Handler {
    private final Site site;

    public DisputesPage(Site site) {
        this.site = site;
    }

    /** Two claims the rules found incompatible, and what they conflict on (figures, dates, placement …). */
    public record Pair(Ref disagreement, Ref kind, List<Ref> claims) {
    }

    /**
     * One side of a disagreement on dates that is not between two claims: an event (its date as its sources give
     * it), or a claim that dates the event another's date was resolved from; its sources and quotes.
     */
    public record Account(Ref event, String when, List<Ref> sources, List<QuoteView> quotes) {
    }

    /**
     * Dates that cannot both hold, outside the claims' pairs: two events the curators say may be one, which their
     * sources date apart, or a date resolved from an event's date that a claim dates later.
     */
    public record EventsApart(Ref disagreement, Ref kind, List<Account> accounts) {
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
        List<EventsApart> apart = eventsApart(kg);
        Map<String, Object> m = new HashMap<>();
        m.put("disputes", disputes);
        m.put("apart", apart);
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
                pairs.add(new Pair(Site.ref(kg, d), kind(kg, d), Site.refs(kg, cs)));
            }
            pairs.sort(Comparator.comparing(p -> p.claims().toString()));
            disputes.add(new Dispute(Claims.table(kg, key.get(0), key.get(1), new ArrayList<>(claims)), pairs));
        });
        disputes.sort(Comparator.comparing((Dispute d) -> d.table().subject().label(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(d -> d.table().property().label()));
        return disputes;
    }

    private static Ref kind(Kg kg, Node disagreement) {
        return kg.object(disagreement, SKG.DISPUTE_KIND).map(k -> Site.ref(kg, k)).orElse(null);
    }

    /** The disagreements between two events that may be one (no claims, two skg:disagreeingAccount events). */
    static List<EventsApart> eventsApart(Kg kg) {
        List<EventsApart> apart = new ArrayList<>();
        for (Node d : kg.subjects(RDF.Nodes.type, SKG.C_DISAGREEMENT)) {
            if (!kg.objects(d, SKG.DISAGREEING_CLAIM).isEmpty()) {
                continue;
            }
            List<Account> accounts = new ArrayList<>();
            for (Node account : kg.objects(d, SKG.DISAGREEING_ACCOUNT)) {
                // An event's date as its timeline entry gives it; a claim's, the date it claims.
                String when = kg.has(account, RDF.Nodes.type, SKG.C_CLAIM)
                        ? kg.object(account, RDF.Nodes.object).flatMap(o -> kg.literal(o, SKG.EDTF, null)).orElse("")
                        : TimelinePage.entry(kg, account).when();
                accounts.add(new Account(Site.ref(kg, account), when,
                        Site.refs(kg, kg.objects(account, org.sahelkg.vocab.PROV.WAS_DERIVED_FROM)),
                        QuoteView.cited(kg, account, false)));
            }
            accounts.sort(Comparator.comparing(a -> a.event().label()));
            apart.add(new EventsApart(Site.ref(kg, d), kind(kg, d), accounts));
        }
        apart.sort(Comparator.comparing(a -> a.disagreement().label()));
        return apart;
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
