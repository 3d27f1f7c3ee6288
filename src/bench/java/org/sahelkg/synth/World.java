package org.sahelkg.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sahelkg.model.AgentRecord;
import org.sahelkg.model.AliasRecord;
import org.sahelkg.model.CoordinatesRecord;
import org.sahelkg.model.CountryRecord;
import org.sahelkg.model.EvidenceRecord;
import org.sahelkg.model.MembershipRecord;
import org.sahelkg.model.OrganisationRecord;
import org.sahelkg.model.PersonRecord;
import org.sahelkg.model.PlaceRecord;
import org.sahelkg.model.PostRecord;
import org.sahelkg.model.ProposalRecord;
import org.sahelkg.model.QualifierRecord;
import org.sahelkg.model.RelationRecord;
import org.sahelkg.model.ThingRecord;
import org.sahelkg.synth.SourceTexts.Style;

/**
 * Everything the events happen in and between: synthetic states in a grid over the Sahel box, their regions,
 * districts and towns (twin towns on the borders), their governments and forces, armed groups and
 * coalitions, collectives, offices and who held them, and the relations and memberships among them. Small
 * next to the events, so it is kept in memory; its records are written before the events, except the
 * memberships, whose ends the withdrawals in the event stream decide.
 */
final class World {
    static final String BASIS = "Synthetic point placed by the generator inside the Sahel box "
            + "(latitude 10 to 25, longitude -17 to 25); not a real place.";
    private static final int COUNTRIES = 8;
    private static final int COLUMNS = 4;
    private static final double LAT_MIN = 10;
    private static final double LON_MIN = -17;
    private static final double CELL_LAT = 7.5;
    private static final double CELL_LON = 10.5;

    /** A synthetic state, its administration and its forces. */
    static final class Country {
        int index;
        String id;
        Name name;
        double lat0;
        double lon0;
        double conflict;
        String government;
        String foreignMinistry;
        String defenceMinistry;
        String forces;
        String airForce;
        Town capital;
        final List<Region> regions = new ArrayList<>();
        final List<Town> towns = new ArrayList<>();
        final List<Country> neighbours = new ArrayList<>();
        final List<Country> partners = new ArrayList<>();
        final List<String> protesters = new ArrayList<>();
        final List<Group> groups = new ArrayList<>();
        Post foreignMinister;
    }

    static final class Region {
        String id;
        Name name;
        Country country;
        double lat;
        double lon;
        String civilians;
        final List<District> districts = new ArrayList<>();
        final List<Town> towns = new ArrayList<>();
        final List<Group> groups = new ArrayList<>();
    }

    static final class District {
        String id;
        Name name;
        Region region;
        double lat;
        double lon;
    }

    static final class Town {
        String id;
        Name name;
        Country country;
        District district;
        double lat;
        double lon;
        double weight;
        Town twin;
        String border;
    }

    static final class Group {
        String id;
        Name name;
        Country home;
        double weight;
        final List<Region> regions = new ArrayList<>();
    }

    static final class Coalition {
        String id;
        Name name;
        final List<MembershipDraft> members = new ArrayList<>();
    }

    static final class Post {
        String id;
        Name name;
        String postIn;
        final List<Term> terms = new ArrayList<>();

        /** Who held the post on a day, or null. */
        Term holderAt(LocalDate day) {
            for (Term t : terms) {
                if (!day.isBefore(t.start()) && (t.end() == null || !day.isAfter(t.end()))) {
                    return t;
                }
            }
            return null;
        }
    }

    record Term(String person, Name name, LocalDate start, LocalDate end) {
    }

    /** A membership whose end a later withdrawal may still set. */
    static final class MembershipDraft {
        String id;
        String member;
        Country country;
        String organization;
        String role;
        String post;
        LocalDate start;
        String startEdtf;
        String end;
        String validAt;
        List<EvidenceRecord> evidence;

        MembershipRecord record() {
            String during = startEdtf == null ? null : startEdtf + "/" + (end == null ? ".." : end);
            return new MembershipRecord(id, member, organization, role, post, during, validAt, evidence, null);
        }
    }

    final Naming naming = new Naming();
    final Map<String, Name> names = new HashMap<>();
    final List<Country> countries = new ArrayList<>();
    final List<Town> towns = new ArrayList<>();
    final List<Town[]> twins = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<Coalition> intergovernmental = new ArrayList<>();
    final List<Coalition> armedCoalitions = new ArrayList<>();
    final List<String> productModels = new ArrayList<>();
    final List<SourceTexts.Publisher> publishers = new ArrayList<>();
    final List<String> researchOrgs = new ArrayList<>();
    final List<String> media = new ArrayList<>();
    String unidentified;
    final Weights<Town> violentTowns = new Weights<>();
    final Weights<Town> protestTowns = new Weights<>();
    final Weights<Country> conflictCountries = new Weights<>();
    final Weights<Country[]> rivalries = new Weights<>();

    final List<CountryRecord> countryRecords = new ArrayList<>();
    final List<PlaceRecord> placeRecords = new ArrayList<>();
    final List<OrganisationRecord> organisations = new ArrayList<>();
    final List<PersonRecord> people = new ArrayList<>();
    final List<AgentRecord> agents = new ArrayList<>();
    final List<PostRecord> posts = new ArrayList<>();
    final List<ThingRecord> things = new ArrayList<>();
    final List<RelationRecord> relations = new ArrayList<>();
    final List<MembershipDraft> memberships = new ArrayList<>();
    final List<ProposalRecord> proposals = new ArrayList<>();

