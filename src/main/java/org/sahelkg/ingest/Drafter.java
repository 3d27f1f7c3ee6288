package org.sahelkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.sahelkg.ingest.Cues.Hit;
import org.sahelkg.ingest.Mentions.Mention;
import org.sahelkg.ingest.Mentions.NewName;
import org.sahelkg.ingest.Quantities.Quantity;
import org.sahelkg.ingest.TimeTagger.TimeExpression;
import org.sahelkg.ingest.Tokens.Token;
import org.sahelkg.load.check.Sentences;
import org.sahelkg.load.check.Texts;
import org.sahelkg.model.Edtf;
import org.sahelkg.model.EdtfValue;
import org.sahelkg.model.Policy;

/**
 * Drafts the facts of one article for a curator: its source record, the mentions of what the graph knows, the
 * names it does not, time expressions and figures, and candidate claims and events, each with its quote, its
 * offsets and a confidence, and with {@code "status": "candidate"}. A candidate event that matches one the graph
 * has is proposed as new evidence for it; a date that differs from the graph's as a new disagreement.
 */
public final class Drafter {
    /** Words that introduce reported speech (folded), and those after which the speaker follows. */
    private static final Set<String> SPEECH = Set.of("said", "says", "say", "claimed", "accused", "accuses",
            "accuse", "denied", "denies", "deny", "warned", "warns", "stated", "announced", "announces", "alleged",
            "alleges", "insisted", "insists", "argued", "argues", "added", "told", "declared", "declares",
            "stressed", "affirmed", "blamed", "affirme", "affirment", "declare", "declarent", "accusent", "dement",
            "dementi", "dementent", "annonce", "averti", "estime", "indique", "denonce", "assure", "souligne",
            "ajoute", "precise", "reproche");
    private static final Set<String> SPEAKER_AFTER = Set.of("according", "selon");
    private static final Set<String> ACCUSE = Set.of("accused", "accuses", "accuse", "accusent", "blamed",
            "reproche");
    private static final Set<String> ACTOR_KINDS = Set.of("country", "org", "person");
    private static final Pattern DATELINE = Pattern.compile("(?im)^(?:published|updated|date|posted|publi[ée]"
            + "|mis à jour|le)\\b");

    private final Gazetteer gazetteer;
    /** Capitals (place → country): "Bamako said" is Mali speaking. */
    private final Map<String, String> capitals = new LinkedHashMap<>();
    private final Cues cues;
    private final Events events;
    private final ObjectMapper json = new ObjectMapper();

    /** A drafter that knows what {@code graph} (the union of a project's graphs) knows. */
    public Drafter(Graph graph) {
        this(graph, null);
    }

    /** A drafter that knows what {@code graph} knows from every source but {@code heldOut} (source/NNN). */
    public Drafter(Graph graph, String heldOut) {
        this.gazetteer = Gazetteer.of(graph, heldOut);
        this.cues = Cues.of(graph);
        this.events = Events.of(graph, heldOut);
        for (var x : Sparql.select(graph, "SELECT ?c ?p WHERE { ?c skg:capital ?p }")) {
            capitals.put(Sparql.id(x, "p"), Sparql.id(x, "c"));
        }
    }

    /** An actor: a country, organisation or person, or a capital standing for its country. */
    private boolean isActor(Mention m) {
        return ACTOR_KINDS.contains(m.kind()) || capitals.containsKey(m.entity());
    }

    /** The actor a mention stands for: itself, or the country of a capital. */
    private String actor(Mention m) {
        return capitals.getOrDefault(m.entity(), m.entity());
    }

    /** Options of one draft: the source's id and file name to give, the date and language when known. */
    public record Options(String sourceId, LocalDate date, String lang) {
    }

    /** True when the drafter knows a name of {@code entity} that {@code text} uses. */
    boolean knowsName(String entity, String text) {
        return gazetteer.names(entity, text);
    }

