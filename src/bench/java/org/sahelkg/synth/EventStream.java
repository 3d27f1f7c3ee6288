package org.sahelkg.synth;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sahelkg.model.ActorsRecord;
import org.sahelkg.model.ClaimRecord;
import org.sahelkg.model.DateResolutionRecord;
import org.sahelkg.model.EventRecord;
import org.sahelkg.model.EvidenceRecord;
import org.sahelkg.model.InferenceRecord;
import org.sahelkg.model.Policy;
import org.sahelkg.model.QualifierRecord;
import org.sahelkg.model.QuantityRecord;
import org.sahelkg.model.RelationRecord;
import org.sahelkg.model.RelativeLocationRecord;
import org.sahelkg.model.ThingRecord;
import org.sahelkg.synth.SourceTexts.Source;
import org.sahelkg.synth.SourceTexts.Style;
import org.sahelkg.synth.World.Country;
import org.sahelkg.synth.World.Group;
import org.sahelkg.synth.World.Region;
import org.sahelkg.synth.World.Town;

/**
 * The events, in date order, ACLED-like in their mix: battles, attacks on civilians, air strikes and protests
 * first, then statements and diplomatic measures (recalls and airspace closures often answered in kind within
 * days), agreements, visits and mediation. About one violent event in five is disputed: two or three rival
 * claims on its agent, its territory, its date or the downed drone's mission, by different claimants and
 * reported by different sources, usually put forward by statement events that convey them. Events are made
 * in small bundles (an event and what answers it) and written as each bundle is complete, ten thousand
 * events to a file, with their claims (and the drones and agreements they need) in a parallel file.
 */
final class EventStream {
    static final int PER_FILE = 10_000;
    private static final int RECENT = 24;
    /** The share of events that also have a French label (every entity has one). */
    private static final double FRENCH_LABELS = 0.25;
    /** The share of events reported by a second source. */
    private static final double SECOND_SOURCE = 0.12;

    private enum Kind {
        CLASH(0.27), ATTACK(0.13), AIRSTRIKE(0.08), SHOOT_DOWN(0.01), REGAIN(0.02), OCCUPY(0.02), OPERATION(0.025),
        PROTEST(0.12), ACCUSE(0.07), CRITICIZE(0.04), STATEMENT(0.01), RECALL(0.02), AIRSPACE(0.015),
        SUMMON(0.01), DOWNGRADE(0.005), HALT(0.003), AGREEMENT(0.008), COOPERATE(0.012), VISIT(0.01),
        MEDIATE(0.006), APPEAL(0.004), WITHDRAW(0.003), MOBILIZE(0.01), INVESTIGATE(0.008);

        final double weight;

        Kind(double weight) {
            this.weight = weight;
        }
    }

    private enum Dispute { NONE, AGENT, TERRITORY, DATE, MISSION }

    private static final String[][] ACCUSATIONS = {
        {"supporting armed groups", "soutenir des groupes armés"},
        {"violating our airspace", "violer notre espace aérien"},
        {"interfering in our internal affairs", "s'ingérer dans nos affaires intérieures"},
        {"sheltering rebel leaders", "héberger des chefs rebelles"},
        {"spreading false information", "répandre de fausses informations"},
        {"arming militias along the border", "armer des milices le long de la frontière"}};
    private static final String[] BEARINGS = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"};

    private static final Pattern CALENDAR_DATE = Pattern.compile(Policy.CALENDAR_DATE);
    private static final Pattern RELATIVE_DATE = Pattern.compile(Policy.RELATIVE_DATE);

    /** When an event happened: its EDTF value, the days it can denote, and how a sentence says it. */
    record When(String edtf, String timeOfDay, LocalDate first, LocalDate last, String en, String fr) {
        static When day(LocalDate d) {
            return new When(d.toString(), null, d, d, "on " + Dates.words(d, "en"), "le " + Dates.words(d, "fr"));
        }
    }

    /** Where: the places or nearby places, and how a sentence says it. */
    record Where(List<String> places, List<String> near, String en, String fr, Country country, Region region,
                 Town town) {
        String townName(String lang) {
            return town.name.label(lang);
        }
    }

    /** One side of a dispute over who did it: the agent named, who names it, and in which kind of statement. */
    private record Rival(String value, String claimant, String statementType) {
    }

    /** An event being put together; it becomes a record once its bundle is complete. */
    static final class Draft {
        final String id;
        final int index;
        final List<String> types = new ArrayList<>();
        String labelEn;
        String labelFr;
        When when;
        DateResolutionRecord resolution;
        final List<String> places = new ArrayList<>();
        final List<String> near = new ArrayList<>();
        RelativeLocationRecord relative;
        final List<String> agent = new ArrayList<>();
        final List<String> target = new ArrayList<>();
        final List<String> affected = new ArrayList<>();
        final List<String> participant = new ArrayList<>();
        final List<String> supporter = new ArrayList<>();
        final List<String> host = new ArrayList<>();
        final List<String> guest = new ArrayList<>();
        final List<String> mediator = new ArrayList<>();
        final List<String> concerns = new ArrayList<>();
        String partOf;
        final List<String> inResponseTo = new ArrayList<>();
        final List<String> conveys = new ArrayList<>();
        final List<String> denies = new ArrayList<>();
        QuantityRecord participants;
        String verification;
        final List<EvidenceRecord> evidence = new ArrayList<>();
        String note;
        /** Whether a body has already condemned this act as hostile to all its members. */
        boolean condemned;

        Draft(String id, int index, String type) {
            this.id = id;
            this.index = index;
            types.add(type);
        }

        String slug() {
            return id.substring("event/".length());
        }

        void at(Where w) {
            places.addAll(w.places());
            near.addAll(w.near());
        }

        /**
         * The record, with a curator's inference for what its quotes do not say (as the loader requires of curated
         * data): an agent or target none of whose {@code names} a quote holds, an act ({@link Policy#TYPE_WORDS})
         * that the quotes of one of its sources do not say, a date no quote gives a year or month for and no
         * resolution explains; and the sources that give the date, where not all do. The quotes alone are read, never the sentences around them, so an inference
         * is listed wherever the loader could want one.
         */
        EventRecord record(Function<String, List<String>> names) {
            boolean anyActor = !(agent.isEmpty() && target.isEmpty() && affected.isEmpty() && participant.isEmpty()
                    && supporter.isEmpty() && host.isEmpty() && guest.isEmpty() && mediator.isEmpty());
            ActorsRecord actors = anyActor ? new ActorsRecord(orNull(agent), orNull(target), orNull(affected),
                    orNull(participant), orNull(supporter), orNull(host), orNull(guest), orNull(mediator)) : null;
            String quoted = evidence.stream().map(EvidenceRecord::quote).collect(Collectors.joining("\n"))
                    .toLowerCase(Locale.ROOT);
            List<InferenceRecord> inferences = new ArrayList<>();
            for (String role : Policy.NAMED_ROLES) {
                List<String> ids = role.equals("actors.agent") ? agent : role.equals("actors.target") ? target
                        : List.of();
                for (String actor : ids) {
                    if (names.apply(actor).stream().noneMatch(n -> quoted.contains(n.toLowerCase(Locale.ROOT)))) {
                        inferences.add(new InferenceRecord(role, actor, "The generated quotes do not name it."));
                    }
                }
            }
            // Each source cited must say the act, as the loader requires: one that does not makes it an inference.
            Map<String, String> quotedBy = evidence.stream().collect(Collectors.groupingBy(EvidenceRecord::source,
                    Collectors.mapping(x -> x.quote().toLowerCase(Locale.ROOT), Collectors.joining("\n"))));
            for (String type : types) {
                String words = Policy.TYPE_WORDS.get(type);
                if (words != null && quotedBy.values().stream().anyMatch(q -> !Pattern.compile(words).matcher(q).find())) {
                    inferences.add(new InferenceRecord("types", type, "The generated quotes do not say how."));
                }
            }
            // The sources credited with the date are those whose quotes have a word of time; when none has, or
            // only relative words and no resolution says how, the date is an inference.
            List<String> dating = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (EvidenceRecord x : evidence) {
                String q = x.quote().toLowerCase(Locale.ROOT);
                if (!sources.contains(x.source())) {
                    sources.add(x.source());
                }
                if (!dating.contains(x.source())
                        && (CALENDAR_DATE.matcher(q).find() || RELATIVE_DATE.matcher(q).find())) {
                    dating.add(x.source());
                }
            }
            List<String> dateFrom = when == null || dating.isEmpty() || dating.size() == sources.size() ? null
                    : List.copyOf(dating);
            if (when != null && (dating.isEmpty() || resolution == null && !CALENDAR_DATE.matcher(quoted).find())) {
                inferences.add(new InferenceRecord("date", when.edtf(), "The generated quotes do not say when."));
            }
            return new EventRecord(id, List.copyOf(types), Naming.labels(labelEn, labelFr), null,
                    when == null ? null : when.edtf(), when == null ? null : when.timeOfDay(), resolution, dateFrom,
                    orNull(places), orNull(near), relative == null ? null : List.of(relative), actors,
                    orNull(concerns), partOf, orNull(inResponseTo), orNull(conveys), orNull(denies), participants,
                    verification, inferences.isEmpty() ? null : List.copyOf(inferences), List.copyOf(evidence), note);
        }

