package org.sahelkg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.sahelkg.iri.Graphs;
import org.sahelkg.vocab.SKG;

/**
 * The sentence coverage of each source, as the graph records it ({@code skg:sentence}, {@code skg:coverageStatus},
 * {@code skg:citedBy}): what {@code coverage} prints, the same figures the pages show.
 */
public final class CoverageReport {
    private CoverageReport() {
    }

    /**
     * One sentence as the graph records it.
     *
     * @param start      code-point offset of its first character
     * @param end        offset just after its last character
     * @param status     {@code cited}, {@code uncited}, {@code out-of-scope} or {@code no-fact}
     * @param quotes     the quotes that cite it, each with the statements that cite the quote
     * @param reason     why it is out of scope or carries no fact (else null)
     */
    public record Sentence(int start, int end, String status, Map<String, List<String>> quotes, String reason) {
    }

    /**
     * One source's coverage.
     *
     * @param source    its id, such as {@code source/002}
     * @param file      its text's file name
     * @param sentences its sentences in order of their offsets
     */
    public record Source(String source, String file, List<Sentence> sentences) {
        /** How many sentences have {@code status}. */
        public int count(String status) {
            return (int) sentences.stream().filter(s -> s.status().equals(status)).count();
        }

        /** The sentences of the article: all but the out-of-scope ones. */
        public int inScope() {
            return sentences.size() - count(OUT_OF_SCOPE);
        }

        /** The cited share, in per cent, of the article's sentences that carry a fact (100 when none does). */
        public double percent() {
            int cited = count(CITED);
            int withFacts = cited + count(UNCITED);
            return withFacts == 0 ? 100.0 : 100.0 * cited / withFacts;
        }
    }

    public static final String CITED = "cited";
    public static final String UNCITED = "uncited";
    public static final String OUT_OF_SCOPE = "out-of-scope";
    public static final String NO_FACT = "no-fact";

    /** The coverage of every source of {@code dataset} that has its sentences recorded, by source id. */
    public static List<Source> of(DatasetGraph dataset) {
        Graph sources = dataset.getGraph(Graphs.SOURCES);
        Graph union = Graphs.union(dataset);
        Map<String, Source> bySource = new TreeMap<>();
        sources.find(Node.ANY, RDF.Nodes.type, SKG.C_SOURCE).forEachRemaining(t -> {
            Node source = t.getSubject();
            List<Sentence> sentences = new ArrayList<>();
            sources.find(source, SKG.SENTENCE, Node.ANY).forEachRemaining(st -> sentences.add(sentence(sources, union,
                    st.getObject())));
            if (sentences.isEmpty()) {
                return;
            }
            sentences.sort((a, b) -> Integer.compare(a.start(), b.start()));
            String id = source.getURI().substring(org.sahelkg.iri.Iris.ID.length());
            String file = literal(sources, source, SKG.FILE_NAME);
            bySource.put(id, new Source(id, file, List.copyOf(sentences)));
        });
        return List.copyOf(bySource.values());
    }

    private static Sentence sentence(Graph sources, Graph union, Node n) {
        int start = Integer.parseInt(literal(sources, n, OA.start.asNode()));
        int end = Integer.parseInt(literal(sources, n, OA.end.asNode()));
        Node status = sources.find(n, SKG.COVERAGE_STATUS, Node.ANY).next().getObject();
        Map<String, List<String>> quotes = new TreeMap<>();
        sources.find(n, SKG.CITED_BY, Node.ANY).forEachRemaining(q -> {
            TreeSet<String> statements = new TreeSet<>();
            union.find(Node.ANY, SKG.EVIDENCE, q.getObject()).mapWith(Triple::getSubject)
                    .forEachRemaining(s -> statements.add(s.isURI() ? s.getURI() : s.toString()));
            quotes.put(q.getObject().getURI(), List.copyOf(statements));
        });
        return new Sentence(start, end, statusName(status), quotes, literal(sources, n, SKG.STATUS_REASON));
    }

    private static String statusName(Node status) {
        if (status.equals(SKG.CITED)) {
            return CITED;
        }
        if (status.equals(SKG.UNCITED)) {
            return UNCITED;
        }
        if (status.equals(SKG.OUT_OF_SCOPE)) {
            return OUT_OF_SCOPE;
        }
        return NO_FACT;
    }

    private static String literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
