package org.sahelkg.load.check;

import java.util.List;
import java.util.TreeSet;
import org.sahelkg.load.Codes;
import org.sahelkg.load.Problem;
import org.sahelkg.load.json.JsonFile;
import org.sahelkg.load.json.JsonRecord;
import org.sahelkg.load.json.Pointers;
import org.sahelkg.load.json.Show;
import org.sahelkg.model.ActorsRecord;
import org.sahelkg.model.AgentRecord;
import org.sahelkg.model.AliasRecord;
import org.sahelkg.model.ClaimRecord;
import org.sahelkg.model.CountryRecord;
import org.sahelkg.model.DateResolutionRecord;
import org.sahelkg.model.EntityRecord;
import org.sahelkg.model.EventRecord;
import org.sahelkg.model.InferenceRecord;
import org.sahelkg.model.MembershipRecord;
import org.sahelkg.model.OrganisationRecord;
import org.sahelkg.model.PersonRecord;
import org.sahelkg.model.PlaceRecord;
import org.sahelkg.model.Policy;
import org.sahelkg.model.PostRecord;
import org.sahelkg.model.ProposalRecord;
import org.sahelkg.model.RelationRecord;
import org.sahelkg.model.RelativeLocationRecord;
import org.sahelkg.model.SourceRecord;
import org.sahelkg.model.ThingRecord;

/**
 * The rules of each record kind, beyond what Jackson checks: ids, references, closed lists, labels,
 * dates, values and evidence. Every problem is reported; nothing stops at the first.
 */
public final class RecordChecks {
    private static final String[] ENTITY_LANGUAGES = Policy.ENTITY_LANGUAGES.toArray(String[]::new);
    private static final String[] LABEL_LANGUAGES = Policy.LABEL_LANGUAGES.toArray(String[]::new);

    private final Checker check;

    /** Checks that also find every quote, SHA-256 and length in the source {@code texts}. */
    private List<SourceCoverage> sentences = List.of();

    public RecordChecks(Registry registry, Texts texts, List<Problem> problems) {
        this.check = new Checker(registry, texts, problems);
    }

    /** Checks every record of the files, then what only all of them together show (how much of each text is quoted). */
    public void check(List<JsonFile> files) {
        files.forEach(this::check);
        check.coverage();
        sentences = check.sentences();
    }

    /**
     * The sentence coverage of each source whose text was read and matches its record, once {@link #check(List)}
     * has run: empty when the texts were not checked.
     */
    public List<SourceCoverage> sentences() {
        return sentences;
    }

    /** Checks every record of a file. */
    public void check(JsonFile file) {
        check.in(file);
        for (JsonRecord<?> record : file.records()) {
            check(record);
        }
    }

    private void check(JsonRecord<?> r) {
        String at = r.pointer();
        Object v = r.value();
        check.ownId(f(at, "id"), r.id(), r.kind().idKind());
        if (v instanceof EntityRecord) {
            entity(at, (EntityRecord) v, v instanceof AgentRecord ? LABEL_LANGUAGES : ENTITY_LANGUAGES);
        }
        if (v instanceof CountryRecord) {
            check.coordinates(f(at, "coordinates"), ((CountryRecord) v).coordinates());
        } else if (v instanceof PlaceRecord) {
            place(at, (PlaceRecord) v);
        } else if (v instanceof OrganisationRecord) {
            OrganisationRecord o = (OrganisationRecord) v;
            check.oneOf(f(at, "kind"), o.kind(), Codes.ORGANISATION_KINDS.keySet());
            check.ref(f(at, "partOf"), o.partOf(), "org", "country");
        } else if (v instanceof AgentRecord) {
            check.oneOf(f(at, "kind"), ((AgentRecord) v).kind(), Codes.AGENT_KINDS.keySet());
        } else if (v instanceof PostRecord) {
            PostRecord p = (PostRecord) v;
            check.ref(f(at, "postIn"), p.postIn(), "country", "org");
            check.ref(f(at, "role"), p.role(), "role");
        } else if (v instanceof ThingRecord) {
            check.oneOf(f(at, "kind"), ((ThingRecord) v).kind(), Codes.THING_KINDS.keySet());
        } else if (v instanceof EventRecord) {
            event(at, (EventRecord) v);
        } else if (v instanceof ClaimRecord) {
            claim(at, (ClaimRecord) v);
        } else if (v instanceof RelationRecord) {
            relation(at, (RelationRecord) v);
        } else if (v instanceof MembershipRecord) {
            membership(at, (MembershipRecord) v);
        } else if (v instanceof ProposalRecord) {
            proposal(at, (ProposalRecord) v);
        } else if (v instanceof SourceRecord) {
            source(at, (SourceRecord) v);
        } else if (!(v instanceof PersonRecord)) {
            throw new IllegalStateException("No checks for " + v.getClass().getSimpleName());
        }
    }

    private void entity(String at, EntityRecord e, String[] languages) {
        check.langMap(f(at, "label"), e.label(), languages);
        aliases(f(at, "aliases"), e.aliases());
        check.langMap(f(at, "description"), e.description());
        check.wikidata(f(at, "wikidata"), e.wikidata());
        check.evidence(f(at, "mentions"), e.mentions(), false);
        check.text(f(at, "note"), e.note());
    }