        private static List<String> orNull(List<String> list) {
            return list.isEmpty() ? null : List.copyOf(list);
        }
    }

    private final World world;
    private final SourceTexts texts;
    private final Dice dice;
    private final int total;
    private final Path data;
    private final Weights<Kind> kinds = new Weights<>();
    private final List<Draft> pending = new ArrayList<>();
    private final List<ClaimRecord> pendingClaims = new ArrayList<>();
    private final List<ThingRecord> chunkThings = new ArrayList<>();
    private final List<RelationRecord> chunkRelations = new ArrayList<>();
    private final List<Deque<Draft>> recentViolence = new ArrayList<>();
    private int next;
    private int chunk = -1;
    private JsonOut eventsFile;
    private JsonOut claimsFile;
    private int files;
    private long claims;
    private long extraRecords;
    private long disputed;
    private long reciprocalPairs;

    EventStream(World world, SourceTexts texts, Dice dice, int total, Path data) {
        this.world = world;
        this.texts = texts;
        this.dice = dice;
        this.total = total;
        this.data = data;
        for (Kind k : Kind.values()) {
            kinds.add(k, k.weight);
        }
        for (int i = 0; i < world.countries.size(); i++) {
            recentViolence.add(new ArrayDeque<>());
        }
    }

    /** Generates and writes every event; returns when the last file is closed. */
    void run() {
        long span = Dates.LAST_DAY.toEpochDay() - Dates.FIRST_DAY.toEpochDay() - 20;
        while (next < total) {
            LocalDate day = Dates.FIRST_DAY.plusDays(next * span / total + dice.between(0, 2));
            bundle(kinds.draw(dice), day);
            flush();
        }
        closeChunk();
    }

    int files() {
        return files;
    }

    long claims() {
        return claims;
    }

    /** Drones, agreements and their relations written beside the claims. */
    long extraRecords() {
        return extraRecords;
    }

    long disputed() {
        return disputed;
    }

    long reciprocalPairs() {
        return reciprocalPairs;
    }

    // ------------------------------------------------------------------------------------------ bundles

    private void bundle(Kind kind, LocalDate day) {
        switch (kind) {
            case CLASH:
            case ATTACK:
            case AIRSTRIKE:
            case REGAIN:
            case OCCUPY:
                violence(kind, day);
                break;
            case SHOOT_DOWN:
                shootDown(day);
                break;
            case OPERATION:
                operation(day);
                break;
            case PROTEST:
                protest(day);
                break;
            case ACCUSE:
            case CRITICIZE:
            case STATEMENT:
                statement(kind, day);
                break;
            case RECALL:
            case AIRSPACE:
                measurePair(kind, day);
                break;
            case SUMMON:
            case DOWNGRADE:
            case HALT:
                measure(kind, day);
                break;
            case AGREEMENT:
                agreement(day);
                break;
            case COOPERATE:
                cooperation(day);
                break;
            case VISIT:
                visit(day);
                break;
            case MEDIATE:
            case APPEAL:
                mediation(kind, day);
                break;
            case WITHDRAW:
                withdrawal(day);
                break;
            case MOBILIZE:
                mobilisation(day);
                break;
            default:
                investigation(day);
        }
    }

    private void violence(Kind kind, LocalDate day) {
        Dispute dispute = dice.chance(0.22) ? dice.pick(new Dispute[] {Dispute.AGENT, Dispute.AGENT,
            Dispute.TERRITORY, Dispute.DATE}) : Dispute.NONE;
        if (dispute == Dispute.TERRITORY && world.twins.isEmpty()) {
            dispute = Dispute.AGENT;
        }
        Town[] twin = dispute == Dispute.TERRITORY ? dice.pick(world.twins) : null;
        Town town = twin != null ? twin[0] : world.violentTowns.draw(dice);
        Country c = town.country;
        Group g = groupIn(town);
        Where where = twin != null ? border(twin) : kind == Kind.REGAIN || kind == Kind.OCCUPY ? in(town) : where(town);
        When when = dispute == Dispute.DATE ? oneOfTwoDays(day) : violentWhen(day);
        String type;
        switch (kind) {
            case ATTACK:
                type = "use-military-force";
                break;
            case AIRSTRIKE:
                type = "airstrike";
                break;
            case REGAIN:
                type = "regain-territory";
                break;
            case OCCUPY:
                type = "occupy-territory";
                break;
            default:
                type = "armed-clash";
        }
        if (dispute == Dispute.AGENT && kind != Kind.AIRSTRIKE) {
            type = "use-military-force";
        }
        Draft e = draft(type);
        e.when = when;
        e.at(where);
        String civilians = where.region().civilians;
        String en;
        String fr;
        if (dispute == Dispute.AGENT) {
            e.affected.add(civilians);
            en = (kind == Kind.AIRSTRIKE ? "an air strike hit a village " : "civilians were attacked ") + where.en()
                    + " " + when.en();
            fr = (kind == Kind.AIRSTRIKE ? "une frappe aérienne a touché un village "
                    : "des civils ont été attaqués ")
                    + where.fr() + " " + when.fr();
            e.labelEn = (kind == Kind.AIRSTRIKE ? "Air strike on a village " : "Attack on civilians ") + where.en();
            e.labelFr = (kind == Kind.AIRSTRIKE ? "Frappe aérienne sur un village " : "Attaque contre des civils ")
                    + where.fr();
            e.note = "The agent is not asserted: the claims name rival agents.";
        } else {
            String agent;
            String target;
            switch (kind) {
                case ATTACK:
                    agent = dice.chance(0.85) ? g.id : world.unidentified;
                    target = null;
                    e.affected.add(civilians);
                    en = name(agent, "en") + " attacked civilians " + where.en() + " " + when.en();
                    fr = "une attaque " + Naming.deRef(name(agent, "fr")) + " a visé des civils " + where.fr() + " "
                            + when.fr();
                    e.labelEn = "Attack by " + label(agent, "en") + " on civilians " + where.en();
                    e.labelFr = "Attaque " + Naming.deRef(name(agent, "fr")) + " contre des civils " + where.fr();
                    break;
                case AIRSTRIKE:
                    agent = c.airForce;
                    target = g.id;
                    if (dice.chance(0.1)) {
                        e.affected.add(civilians);
                    }
                    en = "an air strike by " + name(agent, "en") + " hit positions of " + name(target, "en") + " "
                            + where.en() + " " + when.en();
                    fr = "une frappe aérienne " + Naming.deRef(name(agent, "fr")) + " a touché des positions "
                            + Naming.deRef(name(target, "fr")) + " " + where.fr() + " " + when.fr();
                    e.labelEn = "Air strike by " + label(agent, "en") + " " + where.en();
                    e.labelFr = "Frappe aérienne " + Naming.deRef(name(agent, "fr")) + " " + where.fr();
                    break;
                case REGAIN:
                    agent = c.forces;
                    target = g.id;
                    en = name(agent, "en") + " retook " + where.townName("en") + " from " + name(target, "en") + " "
                            + when.en();
                    fr = "le contrôle " + Naming.de(where.townName("fr")) + " a été repris par " + name(agent, "fr")
                            + " " + when.fr();
                    e.labelEn = "Recapture of " + where.townName("en") + " by " + label(agent, "en");
                    e.labelFr = "Reprise " + Naming.de(where.townName("fr")) + " par " + name(agent, "fr");
                    break;
                case OCCUPY:
                    agent = g.id;
                    target = c.forces;
                    en = name(agent, "en") + " took control of " + where.townName("en") + " " + when.en();
                    fr = where.townName("fr") + " est passé sous le contrôle " + Naming.deRef(name(agent, "fr")) + " "
                            + when.fr();
                    e.labelEn = "Seizure of " + where.townName("en") + " by " + label(agent, "en");
                    e.labelFr = "Prise " + Naming.de(where.townName("fr")) + " par " + name(agent, "fr");
                    break;
                default:
                    double r = dice.unit();
                    if (r < 0.6) {
                        agent = c.forces;
                        target = g.id;
                    } else if (r < 0.9) {
                        agent = g.id;
                        target = c.forces;
                    } else {
                        agent = g.id;
                        target = otherGroup(g).id;
                    }
                    en = name(agent, "en") + " clashed with " + name(target, "en") + " " + where.en() + " "
                            + when.en();
                    fr = "des affrontements ont opposé " + name(agent, "fr") + " " + Naming.aRef(name(target, "fr"))
                            + " " + where.fr() + " " + when.fr();
                    e.labelEn = "Armed clash between " + label(agent, "en") + " and " + label(target, "en") + " "
                            + where.en();
                    e.labelFr = "Affrontement entre " + label(agent, "fr") + " et " + label(target, "fr") + " "
                            + where.fr();
                    if (!c.partners.isEmpty() && agent.equals(c.forces) && dice.chance(0.12)) {
                        e.supporter.add(dice.pick(c.partners).forces);
                    }
                    if (dice.chance(0.08)) {
                        e.affected.add(civilians);
                    }
            }
            e.agent.add(agent);
            if (target != null) {
                e.target.add(target);
            }
        }
        if (dice.chance(0.03) && where.town() != null) {
            e.relative = new RelativeLocationRecord(where.town().id, new QuantityRecord(BigDecimal.valueOf(
                    dice.between(3, 40)), "km", dice.chance(0.5) ? "about" : null, null), dice.pick(BEARINGS), null);
        }
        if (dice.chance(0.02)) {
            e.verification = "unverified";
        }
        boolean episode = dispute == Dispute.NONE && kind == Kind.CLASH && when.first().equals(when.last())
                && when.timeOfDay() == null && dice.chance(0.2);
        if (episode) {
            episode(e, where, when.first());
        } else {
            e.evidence.add(report(en, fr));
            secondQuote(e, en, fr);
        }
        remember(c, e);
        switch (dispute) {
            case AGENT:
                if (kind == Kind.AIRSTRIKE) {
                    Country d = !c.partners.isEmpty() ? dice.pick(c.partners) : !c.neighbours.isEmpty()
                            ? dice.pick(c.neighbours) : dice.pickOther(world.countries, c);
                    agentDispute(e, where, g, new Rival(d.airForce, c.government, "accuse"),
                            new Rival(c.airForce, d.defenceMinistry, "accuse"));
                } else if (dice.chance(0.5)) {
                    agentDispute(e, where, g, new Rival(g.id, c.defenceMinistry, "accuse"),
                            new Rival(c.forces, g.id, "accuse"));
                } else {
                    agentDispute(e, where, g, new Rival(g.id, g.id, "claim-responsibility"),
                            new Rival(otherGroup(g).id, c.defenceMinistry, "accuse"));
                }
                break;
            case TERRITORY:
                territoryDispute(e, twin);
                break;
            case DATE:
                dateDispute(e);
                break;
            default:
        }
    }