    /** The draft of {@code article}. */
    public ObjectNode draft(Article article, Options options) {
        String text = article.text();
        int[] cps = text.codePoints().toArray();
        String sha = Texts.sha256(text.getBytes(StandardCharsets.UTF_8));
        String lang = options.lang() != null ? options.lang() : Language.detect(text);
        List<TimeExpression> times = TimeTagger.tag(text, options.date(), lang);
        LocalDate shown = shownDate(text, times);
        LocalDate date = shown != null ? shown : options.date();
        if (shown != null && !shown.equals(options.date())) {
            times = TimeTagger.tag(text, shown, lang);
        }
        times = anchored(cps, times);
        List<Token> words = Tokens.of(cps);
        List<Sentences.Span> sentences = Sentences.of(text);
        Set<Integer> starts = new HashSet<>();
        sentences.forEach(s -> starts.add(s.start()));
        List<Mention> mentions = Mentions.find(words, gazetteer);
        // Nothing is proposed from what looks like page furniture (a teaser of another article, a credit).
        List<Boilerplate.Span> furniture = Boilerplate.find(text);
        List<NewName> unknown = Mentions.unknown(words, mentions, starts).stream()
                .filter(x -> furniture.stream().noneMatch(b -> x.at() >= b.at() && x.at() < b.end())).toList();
        sentences = sentences.stream().filter(x -> furniture.stream().noneMatch(b -> x.start() >= b.at()
                && x.start() < b.end())).toList();
        List<Quantity> quantities = Quantities.find(text, lang);
        String id = options.sourceId();

        ObjectNode draft = json.createObjectNode();
        draft.put("draft", "A sahel-kg ingest draft: every candidate is for a curator to accept, edit or reject.");
        draft.set("source", source(article, id, sha, cps.length, lang, date, shown, options.date(), furniture));
        ArrayNode m = draft.putArray("mentions");
        for (Mention x : mentions) {
            ObjectNode n = m.addObject();
            n.put("at", x.at()).put("end", x.end()).put("text", span(cps, x.at(), x.end()));
            n.put("entity", x.entity()).put("kind", x.kind()).put("score", x.score()).put("how", x.how());
            if (x.ambiguous()) {
                n.put("ambiguous", true);
            }
            if (x.candidates().size() > 1) {
                ArrayNode c = n.putArray("candidates");
                x.candidates().forEach(k -> c.addObject().put("entity", k.entity()).put("label", k.label())
                        .put("score", k.score()).put("how", k.how()));
            }
        }
        ArrayNode u = draft.putArray("newEntities");
        Map<String, ObjectNode> bySlug = new LinkedHashMap<>();
        for (NewName x : unknown) {
            String words0 = span(cps, x.at(), x.end());
            String slug = String.join("-", Tokens.folded(words0));
            ObjectNode n = bySlug.get(slug);
            if (n == null) {
                n = u.addObject();
                bySlug.put(slug, n);
                n.put("status", "candidate").put("text", words0).put("kind", x.kind());
                n.put("suggestedId", (x.kind().equals("unknown") ? "org" : x.kind()) + "/" + slug);
                n.putArray("at");
            }
            ((ArrayNode) n.get("at")).add(x.at());
        }
        ArrayNode t = draft.putArray("times");
        for (TimeExpression x : times) {
            ObjectNode n = t.addObject().put("at", x.start()).put("end", x.end()).put("text", x.text());
            n.put("edtf", x.edtf()).put("precision", x.precision()).put("relative", x.relative());
            if (x.resolution() != null) {
                n.put("resolution", x.resolution());
            }
        }
        ArrayNode q = draft.putArray("quantities");
        for (Quantity x : quantities) {
            ObjectNode n = q.addObject().put("at", x.at()).put("end", x.end()).put("text", x.text());
            n.put("value", x.value()).put("unit", x.unit());
            if (x.comparator() != null) {
                n.put("comparator", x.comparator());
            }
        }
        draft.set("candidates", candidates(cps, id, lang, words, sentences, mentions, times));
        return draft;
    }

