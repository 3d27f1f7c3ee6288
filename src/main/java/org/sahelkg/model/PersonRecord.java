package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A person named or described by a source. */
public record PersonRecord(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) Map<String, String> label,
        List<AliasRecord> aliases,
        Map<String, String> description,
        String wikidata,
        List<EvidenceRecord> mentions,
        String note) implements EntityRecord {
}
