package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.sahelkg.iri.Iris;
import org.sahelkg.model.Edtf;
import org.sahelkg.model.EdtfException;
import org.sahelkg.model.EdtfValue;
import org.sahelkg.server.graph.DateWords;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.graph.Values;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;
import org.sahelkg.vocab.PROV;
import org.sahelkg.vocab.SEM;
import org.sahelkg.vocab.SKG;

/**
 * The timeline ({@code /timeline}): every event in the order of its earliest possible beginning (or, when
 * only an upper bound is known, of that bound), by year,
 * its date as curated (EDTF) and in words with its precision, what kind of event, where and who; undated
 * events apart. {@code ?actor=country/mali} keeps the events with that actor in any role; the filter is a
 * plain form.
 */
public final class TimelinePage implements Handler {
    /** The roles an actor can have in an event. */
    static final List<Node> ROLES = List.of(SKG.AGENT, SKG.TARGET, SKG.AFFECTED, SKG.PARTICIPANT, SKG.SUPPORTER,
            SKG.HOST, SKG.GUEST, SKG.MEDIATOR);

    private final Site site;

    public TimelinePage(Site site) {
        this.site = site;
    }

    /** One event on the timeline. */
    public record Entry(Ref event, String id, String when, String edtf, String precision, String sortKey,
                        int order, List<Ref> datedBy, List<Ref> types, List<Ref> places, List<Prop> roles,
                        int sources, String isoDate) {
    }

    /** The events of one year. */
    public record Year(String year, List<Entry> entries) {
    }

    /** An actor of the filter, with how many events have it. */
    public record Actor(String id, String label, int events, boolean selected) {
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        Kg kg = site.kg();
        List<String> actorIds = java.util.Arrays.stream(ex.params("actor")).filter(id -> id != null && !id.isBlank())
                .map(String::strip).distinct().toList();
        Set<Node> chosen = new LinkedHashSet<>();
        actorIds.forEach(id -> chosen.add(NodeFactory.createURI(Iris.resolve(id))));
        String actorQuery = String.join("&", actorIds.stream()
                .map(id -> "actor=" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)).toList());
        Range range;
        try {
            range = Range.of(ex.param("from"), ex.param("to"));
        } catch (EdtfException e) {
            site.page(ex, HttpServletResponse.SC_BAD_REQUEST, "error", "Bad request", null,
                    Map.of("message", e.getMessage()));
            return;
        }
        String crisisStart = crisisStart(kg);
        String earliestOfAll = null;
        boolean defaulted = range.from == null && range.to == null && crisisStart != null;
        String from = defaulted ? crisisStart : range.from;
        List<Entry> dated = new ArrayList<>();
        List<Entry> undated = new ArrayList<>();
        Map<Node, Integer> actorCounts = new HashMap<>();
        for (Node e : kg.subjects(RDF.Nodes.type, SKG.C_EVENT)) {
            Set<Node> actors = new LinkedHashSet<>();
            for (Node role : ROLES) {
                actors.addAll(kg.objects(e, role));
            }
            actors.forEach(a -> actorCounts.merge(a, 1, Integer::sum));
            String earliest = earliestDay(kg, e);
            if (!earliest.isEmpty() && (earliestOfAll == null || earliest.compareTo(earliestOfAll) < 0)) {
                earliestOfAll = earliest;
            }
            if (!chosen.isEmpty() && actors.stream().noneMatch(chosen::contains)) {
                continue;
            }
            Entry entry = entry(kg, e);
            // An undated event cannot be placed inside or outside a range: it is listed with every range.
            if (entry.sortKey().isEmpty()) {
                undated.add(entry);
            } else if (overlaps(kg, e, from, range.to)) {
                dated.add(entry);
            }
        }
        dated.sort(Comparator.comparing(Entry::sortKey).thenComparingInt(Entry::order)
                .thenComparing(en -> en.event().label()));
        undated.sort(Comparator.comparing(en -> en.event().label()));
        Map<String, List<Entry>> byYear = new LinkedHashMap<>();
        for (Entry en : dated) {
            byYear.computeIfAbsent(en.sortKey().substring(0, 4), y -> new ArrayList<>()).add(en);
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((y, list) -> years.add(new Year(y, list)));
        List<Actor> actors = new ArrayList<>();
        actorCounts.forEach((a, n) -> {
            if (a.isURI()) {
                String id = Iris.idOf(a.getURI());
                actors.add(new Actor(id != null ? id : a.getURI(), kg.label(a), n, chosen.contains(a)));
            }
        });
        actors.sort(Comparator.comparing(Actor::label, String.CASE_INSENSITIVE_ORDER));
        List<Ref> chosenRefs = chosen.stream().map(a -> Site.ref(kg, a)).toList();
        Map<String, Object> m = new HashMap<>();
        m.put("years", years);
        m.put("undated", undated);
        m.put("actors", actors);
        m.put("chosen", chosenRefs);
        m.put("count", dated.size() + undated.size());
        m.put("fromParam", range.from == null ? "" : range.from);
        m.put("toParam", range.to == null ? "" : range.to);
        m.put("fromWords", from == null ? null : words(range.fromEdtf != null ? range.fromEdtf : from));
        m.put("toWords", range.to == null ? null : words(range.toEdtf));
        m.put("defaulted", defaulted);
        String backgroundYear = earliestOfAll == null ? null : earliestOfAll.substring(0, 4);
        m.put("backgroundYear", backgroundYear);
        m.put("backgroundHref", backgroundYear == null ? null
                : "/timeline?" + (actorQuery.isEmpty() ? "" : actorQuery + "&") + "from=" + backgroundYear);
        m.put("crisisHref", "/timeline" + (actorQuery.isEmpty() ? "" : "?" + actorQuery));
        String title = chosen.isEmpty() ? "Timeline" : "Timeline: " + String.join(", ",
                chosenRefs.stream().map(Ref::label).toList());
        site.page(ex, HttpServletResponse.SC_OK, "timeline", title, "timeline", m);
    }

