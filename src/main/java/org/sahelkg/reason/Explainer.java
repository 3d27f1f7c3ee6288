package org.sahelkg.reason;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.sahelkg.iri.Graphs;
import org.sahelkg.iri.Iris;
import org.sahelkg.sparql.Deadline;
import org.sahelkg.vocab.Prefixes;

/**
 * Says in plain words what the rules inferred about a resource and why: for each inferred statement or derived
 * resource (a claim, a bilateral state, an escalation step, a disagreement), the rule that derived it, what the
 * rule derives and why that is sound, and each premise with where it comes from (asserted with its sources,
 * claimed by whom, or itself inferred, by which rule).
 */
public final class Explainer {
    private static final String PREFIXES = Prefixes.sparql();

    /** Inferred statements whose subject is the resource, and derived resources that mention it. */
    private static final String DERIVED = PREFIXES + """
            SELECT DISTINCT ?item ?derivation ?rule WHERE {
              {
                ?item a skg:InferredStatement ; rdf:subject ?r ; prov:wasGeneratedBy ?derivation .
              } UNION {
                ?item prov:wasGeneratedBy ?derivation ; ?link ?r .
                FILTER NOT EXISTS { ?item a skg:InferredStatement }
                VALUES ?link { rdf:subject rdf:object skg:holder skg:counterpart skg:actor skg:about
                               skg:disagreeingClaim skg:causedBy }
              } UNION {
                BIND(?r AS ?item) ?r prov:wasGeneratedBy ?derivation .
              }
              ?derivation skg:rule ?rule .
            }
            ORDER BY ?rule ?item ?derivation
            """;

    private static final String PREMISES = PREFIXES + """
            SELECT ?premise WHERE { ?derivation skg:premise ?premise } ORDER BY ?premise
            """;

    private final DatasetGraph dataset;
    private final Deadline deadline;
    /** The union view of {@link #dataset}, made inside the read transaction of each explanation. */
    private DatasetGraph view;

    /** Explains from {@code dataset}, which holds the four named graphs (a store or an in-memory build). */
    public Explainer(DatasetGraph dataset) {
        this(dataset, Deadline.NONE);
    }

    /**
     * Explains within {@code deadline}: each of the explanation's queries runs for at most what is left of it, and
     * past it the explanation throws {@link org.apache.jena.query.QueryCancelledException} (a page's 503).
     */
    public Explainer(DatasetGraph dataset, Deadline deadline) {
        this.dataset = dataset;
        this.deadline = deadline;
    }

    /** The explanation of everything inferred about {@code resource}, in plain words (as {@code reason --explain}). */
    public String explain(String resource) {
        return ExplanationText.render(explanation(resource));
    }

    /** The explanation of everything inferred about {@code resource} (an IRI or an id such as country/niger). */
    public Explanation explanation(String resource) {
        String iri = Iris.resolve(resource);
        if (dataset.isInTransaction()) {
            view = Graphs.unionView(dataset);
            return explainIri(iri);
        }
        return Txn.calculateRead(dataset, () -> {
            view = Graphs.unionView(dataset);
            return explainIri(iri);
        });
    }

    private Explanation explainIri(String iri) {
        Node resource = NodeFactory.createURI(iri);
        ParameterizedSparqlString q = new ParameterizedSparqlString(DERIVED);
        q.setIri("r", iri);
        Map<Node, List<QuerySolution>> byItem = new LinkedHashMap<>();
        select(q.toString()).forEach(row -> byItem.computeIfAbsent(row.get("item").asNode(), k -> new ArrayList<>()).add(row));
        Map<Node, Explanation.Rule> rules = new LinkedHashMap<>();
        List<Explanation.Item> items = new ArrayList<>();
        for (Map.Entry<Node, List<QuerySolution>> entry : byItem.entrySet()) {
            List<Explanation.Firing> firings = new ArrayList<>();
            for (QuerySolution row : entry.getValue()) {
                Node ruleNode = row.get("rule").asNode();
                Explanation.Rule rule = rules.computeIfAbsent(ruleNode, r -> new Explanation.Rule(r, rules.size() + 1,
                        literal(r, "rdfs:label"), literal(r, "skg:ruleFile"), literal(r, "rdfs:comment"),
                        literal(r, "skg:soundness")));
                ParameterizedSparqlString p = new ParameterizedSparqlString(PREMISES);
                Node derivation = row.get("derivation").asNode();
                p.setParam("derivation", derivation);
                List<Explanation.Premise> premises = new ArrayList<>();
                for (QuerySolution premise : select(p.toString())) {
                    premises.add(premise(premise.get("premise").asNode()));
                }
                firings.add(new Explanation.Firing(rule, derivation, premises));
            }
            items.add(item(entry.getKey(), firings));
        }
        return new Explanation(resource, name(resource), items, new ArrayList<>(rules.values()));
    }

    /** An inferred statement with its triple, or a derived resource by its label. */
    private Explanation.Item item(Node item, List<Explanation.Firing> firings) {
        if (has(item, "a skg:InferredStatement")) {
            String lag = literal(item, "skg:lagDays");
            String min = literal(item, "skg:lagDaysMin");
            String max = literal(item, "skg:lagDaysMax");
            String lags = !lag.isEmpty() ? " (lag " + lag + " days)"
                    : !min.isEmpty() ? " (lag " + min + " to " + max + " days)" : "";
            return new Explanation.Item(item, true, triple(item), lags, name(item), "", firings);
        }
        String label = literal(item, "rdfs:label");
        return new Explanation.Item(item, false, null, "", label.isEmpty() ? name(item) : label, claimants(item), firings);
    }