    private final Dice dice;
    private final int events;
    private final Set<String> relationIds = new HashSet<>();
    private SourceTexts texts;

    World(Dice dice, int events) {
        this.dice = dice;
        this.events = events;
    }

    /** The news media and research bodies that publish the sources; made first, as the sources need them. */
    List<SourceTexts.Publisher> publishers(int sources) {
        int mediaCount = clamp(sources / 4, 3, 40);
        for (int i = 0; i < mediaCount; i++) {
            String root = naming.root(dice);
            Name name;
            switch (i % 3) {
                case 0:
                    name = Name.of("Radio " + root, "Radio " + root);
                    break;
                case 1:
                    name = Name.of("The " + root + " Courier", "Le Courrier " + Naming.de(root));
                    break;
                default:
                    name = Name.of(root + " Press Agency", "Agence de presse " + Naming.de(root));
            }
            String id = "org/" + Naming.slug(name.en());
            organisation(id, "news-media", name, null, null, null);
            media.add(id);
            publishers.add(new SourceTexts.Publisher(id, name, false));
        }
        for (int i = 0; i < 3; i++) {
            String root = naming.root(dice);
            Name name = Name.of("Institute for " + root + " Studies", "Institut d'études " + Naming.de(root));
            String id = "org/" + Naming.slug(name.en());
            organisation(id, "research", name, null, null, null);
            researchOrgs.add(id);
            publishers.add(new SourceTexts.Publisher(id, name, true));
        }
        return publishers;
    }

    /** Builds the rest of the world, citing {@code texts} for every sourced fact. */
    void build(SourceTexts texts) {
        this.texts = texts;
        countries();
        places();
        twinTowns();
        administration();
        armedGroups();
        coalitions();
        offices();
        agentsAndThings();
        background();
        proposals();
    }

    // ------------------------------------------------------------------------------------------ places

    private void countries() {
        double[] conflict = {3.0, 2.6, 2.0, 1.4, 1.0, 0.6, 0.4, 0.25};
        for (int i = 0; i < COUNTRIES; i++) {
            Country c = new Country();
            c.index = i;
            String letter = String.valueOf((char) ('A' + i));
            c.id = "country/country-" + letter.toLowerCase(Locale.ROOT);
            c.name = new Name("Country " + letter, "Pays " + letter, "Country " + letter, "le Pays " + letter);
            c.lat0 = LAT_MIN + (i / COLUMNS) * CELL_LAT;
            c.lon0 = LON_MIN + (i % COLUMNS) * CELL_LON;
            c.conflict = conflict[(i * 5 + 3) % COUNTRIES];
            names.put(c.id, c.name);
            countries.add(c);
            conflictCountries.add(c, c.conflict);
            countryRecords.add(new CountryRecord(c.id, Naming.labels(c.name.en(), c.name.fr()),
                    List.of(new AliasRecord("Republic of " + c.name.en(), "en", null, null, null),
                            new AliasRecord("République du " + c.name.fr(), "fr", null, null, null)),
                    Naming.labels("Synthetic Sahelian state, made up for load tests.",
                            "État sahélien synthétique, inventé pour les tests de charge."),
                    null, coordinates(c.lat0 + CELL_LAT / 2, c.lon0 + CELL_LON / 2, 150), null, null));
        }
        for (Country a : countries) {
            for (Country b : countries) {
                boolean side = a.index / COLUMNS == b.index / COLUMNS && Math.abs(a.index - b.index) == 1;
                boolean above = a.index % COLUMNS == b.index % COLUMNS && a.index != b.index;
                if (side || above) {
                    a.neighbours.add(b);
                }
                if (a.index < b.index) {
                    rivalries.add(new Country[] {a, b}, side || above ? 3 : 1);
                }
            }
        }
    }

    private void places() {
        int target = clamp(events / 50, 40, 5000);
        int perRegionDistricts = Math.max(1, (int) Math.round(Math.sqrt(target / (COUNTRIES * 4.0))));
        int perDistrictTowns = Math.max(1, target / (COUNTRIES * 4 * perRegionDistricts));
        for (Country c : countries) {
            for (int q = 0; q < 4; q++) {
                Region r = new Region();
                String root = naming.root(dice);
                r.country = c;
                r.name = new Name(root + " Region", "région " + Naming.de(root), "the " + root + " region",
                        "la région " + Naming.de(root));
                r.id = "place/" + Naming.slug(root) + "-region";
                double rLat0 = c.lat0 + (q / 2) * CELL_LAT / 2;
                double rLon0 = c.lon0 + (q % 2) * CELL_LON / 2;
                r.lat = rLat0 + CELL_LAT / 4;
                r.lon = rLon0 + CELL_LON / 4;
                c.regions.add(r);
                place(r.id, "region", r.name, null, List.of(c.id), null, r.lat, r.lon, 150, null);
                int grid = (int) Math.ceil(Math.sqrt(perRegionDistricts));
                double dLat = CELL_LAT / 2 / grid;
                double dLon = CELL_LON / 2 / grid;
                for (int k = 0; k < perRegionDistricts; k++) {
                    District d = new District();
                    String droot = naming.root(dice);
                    d.region = r;
                    d.name = new Name(droot + " District", "cercle " + Naming.de(droot), "the " + droot + " district",
                            "le cercle " + Naming.de(droot));
                    d.id = "place/" + Naming.slug(droot) + "-district";
                    double lat0 = rLat0 + (k / grid) * dLat;
                    double lon0 = rLon0 + (k % grid) * dLon;
                    d.lat = lat0 + dLat / 2;
                    d.lon = lon0 + dLon / 2;
                    r.districts.add(d);
                    place(d.id, "region", d.name, null, List.of(r.id), null, d.lat, d.lon, 40, null);
                    int n = dice.between(Math.max(1, perDistrictTowns / 2), Math.max(1, perDistrictTowns * 3 / 2));
                    for (int t = 0; t < n; t++) {
                        town(naming.root(dice), c, d, lat0 + dLat * dice.uniform(0.1, 0.9),
                                lon0 + dLon * dice.uniform(0.1, 0.9));
                    }
                }
            }
            c.capital = c.towns.get(0);
            c.capital.weight *= 2;
        }
    }