    private void aliases(String at, List<AliasRecord> aliases) {
        if (aliases == null) {
            return;
        }
        for (int i = 0; i < aliases.size(); i++) {
            AliasRecord a = aliases.get(i);
            String ai = Pointers.index(at, i);
            check.text(f(ai, "text"), a.text());
            check.langTag(f(ai, "lang"), a.lang());
            check.evidence(f(ai, "evidence"), a.evidence(), false);
            check.text(f(ai, "note"), a.note());
        }
    }

    private void place(String at, PlaceRecord p) {
        check.oneOf(f(at, "kind"), p.kind(), Codes.PLACE_KINDS.keySet());
        check.refs(f(at, "within"), p.within(), "place", "country");
        check.refs(f(at, "separates"), p.separates(), "country");
        check.coordinates(f(at, "coordinates"), p.coordinates());
    }

    private void event(String at, EventRecord e) {
        check.nonEmpty(f(at, "types"), e.types(), "event type");
        check.refs(f(at, "types"), e.types(), "event-type");
        check.langMap(f(at, "label"), e.label(), LABEL_LANGUAGES);
        check.langMap(f(at, "description"), e.description());
        check.date(f(at, "date"), e.date());
        check.oneOf(f(at, "timeOfDay"), e.timeOfDay(), Codes.TIMES_OF_DAY.keySet());
        check.requires(f(at, "timeOfDay"), e.timeOfDay(), e.date(), "timeOfDay", "date");
        check.requires(f(at, "dateResolution"), e.dateResolution(), e.date(), "dateResolution", "date");
        DateResolutionRecord d = e.dateResolution();
        if (d != null) {
            String dp = f(at, "dateResolution");
            check.text(f(dp, "phrase"), d.phrase());
            check.ref(f(dp, "anchor"), d.anchor(), "source", "event");
            check.text(f(dp, "note"), d.note());
        }
        dateFrom(f(at, "dateFrom"), e);
        check.refs(f(at, "places"), e.places(), "place", "country");
        check.refs(f(at, "near"), e.near(), "place", "country");
        relativeLocations(f(at, "relativeLocations"), e.relativeLocations());
        actors(f(at, "actors"), e.actors());
        check.refs(f(at, "concerns"), e.concerns());
        check.ref(f(at, "partOf"), e.partOf(), "event");
        check.refs(f(at, "inResponseTo"), e.inResponseTo(), "event");
        check.refs(f(at, "conveys"), e.conveys(), "claim");
        check.refs(f(at, "denies"), e.denies(), "claim");
        check.quantity(f(at, "participants"), e.participants());
        check.oneOf(f(at, "verification"), e.verification(), Codes.VERIFICATIONS.keySet());
        check.evidence(f(at, "evidence"), e.evidence(), true);
        check.intention(f(at, "evidence"), e.types(), e.evidence());
        inferences(f(at, "inferences"), e);
        check.readInSources(at, e);
        check.text(f(at, "note"), e.note());
    }

    /** The sources credited with the date are some of the event's own, and the date is given. */
    private void dateFrom(String at, EventRecord e) {
        check.requires(at, e.dateFrom(), e.date(), "dateFrom", "date");
        if (e.dateFrom() == null) {
            return;
        }
        check.nonEmpty(at, e.dateFrom(), "source");
        List<String> own = e.evidence() == null ? List.of() : e.evidence().stream().map(x -> x.source()).toList();
        for (int i = 0; i < e.dateFrom().size(); i++) {
            String source = e.dateFrom().get(i);
            check.ref(Pointers.index(at, i), source, "source");
            if (!own.contains(source)) {
                check.problem(Pointers.index(at, i), "expected one of the event's sources (" + String.join(", ",
                        new TreeSet<>(own)) + "), found \"" + source + "\"");
            }
        }
    }

    /** Each inference names a field of the event that holds its value, with a note on its basis. */
    private void inferences(String at, EventRecord e) {
        if (e.inferences() == null) {
            return;
        }
        for (int i = 0; i < e.inferences().size(); i++) {
            InferenceRecord inf = e.inferences().get(i);
            String ii = Pointers.index(at, i);
            check.oneOf(f(ii, "field"), inf.field(), Policy.INFERABLE);
            if (Policy.INFERABLE.contains(inf.field()) && !e.valuesOf(inf.field()).contains(inf.value())) {
                check.problem(f(ii, "value"), "expected a value the event's \"" + inf.field() + "\" holds ("
                        + String.join(", ", e.valuesOf(inf.field())) + "), found \"" + inf.value() + "\"");
            }
            check.text(f(ii, "note"), inf.note());
        }
    }

    private void relativeLocations(String at, List<RelativeLocationRecord> locations) {
        if (locations == null) {
            return;
        }
        for (int i = 0; i < locations.size(); i++) {
            RelativeLocationRecord l = locations.get(i);
            String li = Pointers.index(at, i);
            check.ref(f(li, "from"), l.from(), "place", "country");
            check.quantity(f(li, "distance"), l.distance());
            check.oneOf(f(li, "bearing"), l.bearing(), Codes.BEARINGS);
            check.text(f(li, "note"), l.note());
        }
    }