    private ObjectNode source(Article article, String id, String sha, int length, String lang, LocalDate date,
                              LocalDate shown, LocalDate given, List<Boilerplate.Span> furniture) {
        ObjectNode s = json.createObjectNode();
        s.put("$schema", "../data/schema/source.schema.json");
        s.put("id", id);
        s.put("file", id.substring(id.indexOf('/') + 1) + "_" + sha.substring(0, 16) + ".txt");
        s.put("sha256", sha);
        s.put("characters", length);
        s.putObject("label").put(lang, article.title().isEmpty() ? "Source " + id : article.title());
        s.put("publisherBasis", "To be filled by the curator: the text read by ingest names no publisher it knows.");
        s.put("issued", date == null ? "[..]" : date.toString());
        s.put("dateBasis", shown != null ? "The text shows its date (" + shown + ")" + (given != null
                && !given.equals(shown) ? "; --date gave " + given : "") + "." : given != null
                ? "Given with --date when the article was ingested." : "Undated: no date shown, none given.");
        s.put("language", lang);
        s.put("genre", "concept/news-report");
        s.put("stance", "concept/news-without-declared-side");
        ArrayNode out = s.putArray("outOfScope");
        for (Boilerplate.Span b : furniture) {
            out.addObject().put("at", b.at()).put("end", b.end()).put("begins", b.begins()).put("kind", b.kind())
                    .put("reason", "Proposed by ingest: " + b.reason());
        }
        if (out.isEmpty()) {
            s.remove("outOfScope");
        }
        s.put("note", "Drafted by sahel-kg ingest" + (article.html() ? " from HTML reduced to its text" : "")
                + "; genre and stance are defaults for the curator to confirm.");
        return s;
    }

    private ArrayNode candidates(int[] cps, String source, String lang, List<Token> words,
                                 List<Sentences.Span> sentences, List<Mention> mentions, List<TimeExpression> times) {
        ArrayNode out = json.createArrayNode();
        int n = 0;
        int w = 0;
        for (Sentences.Span s : sentences) {
            int from = w;
            while (from < words.size() && words.get(from).start() < s.start()) {
                from++;
            }
            int to = from;
            while (to < words.size() && words.get(to).end() <= s.end()) {
                to++;
            }
            w = to;
            List<Mention> in = mentions.stream().filter(m -> m.at() >= s.start() && m.end() <= s.end()).toList();
            List<TimeExpression> when = times.stream().filter(x -> x.start() >= s.start() && x.end() <= s.end()
                    && x.edtf() != null).toList();
            for (Hit hit : cues.find(words, from, to)) {
                out.add(event(++n, cps, source, lang, words, s, hit, in, when));
            }
            int before = out.size();
            for (int i = from; i < to; i++) {
                String f = words.get(i).folded();
                if (SPEECH.contains(f) || (SPEAKER_AFTER.contains(f) && (f.equals("selon")
                        || (i + 1 < to && words.get(i + 1).folded().equals("to"))))) {
                    ObjectNode c = claim(n + 1, cps, source, lang, words, s, i, to, in);
                    if (c != null) {
                        out.add(c);
                        n++;
                    }
                    break;
                }
            }
            // A sentence that names something the graph knows, and that no cue or verb of speech caught, may still
            // state a fact about it: a candidate statement for the curator to complete (or reject).
            List<Mention> known = in.stream().filter(m -> m.score() >= 0.8).toList();
            if (out.size() == before && !known.isEmpty()) {
                out.add(statement(++n, cps, source, s, known, when));
            }
        }
        return out;
    }

