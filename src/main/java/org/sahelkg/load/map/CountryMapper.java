package org.sahelkg.load.map;

import org.apache.jena.graph.Node;
import org.sahelkg.model.CountryRecord;
import org.sahelkg.vocab.SKG;

/** A country: a place and an actor in one resource. */
final class CountryMapper implements RecordMapper<CountryRecord> {
    @Override
    public void map(CountryRecord c, Out out) {
        Node r = Nodes.id(c.id());
        NameParts.entity(out, r, SKG.C_COUNTRY, c);
        GeoParts.coordinates(out, r, c.coordinates());
    }
}
