package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Another name of a resource. A spelling that a source uses carries the quote where it does; a name
 * known otherwise (a French form, an acronym) has no evidence.
 *
 * @param ambiguous true when a source's use of this name could mean another resource too
 */
public record AliasRecord(
        @JsonProperty(required = true) String text,
        @JsonProperty(required = true) String lang,
        List<EvidenceRecord> evidence,
        Boolean ambiguous,
        String note) {
}