    private ObjectNode statement(int n, int[] cps, String source, Sentences.Span s, List<Mention> known,
                                 List<TimeExpression> when) {
        // The sentence, cut to the longest quote allowed around what it names.
        int[] quote = quote(cps, s.start(), s.end(), known.get(0).at(), known.get(known.size() - 1).end());
        ObjectNode c = json.createObjectNode();
        c.put("id", "candidate/" + n).put("status", "candidate").put("kind", "statement");
        c.put("why", "names " + String.join(", ", known.stream().map(Mention::entity).distinct().toList())
                + (when.isEmpty() ? "" : " and gives a date") + ", with no cue: a relation, a claim or an "
                + "attribute to complete, or nothing");
        c.putObject("sentence").put("at", s.start()).put("end", s.end());
        ObjectNode r = c.putObject("record");
        r.put("subject", known.get(0).entity());
        r.putNull("property");
        List<String> others = known.stream().map(Mention::entity).distinct().skip(1).toList();
        if (!others.isEmpty()) {
            r.put("object", others.get(0));
        }
        if (!when.isEmpty()) {
            r.put("validAt", when.get(0).edtf());
        }
        r.putArray("evidence").addObject().put("source", source).put("quote", span(cps, quote[0], quote[1]))
                .put("at", quote[0]);
        c.putArray("needs").add("id").add("property").add("the kind: relations or claims");
        c.put("confidence", 0.3);
        return c;
    }

    private ObjectNode event(int n, int[] cps, String source, String lang, List<Token> words, Sentences.Span s,
                             Hit hit, List<Mention> in, List<TimeExpression> when) {
        int cueAt = words.get(hit.first()).start();
        int cueEnd = words.get(hit.last()).end();
        int[] clause = clause(cps, s, cueAt, cueEnd);
        List<Mention> agents = new ArrayList<>();
        Mention target = null;
        Set<String> places = new LinkedHashSet<>();
        for (Mention m : in) {
            boolean inClause = m.at() >= clause[0] && m.end() <= clause[1];
            if (inClause && isActor(m) && m.end() <= cueAt) {
                agents.add(m);
            } else if (inClause && isActor(m) && m.at() >= cueEnd && target == null) {
                target = m;
            } else if (m.kind().equals("place")) {
                places.add(m.entity());
            }
        }
        Mention agent = agents.isEmpty() ? null : agents.get(0);
        TimeExpression time = when.isEmpty() ? null : when.get(0);
        int qa = agent != null ? agent.at() : cueAt;
        int qe = Math.max(cueEnd, target != null ? target.end() : cueEnd);
        int[] quote = quote(cps, qa, qe, cueAt, cueEnd);
        ObjectNode c = json.createObjectNode();
        c.put("id", "candidate/" + n).put("status", "candidate").put("kind", "event");
        c.put("why", "cue \"" + hit.cue() + "\" of " + hit.type());
        c.putObject("sentence").put("at", s.start()).put("end", s.end());
        ObjectNode r = json.createObjectNode();
        String label = span(cps, quote[0], quote[1]);
        r.put("id", "event/" + slug(hit.type().substring(hit.type().indexOf('/') + 1) + " " + label));
        r.putArray("types").add(hit.type());
        r.putObject("label").put(lang, label);
        if (time != null) {
            r.put("date", time.edtf());
            if (time.relative()) {
                r.putObject("dateResolution").put("phrase", time.text()).put("anchor", source)
                        .put("note", time.resolution() == null ? "Resolved by ingest against the article's date."
                                : time.resolution());
            }
        }
        if (!places.isEmpty()) {
            ArrayNode p = r.putArray("places");
            places.forEach(p::add);
        }
        if (agent != null || target != null) {
            ObjectNode a = r.putObject("actors");
            if (agent != null) {
                ArrayNode ag = a.putArray("agent");
                agents.stream().map(this::actor).distinct().forEach(ag::add);
            }
            if (target != null) {
                a.putArray("target").add(actor(target));
            }
        }
        ObjectNode evidence = r.putArray("evidence").addObject();
        evidence.put("source", source).put("quote", span(cps, quote[0], quote[1])).put("at", quote[0]);
        Set<String> actors = new LinkedHashSet<>();
        agents.forEach(x -> actors.add(actor(x)));
        if (target != null) {
            actors.add(actor(target));
        }
        EdtfValue value = time == null ? null : Edtf.parse(time.edtf());
        Set<String> agentIds = new LinkedHashSet<>();
        agents.forEach(x -> agentIds.add(actor(x)));
        Events.Match match = events.match(hit.type(), value, agentIds, actors, places);
        double confidence = 0.4 + (agent != null ? 0.15 : 0) + (time != null ? 0.15 : 0)
                + (agent != null && agent.score() >= 0.9 ? 0.1 : 0);
        if (match != null && match.sameTime()) {
            c.put("kind", "evidence");
            c.put("evidenceFor", match.event().id());
            c.put("why", c.get("why").asText() + "; the graph has " + match.event().id() + " (same type, "
                    + match.why() + ")");
            c.set("record", evidence);
            confidence += 0.15;
        } else {
            c.set("record", r);
            if (match != null) {
                ObjectNode d = c.putObject("disagreement");
                d.put("event", match.event().id()).put("field", "date").put("graph", match.event().edtf())
                        .put("article", time.edtf());
                d.put("note", "Same type and " + match.why() + ", another date: a new disagreement, or another "
                        + "event of the kind.");
            }
        }
        c.put("confidence", Math.round(Math.min(confidence, 0.95) * 100) / 100.0);
        return c;
    }

