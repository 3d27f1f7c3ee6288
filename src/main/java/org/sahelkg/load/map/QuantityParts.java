package org.sahelkg.load.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.sahelkg.load.Codes;
import org.sahelkg.model.QuantityRecord;
import org.sahelkg.vocab.SCHEMA;
import org.sahelkg.vocab.SKG;

/** Figures as schema.org quantitative values, with the comparator the source words them with. */
final class QuantityParts {
    private QuantityParts() {
    }

    /** Maps a figure to the node {@code <resource>#name} and returns it. */
    static Node map(Out out, Node resource, String name, QuantityRecord q) {
        Node v = Nodes.part(resource, name);
        out.add(v, RDF.Nodes.type, SCHEMA.C_QUANTITATIVE_VALUE);
        out.add(v, SCHEMA.VALUE, Nodes.decimal(q.value()));
        out.add(v, SCHEMA.UNIT_CODE, Nodes.string(Codes.UNIT_CODES.get(q.unit())));
        out.add(v, SCHEMA.UNIT_TEXT, Nodes.string(q.unit()));
        out.add(v, SKG.COMPARATOR, Codes.COMPARATORS.get(q.comparator() == null ? "exactly" : q.comparator()));
        out.addIf(v, RDFS.Nodes.comment, Nodes.english(q.note()));
        return v;
    }

    /** The figure in words for generated labels: {@code 1300 km}. */
    static String words(QuantityRecord q) {
        return q.value().toPlainString() + " " + q.unit();
    }
}
