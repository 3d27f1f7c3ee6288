package org.sahelkg.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sahelkg.iri.Iris;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.graph.Values;
import org.sahelkg.vocab.PROV;
import org.sahelkg.vocab.SCHEMA;
import org.sahelkg.vocab.SEM;
import org.sahelkg.vocab.SKG;

/**
 * Claims side by side: the claims on one subject and property, one column per group of claimants, each
 * cell the claimed value with its qualifiers, sources and exact quotes, and the disagreements the rules
 * found between them.
 */
public final class Claims {
    /** What a claim's cell shows apart from its qualifiers. */
    private static final Set<Node> CORE = Set.of(RDF.Nodes.type, RDF.Nodes.subject, RDF.Nodes.predicate, RDF.Nodes.object,
            SEM.ACCORDING_TO, RDFS.Nodes.label, SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), SKOS.note.asNode(),
            SCHEMA.DESCRIPTION, SKG.SEARCH_KEY, SKG.EVIDENCE, PROV.WAS_DERIVED_FROM, PROV.WAS_GENERATED_BY,
            OWL.sameAs.asNode());

    /** A qualifier of a claim: "distance from border: more than 2 km". */
    public record Qualifier(Ref property, Val value) {
    }

    /** One claim in its column. */
    public record Cell(Ref claim, Val value, List<Qualifier> qualifiers, List<QuoteView> quotes, List<Ref> sources,
                       List<Ref> deniedBy, boolean inferred, String explain, List<Text> notes) {
    }

    /** The claims of one group of claimants. */
    public record Column(List<Ref> claimants, List<Cell> cells) {
    }

    /** The claims on one subject and property. */
    public record Table(Ref subject, Ref property, String anchor, List<Column> columns, List<Ref> disagreements) {
        public boolean disputed() {
            return !disagreements.isEmpty();
        }

        public int claimCount() {
            return columns.stream().mapToInt(c -> c.cells().size()).sum();
        }
    }

    private Claims() {
    }

    /** The tables of the claims whose rdf:subject is {@code subject}, by property label. */
    public static List<Table> about(Kg kg, Node subject) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Node claim : kg.subjects(RDF.Nodes.subject, subject)) {
            if (kg.isA(claim, SKG.C_CLAIM)) {
                kg.object(claim, RDF.Nodes.predicate).ifPresent(p -> byProperty.computeIfAbsent(p, k -> new ArrayList<>()).add(claim));
            }
        }
        List<Table> tables = new ArrayList<>();
        byProperty.forEach((p, claims) -> tables.add(table(kg, subject, p, claims)));
        tables.sort(Comparator.comparing((Table t) -> t.property().label(), String.CASE_INSENSITIVE_ORDER));
        return tables;
    }

    /** The table of {@code claims} on {@code subject} and {@code property}. */
    public static Table table(Kg kg, Node subject, Node property, List<Node> claims) {
        Map<String, List<Node>> byClaimants = new LinkedHashMap<>();
        Map<String, List<Node>> claimantsOf = new LinkedHashMap<>();
        for (Node claim : claims) {
            List<Node> who = kg.objects(claim, SEM.ACCORDING_TO).stream()
                    .sorted(Comparator.comparing(kg::label, String.CASE_INSENSITIVE_ORDER)).toList();
            String key = who.stream().map(Node::toString).sorted().collect(Collectors.joining(" "));
            byClaimants.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            claimantsOf.putIfAbsent(key, who);
        }
        List<Column> columns = new ArrayList<>();
        byClaimants.forEach((key, group) -> columns.add(new Column(
                claimantsOf.get(key).stream().map(n -> Site.ref(kg, n)).toList(),
                group.stream().map(c -> cell(kg, c)).sorted(Comparator.comparing(c -> c.claim().label())).toList())));
        columns.sort(Comparator.comparing((Column c) -> c.claimants().isEmpty() ? "" : c.claimants().get(0).label(),
                String.CASE_INSENSITIVE_ORDER));
        List<Ref> disagreements = new ArrayList<>();
        for (Node d : kg.subjects(SKG.ABOUT, subject)) {
            if (kg.isA(d, SKG.C_DISAGREEMENT) && kg.has(d, SKG.ON_PROPERTY, property)) {
                disagreements.add(Site.ref(kg, d));
            }
        }
        disagreements.sort(Comparator.comparing(Ref::iri));
        return new Table(Site.ref(kg, subject), Site.ref(kg, property), anchor(subject, property), columns, disagreements);
    }

    /** One claim's cell. */
    public static Cell cell(Kg kg, Node claim) {
        Val value = kg.object(claim, RDF.Nodes.object).map(o -> value(kg, claim, o, false)).orElse(
                new Val(null, new Text("(no value)", ""), null, false, null));
        List<Qualifier> qualifiers = new ArrayList<>();
        for (Triple t : kg.outgoing(claim)) {
            if (!CORE.contains(t.getPredicate())) {
                qualifiers.add(new Qualifier(Site.ref(kg, t.getPredicate()), value(kg, claim, t.getObject(), kg.inferredOnly(t))));
            }
        }
        qualifiers.sort(Comparator.comparing(q -> q.property().label()));
        List<Ref> sources = kg.objects(claim, PROV.WAS_DERIVED_FROM).stream()
                .map(s -> new Ref(kg.literal(s, DCTerms.identifier.asNode(), null).map(id -> "source " + id)
                        .orElse(kg.label(s)), Site.href(s.getURI()), s.getURI(), false, false))
                .sorted(Comparator.comparing(Ref::label)).toList();
        List<Ref> deniedBy = Site.refs(kg, kg.subjects(SKG.DENIES, claim));
        boolean inferred = kg.has(claim, PROV.WAS_GENERATED_BY, null);
        List<Text> notes = kg.literals(claim, SKOS.note.asNode()).stream()
                .map(n -> new Text(n.getLiteralLexicalForm(), n.getLiteralLanguage())).toList();
        return new Cell(Site.ref(kg, claim), value, qualifiers, QuoteView.cited(kg, claim, false), sources, deniedBy,
                inferred, inferred ? Site.explainHref(claim.getURI()) : null, notes);
    }

    /** A value of a claim: a small node of its own in words, a link, or a text. */
    static Val value(Kg kg, Node owner, Node o, boolean inferred) {
        String explain = inferred ? Site.explainHref(owner.getURI()) : null;
        if (o.isURI() && Iris.isPartOf(o.getURI(), owner.getURI())) {
            String summary = Values.summary(kg, o).orElse(Kg.fallbackName(o.getURI()));
            return new Val(null, new Text(summary, "en"), null, inferred, explain);
        }
        if (o.isURI()) {
            return new Val(Site.ref(kg, o), null, null, inferred, explain);
        }
        if (o.isLiteral()) {
            return new Val(null, new Text(o.getLiteralLexicalForm(), o.getLiteralLanguage()), null, inferred, explain);
        }
        return new Val(null, new Text(o.toString(), ""), null, inferred, explain);
    }

    /** The id of a dispute on the disputes page: {@code d-event-drone-downing-2025-04-01-territory}. */
    public static String anchor(Node subject, Node property) {
        String s = subject.isURI() ? subject.getURI() : subject.toString();
        String id = Iris.idOf(s);
        String name = id != null ? id : Kg.fallbackName(s);
        String p = property.isURI() ? property.getLocalName() : "value";
        return ("d-" + name + "-" + p).replaceAll("[^A-Za-z0-9_-]+", "-");
    }
}
