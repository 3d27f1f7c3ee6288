package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Something that happened.
 *
 * @param types          event-type ids, such as {@code event-type/recall-ambassador}
 * @param date           when, in EDTF: {@code 2025-04-06}, {@code 2025-04}, {@code 2025},
 *                       {@code 2025-03-31/2025-04-01}, {@code [..2025-04-07]}
 * @param timeOfDay      one of {@code night}, {@code evening}, {@code morning}, {@code afternoon}
 * @param dateResolution set when the date was resolved from a relative phrase
 * @param dateFrom       the sources whose quoted sentences give the date, when not all of the event's sources do
 *                       (one dates the recall, another says only "promptly retaliated"); unset, all of them
 * @param places         places the event happened in
 * @param near           places the event happened near
 * @param concerns       things, bodies or agreements the event acted upon
 * @param conveys        claims the event (a statement) put forward
 * @param denies         claims the event rejected
 * @param verification   {@code unverified} when a source says so
 * @param inferences     values of the record its quotes imply but do not say, each with its basis
 */
public record EventRecord(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) List<String> types,
        @JsonProperty(required = true) Map<String, String> label,
        Map<String, String> description,
        String date,
        String timeOfDay,
        DateResolutionRecord dateResolution,
        List<String> dateFrom,
        List<String> places,
        List<String> near,
        List<RelativeLocationRecord> relativeLocations,
        ActorsRecord actors,
        List<String> concerns,
        String partOf,
        List<String> inResponseTo,
        List<String> conveys,
        List<String> denies,
        QuantityRecord participants,
        String verification,
        List<InferenceRecord> inferences,
        @JsonProperty(required = true) List<EvidenceRecord> evidence,
        String note) {
    /**
     * The values of one of {@link Policy#INFERABLE}'s fields ({@code actors.target}: the target ids), empty when the
     * field is not set.
     */
    public List<String> valuesOf(String field) {
        List<String> values = switch (field) {
            case "types" -> types;
            case "date" -> date == null ? null : List.of(date);
            case "places" -> places;
            case "near" -> near;
            case "concerns" -> concerns;
            default -> field.startsWith("actors.") && actors != null ? actors.role(field.substring(7)) : null;
        };
        return values == null ? List.of() : values;
    }
}
