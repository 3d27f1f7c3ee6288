package org.sahelkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.Project;

/**
 * Each violation query fires on a fixture built to break exactly its rule ({@code src/test/resources/checks/
 * <name>.trig}, rows expected in {@code expected-rows.txt}); {@link DataQualityTest} shows the real data
 * breaks none. Together they show no check passes by asserting nothing.
 */
class ChecksTest {
    static final Path FIXTURES = Path.of("src/test/resources/checks");

    static List<Path> checks() {
        return Validator.checks(Project.at(Path.of(System.getProperty("sahelkg.home", "."))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void checkFiresOnItsFixture(Path check) throws IOException {
        String name = check.getFileName().toString().replaceFirst("\\.rq$", "");
        Path fixture = FIXTURES.resolve(name + ".trig");
        assertTrue(Files.exists(fixture), "every check needs a fixture that breaks it: " + fixture);
        DatasetGraph fixtureData = RDFDataMgr.loadDatasetGraph(fixture.toString());
        Graph union = new GraphUnionRead(fixtureData, List.of(
                uri(Iris.GRAPH_ONTOLOGY), uri(Iris.GRAPH_DATA), uri(Iris.GRAPH_SOURCES), uri(Iris.GRAPH_INFERRED)));
        DatasetGraph view = DatasetGraphFactory.create(union);
        Node texts = uri(Iris.GRAPH_TEXTS);
        if (fixtureData.containsGraph(texts)) {
            view.addGraph(texts, fixtureData.getGraph(texts));
        }
        int rows;
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(view))
                .query(QueryFactory.read(check.toString())).build()) {
            rows = org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect());
        }
        assertEquals(expectedRows().get(name), rows, name + " on its fixture");
    }

    private static Map<String, Integer> expectedRows() throws IOException {
        return Files.readAllLines(FIXTURES.resolve("expected-rows.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.trim().split("\\s+"))
                .collect(Collectors.toMap(p -> p[0], p -> Integer.parseInt(p[1])));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
