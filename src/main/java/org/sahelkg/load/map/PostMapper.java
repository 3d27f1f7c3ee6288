package org.sahelkg.load.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.ORG;
import org.sahelkg.model.PostRecord;

/** An office, in the country or organisation it belongs to, with its role. */
final class PostMapper implements RecordMapper<PostRecord> {
    @Override
    public void map(PostRecord p, Out out) {
        Node r = Nodes.id(p.id());
        NameParts.entity(out, r, ORG.Post.asNode(), p);
        out.add(r, ORG.postIn.asNode(), Nodes.id(p.postIn()));
        out.add(r, ORG.role.asNode(), Nodes.id(p.role()));
    }
}