    /** A battle over several days, coded one event a day as ACLED does, all citing the report of the whole. */
    private void episode(Draft e, Where where, LocalDate day) {
        int days = dice.between(2, 4);
        LocalDate last = day.plusDays(days - 1);
        String a = e.agent.get(0);
        String b = e.target.get(0);
        EvidenceRecord shared = report("fighting between " + name(a, "en") + " and " + name(b, "en")
                + " continued " + where.en() + " from " + Dates.words(day, "en") + " to " + Dates.words(last, "en"),
                "les combats entre " + name(a, "fr") + " et " + name(b, "fr") + " se sont poursuivis " + where.fr()
                        + " du " + Dates.words(day, "fr") + " au " + Dates.words(last, "fr"));
        e.evidence.add(shared);
        for (int i = 1; i < days; i++) {
            Draft d = draft("armed-clash");
            if (d == null) {
                return;
            }
            d.when = When.day(day.plusDays(i));
            d.at(where);
            d.agent.addAll(e.agent);
            d.target.addAll(e.target);
            d.supporter.addAll(e.supporter);
            d.labelEn = e.labelEn + " (day " + (i + 1) + ")";
            d.labelFr = e.labelFr == null ? null : e.labelFr + " (jour " + (i + 1) + ")";
            d.evidence.add(shared);
            if (dice.chance(0.3)) {
                d.evidence.add(report(name(a, "en") + " and " + name(b, "en") + " fought again " + where.en() + " "
                        + d.when.en(), "nouveaux combats entre " + name(a, "fr") + " et " + name(b, "fr") + " "
                        + where.fr() + " " + d.when.fr()));
            }
        }
    }

    private void shootDown(LocalDate day) {
        Town[] twin = world.twins.isEmpty() ? null : dice.pick(world.twins);
        Town town = twin != null ? twin[0] : world.violentTowns.draw(dice);
        Country shooter = town.country;
        Country operator = twin != null ? twin[1].country : dice.pickOther(world.countries, shooter);
        double r = dice.unit();
        Dispute dispute = r < 0.4 ? Dispute.MISSION : r < 0.65 ? Dispute.TERRITORY : r < 0.8 ? Dispute.AGENT
                : Dispute.NONE;
        if (dispute == Dispute.TERRITORY && twin == null) {
            dispute = Dispute.MISSION;
        }
        Where where = twin != null ? border(twin) : near(town);
        When when = night(day);
        String model = dice.pick(world.productModels);
        Draft e = draft("shoot-down");
        e.when = when;
        e.at(where);
        String drone = "thing/" + Naming.slug(world.names.get(model).en()) + "-" + e.slug();
        Name droneName = new Name(world.names.get(model).en() + " of " + label(operator.airForce, "en") + " downed "
                + Dates.words(when.first(), "en"), world.names.get(model).fr() + " " + Naming.deRef(
                name(operator.airForce, "fr")) + " abattu le " + Dates.words(when.first(), "fr"),
                "a " + world.names.get(model).en() + " operated by " + name(operator.airForce, "en"),
                "un " + world.names.get(model).fr() + " " + Naming.deRef(name(operator.airForce, "fr")));
        world.names.put(drone, droneName);
        chunkThings.add(new ThingRecord(drone, "artifact", Naming.labels(droneName.en(), droneName.fr()), null, null,
                null, null, null));
        chunkRelations.add(world.relationRecord(drone, "schema:model", model, null, null, null,
                report(droneName.ref("en") + " of the " + world.names.get(model).en() + " type",
                        droneName.ref("fr") + " de type " + world.names.get(model).en())));
        chunkRelations.add(world.relationRecord(drone, "skg:operatedBy", operator.airForce, null, null, null,
                report("the drone belonged to " + name(operator.airForce, "en"),
                        "le drone appartenait " + Naming.aRef(name(operator.airForce, "fr")))));
        e.concerns.add(drone);
        e.target.add(operator.id);
        if (dispute != Dispute.AGENT) {
            e.agent.add(shooter.forces);
        } else {
            e.note = "The agent is not asserted: the claims name rival agents.";
        }
        e.labelEn = "Downing of a drone of " + label(operator.id, "en") + " " + where.en();
        e.labelFr = "Destruction d'un drone " + Naming.deRef(name(operator.id, "fr")) + " " + where.fr();
        String en = droneName.ref("en") + " was shot down " + where.en() + " " + when.en();
        String fr = droneName.ref("fr") + " a été abattu " + where.fr() + " " + when.fr();
        e.evidence.add(report(en, fr));
        secondQuote(e, en, fr);
        remember(shooter, e);
        if (dice.chance(0.6)) {
            collectiveCondemnation(e, operator, shooter);
        }
        switch (dispute) {
            case MISSION:
                missionDispute(e, drone, operator, shooter);
                break;
            case TERRITORY:
                territoryDispute(e, twin);
                break;
            case AGENT:
                Group g = groupIn(town);
                agentDispute(e, where, g, new Rival(shooter.forces, shooter.defenceMinistry, "claim-responsibility"),
                        new Rival(g.id, g.id, "claim-responsibility"));
                break;
            default:
        }
    }