    private static String words(String edtfOrDay) {
        try {
            return DateWords.describe(edtfOrDay, null);
        } catch (RuntimeException e) {
            return edtfOrDay;
        }
    }

    /** The first ten characters of a time stamp: its day, comparable as text (four-digit years). */
    static String day(String stamp) {
        return stamp.length() > 10 ? stamp.substring(0, 10) : stamp;
    }

    /** The earliest day an event can have begun ({@code sem:hasEarliestBeginTimeStamp}), or "" when unknown. */
    static String earliestDay(Kg kg, Node e) {
        return day(kg.literal(e, SEM.HAS_EARLIEST_BEGIN_TIME_STAMP, null).orElse(""));
    }

    /** The latest day an event can have ended ({@code sem:hasLatestEndTimeStamp}), or "" when unknown. */
    static String latestDay(Kg kg, Node e) {
        return day(kg.literal(e, SEM.HAS_LATEST_END_TIME_STAMP, null).orElse(""));
    }

    /** True when the event may have happened within [from, to] (days as text; null for open). */
    static boolean overlaps(Kg kg, Node e, String from, String to) {
        String earliest = earliestDay(kg, e);
        String latest = latestDay(kg, e);
        if (from != null && !latest.isEmpty() && latest.compareTo(from) < 0) {
            return false;
        }
        if (from != null && latest.isEmpty() && !earliest.isEmpty() && earliest.compareTo(from) < 0) {
            return false;
        }
        return to == null || earliest.isEmpty() || earliest.compareTo(to) <= 0;
    }

    /**
     * Where the 2025 crisis begins, from the data: the earliest possible beginning of the events of the
     * largest web of responses ({@code skg:inResponseTo}, either way), the crisis being the events that answer
     * one another; null when no event answers another.
     */
    static String crisisStart(Kg kg) {
        Map<Node, Set<Node>> links = new HashMap<>();
        for (Node e : kg.subjects(RDF.Nodes.type, SKG.C_EVENT)) {
            for (Node answered : kg.objects(e, SKG.IN_RESPONSE_TO)) {
                links.computeIfAbsent(e, k -> new HashSet<>()).add(answered);
                links.computeIfAbsent(answered, k -> new HashSet<>()).add(e);
            }
        }
        Set<Node> seen = new HashSet<>();
        Set<Node> largest = Set.of();
        for (Node start : links.keySet()) {
            if (seen.contains(start)) {
                continue;
            }
            Set<Node> component = new HashSet<>();
            Deque<Node> next = new ArrayDeque<>(List.of(start));
            while (!next.isEmpty()) {
                Node n = next.pop();
                if (component.add(n)) {
                    next.addAll(links.getOrDefault(n, Set.of()));
                }
            }
            seen.addAll(component);
            if (component.size() > largest.size()) {
                largest = component;
            }
        }
        String first = null;
        for (Node e : largest) {
            String earliest = earliestDay(kg, e);
            if (!earliest.isEmpty() && (first == null || earliest.compareTo(first) < 0)) {
                first = earliest;
            }
        }
        return first;
    }

