package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A named place other than a country.
 *
 * @param kind      one of {@code settlement}, {@code region}, {@code border}
 * @param within    ids of the places (countries included) this place lies in
 * @param separates for a border, the two countries it separates
 */
public record PlaceRecord(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String kind,
        @JsonProperty(required = true) Map<String, String> label,
        List<AliasRecord> aliases,
        Map<String, String> description,
        String wikidata,
        List<String> within,
        List<String> separates,
        CoordinatesRecord coordinates,
        List<EvidenceRecord> mentions,
        String note) implements EntityRecord {
}
