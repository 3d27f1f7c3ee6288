package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a relative date ("last week", "on Sunday") became a calendar date.
 *
 * @param phrase the relative date as the source words it
 * @param anchor what it was resolved against: a source (its date) or an event
 * @param note   how, and what could make the resolution wrong
 */
public record DateResolutionRecord(
        @JsonProperty(required = true) String phrase,
        @JsonProperty(required = true) String anchor,
        @JsonProperty(required = true) String note) {
}