    private void operation(LocalDate day) {
        Country c = world.conflictCountries.draw(dice);
        Region region = dice.pick(c.regions);
        int days = dice.between(7, 30);
        LocalDate last = day.plusDays(days);
        Draft op = draft("military-operation");
        op.when = new When(day + "/" + last, null, day, last, "from " + Dates.words(day, "en") + " to "
                + Dates.words(last, "en"), "du " + Dates.words(day, "fr") + " au " + Dates.words(last, "fr"));
        op.places.add(region.id);
        op.agent.add(c.forces);
        if (!c.partners.isEmpty() && dice.chance(0.4)) {
            op.supporter.add(dice.pick(c.partners).forces);
        }
        if (!region.groups.isEmpty()) {
            op.target.add(dice.pick(region.groups).id);
        }
        op.labelEn = "Military operation by " + label(c.forces, "en") + " in " + region.name.refEn();
        op.labelFr = "Opération militaire " + Naming.deRef(name(c.forces, "fr")) + " dans "
                + region.name.refFr();
        op.evidence.add(report(name(c.forces, "en") + " launched a military operation in " + region.name.refEn() + " "
                + op.when.en(), "une opération militaire a été lancée par " + name(c.forces, "fr") + " dans "
                + region.name.refFr() + " " + op.when.fr()));
        remember(c, op);
        int parts = dice.between(0, 2);
        for (int i = 0; i < parts && !region.towns.isEmpty(); i++) {
            boolean air = dice.chance(0.3);
            Draft d = draft(air ? "airstrike" : "armed-clash");
            if (d == null) {
                return;
            }
            Town t = dice.pick(region.towns);
            Where where = where(t);
            LocalDate when = Dates.between(dice, day, last);
            d.when = When.day(when);
            d.at(where);
            d.partOf = op.id;
            d.agent.add(air ? c.airForce : c.forces);
            d.target.addAll(op.target);
            d.labelEn = (air ? "Air strike " : "Armed clash ") + where.en()
                    + " during the operation";
            d.evidence.add(report("as part of the operation, " + name(d.agent.get(0), "en") + " struck " + where.en()
                    + " " + d.when.en(), "dans le cadre de l'opération, des frappes " + Naming.deRef(
                    name(d.agent.get(0), "fr")) + " ont touché " + where.fr() + " " + d.when.fr()));
            remember(c, d);
        }
    }

    private void protest(LocalDate day) {
        Town t = world.protestTowns.draw(dice);
        Country c = t.country;
        Draft e = draft("demonstrate");
        e.when = dice.chance(0.9) ? When.day(day) : month(day);
        e.places.add(t.id);
        String agent = c.protesters.contains("org/protesters-in-" + Naming.slug(t.name.en()))
                ? "org/protesters-in-" + Naming.slug(t.name.en()) : dice.pick(c.protesters);
        e.agent.add(agent);
        double r = dice.unit();
        String against;
        if (r < 0.45) {
            against = c.government;
        } else if (r < 0.8) {
            Country other = dice.pick(c.neighbours.isEmpty() ? world.countries : c.neighbours);
            against = other.id;
        } else {
            against = null;
        }
        if (against != null) {
            e.target.add(against);
        }
        String en = "hundreds of people demonstrated in " + t.name.en() + (against == null ? " against insecurity"
                : " against " + name(against, "en")) + " " + e.when.en();
        String fr = "des centaines de personnes ont manifesté à " + t.name.fr() + (against == null
                ? " contre l'insécurité" : " contre " + name(against, "fr")) + " " + e.when.fr();
        e.labelEn = "Demonstration in " + t.name.en() + (against == null ? " against insecurity"
                : " against " + label(against, "en"));
        e.labelFr = "Manifestation à " + t.name.fr();
        if (dice.chance(0.4)) {
            e.participants = new QuantityRecord(BigDecimal.valueOf(dice.between(1, 50) * 100L), "person",
                    dice.pick(new String[] {"about", "more-than", "exactly", "at-least"}), null);
        }
        Draft cause = recent(c, day);
        if (cause != null && dice.chance(0.2)) {
            e.inResponseTo.add(cause.id);
        }
        e.evidence.add(report(en, fr));
        secondQuote(e, en, fr);
    }

    private void statement(Kind kind, LocalDate day) {
        Country[] pair = world.rivalries.draw(dice);
        boolean flip = dice.chance(0.5);
        Country speakerCountry = flip ? pair[1] : pair[0];
        Country target = flip ? pair[0] : pair[1];
        String speaker = speaker(speakerCountry, day);
        Draft e;
        String en;
        String fr;
        String[] accusation = null;
        if (kind == Kind.ACCUSE) {
            double r = dice.unit();
            String type = r < 0.6 ? "accuse" : r < 0.8 ? "accuse-of-crime" : "accuse-of-aggression";
            e = draft(type);
            if (dice.chance(0.3)) {
                e.types.add("event-type/criticize-or-denounce");
            }
            if (type.equals("accuse-of-aggression")) {
                en = name(target.id, "en") + " has committed an act of aggression against our country";
                fr = name(target.id, "fr") + " a commis un acte d'agression contre notre pays";
            } else {
                accusation = dice.pick(ACCUSATIONS);
                en = "we accuse " + name(target.id, "en") + " of " + accusation[0];
                fr = "nous accusons " + name(target.id, "fr") + " " + Naming.de(accusation[1]);
            }
            e.labelEn = label(speaker, "en") + " accuses " + label(target.id, "en")
                    + (accusation == null ? " of aggression" : " of " + accusation[0]);
        } else if (kind == Kind.CRITICIZE) {
            e = draft("criticize-or-denounce");
            en = "we condemn the actions of " + name(target.id, "en");
            fr = "nous condamnons les agissements " + Naming.deRef(name(target.id, "fr"));
            e.labelEn = label(speaker, "en") + " denounces " + label(target.id, "en");
        } else {
            e = draft("make-statement");
            en = "the situation along our border with " + name(target.id, "en") + " is under control";
            fr = "la situation à notre frontière avec " + name(target.id, "fr") + " est sous contrôle";
            e.labelEn = "Statement by " + label(speaker, "en") + " on the border with " + label(target.id, "en");
        }
        e.when = dice.chance(0.92) ? When.day(day) : oneOfWeek(day);
        e.agent.add(speaker);
        e.target.add(target.id);
        e.labelFr = "Déclaration " + Naming.deRef(name(speaker, "fr")) + " visant " + name(target.id, "fr");
        Draft cause = recent(speakerCountry, day);
        if (cause != null && dice.chance(0.4)) {
            e.inResponseTo.add(cause.id);
        }
        EvidenceRecord quote = speech(texts.pick(), speaker, en, fr);
        e.evidence.add(quote);
        if (accusation != null && dice.chance(0.5)) {
            ClaimRecord claim = new ClaimRecord("claim/" + e.slug() + "-accusation", Naming.labels(
                    label(target.id, "en") + " is accused of " + accusation[0] + " (" + label(speaker, "en") + ")",
                    null), List.of(speaker), target.id, "skg:accusedOf", null, null, null,
                    Naming.text("en", accusation[0]), null, null, List.of(quote), null);
            pendingClaims.add(claim);
            e.conveys.add(claim.id());
            if (dice.chance(0.3)) {
                Draft deny = draft("deny-responsibility");
                if (deny != null) {
                    LocalDate then = e.when.last().plusDays(dice.between(1, 10));
                    deny.when = When.day(then);
                    String denier = dice.chance(0.7) ? target.foreignMinistry : speaker(target, then);
                    deny.agent.add(denier);
                    deny.target.add(speakerCountry.id);
                    deny.inResponseTo.add(e.id);
                    deny.denies.add(claim.id());
                    deny.labelEn = label(denier, "en") + " rejects the accusations of "
                            + label(speakerCountry.id, "en");
                    deny.evidence.add(speech(texts.pick(), denier, "these accusations by "
                            + name(speakerCountry.id, "en")
                            + " are baseless", "ces accusations " + Naming.deRef(name(speakerCountry.id, "fr"))
                            + " sont sans fondement"));
                }
            }
        }
    }

    /** A recall of ambassadors or an airspace closure, answered in kind 1 to 5 days later seven times in ten. */
    private void measurePair(Kind kind, LocalDate day) {
        Country[] pair = world.rivalries.draw(dice);
        boolean flip = dice.chance(0.5);
        Country a = flip ? pair[1] : pair[0];
        Country b = flip ? pair[0] : pair[1];
        List<Country> agents = new ArrayList<>(List.of(a));
        World.Coalition bloc = null;
        if (kind == Kind.RECALL && dice.chance(0.15)) {
            for (World.Coalition o : world.intergovernmental) {
                List<Country> members = o.members.stream().filter(m -> m.end == null).map(m -> m.country)
                        .filter(m -> m != b).toList();
                if (members.contains(a) && members.size() >= 2 && members.size() <= 4) {
                    agents = new ArrayList<>(members);
                    bloc = o;
                    break;
                }
            }
        }
        Draft first = measureEvent(kind, agents, List.of(b), When.day(day), bloc);
        if (!dice.chance(0.7)) {
            return;
        }
        int lag = dice.between(1, 5);
        Draft second = draft(kind == Kind.RECALL ? "recall-ambassador" : "close-airspace");
        if (second == null) {
            return;
        }
        reciprocalPairs++;
        LocalDate then = day.plusDays(lag);
        second.when = When.day(then);
        if (dice.chance(0.6)) {
            second.inResponseTo.add(first.id);
        }
        if (lag == 1 && dice.chance(0.5)) {
            second.resolution = new DateResolutionRecord(dice.chance(0.5) ? "The next day" : "the following day",
                    first.id, "The source dates the answer by the day after the first measure.");
        }
        fillMeasure(second, kind, List.of(b), agents, null);
        if (kind == Kind.AIRSPACE && lag <= 2 && dice.chance(0.4)) {
            EvidenceRecord both = report("both " + name(a.id, "en") + " and " + name(b.id, "en")
                    + " closed their airspace to each other's aircraft", name(a.id, "fr") + " et " + name(b.id, "fr")
                    + " ont tous deux fermé leur espace aérien à l'autre");
            first.evidence.add(both);
            second.evidence.add(both);
        } else {
            second.evidence.add(report(measureClause(kind, List.of(b), agents, second.when, "en"),
                    measureClause(kind, List.of(b), agents, second.when, "fr")));
        }
    }

