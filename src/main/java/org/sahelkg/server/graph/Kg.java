package org.sahelkg.server.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sahelkg.iri.Graphs;
import org.sahelkg.iri.Iris;
import org.sahelkg.vocab.PROV;
import org.sahelkg.vocab.SEM;
import org.sahelkg.vocab.SKG;
import org.sahelkg.sparql.Deadline;

/**
 * A read-only view of the four named graphs for one request (the caller holds the read transaction):
 * the union for what the graph says, and the inferred graph apart, so that a statement only the rules
 * derived can be told from an asserted one. Labels are looked up once per view.
 */
public final class Kg {
    private final DatasetGraph dataset;
    private final Graph union;
    private final Deadline deadline;
    private final Map<Node, String> labels = new HashMap<>();

    public Kg(DatasetGraph dataset) {
        this(dataset, Deadline.NONE);
    }

    /** A view whose lookups throw {@link org.apache.jena.query.QueryCancelledException} past {@code deadline}. */
    public Kg(DatasetGraph dataset, Deadline deadline) {
        this.dataset = dataset;
        this.deadline = deadline;
        this.union = deadline == Deadline.NONE ? Graphs.union(dataset) : new DeadlineGraph(Graphs.union(dataset), deadline);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** When this request's work must have ended. */
    public Deadline deadline() {
        return deadline;
    }

    /** The union of the named graphs. */
    public Graph union() {
        return union;
    }

    /** The distinct triples of the union matching a pattern (null or Node.ANY for any). */
    public List<Triple> find(Node s, Node p, Node o) {
        Set<Triple> found = new LinkedHashSet<>();
        union.find(any(s), any(p), any(o)).forEachRemaining(found::add);
        return new ArrayList<>(found);
    }

    public List<Triple> outgoing(Node s) {
        return find(s, null, null);
    }

    public List<Triple> incoming(Node o) {
        return find(null, null, o);
    }

    /** The distinct objects of {@code s p ?}, in store order. */
    public List<Node> objects(Node s, Node p) {
        Set<Node> found = new LinkedHashSet<>();
        union.find(s, p, Node.ANY).forEachRemaining(t -> found.add(t.getObject()));
        return new ArrayList<>(found);
    }

    public Optional<Node> object(Node s, Node p) {
        var it = union.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    /** The distinct subjects of {@code ? p o}. */
    public List<Node> subjects(Node p, Node o) {
        Set<Node> found = new LinkedHashSet<>();
        union.find(Node.ANY, p, o).forEachRemaining(t -> found.add(t.getSubject()));
        return new ArrayList<>(found);
    }

    public boolean has(Node s, Node p, Node o) {
        return union.contains(any(s), any(p), any(o));
    }

    /** True when the node is used as a subject or an object anywhere. */
    public boolean mentioned(Node n) {
        return union.contains(n, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, n);
    }

    public boolean isA(Node n, Node type) {
        return union.contains(n, RDF.Nodes.type, type);
    }

    public List<Node> types(Node n) {
        return objects(n, RDF.Nodes.type);
    }

    /** True when the triple is in a graph of curated or recorded statements. */
    public boolean asserted(Triple t) {
        deadline.check();
        for (Node g : Graphs.ASSERTED) {
            if (dataset.contains(g, t.getSubject(), t.getPredicate(), t.getObject())) {
                return true;
            }
        }
        return false;
    }

    /** True when only the rules say so: the triple is in the inferred graph and in no other. */
    public boolean inferredOnly(Triple t) {
        deadline.check();
        return dataset.contains(Graphs.INFERRED, t.getSubject(), t.getPredicate(), t.getObject()) && !asserted(t);
    }

    /** How a resource is called on a page: its English label, else any label, else its id or local name. */
    public String label(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (!n.isURI()) {
            return n.toString();
        }
        String label = labels.get(n);
        if (label == null) {
            label = findLabel(n);
            labels.put(n, label);
        }
        return label;
    }

    private String findLabel(Node n) {
        Optional<String> sides = disagreementSides(n);
        if (sides.isPresent()) {
            return sides.get();
        }
        Optional<String> label = literal(n, RDFS.Nodes.label, "en")
                .or(() -> literal(n, SKOS.prefLabel.asNode(), "en"))
                .or(() -> literal(n, RDFS.Nodes.label, null))
                .or(() -> literal(n, SKOS.prefLabel.asNode(), null));
        return label.or(() -> quoteText(n)).or(() -> statementText(n)).or(() -> derivationText(n))
                .or(() -> partName(n)).orElseGet(() -> fallbackName(n.getURI()));
    }

    /**
     * A disagreement between two claims named by its two sides, each claim's value and who claims it:
     * "Disagreement: 2 km inside Algeria (Algeria) vs 9.5 km inside Mali (Mali)".
     */
    private Optional<String> disagreementSides(Node n) {
        List<Node> claims = objects(n, SKG.DISAGREEING_CLAIM);
        if (claims.size() != 2 || !isA(n, SKG.C_DISAGREEMENT)) {
            return Optional.empty();
        }
        List<String> sides = new java.util.ArrayList<>();
        for (Node c : claims) {
            Node value = object(c, RDF.Nodes.object).orElse(null);
            if (value == null) {
                return Optional.empty();
            }
            String words = Values.summary(this, value).orElseGet(() -> label(value));
            List<String> who = objects(c, SEM.ACCORDING_TO).stream().map(this::label).sorted().toList();
            sides.add(words + (who.isEmpty() ? "" : " (" + String.join(", ", who) + ")"));
        }
        sides.sort(String.CASE_INSENSITIVE_ORDER);
        return Optional.of("Disagreement: " + sides.get(0) + " vs " + sides.get(1));
    }

    /** A statement (reified or inferred) in words: its subject, property and object by their labels. */
    private Optional<String> statementText(Node n) {
        Optional<Node> s = object(n, RDF.Nodes.subject);
        Optional<Node> p = object(n, RDF.Nodes.predicate);
        Optional<Node> o = object(n, RDF.Nodes.object);
        if (s.isEmpty() || p.isEmpty() || o.isEmpty()) {
            return Optional.empty();
        }
        String object = Values.summary(this, o.get()).orElseGet(() -> label(o.get()));
        return Optional.of((isA(n, SKG.C_INFERRED_STATEMENT) ? "Inferred: " : "Statement: ") + label(s.get()) + " "
                + label(p.get()) + " " + object);
    }

    /** A derivation by the rule that made it and the first of what it derived. */
    private Optional<String> derivationText(Node n) {
        Optional<Node> rule = object(n, SKG.RULE);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        List<Node> made = subjects(PROV.WAS_GENERATED_BY, n);
        return Optional.of("Derivation by the rule “" + label(rule.get()) + "”"
                + (made.isEmpty() ? "" : " of " + label(made.getFirst()) + (made.size() > 1 ? " …" : "")));
    }

    /** A node of a resource ({@code …#time-resolution}) without a label: its resource's name and its own. */
    private Optional<String> partName(Node n) {
        String iri = n.getURI();
        int hash = iri.indexOf('#');
        if (!iri.startsWith(Iris.ID) || hash < 0 || hash == iri.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(label(NodeFactory.createURI(Iris.ownerOf(iri))) + " › " + iri.substring(hash + 1).replace('-', ' '));
    }

    /** A quote, which has no label, is called by its words. */
    private Optional<String> quoteText(Node n) {
        for (Node selector : objects(n, OA.hasSelector.asNode())) {
            Optional<String> exact = literal(selector, OA.exact.asNode(), null);
            if (exact.isPresent()) {
                return Optional.of("“" + exact.get() + "”");
            }
        }
        return Optional.empty();
    }

    /** A readable name for an IRI with no label: its id, its fragment, or its last path segment. */
    public static String fallbackName(String iri) {
        if (iri.startsWith(Iris.ID)) {
            return iri.substring(Iris.ID.length());
        }
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /**
     * The text of a literal property in a language (null: prefer English, then untagged, then any), so
     * that a page reads in one language where the data allows.
     */
    public Optional<String> literal(Node s, Node p, String lang) {
        List<Node> values = objects(s, p).stream().filter(Node::isLiteral).toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (lang != null) {
            return values.stream().filter(v -> v.getLiteralLanguage().equalsIgnoreCase(lang)).findFirst()
                    .map(Node::getLiteralLexicalForm);
        }
        return values.stream().min(Comparator.comparingInt(Kg::languageRank).thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm);
    }

    /** English first, then untagged, then French, then the rest. */
    static int languageRank(Node literal) {
        String lang = literal.getLiteralLanguage();
        return switch (lang.toLowerCase(java.util.Locale.ROOT)) {
            case "en" -> 0;
            case "" -> 1;
            case "fr" -> 2;
            default -> 3;
        };
    }

    /** Literal values of a property, English first. */
    public List<Node> literals(Node s, Node p) {
        return objects(s, p).stream().filter(Node::isLiteral)
                .sorted(Comparator.comparingInt(Kg::languageRank).thenComparing(Node::getLiteralLanguage))
                .toList();
    }

    private static Node any(Node n) {
        return n == null ? Node.ANY : n;
    }
}
