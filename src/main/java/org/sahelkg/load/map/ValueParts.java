package org.sahelkg.load.map;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.sahelkg.load.check.Curies;
import org.sahelkg.model.Edtf;
import org.sahelkg.model.EdtfValue;
import org.sahelkg.model.QualifierRecord;
import org.sahelkg.model.QuantityRecord;

/** The value of a claim, relation or qualifier: a resource, a figure, a time or a text. */
final class ValueParts {
    private ValueParts() {
    }

    /**
     * The node of a value, with what it needs mapped under {@code <resource>#name}.
     *
     * @param dateAsLiteral a single day, month or year becomes a literal instead of a time node
     */
    static Node value(Out out, Node r, String name, String object, QuantityRecord quantity, String date,
                      Map<String, String> text, boolean dateAsLiteral) {
        if (object != null) {
            return Nodes.id(object);
        }
        if (quantity != null) {
            return QuantityParts.map(out, r, name, quantity);
        }
        if (date != null) {
            EdtfValue v = Edtf.parse(date);
            Node literal = dateAsLiteral ? TimeParts.literal(v) : null;
            return literal != null ? literal : TimeParts.map(out, r, name, v);
        }
        Map.Entry<String, String> entry = text.entrySet().iterator().next();
        return Nodes.lang(entry.getValue(), entry.getKey());
    }

    /** Each qualifier as a direct property of the claim or assertion. */
    static void qualifiers(Out out, Node r, List<QualifierRecord> qualifiers) {
        if (qualifiers == null) {
            return;
        }
        for (int i = 0; i < qualifiers.size(); i++) {
            QualifierRecord q = qualifiers.get(i);
            out.add(r, property(q.property()), value(out, r, "qualifier-" + (i + 1), q.object(), q.quantity(),
                    q.date(), q.text(), false));
        }
    }

    static Node property(String curie) {
        return Nodes.iri(Curies.expand(curie));
    }
}
