package org.sahelkg.load.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.sahelkg.load.check.Registry;
import org.sahelkg.model.Edtf;
import org.sahelkg.model.RelationRecord;
import org.sahelkg.vocab.SKG;

/**
 * A fact stated twice, Wikidata-style: the plain triple that simple queries match, and a reified
 * assertion with the same subject, property and value that carries the time, qualifiers and quotes.
 */
final class RelationMapper implements RecordMapper<RelationRecord> {
    private final Registry registry;

    RelationMapper(Registry registry) {
        this.registry = registry;
    }

    @Override
    public void map(RelationRecord rel, Out out) {
        Node r = Nodes.id(rel.id());
        Node subject = Nodes.id(rel.subject());
        Node property = ValueParts.property(rel.property());
        Node value = ValueParts.value(out, r, "value", rel.object(), rel.quantity(), rel.date(), rel.text(), true);
        out.add(subject, property, value);
        out.add(r, RDF.Nodes.type, SKG.C_ASSERTION);
        out.add(r, RDF.Nodes.subject, subject);
        out.add(r, RDF.Nodes.predicate, property);
        out.add(r, RDF.Nodes.object, value);
        out.add(r, RDFS.Nodes.label, Nodes.english(label(rel, property)));
        if (rel.during() != null) {
            out.add(r, SKG.DURING, TimeParts.map(out, r, "during", Edtf.parse(rel.during())));
        }
        if (rel.validAt() != null) {
            out.add(r, SKG.VALID_AT, TimeParts.map(out, r, "valid-at", Edtf.parse(rel.validAt())));
        }
        ValueParts.qualifiers(out, r, rel.qualifiers());
        EvidenceParts.map(out, r, rel.evidence());
        NameParts.note(out, r, rel.note());
    }

    /** "Mali — member of — Alliance of Sahel States": relations have no curated label. */
    private String label(RelationRecord rel, Node property) {
        String propertyLabel = registry.englishLabel(property);
        String value;
        if (rel.object() != null) {
            value = registry.englishLabel(rel.object());
        } else if (rel.quantity() != null) {
            value = QuantityParts.words(rel.quantity());
        } else if (rel.date() != null) {
            value = rel.date();
        } else {
            value = rel.text().values().iterator().next();
        }
        return registry.englishLabel(rel.subject()) + " — " + (propertyLabel != null ? propertyLabel : rel.property())
                + " — " + value;
    }
}