    private Explanation.Premise premise(Node premise) {
        if (has(premise, "a skg:Assertion") || (has(premise, "rdf:subject ?x") && !has(premise, "a skg:Claim"))) {
            return new Explanation.Premise(premise, true, triple(premise), statementOrigin(premise), name(premise),
                    idOf(premise), "", "");
        }
        String label = literal(premise, "rdfs:label");
        return new Explanation.Premise(premise, false, null, "", label.isEmpty() ? name(premise) : label,
                idOf(premise), claimants(premise), sources(premise));
    }

    private static String idOf(Node node) {
        return node.isURI() ? Iris.idOf(node.getURI()) : null;
    }

    private String statementOrigin(Node statement) {
        String check = PREFIXES + """
                SELECT ?inData ?sources ?rules WHERE {
                  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                  BIND(EXISTS { GRAPH ?dataGraph { ?s ?p ?o } }
                       || EXISTS { GRAPH ?sourcesGraph { ?s ?p ?o } } AS ?inData)
                  OPTIONAL { SELECT ?s ?p ?o (GROUP_CONCAT(DISTINCT ?sid; separator=" ") AS ?sources) WHERE {
                      ?a a skg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                         prov:wasDerivedFrom/dcterms:identifier ?sid } GROUP BY ?s ?p ?o }
                  OPTIONAL { SELECT ?s ?p ?o (GROUP_CONCAT(DISTINCT ?rl; separator=", ") AS ?rules) WHERE {
                      ?inf a skg:InferredStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                           prov:wasGeneratedBy/skg:rule/rdfs:label ?rl } GROUP BY ?s ?p ?o }
                }""";
        ParameterizedSparqlString q = new ParameterizedSparqlString(check);
        q.setParam("st", statement);
        q.setParam("dataGraph", Graphs.DATA);
        q.setParam("sourcesGraph", Graphs.SOURCES);
        List<QuerySolution> rows = select(q.toString());
        if (rows.isEmpty()) {
            return "unknown";
        }
        QuerySolution row = rows.get(0);
        List<String> parts = new ArrayList<>();
        if (row.contains("inData") && row.getLiteral("inData").getBoolean()) {
            parts.add("asserted" + (row.contains("sources") && !row.getLiteral("sources").getString().isEmpty()
                    ? ", sources " + row.getLiteral("sources").getString() : ""));
        }
        if (row.contains("rules") && !row.getLiteral("rules").getString().isEmpty()) {
            parts.add("inferred by «" + row.getLiteral("rules").getString() + "»");
        }
        return parts.isEmpty() ? "unknown" : String.join("; ", parts);
    }

    private Explanation.Triple triple(Node statement) {
        String q = PREFIXES + "SELECT ?s ?p ?o WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }";
        ParameterizedSparqlString pq = new ParameterizedSparqlString(q);
        pq.setParam("st", statement);
        List<QuerySolution> rows = select(pq.toString());
        if (rows.isEmpty()) {
            return null;
        }
        QuerySolution r = rows.get(0);
        return new Explanation.Triple(named(r.get("s").asNode()), named(r.get("p").asNode()), named(r.get("o").asNode()));
    }

    private Explanation.Named named(Node node) {
        return new Explanation.Named(node, name(node));
    }

    private String claimants(Node resource) {
        if (!has(resource, "a skg:Claim")) {
            return "";
        }
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES
                + "SELECT ?who WHERE { ?r sem:accordingTo ?who } ORDER BY ?who");
        q.setParam("r", resource);
        return select(q.toString()).stream().map(row -> name(row.get("who").asNode())).collect(Collectors.joining(", "));
    }

    private String sources(Node resource) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES
                + "SELECT DISTINCT ?id WHERE { ?r prov:wasDerivedFrom/dcterms:identifier ?id } ORDER BY ?id");
        q.setParam("r", resource);
        return select(q.toString()).stream().map(row -> row.getLiteral("id").getString()).collect(Collectors.joining(" "));
    }

    /** A resource's English label with its id, a term's label, or a literal's text. */
    private String name(Node node) {
        if (node.isLiteral()) {
            return "\"" + node.getLiteralLexicalForm() + "\"";
        }
        if (!node.isURI()) {
            return node.toString();
        }
        String label = literal(node, "rdfs:label");
        String id = Iris.idOf(node.getURI());
        if (label.isEmpty()) {
            return id != null ? id : "<" + node.getURI() + ">";
        }
        return id != null ? label + " (" + id + ")" : label;
    }

    private String literal(Node node, String property) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES
                + "SELECT ?v WHERE { ?r " + property + " ?v } ORDER BY DESC(LANG(?v) = \"en\") ?v LIMIT 1");
        q.setParam("r", node);
        List<QuerySolution> rows = select(q.toString());
        if (rows.isEmpty()) {
            return "";
        }
        RDFNode v = rows.get(0).get("v");
        return v.isLiteral() ? v.asLiteral().getLexicalForm() : v.toString();
    }

    private boolean has(Node node, String pattern) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + "ASK { ?r " + pattern + " }");
        q.setParam("r", node);
        try (QueryExecution qe = execution(q.toString())) {
            return qe.execAsk();
        }
    }

    private List<QuerySolution> select(String query) {
        try (QueryExecution qe = execution(query)) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    /** One of the explanation's queries, with what is left of the deadline as its timeout. */
    private QueryExecution execution(String query) {
        return QueryExecution.dataset(DatasetFactory.wrap(view)).query(query)
                .timeout(deadline.remainingMillis(), TimeUnit.MILLISECONDS).build();
    }
}
