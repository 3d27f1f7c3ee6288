package org.sahelkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.junit.jupiter.api.Test;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Names;
import org.sahelkg.load.Project;

/**
 * The loader folds every label into skg:searchKey in Java ({@link Names#fold}); the name-lookup queries fold the
 * user's input in SPARQL. Both must agree, or a search misses: this runs the queries' own folding expression over
 * every label and alias of the graph and over hard cases, and compares it with the Java fold.
 */
class NameFoldingTest {
    static final Path QUERIES = Project.at(Path.of(System.getProperty("sahelkg.home", "."))).queries();

    @Test
    void sparqlFoldingEqualsJavaFoldingOnEveryNameOfTheGraph() throws IOException {
        DatasetGraph dsg = GraphBuilder.build(Project.at(Path.of(System.getProperty("sahelkg.home", "."))));
        Graph union = new GraphUnionRead(dsg, List.of(NodeFactory.createURI(Iris.GRAPH_ONTOLOGY),
                NodeFactory.createURI(Iris.GRAPH_DATA), NodeFactory.createURI(Iris.GRAPH_SOURCES)));
        String query = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?name ?key WHERE {
                  { SELECT DISTINCT ?name WHERE { ?r rdfs:label|skos:prefLabel|skos:altLabel ?name } }
                """ + folding("find-entity.rq", "name") + "}";
        Map<String, String> mismatches = new LinkedHashMap<>();
        int[] n = {0};
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(DatasetGraphFactory.wrap(union)))
                .query(query).build()) {
            qe.execSelect().forEachRemaining(row -> {
                n[0]++;
                String name = row.getLiteral("name").getLexicalForm();
                String sparql = row.getLiteral("key").getLexicalForm();
                if (!sparql.equals(Names.fold(name))) {
                    mismatches.put(name, sparql + " ≠ " + Names.fold(name));
                }
            });
        }
        assertTrue(n[0] > 500, "expected hundreds of names, found " + n[0]);
        assertEquals(Map.of(), mismatches, "names folded differently in SPARQL and Java");
    }

    @Test
    void sparqlFoldingEqualsJavaFoldingOnHardCases() throws IOException {
        List<String> names = List.of("MAÏGA", "Akıncı", "AKINCI", "Türkiye", "Front de libération de l’Azawad",
                "Tinzawatène", "TIN ZAOUATINE", "Goïta", "João Lourenço", "Straße", "Łódź", "Œuvre", "Æsir", "Þór",
                "Şanlıurfa", "Ağrı", "Île-de-France", "الجزائر", "أزواد", "Côte d'Ivoire");
        StringBuilder values = new StringBuilder();
        names.forEach(s -> values.append(" \"").append(s.replace("\"", "\\\"")).append('"'));
        String query = "SELECT ?name ?key WHERE { VALUES ?name {" + values + " }\n"
                + folding("find-entity.rq", "name") + "}";
        List<String> mismatches = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.create()).query(query).build()) {
            qe.execSelect().forEachRemaining(row -> {
                String name = row.getLiteral("name").getLexicalForm();
                String sparql = row.getLiteral("key").getLexicalForm();
                if (!sparql.equals(Names.fold(name))) {
                    mismatches.add(name + ": " + sparql + " ≠ " + Names.fold(name));
                }
            });
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void everyNameLookupQueryFoldsTheSameWay() throws IOException {
        assertEquals(folding("find-entity.rq", "name"), folding("tin-zaouatine.rq", "spelling").replace("?spelling", "?name"));
    }

    /** The folding BINDs of a catalog query, from {@code BIND(LCASE(STR(?var))} to {@code AS ?key)}. */
    static String folding(String queryFile, String var) throws IOException {
        String text = Files.readString(QUERIES.resolve(queryFile));
        int start = text.indexOf("BIND(LCASE(STR(?" + var + "))");
        int end = text.indexOf("AS ?key)", start);
        assertTrue(start >= 0 && end > start, queryFile + " has no folding block for ?" + var);
        return text.substring(start, end + "AS ?key)".length()) + "\n";
    }
}