    private Draft measureEvent(Kind kind, List<Country> agents, List<Country> targets, When when,
                               World.Coalition bloc) {
        Draft e = draft(kind == Kind.RECALL ? "recall-ambassador" : "close-airspace");
        e.when = when;
        fillMeasure(e, kind, agents, targets, bloc);
        e.evidence.add(report(measureClause(kind, agents, targets, when, "en"),
                measureClause(kind, agents, targets, when, "fr")));
        return e;
    }

    private void fillMeasure(Draft e, Kind kind, List<Country> agents, List<Country> targets, World.Coalition bloc) {
        agents.forEach(c -> e.agent.add(c.id));
        targets.forEach(c -> e.target.add(c.id));
        if (bloc != null) {
            e.participant.add(bloc.id);
        }
        if (kind == Kind.RECALL) {
            targets.forEach(c -> e.places.add(c.capital.id));
            e.labelEn = names(agents, "en") + " recall"
                    + (agents.size() == 1 ? "s its ambassador" : " their ambassadors")
                    + " from " + names(targets, "en");
            e.labelFr = Naming.capitalise(names(agents, "fr")) + (agents.size() == 1
                    ? " rappelle son ambassadeur" : " rappellent leurs ambassadeurs");
        } else {
            agents.forEach(c -> e.places.add(c.id));
            e.labelEn = names(agents, "en") + " closes its airspace to aircraft from " + names(targets, "en");
            e.labelFr = Naming.capitalise(names(agents, "fr")) + " ferme son espace aérien";
            if (dice.chance(0.3)) {
                e.participant.add(agents.get(0).defenceMinistry);
            }
        }
    }

    private String measureClause(Kind kind, List<Country> agents, List<Country> targets, When when, String lang) {
        boolean many = agents.size() > 1;
        if (kind == Kind.RECALL) {
            return lang.equals("en")
                    ? names(agents, "en") + " recalled " + (many ? "their ambassadors" : "its ambassador") + " from "
                            + names(targets, "en") + " " + when.en()
                    : names(agents, "fr") + (many ? " ont rappelé leurs ambassadeurs" : " a rappelé son ambassadeur")
                            + " " + Naming.aRef(names(targets, "fr")) + " " + when.fr();
        }
        return lang.equals("en")
                ? names(agents, "en") + " closed its airspace to aircraft from " + names(targets, "en") + " "
                        + when.en()
                : names(agents, "fr") + " a fermé son espace aérien aux appareils "
                        + Naming.deRef(names(targets, "fr"))
                        + " " + when.fr();
    }

    private void measure(Kind kind, LocalDate day) {
        Country[] pair = world.rivalries.draw(dice);
        boolean flip = dice.chance(0.5);
        Country a = flip ? pair[1] : pair[0];
        Country b = flip ? pair[0] : pair[1];
        String type = kind == Kind.SUMMON ? "summon-ambassador" : kind == Kind.DOWNGRADE
                ? "reduce-diplomatic-relations" : "halt-negotiations";
        Draft e = draft(type);
        e.when = When.day(day);
        String agent = dice.chance(0.6) ? a.foreignMinistry : a.id;
        e.agent.add(agent);
        e.target.add(b.id);
        String en;
        String fr;
        if (kind == Kind.SUMMON) {
            e.places.add(a.capital.id);
            en = name(agent, "en") + " summoned the ambassador of " + name(b.id, "en") + " " + e.when.en();
            fr = name(agent, "fr") + " a convoqué l'ambassadeur " + Naming.deRef(name(b.id, "fr")) + " " + e.when.fr();
            e.labelEn = label(agent, "en") + " summons the ambassador of " + label(b.id, "en");
        } else if (kind == Kind.DOWNGRADE) {
            en = name(agent, "en") + " downgraded its diplomatic relations with " + name(b.id, "en") + " "
                    + e.when.en();
            fr = name(agent, "fr") + " a réduit ses relations diplomatiques avec " + name(b.id, "fr") + " "
                    + e.when.fr();
            e.labelEn = label(agent, "en") + " downgrades relations with " + label(b.id, "en");
        } else {
            en = name(agent, "en") + " suspended talks with " + name(b.id, "en") + " " + e.when.en();
            fr = name(agent, "fr") + " a suspendu les discussions avec " + name(b.id, "fr") + " " + e.when.fr();
            e.labelEn = label(agent, "en") + " suspends talks with " + label(b.id, "en");
        }
        Draft cause = recent(a, day);
        if (cause != null && dice.chance(0.3)) {
            e.inResponseTo.add(cause.id);
        }
        e.evidence.add(report(en, fr));
    }

    private void agreement(LocalDate day) {
        Country a = dice.pick(world.countries);
        boolean withGroup = !a.groups.isEmpty() && dice.chance(0.4);
        String other = withGroup ? dice.pick(a.groups).id : dice.pickOther(world.countries, a).id;
        Country mediator = dice.pickOther(world.countries, a);
        Town t = dice.pick(mediator.towns);
        Draft e = draft("sign-agreement");
        e.when = When.day(day);
        e.places.add(t.id);
        String agreement = "thing/" + Naming.slug(t.name.en()) + "-agreement-" + e.slug().substring(
                e.slug().lastIndexOf('-') + 1);
        Name an = new Name(t.name.en() + " Agreement of " + day.getYear(), "Accord " + Naming.de(t.name.fr()) + " de "
                + day.getYear(), "the " + t.name.en() + " Agreement", "l'accord " + Naming.de(t.name.fr()));
        world.names.put(agreement, an);
        chunkThings.add(new ThingRecord(agreement, "agreement", Naming.labels(an.en(), an.fr()), null, null, null,
                null, null));
        e.agent.add(a.government);
        e.agent.add(withGroup ? other : governmentOf(other));
        if (dice.chance(0.7)) {
            e.mediator.add(mediator.id);
        }
        e.concerns.add(agreement);
        e.labelEn = "Signing of " + an.refEn();
        e.labelFr = "Signature de " + an.refFr();
        e.evidence.add(report(name(e.agent.get(0), "en") + " and " + name(e.agent.get(1), "en") + " signed "
                + an.refEn() + " in " + t.name.en() + " " + e.when.en(), name(e.agent.get(0), "fr") + " et "
                + name(e.agent.get(1), "fr") + " ont signé " + an.refFr() + " à " + t.name.fr() + " " + e.when.fr()));
    }

    private void cooperation(LocalDate day) {
        Country a = dice.pick(world.countries);
        Country b = a.partners.isEmpty() ? dice.pickOther(world.countries, a) : dice.pick(a.partners);
        boolean military = dice.chance(0.6);
        Draft e = draft(military ? "cooperate-militarily" : dice.chance(0.5) ? "cooperate-economically"
                : "diplomatic-cooperation");
        e.when = dice.chance(0.85) ? When.day(day) : month(day);
        e.agent.add(military ? a.forces : a.government);
        e.participant.add(military ? b.forces : b.government);
        e.places.add(a.capital.id);
        String what = military ? "joint patrols" : "closer cooperation";
        String quoi = military ? "des patrouilles conjointes" : "une coopération renforcée";
        e.labelEn = label(a.id, "en") + " and " + label(b.id, "en") + " agree on " + what;
        e.evidence.add(report(name(a.id, "en") + " and " + name(b.id, "en") + " agreed on " + what + " " + e.when.en(),
                name(a.id, "fr") + " et " + name(b.id, "fr") + " sont convenus " + Naming.de(quoi) + " "
                        + e.when.fr()));
    }