    private ObjectNode claim(int n, int[] cps, String source, String lang, List<Token> words, Sentences.Span s,
                             int verb, int to, List<Mention> in) {
        Token v = words.get(verb);
        boolean after = SPEAKER_AFTER.contains(v.folded());
        Mention speaker = null;
        if (!after) {
            for (Mention m : in) {
                if (isActor(m) && m.end() <= v.start()) {
                    speaker = m;
                }
            }
        }
        if (speaker == null) {
            for (Mention m : in) {
                if (isActor(m) && m.at() >= v.end()) {
                    speaker = m;
                    break;
                }
            }
            after = speaker != null;
        }
        // What is said: after the verb (and "that", "que"), or, when the speaker comes after, before the verb.
        int qa;
        int qe;
        if (after && speaker != null && speaker.at() >= v.end() && !SPEAKER_AFTER.contains(v.folded())) {
            qa = s.start();
            qe = v.start();
        } else if (SPEAKER_AFTER.contains(v.folded()) && speaker != null && v.start() == s.start()) {
            qa = speaker.end();
            qe = s.end();
        } else if (SPEAKER_AFTER.contains(v.folded())) {
            qa = s.start();
            qe = v.start();
        } else {
            int k = verb + 1;
            while (k < to && Set.of("that", "que", "qu", "of", "de", "d").contains(words.get(k).folded())
                    && !ACCUSE.contains(v.folded())) {
                k++;
            }
            qa = k < to ? words.get(k).start() : v.end();
            qe = s.end();
        }
        int[] quote = quote(cps, qa, qe, qa, Math.min(qe, qa + 1));
        if (quote[1] <= quote[0]) {
            return null;
        }
        String said = span(cps, quote[0], quote[1]);
        ObjectNode c = json.createObjectNode();
        c.put("id", "candidate/" + n).put("status", "candidate").put("kind", "claim");
        c.put("why", "reported speech: \"" + v.text() + "\"" + (speaker == null ? ", no speaker found" : ""));
        c.putObject("sentence").put("at", s.start()).put("end", s.end());
        ObjectNode r = c.putObject("record");
        String by = speaker == null ? "agent/unattributed" : actor(speaker);
        r.put("id", "claim/" + slug(said));
        r.putObject("label").put(lang, said + " (" + (speaker == null ? "unattributed" : gazetteer.label(by)) + ")");
        r.putArray("claimant").add(by);
        ArrayNode needs = c.putArray("needs");
        if (ACCUSE.contains(v.folded())) {
            Mention accused = in.stream().filter(m -> isActor(m) && m.at() >= v.end())
                    .findFirst().orElse(null);
            r.put("subject", accused == null ? null : actor(accused));
            r.put("property", "skg:accusedOf");
            r.putObject("text").put(lang, said);
            if (accused == null) {
                needs.add("subject");
            }
        } else {
            r.putNull("subject");
            r.putNull("property");
            r.putObject("text").put(lang, said);
            needs.add("subject").add("property");
        }
        ObjectNode e = r.putArray("evidence").addObject();
        e.put("source", source).put("quote", said).put("at", quote[0]);
        if (speaker != null) {
            e.put("speaker", actor(speaker));
        }
        c.put("confidence", speaker == null ? 0.3 : Math.round((0.5 + speaker.score() * 0.3) * 100) / 100.0);
        return c;
    }

