package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A recommendation for de-escalation.
 *
 * @param facilitators actors proposed as facilitators, mediators or backers
 * @param frameworks   bodies or mechanisms proposed as the framework for dialogue
 * @param between      the parties the proposal is meant to bring together
 */
public record ProposalRecord(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) Map<String, String> label,
        Map<String, String> description,
        @JsonProperty(required = true) List<String> proposedBy,
        List<String> addressedTo,
        List<String> facilitators,
        List<String> frameworks,
        List<String> between,
        @JsonProperty(required = true) List<EvidenceRecord> evidence,
        String note) {
}
