package org.sahelkg.load.map;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.sahelkg.iri.Iris;
import org.sahelkg.model.EvidenceRecord;
import org.sahelkg.vocab.PROV;
import org.sahelkg.vocab.SKG;

/**
 * Evidence as W3C Web Annotation: each quote is a node named by its source and span, with the exact text
 * and the code-point offsets, so the same span quoted by two records is one node.
 */
final class EvidenceParts {
    private EvidenceParts() {
    }

    /** Maps the quotes that support {@code resource}; returns the quote nodes. */
    static List<Node> map(Out out, Node resource, List<EvidenceRecord> evidence) {
        List<Node> quotes = new ArrayList<>();
        if (evidence == null) {
            return quotes;
        }
        for (EvidenceRecord e : evidence) {
            Node q = quote(out, e);
            Node source = Nodes.id(e.source());
            out.add(resource, SKG.EVIDENCE, q);
            // A source record quoting its own text is not derived from itself.
            if (!source.equals(resource)) {
                out.add(resource, PROV.WAS_DERIVED_FROM, source);
            }
            quotes.add(q);
        }
        return quotes;
    }

    private static Node quote(Out out, EvidenceRecord e) {
        int end = e.at() + e.quote().codePointCount(0, e.quote().length());
        Node q = Nodes.iri(Iris.quote(e.source(), e.at(), end));
        Node source = Nodes.id(e.source());
        Node exact = Nodes.part(q, "quote");
        Node position = Nodes.part(q, "position");
        out.add(q, RDF.Nodes.type, SKG.C_EVIDENCE_QUOTE);
        out.add(q, OA.hasSource.asNode(), source);
        out.add(q, PROV.WAS_QUOTED_FROM, source);
        out.add(q, OA.hasSelector.asNode(), exact);
        out.add(q, OA.hasSelector.asNode(), position);
        out.add(exact, RDF.Nodes.type, OA.TextQuoteSelector.asNode());
        out.add(exact, OA.exact.asNode(), Nodes.string(e.quote()));
        out.add(position, RDF.Nodes.type, OA.TextPositionSelector.asNode());
        out.add(position, OA.start.asNode(), Nodes.nonNegativeInteger(e.at()));
        out.add(position, OA.end.asNode(), Nodes.nonNegativeInteger(end));
        out.addIf(q, SKG.SPEAKER, Nodes.id(e.speaker()));
        out.addIf(q, SKG.REPORTED_VIA, Nodes.id(e.via()));
        out.addIf(q, RDFS.Nodes.comment, Nodes.english(e.note()));
        return q;
    }
}
