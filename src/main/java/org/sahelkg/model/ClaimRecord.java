package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A statement that holds only according to its claimants. Its triple (subject, property, value) is
 * never asserted. Exactly one of object, quantity, date and text is the claimed value.
 *
 * @param claimant who claims it (not who reports it: the evidence's sources report it)
 * @param property a CURIE of an ontology property, such as {@code skg:territory}
 * @param aspect   which aspect of the subject the claim is about, a concept of the aspects scheme
 *                 ({@code concept/drone-flight}, {@code concept/wreckage-position}): claims on different aspects
 *                 are never rival accounts
 */
public record ClaimRecord(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) Map<String, String> label,
        @JsonProperty(required = true) List<String> claimant,
        @JsonProperty(required = true) String subject,
        @JsonProperty(required = true) String property,
        String object,
        QuantityRecord quantity,
        String date,
        Map<String, String> text,
        List<QualifierRecord> qualifiers,
        String aspect,
        @JsonProperty(required = true) List<EvidenceRecord> evidence,
        String note) {
}
