package org.sahelkg.load.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.ORG;
import org.sahelkg.load.Codes;
import org.sahelkg.model.OrganisationRecord;

/** An organisation, typed by its kind, and the body it is part of. */
final class OrganisationMapper implements RecordMapper<OrganisationRecord> {
    @Override
    public void map(OrganisationRecord o, Out out) {
        Node r = Nodes.id(o.id());
        NameParts.entity(out, r, Codes.ORGANISATION_KINDS.get(o.kind()), o);
        out.addIf(r, ORG.subOrganizationOf.asNode(), Nodes.id(o.partOf()));
    }
}
