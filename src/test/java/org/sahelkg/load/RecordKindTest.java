package org.sahelkg.load;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.json.RecordKind;
import org.sahelkg.model.ActorsRecord;
import org.sahelkg.model.AgentRecord;
import org.sahelkg.model.AliasRecord;
import org.sahelkg.model.ClaimRecord;
import org.sahelkg.model.CoordinatesRecord;
import org.sahelkg.model.CountryRecord;
import org.sahelkg.model.DateResolutionRecord;
import org.sahelkg.model.EventRecord;
import org.sahelkg.model.InferenceRecord;
import org.sahelkg.model.EvidenceRecord;
import org.sahelkg.model.MembershipRecord;
import org.sahelkg.model.OrganisationRecord;
import org.sahelkg.model.PersonRecord;
import org.sahelkg.model.NoFactRecord;
import org.sahelkg.model.OutOfScopeRecord;
import org.sahelkg.model.PlaceRecord;
import org.sahelkg.model.PostRecord;
import org.sahelkg.model.ProposalRecord;
import org.sahelkg.model.QualifierRecord;
import org.sahelkg.model.QuantityRecord;
import org.sahelkg.model.RelationRecord;
import org.sahelkg.model.RelativeLocationRecord;
import org.sahelkg.model.SourceRecord;
import org.sahelkg.model.ThingRecord;
import org.sahelkg.model.DataFile;

/** The reader's table of record kinds is the JSON contract of {@link DataFile}, key for key. */
class RecordKindTest {
    @Test
    void kindsAreDataFileComponentsInOrder() {
        List<String> keys = Arrays.stream(DataFile.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toList());
        assertEquals(keys, RecordKind.DATA.stream().map(RecordKind::key).collect(Collectors.toList()));
        for (RecordComponent c : DataFile.class.getRecordComponents()) {
            Object element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            RecordKind<?> kind = RecordKind.dataByKey().get(c.getName());
            assertEquals(element, kind.type(), c.getName());
            assertEquals(true, Iris.KINDS.contains(kind.idKind()), kind.idKind());
        }
    }

    /**
     * The fields the loader knows how to check and map. A field added to a record binds without error but
     * maps to nothing until a mapper learns it: this fails first, so the loader is updated with it.
     */
    @Test
    void everyRecordFieldIsOneTheLoaderKnows() {
        Map<Class<?>, List<String>> known = Map.ofEntries(
                entry(ActorsRecord.class, List.of("agent", "target", "affected", "participant", "supporter", "host",
                        "guest", "mediator")),
                entry(AgentRecord.class, List.of("id", "kind", "label", "aliases", "description", "wikidata",
                        "mentions", "note")),
                entry(AliasRecord.class, List.of("text", "lang", "evidence", "ambiguous", "note")),
                entry(ClaimRecord.class, List.of("id", "label", "claimant", "subject", "property", "object",
                        "quantity", "date", "text", "qualifiers", "aspect", "evidence", "note")),
                entry(CoordinatesRecord.class, List.of("lat", "lon", "accuracyKm", "basis")),
                entry(CountryRecord.class, List.of("id", "label", "aliases", "description", "wikidata", "coordinates",
                        "mentions", "note")),
                entry(DateResolutionRecord.class, List.of("phrase", "anchor", "note")),
                entry(EventRecord.class, List.of("id", "types", "label", "description", "date", "timeOfDay",
                        "dateResolution", "dateFrom", "places", "near", "relativeLocations", "actors", "concerns",
                        "partOf",
                        "inResponseTo", "conveys", "denies", "participants", "verification", "inferences", "evidence",
                        "note")),
                entry(InferenceRecord.class, List.of("field", "value", "note")),
                entry(EvidenceRecord.class, List.of("source", "quote", "at", "speaker", "via", "note")),
                entry(MembershipRecord.class, List.of("id", "member", "organization", "role", "post", "during",
                        "validAt", "evidence", "note")),
                entry(OrganisationRecord.class, List.of("id", "kind", "label", "aliases", "description", "wikidata",
                        "partOf", "mentions", "note")),
                entry(PersonRecord.class, List.of("id", "label", "aliases", "description", "wikidata", "mentions",
                        "note")),
                entry(PlaceRecord.class, List.of("id", "kind", "label", "aliases", "description", "wikidata",
                        "within", "separates", "coordinates", "mentions", "note")),
                entry(PostRecord.class, List.of("id", "label", "aliases", "description", "postIn", "role", "wikidata",
                        "mentions", "note")),
                entry(ProposalRecord.class, List.of("id", "label", "description", "proposedBy", "addressedTo",
                        "facilitators", "frameworks", "between", "evidence", "note")),
                entry(QualifierRecord.class, List.of("property", "object", "quantity", "date", "text")),
                entry(QuantityRecord.class, List.of("value", "unit", "comparator", "note")),
                entry(RelationRecord.class, List.of("id", "subject", "property", "object", "quantity", "date", "text",
                        "during", "validAt", "qualifiers", "evidence", "note")),
                entry(RelativeLocationRecord.class, List.of("from", "distance", "bearing", "note")),
                entry(SourceRecord.class, List.of("id", "file", "sha256", "characters", "label", "title", "publisher",
                        "publisherBasis", "author", "issued", "dateBasis", "language", "genre", "stance", "cites",
                        "credit", "evidence", "outOfScope", "noFact", "note")),
                entry(OutOfScopeRecord.class, List.of("at", "end", "begins", "kind", "reason")),
                entry(NoFactRecord.class, List.of("at", "begins", "reason")),
                entry(ThingRecord.class, List.of("id", "kind", "label", "aliases", "description", "wikidata",
                        "mentions", "note")));
        for (Map.Entry<Class<?>, List<String>> e : known.entrySet()) {
            List<String> actual = Arrays.stream(e.getKey().getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toList());
            assertEquals(e.getValue(), actual, e.getKey().getSimpleName());
        }
    }
}