    private Town town(String label, Country c, District d, double lat, double lon) {
        Town t = new Town();
        t.name = Name.of(label, label);
        t.id = "place/" + Naming.slug(label);
        t.country = c;
        t.district = d;
        t.lat = lat;
        t.lon = lon;
        t.weight = Math.min(200, Math.pow(1 - dice.unit(), -1 / 1.2));
        c.towns.add(t);
        d.region.towns.add(t);
        towns.add(t);
        names.put(t.id, t.name);
        return t;
    }

    /** Writes a town once its twin and border are known. */
    private void townRecords() {
        for (Town t : towns) {
            List<AliasRecord> aliases = null;
            if (t.twin == null && dice.chance(0.15)) {
                String variant = variant(t.name.en());
                if (!variant.equals(t.name.en())) {
                    aliases = List.of(new AliasRecord(variant, "en", List.of(spelling(variant)), null, null));
                }
            }
            List<String> within = t.border == null ? List.of(t.district.id) : List.of(t.district.id, t.border);
            place(t.id, "settlement", t.name, aliases, within, null, t.lat, t.lon, 5, null);
            violentTowns.add(t, t.weight * t.country.conflict);
            protestTowns.add(t, t == t.country.capital ? t.weight * 30 : t.weight);
        }
    }

    private void twinTowns() {
        for (Country a : countries) {
            for (Country b : a.neighbours) {
                if (b.index < a.index) {
                    continue;
                }
                boolean side = a.index / COLUMNS == b.index / COLUMNS;
                String borderId = "place/" + Naming.slug(a.name.en() + " " + b.name.en()) + "-border";
                Name border = Name.of(a.name.en() + "–" + b.name.en() + " border",
                        "frontière " + a.name.fr() + "–" + b.name.fr());
                double bLat = side ? a.lat0 + CELL_LAT / 2 : a.lat0 + CELL_LAT;
                double bLon = side ? a.lon0 + CELL_LON : a.lon0 + CELL_LON / 2;
                place(borderId, "border", border, null, null, List.of(a.id, b.id), bLat, bLon, 400, null);
                names.put(borderId, border);
                relation(a.id, "skg:borders", b.id, null, null, null,
                        fact(a.name.en() + " shares a border with " + b.name.en(),
                                a.name.refFr() + " partage une frontière avec " + b.name.refFr()));
                int pairs = dice.chance(0.5) ? 2 : 1;
                for (int p = 0; p < pairs; p++) {
                    twinPair(a, b, side, borderId);
                }
            }
        }
        townRecords();
    }

    private void twinPair(Country a, Country b, boolean side, String borderId) {
        String root;
        String nameA;
        String nameB;
        String ambiguous;
        do {
            root = naming.root(dice);
            nameA = "Tin " + root;
            nameB = "Tin" + root.toLowerCase(Locale.ROOT) + "tène";
            ambiguous = "Tin" + root.toLowerCase(Locale.ROOT) + "tine";
        } while (!naming.claim(nameA) || !naming.claim(nameB) || !naming.claim(ambiguous));
        double along = dice.uniform(0.15, 0.85);
        double latA = side ? a.lat0 + CELL_LAT * along : a.lat0 + CELL_LAT - 0.04;
        double lonA = side ? a.lon0 + CELL_LON - 0.04 : a.lon0 + CELL_LON * along;
        double latB = side ? latA + 0.01 : b.lat0 + 0.04;
        double lonB = side ? b.lon0 + 0.04 : lonA + 0.01;
        String areaId = "place/" + Naming.slug(nameA) + "-border-area";
        Name area = new Name(nameA + "–" + nameB + " border area", "zone frontalière de " + nameA + "–" + nameB,
                "the " + nameA + " border area", "la zone frontalière de " + nameA);
        place(areaId, "region", area, List.of(new AliasRecord(ambiguous, "en",
                        List.of(spelling(ambiguous)), true,
                        "Some sources give this spelling to the whole area straddling the border.")),
                null, null, (latA + latB) / 2, (lonA + lonB) / 2, 15, null);
        names.put(areaId, area);
        Town ta = town(nameA, a, nearest(a, latA, lonA), latA, lonA);
        Town tb = town(nameB, b, nearest(b, latB, lonB), latB, lonB);
        ta.twin = tb;
        tb.twin = ta;
        ta.border = areaId;
        tb.border = areaId;
        ta.weight = tb.weight = 5;
        twins.add(new Town[] {ta, tb});
        relation(tb.id, "skg:twinTownOf", ta.id, null, null, null,
                fact(nameB + ", the twin town of " + nameA + " on the other side of the border",
                        nameB + ", ville jumelle de " + nameA + " de l'autre côté de la frontière"));
        relation(ta.id, "skg:locatedIn", a.id, null, null, null,
                fact(nameA + ", a town on " + a.name.en() + "'s border with " + b.name.en(),
                        nameA + ", ville frontalière " + Naming.deRef(a.name.refFr()) + " avec " + b.name.refFr()));
        relation(tb.id, "skg:locatedIn", b.id, null, null, null,
                fact(nameB + ", on the " + b.name.en() + " side of the border",
                        nameB + ", du côté " + Naming.deRef(b.name.refFr()) + " de la frontière"));
    }