    private void visit(LocalDate day) {
        Country host = dice.pick(world.countries);
        Country guestCountry = dice.pickOther(world.countries, host);
        World.Term guest = guestCountry.foreignMinister.holderAt(day);
        String guestId = guest != null ? guest.person() : guestCountry.id;
        Draft e = draft("make-visit");
        e.types.add("event-type/host-visit");
        e.when = When.day(day);
        e.places.add(host.capital.id);
        e.guest.add(guestId);
        e.host.add(host.id);
        e.labelEn = "Visit of " + label(guestId, "en") + " to " + host.capital.name.en();
        e.labelFr = "Visite " + Naming.deRef(name(guestId, "fr")) + " à " + host.capital.name.fr();
        e.evidence.add(report(name(guestId, "en") + " travelled to " + host.capital.name.en() + " for talks "
                + e.when.en(), name(guestId, "fr") + " s'est rendu à " + host.capital.name.fr()
                + " pour des entretiens " + e.when.fr()));
    }

    private void mediation(Kind kind, LocalDate day) {
        Country[] pair = world.rivalries.draw(dice);
        boolean body = dice.chance(0.4);
        String mediator = body ? dice.pick(world.intergovernmental).id : pickOutside(pair).id;
        Draft e = draft(kind == Kind.MEDIATE ? "mediate" : "appeal-for-mediation");
        e.when = When.day(day);
        String a = pair[0].id;
        String b = pair[1].id;
        if (kind == Kind.MEDIATE) {
            e.mediator.add(mediator);
            e.participant.add(a);
            e.participant.add(b);
            e.labelEn = label(mediator, "en") + " mediates between " + label(a, "en") + " and " + label(b, "en");
            e.evidence.add(report(name(mediator, "en") + " hosted talks between " + name(a, "en") + " and "
                    + name(b, "en") + " " + e.when.en(), name(mediator, "fr") + " a accueilli des pourparlers entre "
                    + name(a, "fr") + " et " + name(b, "fr") + " " + e.when.fr()));
        } else {
            e.agent.add(mediator);
            e.target.add(a);
            e.target.add(b);
            e.labelEn = label(mediator, "en") + " calls on " + label(a, "en") + " and " + label(b, "en")
                    + " to accept mediation";
            e.evidence.add(speech(texts.pick(), mediator, "we call on " + name(a, "en") + " and " + name(b, "en")
                    + " to accept mediation", "nous appelons " + name(a, "fr") + " et " + name(b, "fr")
                    + " à accepter une médiation"));
        }
    }

    private void withdrawal(LocalDate day) {
        Country c = dice.pick(world.countries);
        World.MembershipDraft m = world.activeMembership(c, day);
        if (m == null) {
            statement(Kind.CRITICIZE, day);
            return;
        }
        m.end = Dates.month(day);
        String org = m.organization;
        Draft e = draft("withdraw-from-organization");
        e.when = When.day(day);
        e.agent.add(c.id);
        e.concerns.add(org);
        e.labelEn = label(c.id, "en") + " withdraws from " + label(org, "en");
        e.labelFr = Naming.capitalise(name(c.id, "fr")) + " se retire " + Naming.deRef(name(org, "fr"));
        e.evidence.add(report(name(c.id, "en") + " announced its withdrawal from " + name(org, "en") + " "
                + e.when.en(),
                name(c.id, "fr") + " a annoncé son retrait " + Naming.deRef(name(org, "fr")) + " " + e.when.fr()));
    }

    private void mobilisation(LocalDate day) {
        Country c = world.conflictCountries.draw(dice);
        Region r = dice.pick(c.regions);
        Draft e = draft("mobilize-armed-forces");
        e.when = dice.chance(0.8) ? When.day(day) : month(day);
        e.agent.add(c.forces);
        e.places.add(r.id);
        e.labelEn = label(c.forces, "en") + " reinforce " + r.name.refEn();
        e.evidence.add(report(name(c.forces, "en") + " deployed reinforcements to " + r.name.refEn() + " "
                + e.when.en(), "des renforts " + Naming.deRef(name(c.forces, "fr")) + " ont été déployés dans "
                + r.name.refFr() + " " + e.when.fr()));
    }

    private void investigation(LocalDate day) {
        Country c = world.conflictCountries.draw(dice);
        Draft cause = recent(c, day);
        Draft e = draft("investigate-military-action");
        e.when = When.day(day);
        e.agent.add(c.government);
        if (cause != null) {
            e.inResponseTo.add(cause.id);
        }
        e.labelEn = label(c.government, "en") + " opens an investigation"
                + (cause == null ? "" : " into " + Character.toLowerCase(cause.labelEn.charAt(0))
                + cause.labelEn.substring(1));
        e.evidence.add(report(name(c.government, "en") + " opened an investigation into the incident " + e.when.en(),
                name(c.government, "fr") + " a ouvert une enquête sur l'incident " + e.when.fr()));
    }

    // ------------------------------------------------------------------------------------------ disputes

    /** Rival agents: two parties name different agents, and sometimes an unattributed account names a third. */
    private void agentDispute(Draft e, Where where, Group g, Rival first, Rival second) {
        disputed++;
        Source s1 = texts.pick();
        Source s2 = texts.pickOther(s1);
        int n = 1;
        for (Rival r : List.of(first, second)) {
            Source s = n == 1 ? s1 : s2;
            EvidenceRecord quote = r.statementType().equals("claim-responsibility")
                    ? speech(s, r.claimant(), "our forces carried out the operation " + where.en(),
                            "nos forces ont mené l'opération " + where.fr())
                    : speech(s, r.claimant(), "the attack " + where.en() + " was the work of " + name(r.value(), "en"),
                            "l'attaque " + where.fr() + " est l'œuvre " + Naming.deRef(name(r.value(), "fr")));
            ClaimRecord c = claim(e, "agent-" + n, List.of(r.claimant()), "skg:agent", r.value(), e.labelEn
                    + ": carried out by " + label(r.value(), "en") + " (" + label(r.claimant(), "en") + ")", quote);
            statementConveying(e, r.claimant(), r.statementType(), c,
                    r.statementType().equals("accuse") ? r.value() : null);
            n++;
        }
        if (dice.chance(0.3)) {
            Source s3 = texts.pickOther(s1, s2);
            String third = dice.chance(0.5) ? world.unidentified : otherGroup(g).id;
            if (!third.equals(first.value()) && !third.equals(second.value())) {
                claim(e, "agent-3", List.of("agent/unattributed"), "skg:agent", third,
                        e.labelEn + ": carried out by " + label(third, "en") + " (unattributed)",
                        texts.cite(s3, Style.REPORT, "some blame " + name(third, "en") + " for the attack "
                                + where.en(),
                                "certains attribuent l'attaque " + where.fr() + " " + Naming.aRef(name(third, "fr")),
                                null, null, null));
            }
        }
    }

    /** Rival accounts of which side of the border the event happened on, and how far inside. */
    private void territoryDispute(Draft e, Town[] twin) {
        disputed++;
        Country a = twin[0].country;
        Country b = twin[1].country;
        Source s1 = texts.pick();
        Source s2 = texts.pickOther(s1);
        BigDecimal da = BigDecimal.valueOf(dice.between(2, 20)).divide(BigDecimal.valueOf(2));
        BigDecimal db = BigDecimal.valueOf(dice.between(2, 24)).divide(BigDecimal.valueOf(2));
        String ca = dice.pick(new String[] {null, "more-than", "about", "nearly"});
        ClaimRecord inA = territory(e, "territory-1", List.of(a.defenceMinistry), a, da, ca,
                speech(s1, a.defenceMinistry, "the incident took place " + words(da, ca, "en") + " inside "
                        + name(a.id, "en"), "l'incident s'est produit " + words(da, ca, "fr") + " à l'intérieur "
                        + Naming.deRef(name(a.id, "fr"))));
        ClaimRecord inB = territory(e, "territory-2", List.of(b.government), b, db, null,
                speech(s2, b.government, "it happened " + words(db, null, "en") + " inside our territory, in "
                        + name(b.id, "en"), "cela s'est produit " + words(db, null, "fr")
                        + " à l'intérieur de notre territoire, " + Naming.aRef(name(b.id, "fr"))));
        statementConveying(e, a.defenceMinistry, "make-statement", inA, null);
        statementConveying(e, b.government, "accuse-of-aggression", inB, a.id);
        if (dice.chance(0.3)) {
            collectiveCondemnation(e, b, a);
        }
        if (dice.chance(0.3)) {
            Source s3 = texts.pickOther(s1, s2);
            BigDecimal dc = da.add(BigDecimal.ONE);
            territory(e, "territory-3", List.of(author(s3)), a, dc, "about", texts.cite(s3, Style.REPORT,
                    "the incident happened about " + dc.toPlainString() + " km inside " + name(a.id, "en"),
                    "l'incident a eu lieu à environ " + dc.toPlainString() + " km à l'intérieur "
                            + Naming.deRef(name(a.id, "fr")), null, null, null));
        }
    }

