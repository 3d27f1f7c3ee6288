package org.sahelkg.load.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.sahelkg.model.ProposalRecord;
import org.sahelkg.vocab.SKG;

/** A de-escalation proposal: who proposes which facilitators and frameworks, to whom, between whom. */
final class ProposalMapper implements RecordMapper<ProposalRecord> {
    @Override
    public void map(ProposalRecord p, Out out) {
        Node r = Nodes.id(p.id());
        out.add(r, RDF.Nodes.type, SKG.C_PROPOSAL);
        NameParts.labels(out, r, p.label());
        NameParts.searchKeys(out, r, p.label().values());
        NameParts.description(out, r, p.description());
        NameParts.note(out, r, p.note());
        out.addEach(r, SKG.PROPOSED_BY, Nodes.ids(p.proposedBy()));
        out.addEach(r, SKG.ADDRESSED_TO, Nodes.ids(p.addressedTo()));
        out.addEach(r, SKG.PROPOSED_FACILITATOR, Nodes.ids(p.facilitators()));
        out.addEach(r, SKG.PROPOSED_FRAMEWORK, Nodes.ids(p.frameworks()));
        out.addEach(r, SKG.BETWEEN, Nodes.ids(p.between()));
        EvidenceParts.map(out, r, p.evidence());
    }
}
