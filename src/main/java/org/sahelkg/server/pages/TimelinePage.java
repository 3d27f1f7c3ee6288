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
                        int sources) {
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
        String actorId = ex.param("actor");
        Node actor = actorId != null && !actorId.isBlank() ? NodeFactory.createURI(Iris.resolve(actorId)) : null;
        List<Entry> dated = new ArrayList<>();
        List<Entry> undated = new ArrayList<>();
        Map<Node, Integer> actorCounts = new HashMap<>();
        for (Node e : kg.subjects(RDF.Nodes.type, SKG.C_EVENT)) {
            Set<Node> actors = new LinkedHashSet<>();
            for (Node role : ROLES) {
                actors.addAll(kg.objects(e, role));
            }
            actors.forEach(a -> actorCounts.merge(a, 1, Integer::sum));
            if (actor != null && !actors.contains(actor)) {
                continue;
            }
            Entry entry = entry(kg, e);
            (entry.sortKey().isEmpty() ? undated : dated).add(entry);
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
                actors.add(new Actor(id != null ? id : a.getURI(), kg.label(a), n, a.equals(actor)));
            }
        });
        actors.sort(Comparator.comparing(Actor::label, String.CASE_INSENSITIVE_ORDER));
        Map<String, Object> m = new HashMap<>();
        m.put("years", years);
        m.put("undated", undated);
        m.put("actors", actors);
        m.put("actor", actor == null ? null : Site.ref(kg, actor));
        m.put("count", dated.size() + undated.size());
        String title = actor == null ? "Timeline" : "Timeline: " + kg.label(actor);
        site.page(ex, HttpServletResponse.SC_OK, "timeline", title, "timeline", m);
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
                kg.objects(e, PROV.WAS_DERIVED_FROM).size());
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
