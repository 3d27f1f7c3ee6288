package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A sovereign state: both a place and an actor.
 *
 * @param label       language tag to preferred label; {@code en} and {@code fr} required
 * @param wikidata    the Wikidata item id (Q…), only when certain
 */
public record CountryRecord(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) Map<String, String> label,
        List<AliasRecord> aliases,
        Map<String, String> description,
        String wikidata,
        CoordinatesRecord coordinates,
        List<EvidenceRecord> mentions,
        String note) implements EntityRecord {
}