    /** Where a clause breaks: ";", ":", or a comma before "while", "but", "and", "alors que", "tandis que" … */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?iu)[;:]|,\\s*(?:while|whereas|but|and|as|which"
            + "|alors que|tandis que|mais|et|qui)\\b|\\s(?:while|whereas|tandis que|alors que)\\s");

    /** The clause of the sentence that holds the cue [cueAt, cueEnd): code-point bounds. */
    static int[] clause(int[] cps, Sentences.Span s, int cueAt, int cueEnd) {
        String sentence = span(cps, s.start(), s.end());
        int a = s.start();
        int e = s.end();
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        while (m.find()) {
            int at = s.start() + sentence.codePointCount(0, m.start());
            int after = s.start() + sentence.codePointCount(0, m.end());
            if (after <= cueAt) {
                a = after;
            } else if (at >= cueEnd) {
                e = at;
                break;
            }
        }
        return new int[] {a, e};
    }

    /**
     * A quote of at most {@link Policy#MAX_QUOTE} code points over [a, e), cut to whole words around the cue
     * [cueAt, cueEnd) when longer, without the spaces and the commas, colons and semicolons at its ends.
     */
    static int[] quote(int[] cps, int a, int e, int cueAt, int cueEnd) {
        if (e - a > Policy.MAX_QUOTE) {
            int mid = (cueAt + cueEnd) / 2;
            a = Math.max(a, mid - Policy.MAX_QUOTE / 2);
            e = Math.min(e, a + Policy.MAX_QUOTE);
            while (a > 0 && a < e && Character.isLetterOrDigit(cps[a - 1])) {
                a++;
            }
            while (e < cps.length && e > a && Character.isLetterOrDigit(cps[e])) {
                e--;
            }
        }
        while (a < e && (Character.isWhitespace(cps[a]) || ",;:".indexOf(cps[a]) >= 0)) {
            a++;
        }
        while (e > a && (Character.isWhitespace(cps[e - 1]) || ",;:".indexOf(cps[e - 1]) >= 0)) {
            e--;
        }
        return new int[] {a, e};
    }

    private static final Pattern SINCE = Pattern.compile("(?iu)(?:\\bsince|\\bdepuis)\\s+$");
    private static final Pattern EVENT_DAYS = Pattern.compile("(?iu)\\b(?:(?<next>the\\s+next\\s+day|the\\s+following"
            + "\\s+day|the\\s+day\\s+after|le\\s+lendemain|le\\s+jour\\s+suivant)|(?<prev>the\\s+previous\\s+day|the\\s+day"
            + "\\s+before|la\\s+veille|le\\s+jour\\s+précédent)|(?<same>(?:later\\s+)?that\\s+(?:day|evening|morning"
            + "|afternoon)|the\\s+same\\s+day|le\\s+jour\\s+même|le\\s+même\\s+jour|ce\\s+jour.là)|(?<after2>le\\s+"
            + "surlendemain)|(?<n>\\w+)\\s+(?:days?|jours?)\\s+(?:(?<later>later|after|plus\\s+tard|après)|(?<earlier>"
            + "earlier|before|plus\\s+tôt|avant|auparavant)))\\b");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");
    private static final List<String> NOMBRES = List.of("zéro", "un", "deux", "trois", "quatre", "cinq", "six",
            "sept", "huit", "neuf", "dix");

    /**
     * Time expressions resolved further than the tagger can: "since 2021" as an open interval (2021/..), and a day
     * given relative to an event ("the next day", "later that evening", "deux jours plus tard") against the
     * nearest day the text gave before it, the resolution saying which.
     */
    static List<TimeExpression> anchored(int[] cps, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        TimeExpression anchor = null;
        for (TimeExpression t : times) {
            TimeExpression r = t;
            String before = span(cps, Math.max(0, t.start() - 8), t.start());
            if (t.edtf() != null && !t.edtf().contains("/") && !t.edtf().startsWith("[")
                    && SINCE.matcher(before).find()) {
                r = new TimeExpression(t.start(), t.end(), t.text(), t.edtf() + "/..", "interval", t.relative(),
                        (t.resolution() == null ? "" : t.resolution() + "; ") + "after \"" + before.strip()
                                + "\": an open interval from " + t.edtf());
            } else if (t.edtf() == null && anchor != null) {
                Matcher m = EVENT_DAYS.matcher(t.text());
                Integer days = null;
                if (m.lookingAt()) {
                    if (m.group("next") != null) {
                        days = 1;
                    } else if (m.group("prev") != null) {
                        days = -1;
                    } else if (m.group("same") != null) {
                        days = 0;
                    } else if (m.group("after2") != null) {
                        days = 2;
                    } else if (m.group("n") != null) {
                        String w = m.group("n").toLowerCase(Locale.ROOT);
                        int k = w.matches("\\d+") ? Integer.parseInt(w) : Math.max(NUMBERS.indexOf(w), NOMBRES.indexOf(w));
                        days = k < 0 ? null : m.group("later") != null ? k : -k;
                    }
                }
                if (days != null) {
                    LocalDate day = LocalDate.parse(anchor.edtf()).plusDays(days);
                    r = new TimeExpression(t.start(), t.end(), t.text(), day.toString(), "day", true,
                            (days == 0 ? "the same day as " : Math.abs(days) + (Math.abs(days) == 1 ? " day " : " days ")
                                    + (days > 0 ? "after " : "before ")) + anchor.edtf() + ", the day the text gives "
                                    + "before it (\"" + anchor.text() + "\", at " + anchor.start() + ")");
                }
            }
            if (r.edtf() != null && "day".equals(r.precision()) && r.edtf().matches("\\d{4}-\\d{2}-\\d{2}")) {
                anchor = r;
            }
            out.add(r);
        }
        return out;
    }

    private static LocalDate shownDate(String text, List<TimeExpression> times) {
        for (TimeExpression t : times) {
            if (t.relative() || !"day".equals(t.precision()) || t.edtf() == null) {
                continue;
            }
            int lineStart = text.offsetByCodePoints(0, t.start());
            int bol = text.lastIndexOf('\n', lineStart - 1) + 1;
            boolean early = t.start() < 300;
            Matcher m = DATELINE.matcher(text.substring(bol, lineStart));
            if (early && (m.lookingAt() || lineStart - bol < 3 || text.indexOf('\n', lineStart) - bol < 80)) {
                return LocalDate.parse(t.edtf());
            }
        }
        return null;
    }

    static String span(int[] cps, int a, int e) {
        return new String(cps, a, e - a);
    }

    private static String slug(String words) {
        List<String> f = Tokens.folded(words);
        String s = String.join("-", f.subList(0, Math.min(8, f.size())));
        return s.isEmpty() ? "draft" : s;
    }

    /** For the evaluation: the words of a candidate's quotes. */
    static List<JsonNode> quotes(ObjectNode draft) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode c : draft.get("candidates")) {
            JsonNode r = c.get("record");
            if (r.has("quote")) {
                out.add(r);
            } else if (r.has("evidence")) {
                r.get("evidence").forEach(out::add);
            }
        }
        return out;
    }

    /** The next free source/NNN among the seeds' file names (NNN_….json). */
    public static String nextSourceId(java.nio.file.Path seeds) throws java.io.IOException {
        int max = -1;
        if (java.nio.file.Files.isDirectory(seeds)) {
            try (var files = java.nio.file.Files.list(seeds)) {
                for (var f : files.toList()) {
                    Matcher m = Pattern.compile("^(\\d{3})_").matcher(f.getFileName().toString());
                    if (m.find()) {
                        max = Math.max(max, Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        return String.format(Locale.ROOT, "source/%03d", max + 1);
    }
}
