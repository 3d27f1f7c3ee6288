package org.sahelkg.load.map;

import org.apache.jena.graph.Node;
import org.sahelkg.load.Codes;
import org.sahelkg.model.PlaceRecord;
import org.sahelkg.vocab.SKG;

/** A settlement, region or border, with what it lies in and, for a border, the countries it separates. */
final class PlaceMapper implements RecordMapper<PlaceRecord> {
    @Override
    public void map(PlaceRecord p, Out out) {
        Node r = Nodes.id(p.id());
        NameParts.entity(out, r, Codes.PLACE_KINDS.get(p.kind()), p);
        if (p.within() != null) {
            p.within().forEach(w -> out.add(r, SKG.LOCATED_IN, Nodes.id(w)));
        }
        if (p.separates() != null) {
            p.separates().forEach(c -> out.add(r, SKG.SEPARATES, Nodes.id(c)));
        }
        GeoParts.coordinates(out, r, p.coordinates());
    }
}