    /** A range of the timeline: {@code from} and {@code to} as given (EDTF or ISO dates) and as days. */
    record Range(String from, String to, String fromEdtf, String toEdtf) {
        static Range of(String fromText, String toText) {
            String fromEdtf = blank(fromText) ? null : fromText.strip();
            String toEdtf = blank(toText) ? null : toText.strip();
            String from = null;
            String to = null;
            if (fromEdtf != null) {
                from = bound(fromEdtf, "from").earliest().toString();
            }
            if (toEdtf != null) {
                to = bound(toEdtf, "to").latest().toString();
            }
            if (from != null && to != null && from.compareTo(to) > 0) {
                throw new EdtfException("the timeline's 'from' (" + fromEdtf + ") is after its 'to' (" + toEdtf + ")");
            }
            return new Range(from, to, fromEdtf, toEdtf);
        }

        private static EdtfValue bound(String text, String name) {
            EdtfValue v;
            try {
                v = Edtf.parse(text);
            } catch (EdtfException e) {
                throw new EdtfException("the timeline's '" + name + "' must be a date (EDTF or ISO 8601, such as "
                        + "2025-04-01, 2025-04 or 2025): " + e.getMessage());
            }
            if (v.earliest() == null || v.latest() == null) {
                throw new EdtfException("the timeline's '" + name + "' must have bounds: " + text);
            }
            return v;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    static Entry entry(Kg kg, Node e) {
        // By the earliest possible beginning; an event known only to have happened by some date goes at that
        // date (its words say "on or before").
        String earliest = kg.literal(e, SEM.HAS_EARLIEST_BEGIN_TIME_STAMP, null).orElse("");
        String latest = kg.literal(e, SEM.HAS_LATEST_END_TIME_STAMP, null).orElse("");
        String sortKey = earliest.isEmpty() ? latest : earliest + "/" + latest;
        String when = "undated";
        String edtf = null;
        String precision = null;
        List<Ref> datedBy = List.of();
        Node time = kg.object(e, SEM.HAS_TIME).orElse(null);
        if (time != null) {
            edtf = kg.literal(time, SKG.EDTF, null).orElse(null);
            if (edtf != null) {
                when = DateWords.describe(edtf, Values.timeOfDay(kg, time));
                precision = DateWords.precision(edtf);
            }
            datedBy = Site.refs(kg, kg.objects(time, SKG.DATED_BY));
        }
        List<Node> places = new ArrayList<>(kg.objects(e, SEM.HAS_PLACE));
        places.addAll(kg.objects(e, SKG.NEAR));
        List<Prop> roles = new ArrayList<>();
        for (Node role : ROLES) {
            List<Node> who = kg.objects(e, role);
            if (!who.isEmpty()) {
                roles.add(new Prop(Site.ref(kg, role), Site.refs(kg, who).stream()
                        .map(r -> new Val(r, null, null, false, null)).toList()));
            }
        }
        String id = Iris.idOf(e.getURI());
        return new Entry(Site.ref(kg, e), id == null ? "" : id.replace('/', '-'), when, edtf, precision, sortKey,
                priors(kg, e), datedBy, Site.refs(kg, kg.objects(e, SEM.EVENT_TYPE)), Site.refs(kg, places), roles,
                kg.objects(e, PROV.WAS_DERIVED_FROM).size(),
                edtf != null && edtf.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? edtf : null);
    }

    /**
     * How many events a source says happened before this one (skg:happenedBefore, followed back): the order of
     * events that their dates do not order, such as two of the same day.
     */
    static int priors(Kg kg, Node e) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> next = new ArrayDeque<>(kg.subjects(SKG.HAPPENED_BEFORE, e));
        while (!next.isEmpty()) {
            Node prior = next.pop();
            if (seen.add(prior)) {
                next.addAll(kg.subjects(SKG.HAPPENED_BEFORE, prior));
            }
        }
        seen.remove(e);
        return seen.size();
    }
}
