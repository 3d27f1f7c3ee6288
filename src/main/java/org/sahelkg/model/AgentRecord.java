package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A recorded unknown: the unnamed author of a source, or the unattributed origin of an allegation.
 *
 * @param kind one of {@code unnamed-author}, {@code unattributed}
 */
public record AgentRecord(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String kind,
        @JsonProperty(required = true) Map<String, String> label,
        List<AliasRecord> aliases,
        Map<String, String> description,
        String wikidata,
        List<EvidenceRecord> mentions,
        String note) implements EntityRecord {
}
