package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The bibliographic record of one source text. Records only what the text shows; an unknown stays null
 * and a bound stays a bound.
 *
 * @param file           the text's file name in the source collection
 * @param sha256         SHA-256 of the text's bytes, lower-case hex
 * @param characters     length of the text in Unicode code points
 * @param title          the title the text shows, if any
 * @param publisher      the publisher's id, when the text shows it
 * @param publisherBasis how the publisher is known, or why it is not
 * @param author         the author's id (an unnamed author is a recorded unknown)
 * @param issued         publication date in EDTF, a bound ({@code [2025-04-11..]}) where only that is known
 * @param dateBasis      how the date or bound follows from the text
 * @param language       BCP 47 tag of the text's language
 * @param genre          a concept id: {@code concept/news-report}, {@code concept/analysis} …
 * @param stance         a concept id: {@code concept/independent-analysis}, {@code concept/pro-bamako} …
 * @param cites          outlets the text credits
 * @param credit         a credit line the text carries (photo credit)
 * @param evidence       quotes that show the bibliographic facts above
 * @param outOfScope     spans of the text that are not part of the article (nothing is curated from them)
 * @param noFact         sentences of the article that carry no fact to curate, each with its reason
 */
// A seed file is one record, so the file's "$schema" (checked by the loader) arrives here and is not a field.
@JsonIgnoreProperties("$schema")
public record SourceRecord(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String file,
        @JsonProperty(required = true) String sha256,
        @JsonProperty(required = true) Integer characters,
        @JsonProperty(required = true) java.util.Map<String, String> label,
        String title,
        String publisher,
        @JsonProperty(required = true) String publisherBasis,
        String author,
        @JsonProperty(required = true) String issued,
        @JsonProperty(required = true) String dateBasis,
        @JsonProperty(required = true) String language,
        @JsonProperty(required = true) String genre,
        @JsonProperty(required = true) String stance,
        List<String> cites,
        String credit,
        List<EvidenceRecord> evidence,
        List<OutOfScopeRecord> outOfScope,
        List<NoFactRecord> noFact,
        String note) {
}
