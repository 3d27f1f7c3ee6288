package org.sahelkg.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.sahelkg.iri.Iris;
import org.sahelkg.vocab.Prefixes;

/** The SELECT queries ingest asks of a project's graph, with every prefix of the project declared. */
final class Sparql {
    private Sparql() {
    }

    /** The solutions of {@code query} (written with the project's prefixes) over {@code graph}. */
    static List<QuerySolution> select(Graph graph, String query) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(graph))
                .query(Prefixes.sparql() + query).build()) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }

    /** The id of the IRI bound to {@code var} ({@code country/mali}), or the IRI itself when the graph did not mint it. */
    static String id(QuerySolution s, String var) {
        String uri = s.getResource(var).getURI();
        String id = Iris.idOf(uri);
        return id == null ? uri : id;
    }
}