    private void actors(String at, ActorsRecord a) {
        if (a == null) {
            return;
        }
        check.refs(f(at, "agent"), a.agent());
        check.refs(f(at, "target"), a.target());
        check.refs(f(at, "affected"), a.affected());
        check.refs(f(at, "participant"), a.participant());
        check.refs(f(at, "supporter"), a.supporter());
        check.refs(f(at, "host"), a.host());
        check.refs(f(at, "guest"), a.guest());
        check.refs(f(at, "mediator"), a.mediator());
    }

    private void claim(String at, ClaimRecord c) {
        check.langMap(f(at, "label"), c.label(), LABEL_LANGUAGES);
        check.nonEmpty(f(at, "claimant"), c.claimant(), "claimant");
        check.refs(f(at, "claimant"), c.claimant());
        check.ref(f(at, "subject"), c.subject());
        check.property(f(at, "property"), c.property());
        check.value(at, c.object(), c.quantity(), c.date(), c.text());
        check.qualifiers(f(at, "qualifiers"), c.qualifiers());
        check.evidence(f(at, "evidence"), c.evidence(), true);
        check.text(f(at, "note"), c.note());
    }

    private void relation(String at, RelationRecord r) {
        check.ref(f(at, "subject"), r.subject());
        check.property(f(at, "property"), r.property());
        check.value(at, r.object(), r.quantity(), r.date(), r.text());
        check.date(f(at, "during"), r.during());
        check.date(f(at, "validAt"), r.validAt());
        check.qualifiers(f(at, "qualifiers"), r.qualifiers());
        check.evidence(f(at, "evidence"), r.evidence(), true);
        check.saysIt(f(at, "property"), "the relation " + r.property(), Policy.PROPERTY_WORDS.get(r.property()),
                r.evidence(), ", or cite only the sources that say it");
        check.text(f(at, "note"), r.note());
    }

    private void membership(String at, MembershipRecord m) {
        check.ref(f(at, "member"), m.member());
        check.ref(f(at, "organization"), m.organization(), "org", "country");
        check.ref(f(at, "role"), m.role(), "role");
        check.ref(f(at, "post"), m.post(), "post");
        if (m.role() == null && m.post() == null) {
            check.problem(at, "expected a \"role\" or a \"post\" (whose role is then used), found neither");
        }
        check.date(f(at, "during"), m.during());
        check.date(f(at, "validAt"), m.validAt());
        check.evidence(f(at, "evidence"), m.evidence(), true);
        check.text(f(at, "note"), m.note());
    }

    private void proposal(String at, ProposalRecord p) {
        check.langMap(f(at, "label"), p.label(), LABEL_LANGUAGES);
        check.langMap(f(at, "description"), p.description());
        check.nonEmpty(f(at, "proposedBy"), p.proposedBy(), "proposer");
        check.refs(f(at, "proposedBy"), p.proposedBy());
        check.refs(f(at, "addressedTo"), p.addressedTo());
        check.refs(f(at, "facilitators"), p.facilitators());
        check.refs(f(at, "frameworks"), p.frameworks());
        check.refs(f(at, "between"), p.between());
        check.evidence(f(at, "evidence"), p.evidence(), true);
        check.text(f(at, "note"), p.note());
    }

    private void source(String at, SourceRecord s) {
        if (!s.file().matches(Policy.SOURCE_FILE)) {
            check.problem(f(at, "file"), "expected a file name such as 003_dad2c62ecae5722a.txt (three digits, an "
                    + "underscore, 16 lower-case hex digits, .txt), found " + Show.quoted(s.file()));
        }
        if (!s.sha256().matches(Policy.SHA256)) {
            check.problem(f(at, "sha256"), "expected 64 lower-case hexadecimal digits, found "
                    + Show.quoted(s.sha256()));
        }
        if (s.characters() < 0) {
            check.problem(f(at, "characters"), "expected a length of 0 or more, found " + s.characters());
        }
        check.sourceText(at, s);
        check.langMap(f(at, "label"), s.label(), LABEL_LANGUAGES);
        check.text(f(at, "title"), s.title());
        check.ref(f(at, "publisher"), s.publisher());
        check.text(f(at, "publisherBasis"), s.publisherBasis());
        check.ref(f(at, "author"), s.author());
        check.date(f(at, "issued"), s.issued());
        check.text(f(at, "dateBasis"), s.dateBasis());
        check.langTag(f(at, "language"), s.language());
        check.ref(f(at, "genre"), s.genre(), "concept");
        check.ref(f(at, "stance"), s.stance(), "concept");
        check.refs(f(at, "cites"), s.cites());
        check.text(f(at, "credit"), s.credit());
        check.evidence(f(at, "evidence"), s.evidence(), false);
        check.scope(at, s);
        check.text(f(at, "note"), s.note());
    }

    private static String f(String pointer, String field) {
        return Pointers.field(pointer, field);
    }
}
