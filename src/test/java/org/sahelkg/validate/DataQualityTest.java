package org.sahelkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Project;
import org.sahelkg.vocab.SKG;

/**
 * The real {@code data/} against every quality gate, through {@link Validator} alone: the SHACL shapes, the
 * violation queries (each quote found verbatim in a text that matches its record, every source quoted) and
 * the policies of {@link org.sahelkg.model.Policy} that the loader checks (short quotes, at most half of any
 * text quoted). Nothing here re-states a policy: a failure is one {@code validate} prints too.
 */
class DataQualityTest {
    static Project project;

    @BeforeAll
    static void project() {
        project = Project.at(Path.of(System.getProperty("sahelkg.home", ".")));
        assertTrue(project.hasTexts(), "the source texts must be at " + project.texts()
                + " (set -Dsahelkg.texts=DIR): quotes are checked against them");
    }

    @Test
    void dataConformsToShapesAndChecks() {
        ValidationReport report = Validator.validate(project);
        assertEquals(List.of(), report.problems(), "validation problems");
        assertEquals(List.of(), report.warnings(), "validation warnings (a missing text leaves its quotes unchecked)");
    }

    @Test
    void everySeedRecordIsASourceOfTheGraph() throws IOException {
        long records;
        try (Stream<Path> seeds = Files.list(project.seeds())) {
            records = seeds.filter(p -> p.getFileName().toString().endsWith(".json")).count();
        }
        DatasetGraph dsg = GraphBuilder.build(project);
        Node sources = NodeFactory.createURI(Iris.GRAPH_SOURCES);
        long inGraph = dsg.getGraph(sources).stream(Node.ANY, RDF.Nodes.type, SKG.C_SOURCE).count();
        assertTrue(records > 0, "no source records in " + project.seeds());
        assertEquals(records, inGraph, "sources in the graph, one per seeds/*.json record");
    }
}
