package org.sahelkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Project;

/**
 * The Java term constants are checked against {@code ontology/}: every constant names a term the ontology
 * declares (so a typo in Java cannot mint a term nobody defined), and every class and property the ontology
 * defines has an English and a French label and an English comment ending with a period (schema.org's rule).
 */
class VocabularyTest {
    static Graph ontology;

    @BeforeAll
    static void load() {
        ontology = GraphBuilder.build(Project.at(Path.of(System.getProperty("sahelkg.home", "."))))
                .getGraph(NodeFactory.createURI(Iris.GRAPH_ONTOLOGY));
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        List<String> undeclared = new ArrayList<>();
        int n = 0;
        for (Class<?> vocabulary : List.of(SKG.class, SEM.class, ORG.class, OA.class, PROV.class, TIME.class,
                GEO.class, WGS84.class, SCHEMA.class, SPDX.class, FOAF.class)) {
            for (Field f : vocabulary.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                    n++;
                    Node term = (Node) f.get(null);
                    if (!ontology.contains(term, RDF.Nodes.type, Node.ANY)) {
                        undeclared.add(vocabulary.getSimpleName() + "." + f.getName() + " " + term.getURI());
                    }
                }
            }
        }
        assertTrue(n > 150, "expected the vocabulary constants, found " + n);
        assertEquals(List.of(), undeclared, "constants the ontology does not declare");
    }

    @Test
    void everyOwnTermHasLabelsAndAComment() {
        String query = """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?term ?problem WHERE {
                  VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty owl:NamedIndividual }
                  ?term a ?kind .
                  FILTER(STRSTARTS(STR(?term), "https://w3id.org/sahel-kg/ontology#"))
                  { FILTER NOT EXISTS { ?term rdfs:label ?l FILTER(LANG(?l) = "en") } BIND("no English label" AS ?problem) }
                  UNION { FILTER NOT EXISTS { ?term rdfs:label ?l FILTER(LANG(?l) = "fr") } BIND("no French label" AS ?problem) }
                  UNION { FILTER NOT EXISTS { ?term rdfs:comment ?c FILTER(LANG(?c) = "en") } BIND("no English comment" AS ?problem) }
                  UNION { ?term rdfs:comment ?c FILTER(LANG(?c) = "en" && !STRENDS(STR(?c), ".")) BIND("comment does not end with a period" AS ?problem) }
                }""";
        List<String> problems = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(DatasetGraphFactory.wrap(ontology)))
                .query(query).build()) {
            qe.execSelect().forEachRemaining(r -> problems.add(r.getResource("term").getURI() + ": "
                    + r.getLiteral("problem").getString()));
        }
        assertEquals(List.of(), problems);
    }
}
