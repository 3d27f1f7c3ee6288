package org.sahelkg.load.map;

import org.sahelkg.load.Codes;
import org.sahelkg.model.AgentRecord;

/** A recorded unknown (an unnamed author, an unattributed origin), so that "who" is never left blank. */
final class AgentMapper implements RecordMapper<AgentRecord> {
    @Override
    public void map(AgentRecord a, Out out) {
        NameParts.entity(out, Nodes.id(a.id()), Codes.AGENT_KINDS.get(a.kind()), a);
    }
}