    /** Sources that date the event differently, each in its own voice. */
    private void dateDispute(Draft e) {
        disputed++;
        LocalDate d1 = e.when.first();
        LocalDate d2 = e.when.last();
        Source s1 = texts.pick();
        Source s2 = otherAuthor(s1);
        claim(e, "date-1", List.of(author(s1)), "skg:date", null, d1.toString(),
                e.labelEn + ": on " + Dates.words(d1, "en") + " (source " + s1.id.substring(7) + ")",
                texts.cite(s1, Style.REPORT, Character.toLowerCase(e.labelEn.charAt(0)) + e.labelEn.substring(1)
                        + " took place on "
                        + Dates.words(d1, "en"), "les faits remontent au " + Dates.words(d1, "fr"), null, null, null));
        claim(e, "date-2", List.of(author(s2)), "skg:date", null, d2.toString(),
                e.labelEn + ": on " + Dates.words(d2, "en") + " (source " + s2.id.substring(7) + ")",
                texts.cite(s2, Style.REPORT, "it happened on " + Dates.words(d2, "en"), "cela s'est passé le "
                        + Dates.words(d2, "fr"), null, null, null));
        if (dice.chance(0.3)) {
            Source s3 = otherAuthor(s1, s2);
            claim(e, "date-3", List.of(author(s3)), "skg:date", null, Dates.month(d1),
                    e.labelEn + ": in " + Dates.monthWords(d1, "en") + " (source " + s3.id.substring(7) + ")",
                    texts.cite(s3, Style.REPORT, "the events of " + Dates.monthWords(d1, "en"), "les événements de "
                            + Dates.monthWords(d1, "fr"), null, null, null));
        }
    }

    /** What the downed drone was doing: the operator and the shooter disagree. */
    private void missionDispute(Draft e, String drone, Country operator, Country shooter) {
        disputed++;
        Source s1 = texts.pick();
        Source s2 = texts.pickOther(s1);
        ClaimRecord recon = claim(e, "mission-1", List.of(operator.defenceMinistry), "skg:mission",
                "concept/reconnaissance-mission", drone, e.labelEn + ": on a reconnaissance mission ("
                        + label(operator.defenceMinistry, "en") + ")",
                speech(s1, operator.defenceMinistry, "our drone was on a routine reconnaissance mission",
                        "notre drone effectuait une mission de reconnaissance de routine"));
        ClaimRecord strike = claim(e, "mission-2", List.of(shooter.defenceMinistry), "skg:mission",
                "concept/strike-mission", drone, e.labelEn + ": on a strike mission ("
                        + label(shooter.defenceMinistry, "en") + ")",
                speech(s2, shooter.defenceMinistry, "the armed drone was heading to strike targets on our soil",
                        "le drone armé se dirigeait vers des cibles sur notre sol"));
        statementConveying(e, operator.defenceMinistry, "make-statement", recon, null);
        statementConveying(e, shooter.defenceMinistry, "claim-responsibility", strike, null);
    }

    /**
     * A body the victim belongs to condemns the act as hostile to all its members, as the AES did of the
     * drone's downing: a claim that the act was hostile to the body, put forward by the body's statement.
     */
    private void collectiveCondemnation(Draft act, Country victim, Country accused) {
        World.Coalition body = world.bodyOf(victim, accused, act.when.first());
        if (body == null || act.condemned) {
            return;
        }
        act.condemned = true;
        EvidenceRecord quote = speech(texts.pick(), body.id, "this act of aggression targets all the member states of "
                + body.name.refEn(), "cet acte d'agression vise tous les États membres "
                + Naming.deRef(body.name.refFr()));
        ClaimRecord claim = new ClaimRecord("claim/" + act.slug() + "-hostile-to-" + body.id.substring(4),
                Naming.labels(act.labelEn + ": hostile to " + body.name.en() + " as a whole (" + body.name.en() + ")",
                        null), List.of(body.id), act.id, "skg:hostileTo", body.id, null, null, null, null, null,
                List.of(quote), null);
        pendingClaims.add(claim);
        Draft s = draft("accuse-of-aggression");
        if (s == null) {
            return;
        }
        s.types.add("event-type/criticize-or-denounce");
        s.when = When.day(act.when.last().plusDays(dice.between(1, 5)));
        s.agent.add(body.id);
        s.target.add(accused.id);
        s.inResponseTo.add(act.id);
        s.conveys.add(claim.id());
        s.evidence.add(quote);
        s.labelEn = body.name.en() + " condemns " + Character.toLowerCase(act.labelEn.charAt(0))
                + act.labelEn.substring(1);
        s.labelFr = Naming.capitalise(body.name.refFr()) + " condamne l'acte " + Naming.deRef(name(accused.id, "fr"));
    }

    /** A statement event, a day or two after {@code e}, that puts a claim forward with the claim's own quote. */
    private void statementConveying(Draft e, String speaker, String type, ClaimRecord claim, String target) {
        if (!dice.chance(0.8)) {
            return;
        }
        Draft s = draft(type);
        if (s == null) {
            return;
        }
        s.when = When.day(e.when.last().plusDays(dice.between(0, 2)));
        s.agent.add(speaker);
        if (target != null) {
            s.target.add(target);
        }
        s.inResponseTo.add(e.id);
        s.conveys.add(claim.id());
        s.evidence.add(claim.evidence().get(0));
        s.labelEn = "Statement by " + label(speaker, "en") + " on " + Character.toLowerCase(e.labelEn.charAt(0))
                + e.labelEn.substring(1);
    }

    private ClaimRecord claim(Draft e, String suffix, List<String> claimants, String property, String object,
                              String label, EvidenceRecord evidence) {
        return claim(e, suffix, claimants, property, object, null, label, evidence);
    }

    /** A claim about the event (or, for a mission, about {@code subject}); dates are EDTF values. */
    private ClaimRecord claim(Draft e, String suffix, List<String> claimants, String property, String object,
                              String subjectOrDate, String label, EvidenceRecord evidence) {
        boolean date = property.equals("skg:date");
        String subject = date || subjectOrDate == null ? e.id : subjectOrDate;
        ClaimRecord c = new ClaimRecord("claim/" + e.slug() + "-" + suffix, Naming.labels(label, null), claimants,
                subject, property, date ? null : object, null, date ? subjectOrDate : null, null, null, null,
                List.of(spoken(evidence, claimants.get(0))), null);
        pendingClaims.add(c);
        return c;
    }

    /** A claim's quote names who says the words: its speaker, or else the (first) claimant the source reports. */
    private static EvidenceRecord spoken(EvidenceRecord e, String claimant) {
        return e.speaker() != null ? e : new EvidenceRecord(e.source(), e.quote(), e.at(), claimant, e.via(), e.note());
    }

    private ClaimRecord territory(Draft e, String suffix, List<String> claimants, Country c, BigDecimal km,
                                  String comparator, EvidenceRecord evidence) {
        ClaimRecord claim = new ClaimRecord("claim/" + e.slug() + "-" + suffix, Naming.labels(e.labelEn + ": "
                + words(km, comparator, "en") + " inside " + label(c.id, "en") + " (" + label(claimants.get(0), "en")
                + ")", null), claimants, e.id, "skg:territory", c.id, null, null, null,
                List.of(new QualifierRecord("skg:distanceFromBorder", null, new QuantityRecord(km, "km", comparator,
                        null), null, null)), null, List.of(spoken(evidence, claimants.get(0))), null);
        pendingClaims.add(claim);
        return claim;
    }

    private static String words(BigDecimal km, String comparator, String lang) {
        String figure = (lang.equals("fr") ? km.toPlainString().replace('.', ',') : km.toPlainString()) + " km";
        if (comparator == null) {
            return figure;
        }
        switch (comparator) {
            case "more-than":
                return (lang.equals("fr") ? "plus de " : "more than ") + figure;
            case "about":
                return (lang.equals("fr") ? "environ " : "about ") + figure;
            default:
                return (lang.equals("fr") ? "près de " : "nearly ") + figure;
        }
    }

