package org.sahelkg.load.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

/**
 * A kind of curated record: the key that holds it in a data file ({@link org.sahelkg.model.DataFile}), the
 * kind its ids must have, and its Jackson record type.
 *
 * @param key    the key in a data file, such as {@code events}; {@code seeds} for source records
 * @param idKind the first segment its ids must have, such as {@code event}
 * @param type   the record class
 * @param id     the record's id accessor
 */
public record RecordKind<T>(String key, String idKind, Class<T> type, Function<T, String> id) {
    public static final RecordKind<SourceRecord> SOURCES =
            new RecordKind<>("seeds", "source", SourceRecord.class, SourceRecord::id);

    /** The kinds of a data file, in {@link org.sahelkg.model.DataFile}'s order. */
    public static final List<RecordKind<?>> DATA = List.of(
            new RecordKind<>("countries", "country", CountryRecord.class, CountryRecord::id),
            new RecordKind<>("places", "place", PlaceRecord.class, PlaceRecord::id),
            new RecordKind<>("organisations", "org", OrganisationRecord.class, OrganisationRecord::id),
            new RecordKind<>("people", "person", PersonRecord.class, PersonRecord::id),
            new RecordKind<>("agents", "agent", AgentRecord.class, AgentRecord::id),
            new RecordKind<>("posts", "post", PostRecord.class, PostRecord::id),
            new RecordKind<>("things", "thing", ThingRecord.class, ThingRecord::id),
            new RecordKind<>("events", "event", EventRecord.class, EventRecord::id),
            new RecordKind<>("claims", "claim", ClaimRecord.class, ClaimRecord::id),
            new RecordKind<>("relations", "relation", RelationRecord.class, RelationRecord::id),
            new RecordKind<>("memberships", "membership", MembershipRecord.class, MembershipRecord::id),
            new RecordKind<>("proposals", "proposal", ProposalRecord.class, ProposalRecord::id));

    /** {@link #DATA} by key. */
    public static Map<String, RecordKind<?>> dataByKey() {
        Map<String, RecordKind<?>> byKey = new LinkedHashMap<>();
        DATA.forEach(k -> byKey.put(k.key(), k));
        return byKey;
    }
}
