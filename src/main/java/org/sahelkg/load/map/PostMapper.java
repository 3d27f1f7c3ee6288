package org.sahelkg.load.map;

import org.apache.jena.graph.Node;
import org.sahelkg.model.PostRecord;
import org.sahelkg.vocab.ORG;

/** An office, in the country or organisation it belongs to, with its role. */
final class PostMapper implements RecordMapper<PostRecord> {
    @Override
    public void map(PostRecord p, Out out) {
        Node r = Nodes.id(p.id());
        NameParts.entity(out, r, ORG.C_POST, p);
        out.add(r, ORG.POST_IN, Nodes.id(p.postIn()));
        out.add(r, ORG.ROLE, Nodes.id(p.role()));
    }
}
