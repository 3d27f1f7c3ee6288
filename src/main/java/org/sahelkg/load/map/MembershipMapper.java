package org.sahelkg.load.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.sahelkg.load.check.Registry;
import org.sahelkg.model.Edtf;
import org.sahelkg.model.EdtfValue;
import org.sahelkg.model.MembershipRecord;
import org.sahelkg.vocab.SKG;

/**
 * A W3C ORG membership with its period, plus the short triple simple queries match while the membership
 * has no known end: {@code org:holds} for a post, else {@code org:memberOf}. A membership that ended keeps
 * only its node, so a plain {@code org:memberOf} never says a state still belongs to a body it left.
 */
final class MembershipMapper implements RecordMapper<MembershipRecord> {
    private final Registry registry;

    MembershipMapper(Registry registry) {
        this.registry = registry;
    }

    @Override
    public void map(MembershipRecord m, Out out) {
        Node r = Nodes.id(m.id());
        Node member = Nodes.id(m.member());
        Node organization = Nodes.id(m.organization());
        String role = m.role() != null ? m.role() : registry.postRole(m.post());
        out.add(r, RDF.Nodes.type, ORG.Membership.asNode());
        out.add(r, ORG.member.asNode(), member);
        out.add(r, ORG.organization.asNode(), organization);
        out.addIf(r, ORG.role.asNode(), Nodes.id(role));
        out.addIf(r, SKG.POST, Nodes.id(m.post()));
        EdtfValue during = m.during() == null ? null : Edtf.parse(m.during());
        if (during != null) {
            out.add(r, ORG.memberDuring.asNode(), TimeParts.map(out, r, "during", during));
        }
        if (m.validAt() != null) {
            out.add(r, SKG.VALID_AT, TimeParts.map(out, r, "valid-at", Edtf.parse(m.validAt())));
        }
        if (during == null || during.hasNoEnd()) {
            out.add(member, m.post() != null ? ORG.holds.asNode() : ORG.memberOf.asNode(), m.post() != null ? Nodes.id(m.post()) : organization);
        }
        String middle = registry.englishLabel(m.role() != null ? m.role() : m.post());
        out.add(r, RDFS.Nodes.label, Nodes.english(registry.englishLabel(m.member()) + " — " + middle + " — "
                + registry.englishLabel(m.organization())));
        EvidenceParts.map(out, r, m.evidence());
        NameParts.note(out, r, m.note());
    }
}
