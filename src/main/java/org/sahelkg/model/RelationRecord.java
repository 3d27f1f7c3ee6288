package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A fact the graph asserts about two resources (or a resource and a value), with its sources.
 * Becomes a plain triple plus a reified assertion carrying the evidence and qualifiers.
 * Exactly one of object, quantity, date and text is the value.
 *
 * @param during  EDTF interval over which it holds
 * @param validAt EDTF date at which a source shows it held
 */
public record RelationRecord(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String subject,
        @JsonProperty(required = true) String property,
        String object,
        QuantityRecord quantity,
        String date,
        Map<String, String> text,
        String during,
        String validAt,
        List<QualifierRecord> qualifiers,
        @JsonProperty(required = true) List<EvidenceRecord> evidence,
        String note) {
}