    /** A source whose author is not the author of any of the given ones (when there is one). */
    private Source otherAuthor(Source... not) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Source s = texts.pickOther(not);
            boolean taken = false;
            for (Source n : not) {
                taken |= author(n).equals(author(s));
            }
            if (!taken) {
                return s;
            }
        }
        return texts.pickOther(not);
    }

    /** Who speaks in a source's own voice: its unnamed author, or the research body that signs it. */
    private String author(Source s) {
        return texts.unnamedAuthor(s) ? "agent/author-of-source-" + s.id.substring(7) : s.publisher.id();
    }

    // ------------------------------------------------------------------------------------------ parts

    private Draft draft(String type) {
        if (next >= total) {
            return null;
        }
        int index = next++;
        Draft d = new Draft(String.format(Locale.ROOT, "event/%s-%07d", type, index + 1), index, "event-type/" + type);
        pending.add(d);
        return d;
    }

    private When violentWhen(LocalDate d) {
        double r = dice.unit();
        if (r < 0.78) {
            When w = When.day(d);
            if (dice.chance(0.08)) {
                String[] times = {"morning", "afternoon", "evening"};
                String[] en = {"in the morning", "in the afternoon", "in the evening"};
                String[] fr = {"dans la matinée", "dans l'après-midi", "dans la soirée"};
                int i = dice.between(0, 2);
                return new When(w.edtf(), times[i], d, d, w.en() + " " + en[i], w.fr() + " " + fr[i]);
            }
            return w;
        }
        if (r < 0.84) {
            return night(d);
        }
        if (r < 0.88) {
            LocalDate last = d.plusDays(dice.between(1, 4));
            return new When(d + "/" + last, null, d, last, "between " + Dates.words(d, "en") + " and "
                    + Dates.words(last, "en"), "entre le " + Dates.words(d, "fr") + " et le "
                + Dates.words(last, "fr"));
        }
        if (r < 0.93) {
            return oneOfWeek(d);
        }
        if (r < 0.985) {
            return month(d);
        }
        return new When(String.valueOf(d.getYear()), null, d.withDayOfYear(1), d.withMonth(12).withDayOfMonth(31),
                "in " + d.getYear(), "en " + d.getYear());
    }

    private static When night(LocalDate d) {
        LocalDate next = d.plusDays(1);
        return new When(d + "/" + next, "night", d, next, "on the night of " + Dates.words(d, "en") + " to "
                + Dates.words(next, "en"), "dans la nuit du " + Dates.words(d, "fr") + " au "
                + Dates.words(next, "fr"));
    }

    private When oneOfWeek(LocalDate d) {
        LocalDate last = d.plusDays(dice.between(1, 6));
        return new When("[" + d + ".." + last + "]", null, d, last, "between " + Dates.words(d, "en") + " and "
                + Dates.words(last, "en"), "entre le " + Dates.words(d, "fr") + " et le "
                + Dates.words(last, "fr"));
    }

    private static When oneOfTwoDays(LocalDate d) {
        LocalDate last = d.plusDays(1);
        return new When("[" + d + ".." + last + "]", null, d, last, "on " + Dates.words(d, "en") + " or "
                + Dates.words(last, "en"), "le " + Dates.words(d, "fr") + " ou le " + Dates.words(last, "fr"));
    }

    private static When month(LocalDate d) {
        return new When(Dates.month(d), null, d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth()),
                "in " + Dates.monthWords(d, "en"), "en " + Dates.monthWords(d, "fr"));
    }

    private Where where(Town t) {
        double r = dice.unit();
        Region region = t.district.region;
        if (r < 0.75) {
            return in(t);
        }
        if (r < 0.9) {
            return near(t);
        }
        return new Where(List.of(region.id), List.of(), "in " + region.name.refEn(), "dans " + region.name.refFr(),
                t.country, region, t);
    }

    private static Where in(Town t) {
        return new Where(List.of(t.id), List.of(), "in " + t.name.en(), "à " + t.name.fr(), t.country,
                t.district.region, t);
    }

    private static Where near(Town t) {
        return new Where(List.of(), List.of(t.id), "near " + t.name.en(), "près de " + t.name.fr(), t.country,
                t.district.region, t);
    }

    private Where border(Town[] twin) {
        List<String> near = dice.chance(0.5) ? List.of(twin[0].id, twin[1].id) : List.of(twin[0].id, twin[1].id,
                twin[0].border);
        return new Where(List.of(), near, "near " + twin[0].name.en() + " on the border", "près de "
                + twin[0].name.fr() + ", à la frontière", twin[0].country, twin[0].district.region, twin[0]);
    }

    private Group groupIn(Town t) {
        Region r = t.district.region;
        List<Group> candidates = !r.groups.isEmpty() ? r.groups : !t.country.groups.isEmpty() ? t.country.groups
                : world.groups;
        Weights<Group> w = new Weights<>();
        candidates.forEach(g -> w.add(g, g.weight));
        return w.draw(dice);
    }

    private Group otherGroup(Group g) {
        return world.groups.size() == 1 ? g : dice.pickOther(world.groups, g);
    }

    private World.Country pickOutside(Country[] pair) {
        for (;;) {
            Country c = dice.pick(world.countries);
            if (c != pair[0] && c != pair[1]) {
                return c;
            }
        }
    }

    /** Who speaks for a state: its foreign ministry, its government, or the minister in office. */
    private String speaker(Country c, LocalDate day) {
        double r = dice.unit();
        if (r < 0.5) {
            return c.foreignMinistry;
        }
        if (r < 0.8) {
            return c.government;
        }
        World.Term t = c.foreignMinister.holderAt(day);
        return t != null ? t.person() : c.government;
    }

    private String governmentOf(String countryId) {
        for (Country c : world.countries) {
            if (c.id.equals(countryId)) {
                return c.government;
            }
        }
        return countryId;
    }

    private void remember(Country c, Draft e) {
        Deque<Draft> recent = recentViolence.get(c.index);
        recent.addLast(e);
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
    }

    /** A violent event in the country that began by {@code day}, for an event of that day to answer. */
    private Draft recent(Country c, LocalDate day) {
        List<Draft> before = new ArrayList<>();
        for (Draft d : recentViolence.get(c.index)) {
            if (!d.when.first().isAfter(day)) {
                before.add(d);
            }
        }
        return before.isEmpty() ? null : dice.pick(before);
    }

    private EvidenceRecord report(String en, String fr) {
        Source s = texts.pick();
        String via = !s.cites.isEmpty() && dice.chance(0.3) ? dice.pick(s.cites) : null;
        return texts.cite(s, Style.REPORT, en, fr, null, null, via);
    }

    private EvidenceRecord speech(Source s, String speaker, String en, String fr) {
        return texts.cite(s, Style.SPEECH, en, fr, speaker, world.names.get(speaker), null);
    }

    /** A second source for one event in five. */
    private void secondQuote(Draft e, String en, String fr) {
        if (dice.chance(SECOND_SOURCE)) {
            Source first = texts.get(Integer.parseInt(e.evidence.get(0).source().substring("source/".length())));
            Source s = texts.pickOther(first);
            e.evidence.add(texts.cite(s, Style.REPORT, en, fr, null, null, null));
        }
    }

    private String name(String id, String lang) {
        return world.names.get(id).ref(lang);
    }

    private String label(String id, String lang) {
        return world.names.get(id).label(lang);
    }

    private String names(List<Country> cs, String lang) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cs.size(); i++) {
            if (i > 0) {
                sb.append(i == cs.size() - 1 ? (lang.equals("fr") ? " et " : " and ") : ", ");
            }
            sb.append(name(cs.get(i).id, lang));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------ files

    /** Writes the finished bundle: its events to the current events file, its claims beside them. */
    private void flush() {
        for (Draft d : pending) {
            if (d.labelFr != null && !dice.chance(FRENCH_LABELS)) {
                d.labelFr = null;
            }
            int index = d.index;
            if (index / PER_FILE != chunk) {
                closeChunk();
                chunk = index / PER_FILE;
                eventsFile = new JsonOut(data.resolve("events").resolve(chunkFile("events"))).kind("events");
                files++;
            }
            eventsFile.add(d.record(id -> world.names.containsKey(id)
                    ? List.of(label(id, "en"), label(id, "fr"), name(id, "en"), name(id, "fr")) : List.of()));
        }
        pending.clear();
        if (!pendingClaims.isEmpty()) {
            if (claimsFile == null) {
                claimsFile = new JsonOut(data.resolve("claims").resolve(chunkFile("claims"))).kind("claims");
                files++;
            }
            pendingClaims.forEach(claimsFile::add);
            claims += pendingClaims.size();
            pendingClaims.clear();
        }
    }

    /** {@code events-0001.json}: the file of the current chunk of {@value #PER_FILE} events. */
    private String chunkFile(String kind) {
        return String.format(Locale.ROOT, "%s-%04d.json", kind, chunk + 1);
    }

    private void closeChunk() {
        if (eventsFile != null) {
            eventsFile.close();
            eventsFile = null;
        }
        if (!chunkThings.isEmpty() || !chunkRelations.isEmpty()) {
            if (claimsFile == null) {
                claimsFile = new JsonOut(data.resolve("claims").resolve(chunkFile("claims")));
                files++;
            }
            claimsFile.all("things", chunkThings).all("relations", chunkRelations);
            extraRecords += chunkThings.size() + chunkRelations.size();
            chunkThings.clear();
            chunkRelations.clear();
        }
        if (claimsFile != null) {
            claimsFile.close();
            claimsFile = null;
        }
    }
}
