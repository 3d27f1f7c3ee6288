package org.sahelkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Project;

/**
 * The real {@code data/} against every quality gate: SHACL shapes, the violation queries, each quote found
 * verbatim in the source text whose SHA-256 matches its record, and the quoting policy that keeps the
 * project from copying the texts (short quotes, at most half of any text quoted).
 */
class DataQualityTest {
    /** Longest quote, in code points: evidence is a short span, never a passage. */
    static final int MAX_QUOTE = 120;
    /** Largest share of a source text that all quotes together may cover. */
    static final double MAX_COVERAGE = 0.5;

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
        assertEquals(List.of(), report.warnings(), "validation warnings");
    }

    @Test
    void everySourceTextMatchesItsRecord() throws IOException, NoSuchAlgorithmException {
        DatasetGraph dsg = GraphBuilder.build(project);
        String q = """
                PREFIX skg: <https://w3id.org/sahel-kg/ontology#>
                PREFIX spdx: <http://spdx.org/rdf/terms#>
                SELECT ?file ?sha WHERE { GRAPH ?g { ?s skg:fileName ?file ; spdx:checksum/spdx:checksumValue ?sha } }""";
        int n = 0;
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q).build()) {
            for (var rows = qe.execSelect(); rows.hasNext(); n++) {
                QuerySolution row = rows.next();
                Path text = project.texts().resolve(row.getLiteral("file").getLexicalForm());
                assertTrue(Files.isRegularFile(text), "missing source text " + text);
                String actual = HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(text)));
                assertEquals(row.getLiteral("sha").getLexicalForm(), actual, "SHA-256 of " + text);
            }
        }
        assertTrue(n >= 5, "expected the five source records, found " + n);
    }

    @Test
    void quotesAreShortAndCoverAtMostHalfOfEachText() {
        DatasetGraph dsg = GraphBuilder.build(project);
        String q = """
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX skg: <https://w3id.org/sahel-kg/ontology#>
                SELECT DISTINCT ?source ?start ?end ?length WHERE { GRAPH ?g {
                  ?quote a skg:EvidenceQuote ; oa:hasSource ?source ; oa:hasSelector ?p .
                  ?p oa:start ?start ; oa:end ?end } GRAPH ?h { ?source skg:characterCount ?length } }""";
        Map<String, BitSet> covered = new HashMap<>();
        Map<String, Integer> lengths = new HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q).build()) {
            qe.execSelect().forEachRemaining(row -> {
                String source = row.getResource("source").getURI();
                int start = row.getLiteral("start").getInt();
                int end = row.getLiteral("end").getInt();
                assertTrue(end - start <= MAX_QUOTE, "quote of " + (end - start) + " characters at " + source
                        + " " + start + ": at most " + MAX_QUOTE);
                covered.computeIfAbsent(source, s -> new BitSet()).set(start, end);
                lengths.put(source, row.getLiteral("length").getInt());
            });
        }
        assertEquals(5, covered.size(), "every source is quoted");
        covered.forEach((source, bits) -> {
            double share = (double) bits.cardinality() / lengths.get(source);
            assertTrue(share <= MAX_COVERAGE, String.format("quotes cover %.0f%% of %s; at most %.0f%%",
                    share * 100, Iris.idOf(source), MAX_COVERAGE * 100));
        });
        Node data = NodeFactory.createURI(Iris.GRAPH_DATA);
        assertTrue(dsg.getGraph(data).size() > 0);
    }
}
