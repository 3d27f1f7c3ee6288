package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * An office (W3C ORG post): Prime Minister of Mali, Chief of the General Staff …
 *
 * @param postIn the country or organisation the post is in
 * @param role   a role id from the roles scheme, such as {@code role/head-of-government}
 */
public record PostRecord(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) Map<String, String> label,
        List<AliasRecord> aliases,
        Map<String, String> description,
        @JsonProperty(required = true) String postIn,
        @JsonProperty(required = true) String role,
        String wikidata,
        List<EvidenceRecord> mentions,
        String note) implements EntityRecord {
}
