package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A qualifier of a claim or assertion: a property (CURIE) and exactly one value.
 *
 * @param object   a resource id
 * @param quantity a figure
 * @param date     an EDTF date
 * @param text     language-tagged text, language tag to text
 */
public record QualifierRecord(
        @JsonProperty(required = true) String property,
        String object,
        QuantityRecord quantity,
        String date,
        Map<String, String> text) {
}
