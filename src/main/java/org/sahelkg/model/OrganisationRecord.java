package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * An organisation or an informal collective.
 *
 * @param kind   one of {@code government-body}, {@code armed-forces}, {@code armed-group},
 *               {@code intergovernmental}, {@code company}, {@code news-media}, {@code research},
 *               {@code collective}
 * @param partOf the organisation or country this one is a part of (a ministry of its state)
 */
public record OrganisationRecord(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String kind,
        @JsonProperty(required = true) Map<String, String> label,
        List<AliasRecord> aliases,
        Map<String, String> description,
        String wikidata,
        String partOf,
        List<EvidenceRecord> mentions,
        String note) implements EntityRecord {
}
