package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A span of a source text that is not part of the article: page furniture such as navigation, share buttons, a
 * photo credit, a repeated pull quote or teasers of other articles. Nothing is curated from it, and its sentences
 * are not counted by {@code coverage}.
 *
 * @param at     offset of the span's first character, in code points from 0; a sentence starts there
 * @param end    offset just after its last character (exclusive); a sentence ends there or at the text's end
 * @param begins the span's first words, exactly as in the text, so that a changed text or offset is caught
 * @param kind   one of {@link Policy#OUT_OF_SCOPE_KINDS}
 * @param reason why the span is not part of the article
 */
public record OutOfScopeRecord(
        @JsonProperty(required = true) Integer at,
        @JsonProperty(required = true) Integer end,
        @JsonProperty(required = true) String begins,
        @JsonProperty(required = true) String kind,
        @JsonProperty(required = true) String reason) {
}
