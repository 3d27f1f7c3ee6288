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
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.sahelkg.iri.Iris;
import org.sahelkg.server.graph.DateWords;
import org.sahelkg.server.graph.Describer;
import org.sahelkg.server.graph.DocFormat;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.graph.Values;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.vocab.PROV;
import org.sahelkg.vocab.SCHEMA;
import org.sahelkg.vocab.SEM;
import org.sahelkg.vocab.SKG;
import org.sahelkg.vocab.WGS84;

/**
 * The page of one resource ({@code /id/K/S.html}): its names in every language, types, description and
 * Wikidata link; for an event, when, where and who; the claims made about it side by side; what it says
 * and what links to it, by label, with inferred statements marked and explained; its quotes and sources;
 * and the small nodes that belong to it ({@code #time} …), each with its own anchor.
 */
public final class ResourcePage {
    /** Shown in the header or their own section rather than in the list of statements. */
    private static final Set<Node> SHOWN_APART = Set.of(RDF.Nodes.type, RDFS.Nodes.label, SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(), SCHEMA.DESCRIPTION, RDFS.Nodes.comment, SKOS.note.asNode(), SKG.SEARCH_KEY,
            OWL.sameAs.asNode(), SKG.EVIDENCE, PROV.WAS_DERIVED_FROM);
    /** An event's summary shows these. */
    private static final List<Node> ROLES = List.of(SKG.AGENT, SKG.TARGET, SKG.AFFECTED, SKG.PARTICIPANT, SKG.SUPPORTER,
            SKG.HOST, SKG.GUEST, SKG.MEDIATOR);
    private static final Set<Node> EVENT_SUMMARY = Set.of(SEM.EVENT_TYPE, SEM.HAS_TIME, SEM.HAS_PLACE, SKG.NEAR,
            SKG.AGENT, SKG.TARGET, SKG.AFFECTED, SKG.PARTICIPANT, SKG.SUPPORTER, SKG.HOST, SKG.GUEST, SKG.MEDIATOR,
            SEM.HAS_EARLIEST_BEGIN_TIME_STAMP, SEM.HAS_LATEST_END_TIME_STAMP);
    private static final Set<Node> CLAIM_SUMMARY = Set.of(RDF.Nodes.subject, RDF.Nodes.predicate, RDF.Nodes.object,
            SEM.ACCORDING_TO);
    private static final Set<Node> QUOTE_SUMMARY = Set.of(OA.hasSelector.asNode(), OA.hasSource.asNode());
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("country", "Country"), Map.entry("place", "Place"), Map.entry("org", "Organisation"),
            Map.entry("person", "Person"), Map.entry("agent", "Agent"), Map.entry("post", "Post"),
            Map.entry("role", "Role"), Map.entry("thing", "Thing"), Map.entry("event", "Event"),
            Map.entry("event-type", "Event type"), Map.entry("claim", "Claim"), Map.entry("relation", "Relation"),
            Map.entry("membership", "Membership"), Map.entry("proposal", "Proposal"), Map.entry("source", "Source"),
            Map.entry("concept", "Concept"), Map.entry("scheme", "Concept scheme"), Map.entry("quote", "Quote"),
            Map.entry("rule", "Reasoning rule"), Map.entry("derivation", "Derivation"),
            Map.entry("statement", "Statement"), Map.entry("state", "Bilateral state"),
            Map.entry("step", "Escalation step"), Map.entry("disagreement", "Disagreement"));

    private final Site site;

    public ResourcePage(Site site) {
        this.site = site;
    }

    /** A document format link in the page header. */
    public record Format(String label, String href, String type) {
    }

    /** When, where and who of an event. */
    public record EventSummary(String when, String edtf, String precision, List<Ref> types, List<Val> places,
                               List<Val> near, List<Prop> roles) {
    }

    /** A claim's own statement, in words: according to whom, what about what. */
    public record ClaimSummary(List<Ref> claimants, Ref subject, Ref property, Val value, List<Ref> disagreements,
                               List<Ref> deniedBy, boolean inferred) {
    }

    /** A small node of the resource, with its anchor. */
    public record Part(String id, String summary, List<Prop> statements) {
    }

    /** What derived a resource the rules made. */
    public record Derived(Ref rule, String explain) {
    }

    public void render(Exchange ex, Kg kg, Node r) throws IOException {
        Map<String, Object> model = model(kg, r);
        site.page(ex, HttpServletResponse.SC_OK, "resource", kg.label(r), null, model);
    }

    private Map<String, Object> model(Kg kg, Node r) {
        String iri = r.getURI();
        String kind = kind(iri);
        Map<String, Object> m = new HashMap<>();
        m.put("iri", iri);
        m.put("kind", kind);
        m.put("kindLabel", KINDS.getOrDefault(kind, "Resource"));
        m.put("formats", DocFormat.ALL.stream().filter(DocFormat::isRdf)
                .map(f -> new Format(f.label(), Site.documentPath(iri, f), f.mediaType())).toList());
        m.put("alternates", Site.alternates(iri));
        m.put("types", Site.refs(kg, kg.types(r)));
        m.put("labels", texts(kg, r, RDFS.Nodes.label, SKOS.prefLabel.asNode()));
        m.put("aliases", texts(kg, r, SKOS.altLabel.asNode()));
        m.put("descriptions", texts(kg, r, SCHEMA.DESCRIPTION, RDFS.Nodes.comment));
        m.put("notes", texts(kg, r, SKOS.note.asNode()));
        m.put("sameAs", kg.objects(r, OWL.sameAs.asNode()).stream().filter(Node::isURI).map(ResourcePage::sameAs).toList());
        m.put("derived", kg.object(r, PROV.WAS_GENERATED_BY)
                .map(d -> new Derived(kg.object(d, SKG.RULE).map(rule -> Site.ref(kg, rule)).orElse(Site.ref(kg, d)),
                        Site.explainHref(iri))).orElse(null));
        m.put("explain", Site.explainHref(iri));

        boolean isEvent = kg.isA(r, SKG.C_EVENT);
        boolean isClaim = kg.isA(r, SKG.C_CLAIM);
        boolean isQuote = kg.isA(r, SKG.C_EVIDENCE_QUOTE);
        boolean isSource = kg.isA(r, SKG.C_SOURCE);
        m.put("event", isEvent ? event(kg, r) : null);
        m.put("answered", isEvent ? Sequence.answered(kg, r) : List.of());
        m.put("followed", isEvent ? Sequence.followed(kg, r) : List.of());
        m.put("claim", isClaim ? claim(kg, r) : null);
        m.put("quote", isQuote ? QuoteView.of(kg, r, false, null) : null);
        m.put("claimTables", Claims.about(kg, r));
        m.put("disagreementClaims", kg.isA(r, SKG.C_DISAGREEMENT) ? disagreement(kg, r) : null);

        Set<Node> apart = new LinkedHashSet<>(SHOWN_APART);
        if (isEvent) {
            apart.addAll(EVENT_SUMMARY);
        }
        if (isClaim) {
            apart.addAll(CLAIM_SUMMARY);
        }
        if (isQuote) {
            apart.addAll(QUOTE_SUMMARY);
        }
        int[] inferred = {0};
        m.put("statements", statements(kg, r, kg.outgoing(r), apart, inferred));
        // A source's quotes are listed with what each supports, rather than as links to it.
        m.put("incoming", incoming(kg, r, isSource ? Set.of(OA.hasSource.asNode(), PROV.WAS_QUOTED_FROM) : Set.of(), inferred));
        m.put("inferredCount", inferred[0]);
        m.put("evidence", isSource ? QuoteView.from(kg, r) : QuoteView.cited(kg, r, false));
        m.put("sources", Site.refs(kg, kg.objects(r, PROV.WAS_DERIVED_FROM)));
        m.put("support", support(kg, r));
        m.put("inferences", inferences(kg, r));
        m.put("parts", parts(kg, r));
        boolean located = kg.has(r, WGS84.LAT, null) && kg.has(r, WGS84.LONG, null);
        m.put("mapHref", located ? "/map#" + MapPage.placeAnchor(iri) : null);
        m.put("disputesHref", isClaim || kg.isA(r, SKG.C_DISAGREEMENT) ? "/disputes" : null);
        return m;
    }

    /** The kind of a resource from its IRI: {@code country}, {@code quote} … */
    public static String kind(String iri) {
        if (!iri.startsWith(Iris.ID)) {
            return "";
        }
        String rest = iri.substring(Iris.ID.length());
        int slash = rest.indexOf('/');
        return slash > 0 ? rest.substring(0, slash) : "";
    }

    private static Ref sameAs(Node n) {
        String iri = n.getURI();
        String qid = Iris.wikidataId(iri);
        if (qid != null) {
            return new Ref("Wikidata " + qid, Iris.wikidataPage(qid), iri, true, false);
        }
        return new Ref(iri, Site.href(iri), iri, true, false);
    }

    static List<Text> texts(Kg kg, Node r, Node... properties) {
        Set<Text> seen = new LinkedHashSet<>();
        for (Node p : properties) {
            for (Node lit : kg.literals(r, p)) {
                seen.add(new Text(lit.getLiteralLexicalForm(), lit.getLiteralLanguage()));
            }
        }
        List<Text> list = new ArrayList<>(seen);
        list.sort(Comparator.comparingInt((Text t) -> langRank(t.lang())).thenComparing(Text::lang).thenComparing(Text::value));
        return list;
    }

    private static int langRank(String lang) {
        return switch (lang) {
            case "en" -> 0;
            case "fr" -> 1;
            case "" -> 3;
            default -> 2;
        };
    }

    private EventSummary event(Kg kg, Node r) {
        String when = "undated";
        String edtf = null;
        String precision = null;
        Node time = kg.object(r, SEM.HAS_TIME).orElse(null);
        if (time != null) {
            edtf = kg.literal(time, SKG.EDTF, null).orElse(null);
            if (edtf != null) {
                when = DateWords.describe(edtf, Values.timeOfDay(kg, time));
                precision = DateWords.precision(edtf);
            }
        }
        List<Prop> roles = new ArrayList<>();
        for (Node role : ROLES) {
            List<Val> who = values(kg, r, role);
            if (!who.isEmpty()) {
                roles.add(new Prop(Site.ref(kg, role), who));
            }
        }
        return new EventSummary(when, edtf, precision, Site.refs(kg, kg.objects(r, SEM.EVENT_TYPE)),
                values(kg, r, SEM.HAS_PLACE), values(kg, r, SKG.NEAR), roles);
    }

    /** The values of one property, each marked when only inferred. */
    private static List<Val> values(Kg kg, Node r, Node p) {
        List<Val> vals = new ArrayList<>();
        for (Triple t : kg.find(r, p, null)) {
            vals.add(value(kg, r, t));
        }
        vals.sort(Comparator.comparing(ResourcePage::sortKey, String.CASE_INSENSITIVE_ORDER));
        return vals;
    }

    private static ClaimSummary claim(Kg kg, Node r) {
        Node subject = kg.object(r, RDF.Nodes.subject).orElse(null);
        Node property = kg.object(r, RDF.Nodes.predicate).orElse(null);
        Claims.Cell cell = Claims.cell(kg, r);
        List<Ref> disagreements = Site.refs(kg, kg.subjects(SKG.DISAGREEING_CLAIM, r));
        return new ClaimSummary(Site.refs(kg, kg.objects(r, SEM.ACCORDING_TO)),
                subject == null ? null : Site.ref(kg, subject), property == null ? null : Site.ref(kg, property),
                cell.value(), disagreements, cell.deniedBy(), cell.inferred());
    }

    private static Claims.Table disagreement(Kg kg, Node d) {
        Node about = kg.object(d, SKG.ABOUT).orElse(null);
        Node property = kg.object(d, SKG.ON_PROPERTY).orElse(null);
        if (about == null || property == null) {
            return null;
        }
        return Claims.table(kg, about, property, kg.objects(d, SKG.DISAGREEING_CLAIM));
    }

    /** Outgoing statements grouped by property, by property label. */
    private static List<Prop> statements(Kg kg, Node r, List<Triple> triples, Set<Node> apart, int[] inferred) {
        Map<Node, List<Val>> byProperty = new LinkedHashMap<>();
        for (Triple t : triples) {
            if (apart.contains(t.getPredicate())) {
                continue;
            }
            Val v = value(kg, r, t);
            if (v.inferred()) {
                inferred[0]++;
            }
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(v);
        }
        return props(kg, byProperty);
    }

    private static List<Prop> incoming(Kg kg, Node r, Set<Node> apart, int[] inferred) {
        Map<Node, List<Val>> byProperty = new LinkedHashMap<>();
        for (Triple t : kg.incoming(r)) {
            if (apart.contains(t.getPredicate())) {
                continue;
            }
            boolean inf = kg.inferredOnly(t);
            if (inf) {
                inferred[0]++;
            }
            Node s = t.getSubject();
            Val v = new Val(Site.ref(kg, s), null, null, inf, inf ? Site.explainHref(r.getURI()) : null);
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(v);
        }
        return props(kg, byProperty);
    }

    private static List<Prop> props(Kg kg, Map<Node, List<Val>> byProperty) {
        List<Prop> props = new ArrayList<>();
        byProperty.forEach((p, vals) -> {
            vals.sort(Comparator.comparing(ResourcePage::sortKey, String.CASE_INSENSITIVE_ORDER));
            props.add(new Prop(Site.ref(kg, p), vals));
        });
        props.sort(Comparator.comparing((Prop p) -> p.property().label(), String.CASE_INSENSITIVE_ORDER));
        return props;
    }

    private static String sortKey(Val v) {
        return v.ref() != null ? v.ref().label() : v.text() != null ? v.text().value() : "";
    }

    /** A statement's object as a page shows it: own small nodes by their summary, linking to their anchor. */
    static Val value(Kg kg, Node r, Triple t) {
        Node o = t.getObject();
        boolean inferred = kg.inferredOnly(t);
        String explain = inferred ? Site.explainHref(r.getURI()) : null;
        if (o.isURI() && Iris.isPartOf(o.getURI(), Iris.ownerOf(r.getURI()))) {
            String fragment = Iris.fragmentOf(o.getURI());
            String summary = Values.summary(kg, o).orElse("#" + fragment);
            return new Val(new Ref(summary, "#" + fragment, o.getURI(), false, false), null, null, inferred, explain);
        }
        if (o.isURI()) {
            return new Val(Site.ref(kg, o), null, null, inferred, explain);
        }
        if (o.isLiteral()) {
            String dt = o.getLiteralDatatypeURI();
            String note = dt == null || o.getLiteralLanguage().length() > 0 || dt.endsWith("#string")
                    || dt.endsWith("#langString") ? null : shortType(dt);
            return new Val(null, new Text(o.getLiteralLexicalForm(), o.getLiteralLanguage()), note, inferred, explain);
        }
        return new Val(null, new Text(o.toString(), ""), null, inferred, explain);
    }

    private static String shortType(String dt) {
        if (dt.startsWith(XSD.NS)) {
            return "xsd:" + dt.substring(XSD.NS.length());
        }
        return Kg.fallbackName(dt);
    }

    private static List<Part> parts(Kg kg, Node r) {
        List<Part> parts = new ArrayList<>();
        for (Node n : Describer.ownNodes(kg, r)) {
            if (n.equals(r) || !Iris.isPartOf(n.getURI(), r.getURI())) {
                continue;
            }
            String fragment = Iris.fragmentOf(n.getURI());
            String summary = Values.summary(kg, n).orElse(null);
            parts.add(new Part(fragment, summary, statements(kg, n, kg.outgoing(n), Set.of(), new int[1])));
        }
        parts.sort(Comparator.comparing(Part::id));
        return parts;
    }

    /** A value of the resource that the curators inferred, not read in its sources, with what it rests on. */
    public record Inference(String property, Ref value, String note) {
    }

    /**
     * The resource's curator's inferences (skg:curatorInference), as a page says them: "target: the Wagner
     * Group", and the basis.
     */
    static List<Inference> inferences(Kg kg, Node r) {
        List<Inference> inferences = new ArrayList<>();
        for (Node n : kg.objects(r, SKG.CURATOR_INFERENCE)) {
            String property = kg.object(n, SKG.INFERRED_PROPERTY).map(p -> Site.ref(kg, p).label()).orElse("?");
            Ref value = kg.object(n, SKG.INFERRED_VALUE).map(v -> v.isLiteral()
                    ? new Ref(v.getLiteralLexicalForm(), null, null, false, false) : Site.ref(kg, v)).orElse(null);
            inferences.add(new Inference(property, value, kg.literal(n, RDFS.Nodes.comment, "en").orElse("")));
        }
        inferences.sort(Comparator.comparing(Inference::property).thenComparing(i -> i.value() == null ? ""
                : i.value().label()));
        return inferences;
    }

    /**
     * What the rule support derived of a curated fact, as a page says it: "Reported only by party-affiliated
     * sources (partisan to Bamako)", "Reported by a single source", or null when several sources report it and
     * one at least takes no party's side.
     */
    static String support(Kg kg, Node r) {
        int count = kg.literal(r, SKG.SOURCE_COUNT, null).map(Integer::parseInt).orElse(0);
        boolean affiliated = kg.literal(r, SKG.ONLY_PARTY_AFFILIATED_SOURCES, null).map("true"::equals).orElse(false);
        if (affiliated) {
            List<String> stances = new ArrayList<>();
            for (Node source : kg.objects(r, PROV.WAS_DERIVED_FROM)) {
                kg.object(source, SKG.STANCE).flatMap(st -> kg.literal(st, RDFS.Nodes.label, "en"))
                        .filter(l -> !stances.contains(l)).ifPresent(stances::add);
            }
            return (count == 1 ? "Reported only by a party-affiliated source" : "Reported only by party-affiliated "
                    + "sources") + (stances.isEmpty() ? "" : " (" + String.join(", ", stances) + ")") + ".";
        }
        return count == 1 ? "Reported by a single source." : null;
    }
}
