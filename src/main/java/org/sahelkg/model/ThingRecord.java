package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A physical object, a product model or an agreement.
 *
 * @param kind one of {@code artifact}, {@code product-model}, {@code agreement}
 */
public record ThingRecord(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String kind,
        @JsonProperty(required = true) Map<String, String> label,
        List<AliasRecord> aliases,
        Map<String, String> description,
        String wikidata,
        List<EvidenceRecord> mentions,
        String note) implements EntityRecord {
}
