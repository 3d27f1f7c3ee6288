package org.sahelkg.load.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.sahelkg.model.ClaimRecord;
import org.sahelkg.vocab.SEM;
import org.sahelkg.vocab.SKG;

/**
 * A claim as a SEM view: the reified statement, who claims it and the quotes that report it. The claimed
 * triple itself is never emitted: the graph does not assert what only a claimant says.
 */
final class ClaimMapper implements RecordMapper<ClaimRecord> {
    @Override
    public void map(ClaimRecord c, Out out) {
        Node r = Nodes.id(c.id());
        out.add(r, RDF.Nodes.type, SKG.C_CLAIM);
        NameParts.labels(out, r, c.label());
        NameParts.searchKeys(out, r, c.label().values());
        NameParts.note(out, r, c.note());
        out.addEach(r, SEM.ACCORDING_TO, Nodes.ids(c.claimant()));
        out.add(r, RDF.Nodes.subject, Nodes.id(c.subject()));
        out.add(r, RDF.Nodes.predicate, ValueParts.property(c.property()));
        out.add(r, RDF.Nodes.object, ValueParts.value(out, r, "value", c.object(), c.quantity(), c.date(), c.text(),
                false));
        ValueParts.qualifiers(out, r, c.qualifiers());
        if (c.aspect() != null) {
            out.add(r, SKG.ON_ASPECT, Nodes.id(c.aspect()));
        }
        EvidenceParts.map(out, r, c.evidence());
    }
}
