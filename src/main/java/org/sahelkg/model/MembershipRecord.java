package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A W3C ORG membership: a state in an alliance, or a person holding a post.
 *
 * @param role    a role id, such as {@code role/member-state}; taken from the post when absent
 * @param post    the post held, for a person in office
 * @param during  EDTF interval of the membership; an open end ({@code 2023/..}) when ongoing
 * @param validAt EDTF date at which a source shows the membership held
 */
public record MembershipRecord(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String member,
        @JsonProperty(required = true) String organization,
        String role,
        String post,
        String during,
        String validAt,
        @JsonProperty(required = true) List<EvidenceRecord> evidence,
        String note) {
}
