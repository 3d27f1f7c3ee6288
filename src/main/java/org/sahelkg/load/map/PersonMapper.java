package org.sahelkg.load.map;

import org.sahelkg.model.PersonRecord;
import org.sahelkg.vocab.SKG;

/** A person: names only; what they did is in events and memberships. */
final class PersonMapper implements RecordMapper<PersonRecord> {
    @Override
    public void map(PersonRecord p, Out out) {
        NameParts.entity(out, Nodes.id(p.id()), SKG.C_PERSON, p);
    }
}
