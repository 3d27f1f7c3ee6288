package org.sahelkg.load.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.sahelkg.load.check.SourceCoverage;
import org.sahelkg.model.OutOfScopeRecord;
import org.sahelkg.vocab.SKG;

/**
 * A source's sentence coverage and its out-of-scope spans, into the sources graph: each sentence by its offsets
 * only (the texts are not in the graph), its status, the quotes that cite it, the counts the pages show, and whose
 * words each quote gives (skg:wording, read from the text's quotation marks).
 */
public final class CoverageParts {
    private CoverageParts() {
    }

    /** The out-of-scope spans a source record marks (mapped with the record, whether or not the texts are read). */
    static void outOfScope(Out out, Node source, java.util.List<OutOfScopeRecord> spans) {
        if (spans == null) {
            return;
        }
        for (OutOfScopeRecord span : spans) {
            Node n = Nodes.part(source, "out-of-scope-" + span.at() + "-" + span.end());
            out.add(source, SKG.OUT_OF_SCOPE_SPAN, n);
            out.add(n, RDF.Nodes.type, SKG.C_OUT_OF_SCOPE_SPAN);
            out.add(n, OA.start.asNode(), Nodes.nonNegativeInteger(span.at()));
            out.add(n, OA.end.asNode(), Nodes.nonNegativeInteger(span.end()));
            out.add(n, SKG.SPAN_KIND, Nodes.string(span.kind()));
            out.add(n, SKG.STATUS_REASON, Nodes.string(span.reason()));
        }
    }

    /** The sentences of one source text and their counts. */
    public static void map(SourceCoverage coverage, Out out) {
        Node source = Nodes.id(coverage.source());
        for (SourceCoverage.Sentence s : coverage.sentences()) {
            Node n = Nodes.part(source, "sentence-" + s.start() + "-" + s.end());
            out.add(source, SKG.SENTENCE, n);
            out.add(n, RDF.Nodes.type, SKG.C_SENTENCE);
            out.add(n, OA.start.asNode(), Nodes.nonNegativeInteger(s.start()));
            out.add(n, OA.end.asNode(), Nodes.nonNegativeInteger(s.end()));
            out.add(n, SKG.COVERAGE_STATUS, status(s.status()));
            s.quotes().forEach(q -> out.add(n, SKG.CITED_BY, Nodes.iri(q)));
            out.addIf(n, SKG.STATUS_REASON, Nodes.string(s.reason()));
        }
        coverage.wording().forEach((q, w) -> out.add(Nodes.iri(q), SKG.WORDING, switch (w) {
            case QUOTED -> SKG.QUOTED_WORDS;
            case PARTLY_QUOTED -> SKG.PARTLY_QUOTED_WORDS;
            case SOURCE -> SKG.SOURCE_WORDS;
        }));
        out.add(source, SKG.SENTENCE_COUNT, Nodes.integer(coverage.sentences().size()));
        out.add(source, SKG.IN_SCOPE_SENTENCE_COUNT, Nodes.integer(coverage.inScope()));
        out.add(source, SKG.CITED_SENTENCE_COUNT, Nodes.integer(coverage.count(SourceCoverage.Status.CITED)));
        out.add(source, SKG.UNCITED_SENTENCE_COUNT, Nodes.integer(coverage.count(SourceCoverage.Status.UNCITED)));
        out.add(source, SKG.SENTENCE_COVERAGE,
                Nodes.decimal(BigDecimal.valueOf(coverage.share()).setScale(3, RoundingMode.HALF_EVEN)));
    }

    private static Node status(SourceCoverage.Status status) {
        return switch (status) {
            case CITED -> SKG.CITED;
            case UNCITED -> SKG.UNCITED;
            case OUT_OF_SCOPE -> SKG.OUT_OF_SCOPE;
            case NO_FACT -> SKG.NO_FACT;
        };
    }
}
