package org.sahelkg.load.map;

import java.util.HashMap;
import java.util.Map;
import org.sahelkg.load.check.Registry;
import org.sahelkg.load.json.JsonRecord;
import org.sahelkg.model.AgentRecord;
import org.sahelkg.model.ClaimRecord;
import org.sahelkg.model.CountryRecord;
import org.sahelkg.model.EventRecord;
import org.sahelkg.model.MembershipRecord;
import org.sahelkg.model.OrganisationRecord;
import org.sahelkg.model.PersonRecord;
import org.sahelkg.model.PlaceRecord;
import org.sahelkg.model.PostRecord;
import org.sahelkg.model.ProposalRecord;
import org.sahelkg.model.RelationRecord;
import org.sahelkg.model.SourceRecord;
import org.sahelkg.model.ThingRecord;

/** The one mapper of each record kind; where a JSON field becomes a triple is found from here. */
public final class Mappers {
    private final Map<Class<?>, RecordMapper<?>> byType = new HashMap<>();

    public Mappers(Registry registry) {
        register(CountryRecord.class, new CountryMapper());
        register(PlaceRecord.class, new PlaceMapper());
        register(OrganisationRecord.class, new OrganisationMapper());
        register(PersonRecord.class, new PersonMapper());
        register(AgentRecord.class, new AgentMapper());
        register(PostRecord.class, new PostMapper());
        register(ThingRecord.class, new ThingMapper());
        register(EventRecord.class, new EventMapper());
        register(ClaimRecord.class, new ClaimMapper());
        register(RelationRecord.class, new RelationMapper(registry));
        register(MembershipRecord.class, new MembershipMapper(registry));
        register(ProposalRecord.class, new ProposalMapper());
        register(SourceRecord.class, new SourceMapper());
    }

    private <T> void register(Class<T> type, RecordMapper<T> mapper) {
        byType.put(type, mapper);
    }

    /** Maps one checked record. */
    public <T> void map(JsonRecord<T> record, Out out) {
        @SuppressWarnings("unchecked")
        RecordMapper<T> mapper = (RecordMapper<T>) byType.get(record.kind().type());
        if (mapper == null) {
            throw new IllegalStateException("No mapper for " + record.kind().key());
        }
        mapper.map(record.value(), out);
    }
}
