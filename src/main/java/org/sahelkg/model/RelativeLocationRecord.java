package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A position stated as a distance (and optional compass bearing) from a reference place or border.
 *
 * @param bearing one of N, NE, E, SE, S, SW, W, NW
 */
public record RelativeLocationRecord(
        @JsonProperty(required = true) String from,
        @JsonProperty(required = true) QuantityRecord distance,
        String bearing,
        String note) {
}
