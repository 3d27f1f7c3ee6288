package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A value of a record that its quotes imply but do not say, kept with its basis: the curator's inference, not the
 * sources' words ("Russian mercenaries" read as the Wagner Group, "strikes" read as airstrikes).
 *
 * @param field the record's field that holds the value: {@code types}, {@code date}, {@code places}, {@code near},
 *              {@code concerns} or {@code actors.agent}, {@code actors.target} … (one of {@link Policy#INFERABLE})
 * @param value the inferred value, as the field gives it (an id, or the date)
 * @param note  what the inference rests on, and what could make it wrong
 */
public record InferenceRecord(
        @JsonProperty(required = true) String field,
        @JsonProperty(required = true) String value,
        @JsonProperty(required = true) String note) {
}
