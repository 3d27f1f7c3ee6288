package org.sahelkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelkg.iri.Iris;
import org.sahelkg.reason.KnowledgeGraph;
import org.sahelkg.load.Project;

/**
 * Every catalog query in {@code queries/} against the real graph, compared with the expected results beside it
 * ({@code queries/<name>.srj}, SPARQL 1.1 JSON results). A query with {@code ORDER BY} must return its rows in
 * the expected order. A {@code GROUP_CONCAT} column is compared as a set of items, since SPARQL leaves the order
 * inside a group open. An expected file with no row fails: a catalog query must show something.
 *
 * <p>After a deliberate change to the data or a query, regenerate with
 * {@code mvn -q test -Dtest=QueriesTest -Dsahelkg.updateExpected=true} and review the diff of the .srj files.
 */
class QueriesTest {
    static Project project;
    static DatasetGraph dataset;

    @BeforeAll
    static void build() {
        project = Project.at(Path.of(System.getProperty("sahelkg.home", ".")));
        DatasetGraph built = KnowledgeGraph.build(project);
        List<Node> graphs = List.of(uri(Iris.GRAPH_ONTOLOGY), uri(Iris.GRAPH_DATA), uri(Iris.GRAPH_SOURCES),
                uri(Iris.GRAPH_INFERRED));
        dataset = DatasetGraphFactory.create(new GraphUnionRead(built, graphs));
        graphs.forEach(g -> dataset.addGraph(g, built.getGraph(g)));
    }

    static List<CatalogQuery> queries() {
        return Catalog.load(Project.at(Path.of(System.getProperty("sahelkg.home", "."))).queries()).queries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answersAsExpected(CatalogQuery catalogQuery) throws IOException {
        assertFalse(catalogQuery.title().equals(catalogQuery.name()), "every query needs a # Title: line");
        assertFalse(catalogQuery.question().isBlank(), "every query needs a # Question: line");
        assertFalse(catalogQuery.returns().isBlank(), "every query needs a # Returns: line");
        Query query = Catalog.parseQuery(catalogQuery.text(), catalogQuery.name());
        ResultSetRewindable actual;
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            actual = ResultSetFactory.makeRewindable(qe.execSelect());
        }
        Path expectedFile = project.queries().resolve(catalogQuery.name() + ".srj");
        if (Boolean.getBoolean("sahelkg.updateExpected")) {
            try (OutputStream out = Files.newOutputStream(expectedFile)) {
                ResultSetFormatter.outputAsJSON(out, actual);
            }
            actual.reset();
        }
        assertTrue(Files.exists(expectedFile), "no expected results " + expectedFile);
        ResultSet expected;
        try (InputStream in = Files.newInputStream(expectedFile)) {
            expected = ResultSetFactory.makeRewindable(ResultSetFactory.fromJSON(in));
        }
        Map<String, String> separators = ConcatColumns.separators(catalogQuery.text());
        List<String> expectedRows = rows(expected, separators);
        List<String> actualRows = rows(actual, separators);
        assertFalse(expectedRows.isEmpty(), "the expected results of " + catalogQuery.name() + " have no row");
        assertEquals(expected.getResultVars(), actual.getResultVars(), "columns");
        if (!query.hasOrderBy()) {
            expectedRows.sort(null);
            actualRows.sort(null);
        }
        if (!expectedRows.equals(actualRows)) {
            fail(difference(catalogQuery.name(), expectedRows, actualRows));
        }
    }

    /** Each row as one comparable line: variable=term pairs, aggregated lists sorted. */
    private static List<String> rows(ResultSet results, Map<String, String> separators) {
        List<String> out = new ArrayList<>();
        List<String> vars = results.getResultVars();
        while (results.hasNext()) {
            Binding b = results.nextBinding();
            out.add(vars.stream().map(v -> v + "=" + cell(b.get(Var.alloc(v)), separators.get(v)))
                    .collect(Collectors.joining("  ")));
        }
        return out;
    }

    private static String cell(Node node, String separator) {
        if (node == null) {
            return "-";
        }
        if (separator != null && node.isLiteral() && !separator.isEmpty()) {
            String[] items = node.getLiteralLexicalForm().split(Pattern.quote(separator), -1);
            Arrays.sort(items);
            return "{" + String.join(separator, items) + "}";
        }
        return FmtUtils.stringForNode(node);
    }

    private static String difference(String name, List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        StringBuilder sb = new StringBuilder(name + ": results differ from " + name + ".srj");
        if (missing.isEmpty() && extra.isEmpty()) {
            sb.append(" in their order");
        }
        missing.forEach(r -> sb.append("\n  missing: ").append(r));
        extra.forEach(r -> sb.append("\n  unexpected: ").append(r));
        return sb.append(text.toString(StandardCharsets.UTF_8)).toString();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
