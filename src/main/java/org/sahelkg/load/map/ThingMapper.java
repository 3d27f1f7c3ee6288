package org.sahelkg.load.map;

import org.sahelkg.load.Codes;
import org.sahelkg.model.ThingRecord;

/** An artifact, product model or agreement. */
final class ThingMapper implements RecordMapper<ThingRecord> {
    @Override
    public void map(ThingRecord t, Out out) {
        NameParts.entity(out, Nodes.id(t.id()), Codes.THING_KINDS.get(t.kind()), t);
    }
}
