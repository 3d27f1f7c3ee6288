package org.sahelkg.model;

import java.util.List;

/**
 * One JSON file under {@code data/}: an object whose keys are record kinds, each holding an array.
 * A file may hold one kind or several; the kind comes from the key, never from the file name.
 */
public record DataFile(
        List<CountryRecord> countries,
        List<PlaceRecord> places,
        List<OrganisationRecord> organisations,
        List<PersonRecord> people,
        List<AgentRecord> agents,
        List<PostRecord> posts,
        List<ThingRecord> things,
        List<EventRecord> events,
        List<ClaimRecord> claims,
        List<RelationRecord> relations,
        List<MembershipRecord> memberships,
        List<ProposalRecord> proposals) {
}
