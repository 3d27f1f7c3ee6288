package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A sentence of the article that carries no fact to curate (a section heading that only announces the next
 * paragraph, a question the text then answers), so that {@code coverage} does not count it as uncited.
 *
 * @param at     offset of the sentence's first character, in code points from 0
 * @param begins the sentence's first words, exactly as in the text
 * @param reason why the sentence carries no fact
 */
public record NoFactRecord(
        @JsonProperty(required = true) Integer at,
        @JsonProperty(required = true) String begins,
        @JsonProperty(required = true) String reason) {
}
