package org.sahelkg.reason;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.sahelkg.iri.Iris;

/**
 * Says in plain words what the rules inferred about a resource and why: for each inferred statement or derived
 * resource (a claim, a bilateral state, an escalation step, a disagreement), the rule that derived it, what the
 * rule derives and why that is sound, and each premise with where it comes from (asserted with its sources,
 * claimed by whom, or itself inferred, by which rule).
 */
public final class Explainer {
    private static final String PREFIXES = """
            PREFIX skg:  <https://w3id.org/sahel-kg/ontology#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX sem:  <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

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
    /** The union view of {@link #dataset}, made inside the read transaction of each explanation. */
    private DatasetGraph view;

    /** Explains from {@code dataset}, which holds the four named graphs (a store or an in-memory build). */
    public Explainer(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The explanation of everything inferred about {@code resource} (an IRI or an id such as country/niger). */
    public String explain(String resource) {
        String iri = Iris.isId(resource) ? Iris.of(resource) : resource;
        return Txn.calculateRead(dataset, () -> {
            view = Reasoner.unionView(dataset);
            return explainIri(iri);
        });
    }

    private String explainIri(String iri) {
        StringBuilder out = new StringBuilder();
        out.append("What the rules infer about ").append(name(NodeFactory.createURI(iri))).append('\n');
        ParameterizedSparqlString q = new ParameterizedSparqlString(DERIVED);
        q.setIri("r", iri);
        Map<Node, List<QuerySolution>> byItem = new LinkedHashMap<>();
        select(q.toString()).forEach(row -> byItem.computeIfAbsent(row.get("item").asNode(), k -> new ArrayList<>()).add(row));
        if (byItem.isEmpty()) {
            return out.append("\nNothing: no rule derived anything about it.\n").toString();
        }
        int n = 0;
        Map<Node, Integer> rules = new LinkedHashMap<>();
        for (Map.Entry<Node, List<QuerySolution>> entry : byItem.entrySet()) {
            out.append('\n').append(++n).append(". ").append(describeDerived(entry.getKey())).append('\n');
            for (QuerySolution row : entry.getValue()) {
                Node rule = row.get("rule").asNode();
                int number = rules.computeIfAbsent(rule, r -> rules.size() + 1);
                out.append("   by rule ").append(number).append(" «").append(literal(rule, "rdfs:label"))
                        .append("», from:\n");
                ParameterizedSparqlString p = new ParameterizedSparqlString(PREMISES);
                p.setParam("derivation", row.get("derivation").asNode());
                for (QuerySolution premise : select(p.toString())) {
                    out.append("     - ").append(describePremise(premise.get("premise").asNode())).append('\n');
                }
            }
        }
        out.append("\nThe rules:\n");
        rules.forEach((rule, number) -> out.append('\n').append(number).append(". ").append(literal(rule, "rdfs:label"))
                .append(" (").append(literal(rule, "skg:ruleFile")).append(")\n")
                .append("   derives: ").append(literal(rule, "rdfs:comment")).append('\n')
                .append("   sound because: ").append(literal(rule, "skg:soundness")).append('\n'));
        return out.toString();
    }

    /** An inferred statement as "subject predicate object", or a derived resource by its label. */
    private String describeDerived(Node item) {
        if (has(item, "a skg:InferredStatement")) {
            String lag = literal(item, "skg:lagDays");
            String min = literal(item, "skg:lagDaysMin");
            String max = literal(item, "skg:lagDaysMax");
            String lags = !lag.isEmpty() ? " (lag " + lag + " days)"
                    : !min.isEmpty() ? " (lag " + min + " to " + max + " days)" : "";
            return triple(item) + lags;
        }
        String label = literal(item, "rdfs:label");
        String claimedBy = claimants(item);
        return (label.isEmpty() ? name(item) : label) + (claimedBy.isEmpty() ? "" : " — still only a claim, by "
                + claimedBy);
    }

    private String describePremise(Node premise) {
        if (has(premise, "a skg:Assertion") || (has(premise, "rdf:subject ?x") && !has(premise, "a skg:Claim"))) {
            String where = statementOrigin(premise);
            return triple(premise) + " (" + where + ")";
        }
        String label = literal(premise, "rdfs:label");
        String claimedBy = claimants(premise);
        String sources = sources(premise);
        return (label.isEmpty() ? name(premise) : label) + " [" + Iris.idOf(premise.getURI()) + "]"
                + (claimedBy.isEmpty() ? "" : ", claimed by " + claimedBy)
                + (sources.isEmpty() ? "" : ", sources " + sources);
    }

    /** Whether a premise triple is asserted (with the sources of its assertion) or inferred (by which rule). */
    private String statementOrigin(Node statement) {
        String check = PREFIXES + """
                SELECT ?inData ?sources ?rules WHERE {
                  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                  BIND(EXISTS { GRAPH <https://w3id.org/sahel-kg/graph/data> { ?s ?p ?o } }
                       || EXISTS { GRAPH <https://w3id.org/sahel-kg/graph/sources> { ?s ?p ?o } } AS ?inData)
                  OPTIONAL { SELECT ?s ?p ?o (GROUP_CONCAT(DISTINCT ?sid; separator=" ") AS ?sources) WHERE {
                      ?a a skg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                         prov:wasDerivedFrom/dcterms:identifier ?sid } GROUP BY ?s ?p ?o }
                  OPTIONAL { SELECT ?s ?p ?o (GROUP_CONCAT(DISTINCT ?rl; separator=", ") AS ?rules) WHERE {
                      ?inf a skg:InferredStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                           prov:wasGeneratedBy/skg:rule/rdfs:label ?rl } GROUP BY ?s ?p ?o }
                }""";
        ParameterizedSparqlString q = new ParameterizedSparqlString(check);
        q.setParam("st", statement);
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

    private String triple(Node statement) {
        String q = PREFIXES + "SELECT ?s ?p ?o WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }";
        ParameterizedSparqlString pq = new ParameterizedSparqlString(q);
        pq.setParam("st", statement);
        List<QuerySolution> rows = select(pq.toString());
        if (rows.isEmpty()) {
            return name(statement);
        }
        QuerySolution r = rows.get(0);
        return name(r.get("s").asNode()) + " — " + name(r.get("p").asNode()) + " — " + name(r.get("o").asNode());
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
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(view)).query(q.toString()).build()) {
            return qe.execAsk();
        }
    }

    private List<QuerySolution> select(String query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(view)).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
