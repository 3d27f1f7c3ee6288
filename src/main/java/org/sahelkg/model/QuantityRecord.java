package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A figure as a source states it. The value keeps its written precision (9.5 stays 9.5, 1300 stays 1300).
 *
 * @param unit       one of {@code km}, {@code person}, {@code item}, {@code year}
 * @param comparator one of {@code exactly}, {@code about}, {@code more-than}, {@code less-than},
 *                   {@code nearly}, {@code at-least}, {@code at-most}; absent means exactly
 */
public record QuantityRecord(
        @JsonProperty(required = true) BigDecimal value,
        @JsonProperty(required = true) String unit,
        String comparator,
        String note) {
}
