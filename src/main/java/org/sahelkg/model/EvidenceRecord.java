package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A short quote from a source that supports a fact, claim or name.
 *
 * @param source  the source's id, such as {@code source/003}
 * @param quote   the exact text, character for character
 * @param at      offset of the quote's first character in the source text, in Unicode code points from 0
 * @param speaker whose words the passage reports, when not the source's own voice
 * @param via     an outlet the source credits for the passage ("DW reported")
 * @param note    a curator's remark
 */
public record EvidenceRecord(
        @JsonProperty(required = true) String source,
        @JsonProperty(required = true) String quote,
        @JsonProperty(required = true) Integer at,
        String speaker,
        String via,
        String note) {
}
