package org.sahelkg.load.map;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.sahelkg.load.Codes;
import org.sahelkg.model.ActorsRecord;
import org.sahelkg.model.DateResolutionRecord;
import org.sahelkg.model.Edtf;
import org.sahelkg.model.EdtfValue;
import org.sahelkg.model.EventRecord;
import org.sahelkg.model.InferenceRecord;
import org.sahelkg.model.RelativeLocationRecord;
import org.sahelkg.vocab.SEM;
import org.sahelkg.vocab.SKG;

/**
 * An event in the SEM style: types, a time node (plus SEM's earliest/latest stamps and the date literals on
 * the event itself), places, actors in roles, links to other events and claims, and its quotes.
 */
final class EventMapper implements RecordMapper<EventRecord> {
    @Override
    public void map(EventRecord e, Out out) {
        Node r = Nodes.id(e.id());
        out.add(r, RDF.Nodes.type, SKG.C_EVENT);
        NameParts.labels(out, r, e.label());
        NameParts.searchKeys(out, r, e.label().values());
        NameParts.description(out, r, e.description());
        NameParts.note(out, r, e.note());
        out.addEach(r, SEM.EVENT_TYPE, Nodes.ids(e.types()));
        if (e.date() != null) {
            time(out, r, e);
        }
        out.addEach(r, SEM.HAS_PLACE, Nodes.ids(e.places()));
        out.addEach(r, SKG.NEAR, Nodes.ids(e.near()));
        relativeLocations(out, r, e.relativeLocations());
        actors(out, r, e.actors());
        out.addEach(r, SKG.CONCERNS, Nodes.ids(e.concerns()));
        out.addIf(r, SEM.SUB_EVENT_OF, Nodes.id(e.partOf()));
        out.addEach(r, SKG.IN_RESPONSE_TO, Nodes.ids(e.inResponseTo()));
        out.addEach(r, SKG.CONVEYS, Nodes.ids(e.conveys()));
        out.addEach(r, SKG.DENIES, Nodes.ids(e.denies()));
        if (e.participants() != null) {
            out.add(r, SKG.PARTICIPANT_COUNT, QuantityParts.map(out, r, "participants", e.participants()));
        }
        out.addIf(r, SKG.VERIFICATION_STATUS, Codes.VERIFICATIONS.get(e.verification()));
        inferences(out, r, e);
        EvidenceParts.map(out, r, e.evidence());
    }

    /**
     * Each curator's inference as a node of its own: the property of the event and the value it qualifies (the
     * triple itself is asserted as the record gives it), with the note on its basis.
     */
    private static void inferences(Out out, Node r, EventRecord e) {
        if (e.inferences() == null) {
            return;
        }
        for (int i = 0; i < e.inferences().size(); i++) {
            InferenceRecord inf = e.inferences().get(i);
            Node n = Nodes.part(r, "inference-" + (i + 1));
            out.add(r, SKG.CURATOR_INFERENCE, n);
            out.add(n, RDF.Nodes.type, SKG.C_CURATOR_INFERENCE);
            out.add(n, SKG.INFERRED_PROPERTY, property(inf.field()));
            out.add(n, SKG.INFERRED_VALUE, "date".equals(inf.field()) ? Nodes.string(inf.value()) : Nodes.id(inf.value()));
            out.add(n, RDFS.Nodes.comment, Nodes.english(inf.note()));
        }
    }

    /** The property that a field of {@link org.sahelkg.model.Policy#INFERABLE} maps to. */
    private static Node property(String field) {
        return switch (field) {
            case "types" -> SEM.EVENT_TYPE;
            case "date" -> SEM.HAS_TIME;
            case "places" -> SEM.HAS_PLACE;
            case "near" -> SKG.NEAR;
            case "concerns" -> SKG.CONCERNS;
            case "actors.agent" -> SKG.AGENT;
            case "actors.target" -> SKG.TARGET;
            case "actors.affected" -> SKG.AFFECTED;
            case "actors.participant" -> SKG.PARTICIPANT;
            case "actors.supporter" -> SKG.SUPPORTER;
            case "actors.host" -> SKG.HOST;
            case "actors.guest" -> SKG.GUEST;
            case "actors.mediator" -> SKG.MEDIATOR;
            default -> throw new IllegalArgumentException("Not an inferable field: " + field);
        };
    }

    private static void time(Out out, Node r, EventRecord e) {
        EdtfValue v = Edtf.parse(e.date());
        Node t = TimeParts.map(out, r, "time", v);
        out.add(r, SEM.HAS_TIME, t);
        out.addIf(r, SEM.HAS_EARLIEST_BEGIN_TIME_STAMP, Nodes.date(v.earliest()));
        out.addIf(r, SEM.HAS_LATEST_END_TIME_STAMP, Nodes.date(v.latest()));
        TimeParts.copyDates(out, r, v);
        out.addIf(t, SKG.TIME_OF_DAY, Codes.TIMES_OF_DAY.get(e.timeOfDay()));
        // Only some of the event's sources give the date: the others are not credited with it.
        out.addEach(t, SKG.DATED_BY, Nodes.ids(e.dateFrom()));
        DateResolutionRecord d = e.dateResolution();
        if (d != null) {
            Node res = Nodes.part(r, "time-resolution");
            out.add(t, SKG.RESOLUTION, res);
            out.add(res, RDF.Nodes.type, SKG.C_DATE_RESOLUTION);
            out.add(res, SKG.PHRASE, Nodes.string(d.phrase()));
            out.add(res, SKG.ANCHOR, Nodes.id(d.anchor()));
            out.add(res, RDFS.Nodes.comment, Nodes.english(d.note()));
        }
    }

    private static void relativeLocations(Out out, Node r, List<RelativeLocationRecord> locations) {
        if (locations == null) {
            return;
        }
        for (int i = 0; i < locations.size(); i++) {
            RelativeLocationRecord l = locations.get(i);
            String name = "relative-location-" + (i + 1);
            Node loc = Nodes.part(r, name);
            out.add(r, SKG.RELATIVE_LOCATION, loc);
            out.add(loc, RDF.Nodes.type, SKG.C_RELATIVE_LOCATION);
            out.add(loc, SKG.REFERENCE_PLACE, Nodes.id(l.from()));
            out.add(loc, SKG.DISTANCE, QuantityParts.map(out, r, name + "-distance", l.distance()));
            out.addIf(loc, SKG.BEARING, Nodes.string(l.bearing()));
            out.addIf(loc, RDFS.Nodes.comment, Nodes.english(l.note()));
        }
    }

    private static void actors(Out out, Node r, ActorsRecord a) {
        if (a == null) {
            return;
        }
        out.addEach(r, SKG.AGENT, Nodes.ids(a.agent()));
        out.addEach(r, SKG.TARGET, Nodes.ids(a.target()));
        out.addEach(r, SKG.AFFECTED, Nodes.ids(a.affected()));
        out.addEach(r, SKG.PARTICIPANT, Nodes.ids(a.participant()));
        out.addEach(r, SKG.SUPPORTER, Nodes.ids(a.supporter()));
        out.addEach(r, SKG.HOST, Nodes.ids(a.host()));
        out.addEach(r, SKG.GUEST, Nodes.ids(a.guest()));
        out.addEach(r, SKG.MEDIATOR, Nodes.ids(a.mediator()));
    }
}