    private static District nearest(Country c, double lat, double lon) {
        District best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Region r : c.regions) {
            for (District d : r.districts) {
                double dd = (d.lat - lat) * (d.lat - lat) + (d.lon - lon) * (d.lon - lon);
                if (dd < bestDistance) {
                    bestDistance = dd;
                    best = d;
                }
            }
        }
        return best;
    }

    /** Another spelling of a place name, as sources transcribe it differently. */
    private static String variant(String name) {
        if (name.contains("ou")) {
            return name.replaceFirst("ou", "u");
        }
        if (name.contains("é")) {
            return name.replace("é", "e");
        }
        if (name.contains("k")) {
            return name.replaceFirst("k", "kh");
        }
        return name + "h";
    }

    // ------------------------------------------------------------------------------------------ actors

    private void administration() {
        for (Country c : countries) {
            String slug = Naming.slug(c.name.en());
            c.government = "org/" + slug + "-government";
            organisation(c.government, "government-body", new Name("Government of " + c.name.en(),
                    "Gouvernement " + Naming.deRef(c.name.refFr()), "the government of " + c.name.en(),
                    "le gouvernement " + Naming.deRef(c.name.refFr())), c.id, null, null);
            c.foreignMinistry = "org/" + slug + "-foreign-ministry";
            organisation(c.foreignMinistry, "government-body", new Name("Ministry of Foreign Affairs of "
                    + c.name.en(), "Ministère des Affaires étrangères " + Naming.deRef(c.name.refFr()),
                    "the foreign ministry of " + c.name.en(), "le ministère des Affaires étrangères "
                    + Naming.deRef(c.name.refFr())), c.government, null, null);
            c.defenceMinistry = "org/" + slug + "-defence-ministry";
            organisation(c.defenceMinistry, "government-body", new Name("Ministry of Defence of " + c.name.en(),
                    "Ministère de la Défense " + Naming.deRef(c.name.refFr()), "the defence ministry of "
                    + c.name.en(), "le ministère de la Défense " + Naming.deRef(c.name.refFr())), c.government,
                    null, null);
            c.forces = "org/" + slug + "-armed-forces";
            organisation(c.forces, "armed-forces", new Name("Armed Forces of " + c.name.en(),
                    "Forces armées " + Naming.deRef(c.name.refFr()), "the armed forces of " + c.name.en(),
                    "les forces armées " + Naming.deRef(c.name.refFr())), c.id,
                    List.of(new AliasRecord("FAP" + c.name.en().substring(8), "fr", null, null, null)), null);
            c.airForce = "org/" + slug + "-air-force";
            organisation(c.airForce, "armed-forces", new Name("Air Force of " + c.name.en(),
                    "Armée de l'air " + Naming.deRef(c.name.refFr()), "the air force of " + c.name.en(),
                    "l'armée de l'air " + Naming.deRef(c.name.refFr())), c.forces, null, null);
            List<Town> byWeight = new ArrayList<>(c.towns);
            byWeight.sort((x, y) -> Double.compare(y.weight, x.weight));
            List<Town> protestTownsOf = new ArrayList<>(List.of(c.capital));
            for (Town t : byWeight) {
                if (protestTownsOf.size() >= 3) {
                    break;
                }
                if (t != c.capital && t.twin == null) {
                    protestTownsOf.add(t);
                }
            }
            for (Town t : protestTownsOf) {
                String id = "org/protesters-in-" + Naming.slug(t.name.en());
                organisation(id, "collective", new Name("Protesters in " + t.name.en(), "Manifestants à "
                        + t.name.fr(), "protesters in " + t.name.en(), "des manifestants à " + t.name.fr()),
                        null, null, null);
                c.protesters.add(id);
            }
            for (Region r : c.regions) {
                r.civilians = "org/civilians-of-" + Naming.slug(r.name.en());
                organisation(r.civilians, "collective", new Name("Civilians of " + r.name.en(),
                        "Civils de la " + r.name.fr(), "civilians in " + r.name.refEn(),
                        "des civils dans " + r.name.refFr()), null, null, null);
            }
        }
        unidentified = "org/unidentified-armed-men";
        organisation(unidentified, "collective", new Name("Unidentified armed men", "Hommes armés non identifiés",
                "unidentified armed men", "des hommes armés non identifiés"), null, null, null);
        for (Country c : countries) {
            if (dice.chance(0.6)) {
                Country partner = dice.pickOther(countries, c);
                c.partners.add(partner);
                boolean ended = dice.chance(0.3);
                int from = dice.between(2010, 2019);
                relation(partner.id, "skg:securityPartnerOf", c.id, from + "/" + (ended ? String.valueOf(
                        dice.between(from + 2, 2024)) : ".."), null, null, fact(partner.name.en()
                        + " has been a security partner of " + c.name.en() + " since " + from,
                        partner.name.refFr() + " est un partenaire sécuritaire "
                                + Naming.deRef(c.name.refFr()) + " depuis " + from));
            }
        }
    }

    private static final String[][] GROUP_TEMPLATES = {
        {"Front for the Liberation of %s", "Front de libération %s", "the ", "le "},
        {"Movement for the Unity of %s", "Mouvement pour l'unité %s", "the ", "le "},
        {"Katiba %s", "Katiba %s", "the ", "la "},
        {"%s Self-Defence Militia", "Milice d'autodéfense %s", "the ", "la "},
        {"Partisans of %s", "Partisans %s", "the ", "les "},
        {"Coordination of %s Movements", "Coordination des mouvements %s", "the ", "la "},
        {"%s Patriotic Resistance", "Résistance patriotique %s", "the ", "la "}};

    private void armedGroups() {
        int count = clamp(events / 2500, 8, 80);
        for (int i = 0; i < count; i++) {
            Group g = new Group();
            String root = naming.root(dice);
            String[] t = GROUP_TEMPLATES[i % GROUP_TEMPLATES.length];
            String en = String.format(Locale.ROOT, t[0], root);
            boolean plainFr = t[1].startsWith("Katiba");
            String fr = String.format(Locale.ROOT, t[1], plainFr ? root : Naming.de(root));
            String frLower = Character.toLowerCase(fr.charAt(0)) + fr.substring(1);
            g.name = new Name(en, fr, t[2] + en, t[3] + frLower);
            g.id = "org/" + Naming.slug(en);
            g.home = conflictCountries.draw(dice);
            g.weight = Math.min(50, Math.pow(1 - dice.unit(), -1 / 1.1));
            groups.add(g);
            g.home.groups.add(g);
            String acronym = acronym(en);
            List<AliasRecord> aliases = new ArrayList<>();
            if (acronym.length() >= 2) {
                aliases.add(new AliasRecord(acronym, "en", dice.chance(0.5)
                        ? List.of(spelling(acronym)) : null, null, null));
                String frAcronym = acronym(fr);
                if (frAcronym.length() >= 2) {
                    aliases.add(new AliasRecord(frAcronym, "fr", null, null, null));
                }
            }
            organisation(g.id, "armed-group", g.name, null, aliases.isEmpty() ? null : aliases,
                    Naming.labels("Synthetic armed group, made up for load tests.",
                            "Groupe armé synthétique, inventé pour les tests de charge."));
            int regions = dice.between(1, 3);
            for (int k = 0; k < regions; k++) {
                Region r = dice.pick(g.home.regions);
                if (!g.regions.contains(r)) {
                    g.regions.add(r);
                }
            }
            if (dice.chance(0.3) && !g.home.neighbours.isEmpty()) {
                g.regions.add(dice.pick(dice.pick(g.home.neighbours).regions));
            }
            for (Region r : g.regions) {
                r.groups.add(g);
                int from = dice.between(2008, 2020);
                relation(g.id, "skg:activeIn", r.id, from + "/..", null, null, fact(g.name.refEn()
                        + " has operated in " + r.name.refEn() + " since " + from,
                        g.name.refFr() + " opère dans " + r.name.refFr() + " depuis " + from));
            }
            relation(g.id, "skg:basedIn", g.home.id, null, null, null, fact(g.name.refEn() + ", based in "
                    + g.home.name.en(), g.name.refFr() + ", basé" + ("la ".equals(t[3]) ? "e" : "")
                    + ("les ".equals(t[3]) ? "s" : "") + " " + Naming.aRef(g.home.name.refFr())));
            if (dice.chance(0.4)) {
                Town stronghold = dice.pick(g.regions.get(0).towns);
                boolean lost = dice.chance(0.4);
                relation(g.id, "skg:stronghold", stronghold.id, lost ? "/" + dice.between(2016, 2024) + "-"
                        + String.format(Locale.ROOT, "%02d", dice.between(1, 12))
                        : dice.between(2012, 2020) + "/..", null, null,
                        fact(stronghold.name.en() + ", the stronghold of " + g.name.refEn(),
                                stronghold.name.fr() + ", fief " + Naming.deRef(g.name.refFr())));
            }
            if (dice.chance(0.2) && !g.home.neighbours.isEmpty()) {
                Region refuge = dice.pick(dice.pick(g.home.neighbours).regions);
                relation(g.id, "skg:hasRefugeIn", refuge.id, null, null, null, fact(refuge.name.en()
                        + " is known as a refuge for fighters of " + g.name.refEn(),
                        refuge.name.refFr() + " sert de refuge aux combattants " + Naming.deRef(g.name.refFr())));
            }
        }
        for (Group g : groups) {
            if (dice.chance(0.3)) {
                Group other = dice.pickOther(groups, g);
                relation(g.id, "skg:affiliatedWith", other.id, null, null, null, fact(g.name.refEn()
                        + " retains links with " + other.name.refEn(), g.name.refFr()
                        + " garde des liens avec " + other.name.refFr()));
            }
        }
    }

    private static String acronym(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split("[\\s'’-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                sb.append(word.charAt(0));
            }
        }
        return sb.toString();
    }

    private static final String[][] INTERGOVERNMENTAL = {
        {"Alliance of Central Sahel States", "Alliance des États du Sahel central", "ACSS", "AESC", "3", "l'"},
        {"Economic Community of Savanna States", "Communauté économique des États de la savane", "ECSS", "CEES",
            "8", "la "},
        {"Joint Border Security Committee", "Comité conjoint de sécurité des frontières", "JBSC", "CCSF", "4",
            "le "},
        {"Trans-Saharan Corridor Council", "Conseil du corridor transsaharien", "TSCC", "CCT", "5", "le "}};

    private void coalitions() {
        for (String[] row : INTERGOVERNMENTAL) {
            Coalition o = new Coalition();
            o.name = new Name(row[0], row[1], "the " + row[0], row[5] + row[1]);
            o.id = "org/" + Naming.slug(row[0]);
            organisation(o.id, "intergovernmental", o.name, null, List.of(
                    new AliasRecord(row[2], "en", List.of(spelling(row[2])), null, null),
                    new AliasRecord(row[3], "fr", null, null, null)), Naming.labels(
                    "Synthetic intergovernmental body, made up for load tests.",
                    "Organisation intergouvernementale synthétique, inventée pour les tests de charge."));
            intergovernmental.add(o);
            List<Country> members = new ArrayList<>(countries);
            members.sort((x, y) -> Double.compare(y.conflict, x.conflict));
            int n = Integer.parseInt(row[4]);
            for (Country c : n == 3 ? members.subList(0, 3) : pickSome(countries, n)) {
                LocalDate start = dice.chance(0.8) ? Dates.between(dice, LocalDate.of(1999, 1, 1),
                        LocalDate.of(2014, 12, 31)) : Dates.between(dice, LocalDate.of(2015, 1, 1),
                        LocalDate.of(2022, 12, 31));
                MembershipDraft m = membership(c.id, o.id, "role/member-state", null, start, Dates.month(start),
                        null, fact(c.name.en() + " is a member state of " + o.name.refEn(),
                                c.name.refFr() + " est membre " + Naming.deRef(o.name.refFr())));
                m.country = c;
                o.members.add(m);
            }
        }
        int armed = groups.size() >= 20 ? 4 : 2;
        for (int i = 0; i < armed; i++) {
            Coalition o = new Coalition();
            String root = naming.root(dice);
            String en = i % 2 == 0 ? "Permanent Strategic Coalition of " + root : "Alliance of " + root + " Movements";
            String fr = i % 2 == 0 ? "Coalition stratégique permanente " + Naming.de(root)
                    : "Alliance des mouvements " + Naming.de(root);
            o.name = new Name(en, fr, "the " + en, (fr.startsWith("A") ? "l'" : "la ") + fr);
            o.id = "org/" + Naming.slug(en);
            organisation(o.id, "armed-group", o.name, null, null, null);
            armedCoalitions.add(o);
            for (Group g : pickSome(groups, dice.between(2, Math.min(5, groups.size())))) {
                LocalDate start = Dates.between(dice, LocalDate.of(2013, 1, 1), LocalDate.of(2021, 12, 31));
                MembershipDraft m = membership(g.id, o.id, "role/member", null, start, Dates.month(start), null,
                        fact(g.name.refEn() + " joined " + o.name.refEn() + " in " + Dates.monthWords(start, "en"),
                                "adhésion " + Naming.deRef(g.name.refFr()) + " " + Naming.aRef(o.name.refFr())
                                        + " en " + Dates.monthWords(start, "fr")));
                if (dice.chance(0.35)) {
                    m.end = Dates.month(Dates.between(dice, start.plusMonths(6), LocalDate.of(2025, 6, 30)));
                }
                o.members.add(m);
            }
        }
    }

    private void offices() {
        for (Country c : countries) {
            String slug = Naming.slug(c.name.en());
            post("post/" + slug + "-president", Name.of("President of " + c.name.en(),
                    "Président " + Naming.deRef(c.name.refFr())), c.id, "role/head-of-state");
            post("post/" + slug + "-prime-minister", Name.of("Prime Minister of " + c.name.en(),
                    "Premier ministre " + Naming.deRef(c.name.refFr())), c.id, "role/head-of-government");
            c.foreignMinister = post("post/" + slug + "-foreign-minister", Name.of("Minister of Foreign Affairs of "
                    + c.name.en(), "Ministre des Affaires étrangères " + Naming.deRef(c.name.refFr())), c.id,
                    "role/foreign-minister");
            post("post/" + slug + "-chief-of-general-staff", Name.of("Chief of the General Staff of " + c.name.en(),
                    "Chef d'état-major général " + Naming.deRef(c.name.refFr())), c.forces,
                    "role/chief-of-general-staff");
        }
        for (Coalition o : intergovernmental) {
            post("post/" + Naming.slug(o.name.en()) + "-chair", Name.of("Chair of " + o.name.refEn(),
                    "Président " + Naming.deRef(o.name.refFr())), o.id, "role/chair");
        }
        for (Group g : groups) {
            if (dice.chance(0.5)) {
                post("post/" + Naming.slug(g.name.en()) + "-spokesperson", Name.of("Spokesperson of " + g.name.refEn(),
                        "Porte-parole " + Naming.deRef(g.name.refFr())), g.id, "role/spokesperson");
            }
        }
    }

    private Post post(String id, Name name, String postIn, String role) {
        Post p = new Post();
        p.id = id;
        p.name = name;
        p.postIn = postIn;
        names.put(id, name);
        posts.add(new PostRecord(id, Naming.labels(name.en(), name.fr()), null, null, postIn, role, null, null, null));
        LocalDate start = LocalDate.of(2011, dice.between(1, 12), 1);
        int terms = dice.between(2, 4);
        for (int i = 0; i < terms; i++) {
            LocalDate end = i == terms - 1 ? null
                    : Dates.between(dice, start.plusMonths(12), start.plusMonths(12 + 144 / terms));
            if (end != null && end.isAfter(LocalDate.of(2025, 6, 30))) {
                end = null;
            }
            String personName = naming.person(dice);
            String personId = "person/" + Naming.slug(personName);
            Name pn = Name.of(personName, personName);
            names.put(personId, pn);
            String plain = java.text.Normalizer.normalize(personName, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "");
            List<AliasRecord> aliases = plain.equals(personName) ? null : List.of(new AliasRecord(plain, "en",
                    dice.chance(0.3) ? List.of(spelling(plain)) : null, null, null));
            people.add(new PersonRecord(personId, Naming.labels(personName, personName), aliases, null, null, null,
                    null));
            p.terms.add(new Term(personId, pn, start, end));
            boolean shown = dice.chance(0.5);
            LocalDate shownAt = Dates.between(dice, start, end == null ? LocalDate.of(2025, 12, 31) : end);
            MembershipDraft m = membership(personId, postIn, null, id, start, shown ? null : Dates.month(start),
                    shown ? Dates.month(shownAt) : null, fact(personName + ", " + name.en(),
                            personName + ", " + Character.toLowerCase(name.fr().charAt(0)) + name.fr().substring(1)));
            if (!shown && end != null) {
                m.end = Dates.month(end);
            }
            if (postIn.startsWith("country/") && dice.chance(0.5)) {
                relation(personId, "skg:nationality", postIn, null, null, null, fact(personName + ", a national of "
                        + names.get(postIn).en(), personName + ", ressortissant " + Naming.deRef(names.get(postIn)
                        .refFr())));
            }
            if (end == null) {
                break;
            }
            start = end.plusDays(1);
        }
        return p;
    }

    private void agentsAndThings() {
        names.put("agent/unattributed", new Name("Unattributed", "Non attribué", "unnamed sources",
                "des sources non nommées"));
        agents.add(new AgentRecord("agent/unattributed", "unattributed", Naming.labels("Unattributed",
                "Non attribué"), null, Naming.labels("The unnamed origin of an allegation nobody is named for.",
                "L'origine non nommée d'une allégation que personne n'assume."), null, null, null));
        for (SourceTexts.Source s : texts.sources()) {
            if (texts.unnamedAuthor(s)) {
                String n = String.format(Locale.ROOT, "%03d", s.index);
                Name author = new Name("Unnamed author of source " + n, "auteur non nommé de la source " + n,
                        "the author of source " + n, "l'auteur de la source " + n);
                names.put("agent/author-of-source-" + n, author);
                agents.add(new AgentRecord("agent/author-of-source-" + n, "unnamed-author", Naming.labels(
                        author.en(), author.fr()), null, null, null, null, null));
            }
            if (s.genre.equals("concept/news-report") && dice.chance(0.3)) {
                s.cites.add(dice.pick(media));
            }
        }
        String company = "org/dunes-aerospace";
        organisation(company, "company", Name.of("Dunes Aerospace", "Dunes Aérospatiale"), null, null, null);
        for (String model : new String[] {"Kestrel K2", "Harrier H5", "Sparrow S3"}) {
            String id = "thing/" + Naming.slug(model);
            Name n = new Name(model + " drone", "drone " + model, "a " + model + " drone", "un drone " + model);
            names.put(id, n);
            things.add(new ThingRecord(id, "product-model", Naming.labels(n.en(), n.fr()), null, null, null, null,
                    null));
            productModels.add(id);
            relation(id, "schema:manufacturer", company, null, null, null, fact("the " + model
                    + ", built by Dunes Aerospace", "le " + model + ", fabriqué par Dunes Aérospatiale"));
        }
    }

    private void background() {
        for (Country c : countries) {
            relation(c.id, "skg:capital", c.capital.id, null, null, null, fact(c.capital.name.en()
                    + ", the capital of " + c.name.en(), c.capital.name.fr() + ", capitale " + Naming.deRef(
                    c.name.refFr())));
        }
        String[] sectors = {"economic", "religious", "military", "economic and military"};
        int influences = clamp(events / 5000, 4, 24);
        for (int i = 0; i < influences; i++) {
            Country from = dice.pick(countries);
            Country to = dice.pickOther(countries, from);
            Region r = dice.pick(to.regions);
            String sector = dice.pick(sectors);
            relation(from.id, "skg:hasInfluenceIn", r.id, null, null, List.of(new QualifierRecord("skg:sector", null,
                    null, null, Naming.text("en", sector))), fact(from.name.en() + " has " + sector
                    + " influence in " + r.name.refEn(), from.name.refFr()
                    + " a de l'influence dans " + r.name.refFr()));
        }
        for (int i = 0; i < 4; i++) {
            Country mediator = dice.pick(countries);
            Country party = dice.pickOther(countries, mediator);
            int from = dice.between(2000, 2018);
            relation(mediator.id, "skg:mediatorFor", party.id, from + "/..", null, null, fact(mediator.name.en()
                    + " has mediated in " + party.name.en() + " since " + from,
                    mediator.name.refFr() + " joue les médiateurs " + Naming.aRef(party.name.refFr()) + " depuis "
                    + from));
        }
    }

    private void proposals() {
        int count = clamp(events / 5000, 2, 50);
        for (int i = 0; i < count; i++) {
            Country[] pair = rivalries.draw(dice);
            Coalition framework = dice.pick(intergovernmental);
            Country facilitator = pickOutside(pair);
            String proposer = dice.pick(researchOrgs);
            String id = "proposal/" + Naming.slug(pair[0].name.en() + " " + pair[1].name.en()) + "-dialogue-" + (i + 1);
            proposals.add(new ProposalRecord(id, Naming.labels(pair[0].name.en() + " and " + pair[1].name.en()
                    + " should resume dialogue within " + framework.name.refEn(),
                    Naming.capitalise(pair[0].name.refFr())
                    + " et " + pair[1].name.refFr() + " devraient reprendre le dialogue"), null, List.of(proposer),
                    List.of(pair[0].id, pair[1].id), List.of(facilitator.id), List.of(framework.id),
                    List.of(pair[0].id, pair[1].id), List.of(fact(pair[0].name.en() + " and " + pair[1].name.en()
                            + " should resume dialogue, with " + facilitator.name.en() + " as facilitator",
                    pair[0].name.refFr() + " et " + pair[1].name.refFr()
                            + " devraient reprendre le dialogue, avec " + facilitator.name.refFr()
                            + " comme facilitateur")), null));
        }
    }

    private Country pickOutside(Country[] pair) {
        for (;;) {
            Country c = dice.pick(countries);
            if (c != pair[0] && c != pair[1]) {
                return c;
            }
        }
    }

    // ------------------------------------------------------------------------------------------ records

    EvidenceRecord fact(String en, String fr) {
        return texts.report(Style.FACT, en, fr);
    }

    /** A quote of a name as some source spells it, the same in either language. */
    private EvidenceRecord spelling(String name) {
        return texts.report(Style.NAME, name, name);
    }

    private void organisation(String id, String kind, Name name, String partOf, List<AliasRecord> aliases,
                              Map<String, String> description) {
        names.put(id, name);
        organisations.add(new OrganisationRecord(id, kind, Naming.labels(name.en(), name.fr()), aliases, description,
                null, partOf, null, null));
    }

    private void place(String id, String kind, Name name, List<AliasRecord> aliases, List<String> within,
                       List<String> separates, double lat, double lon, int accuracyKm, String note) {
        names.putIfAbsent(id, name);
        placeRecords.add(new PlaceRecord(id, kind, Naming.labels(name.en(), name.fr()), aliases, null, null, within,
                separates, coordinates(lat, lon, accuracyKm), null, note));
    }

    private static CoordinatesRecord coordinates(double lat, double lon, int accuracyKm) {
        return new CoordinatesRecord(BigDecimal.valueOf(lat).setScale(3, RoundingMode.HALF_UP),
                BigDecimal.valueOf(lon).setScale(3, RoundingMode.HALF_UP), BigDecimal.valueOf(accuracyKm), BASIS);
    }

    /** A relation of the world, with a new id made of its subject, property and object. */
    RelationRecord relation(String subject, String property, String object, String during, String validAt,
                            List<QualifierRecord> qualifiers, EvidenceRecord evidence) {
        RelationRecord r = relationRecord(subject, property, object, during, validAt, qualifiers, evidence);
        relations.add(r);
        return r;
    }

    /** A relation with a new id, for the caller to write where it belongs. */
    RelationRecord relationRecord(String subject, String property, String object, String during, String validAt,
                                  List<QualifierRecord> qualifiers, EvidenceRecord evidence) {
        String base = "relation/" + subject.substring(subject.indexOf('/') + 1) + "-"
                + Naming.slug(property.substring(property.indexOf(':') + 1).replaceAll("([A-Z])", "-$1"))
                + "-" + object.substring(object.indexOf('/') + 1);
        String id = base;
        for (int n = 2; !relationIds.add(id); n++) {
            id = base + "-" + n;
        }
        return new RelationRecord(id, subject, property, object, null, null, null, during, validAt, qualifiers,
                List.of(evidence), null);
    }

    private MembershipDraft membership(String member, String organization, String role, String post, LocalDate start,
                                       String startEdtf, String validAt, EvidenceRecord evidence) {
        MembershipDraft m = new MembershipDraft();
        m.id = "membership/" + member.substring(member.indexOf('/') + 1) + "-"
                + (post != null ? post.substring(post.indexOf('/') + 1) : "in-" + organization.substring(
                organization.indexOf('/') + 1));
        m.member = member;
        m.organization = organization;
        m.role = role;
        m.post = post;
        m.start = start;
        m.startEdtf = startEdtf;
        m.validAt = validAt;
        m.evidence = List.of(evidence);
        memberships.add(m);
        return m;
    }

    /** An intergovernmental body the victim belongs to on {@code day} and the accused does not, or null. */
    Coalition bodyOf(Country victim, Country accused, LocalDate day) {
        for (Coalition o : intergovernmental) {
            boolean victimIn = false;
            boolean accusedIn = false;
            for (MembershipDraft m : o.members) {
                boolean current = m.start.isBefore(day) && m.end == null;
                victimIn |= current && m.country == victim;
                accusedIn |= current && m.country == accused;
            }
            if (victimIn && !accusedIn) {
                return o;
            }
        }
        return null;
    }

    /** A current membership of the country in an intergovernmental body begun before {@code day}, or null. */
    MembershipDraft activeMembership(Country c, LocalDate day) {
        List<MembershipDraft> active = new ArrayList<>();
        for (Coalition o : intergovernmental) {
            for (MembershipDraft m : o.members) {
                if (m.country == c && m.end == null && m.start.isBefore(day.minusMonths(1))) {
                    active.add(m);
                }
            }
        }
        return active.isEmpty() ? null : dice.pick(active);
    }

    private <T> List<T> pickSome(List<T> items, int n) {
        List<T> copy = new ArrayList<>(items);
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < n && !copy.isEmpty(); i++) {
            picked.add(copy.remove(dice.between(0, copy.size() - 1)));
        }
        return picked;
    }

    static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
