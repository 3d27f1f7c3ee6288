package org.sahelkg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.sahelkg.model.Edtf;
import org.sahelkg.model.EdtfException;
import org.sahelkg.model.EdtfValue;

/** The events the graph has, by type, with their dates, actors and places: what a candidate event may match. */
final class Events {
    /** An event of the graph. */
    record Known(String id, Set<String> types, String edtf, EdtfValue time, Set<String> agents, Set<String> actors,
                 Set<String> places) {
    }

    /** A candidate's best match: the event, whether the times overlap, and what they share. */
    record Match(Known event, boolean sameTime, String why) {
    }

    private final Map<String, Known> events = new LinkedHashMap<>();

    private static final String QUERY = """
            SELECT ?e ?type ?edtf ?who ?where ?src ?agent WHERE {
              ?e sem:eventType ?type .
              OPTIONAL { ?e skg:evidence/oa:hasSource ?src }
              OPTIONAL { ?e skg:agent ?agent }
              OPTIONAL { ?e sem:hasTime/skg:edtf ?edtf }
              OPTIONAL { ?e skg:agent|skg:target|skg:affected|skg:participant|skg:supporter|skg:host|skg:guest
                            |skg:mediator ?who }
              OPTIONAL { ?e sem:hasPlace|skg:near ?where }
              FILTER (STRSTARTS(STR(?e), CONCAT(STR(kg:), "event/")))
            }""";

    /** The events, as if the source {@code heldOut} (or null) had never been read: those others report. */
    static Events of(Graph graph, String heldOut) {
        Events out = new Events();
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        Map<String, Set<String>[]> parts = new LinkedHashMap<>();
        Map<String, String> dates = new LinkedHashMap<>();
        for (QuerySolution s : Sparql.select(graph, QUERY)) {
            String e = Sparql.id(s, "e");
            @SuppressWarnings("unchecked")
            Set<String>[] p = parts.computeIfAbsent(e, k -> new Set[] {new LinkedHashSet<>(),
                    new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()});
            if (s.contains("agent")) {
                p[3].add(Sparql.id(s, "agent"));
            }
            p[0].add(Sparql.id(s, "type"));
            if (s.contains("who")) {
                p[1].add(Sparql.id(s, "who"));
            }
            if (s.contains("where")) {
                p[2].add(Sparql.id(s, "where"));
            }
            if (s.contains("src")) {
                sources.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(Sparql.id(s, "src"));
            }
            if (s.contains("edtf")) {
                dates.put(e, s.getLiteral("edtf").getLexicalForm());
            }
        }
        parts.forEach((e, p) -> {
            if (heldOut != null && sources.getOrDefault(e, Set.of()).stream().allMatch(heldOut::equals)) {
                return;
            }
            String edtf = dates.get(e);
            EdtfValue time = null;
            try {
                time = edtf == null ? null : Edtf.parse(edtf);
            } catch (EdtfException x) {
                time = null;
            }
            out.events.put(e, new Known(e, p[0], edtf, time, p[3], p[1], p[2]));
        });
        return out;
    }

    /**
     * The event of the same type that best matches: overlapping time with a shared actor or place first, then a
     * shared actor or place with no date to compare, then overlapping time alone, then a shared actor or place
     * with another date (a possible disagreement); among equals, the one whose agent is the candidate's, then the
     * one that shares most. Null when none.
     */
    Match match(String type, EdtfValue time, Set<String> agents, Set<String> actors, Set<String> places) {
        Match best = null;
        int bestRank = 0;
        for (Known k : events.values()) {
            if (!k.types().contains(type)) {
                continue;
            }
            List<String> shared = new ArrayList<>();
            actors.stream().filter(k.actors()::contains).forEach(shared::add);
            places.stream().filter(k.places()::contains).forEach(shared::add);
            Boolean overlap = time == null || k.time() == null ? null
                    : !(max(time).isBefore(min(k.time())) || max(k.time()).isBefore(min(time)));
            int rank;
            String why;
            if (Boolean.TRUE.equals(overlap) && !shared.isEmpty()) {
                rank = 4;
                why = "overlapping time, shared " + String.join(", ", shared);
            } else if (overlap == null && !shared.isEmpty()) {
                rank = 3;
                why = "shared " + String.join(", ", shared) + ", no date to compare";
            } else if (Boolean.TRUE.equals(overlap)) {
                rank = 2;
                why = "overlapping time";
            } else if (Boolean.FALSE.equals(overlap) && !shared.isEmpty()) {
                rank = 1;
                why = "shared " + String.join(", ", shared);
            } else {
                continue;
            }
            boolean sameAgent = agents.stream().anyMatch(k.agents()::contains);
            int score = rank * 1000 + (sameAgent ? 100 : 0) + shared.size();
            if (score > bestRank) {
                bestRank = score;
                best = new Match(k, rank >= 2, why + (sameAgent ? ", the same agent" : ""));
            }
        }
        return best;
    }

    /** The first day a value can denote; an open start is the distant past. */
    private static java.time.LocalDate min(EdtfValue v) {
        return v.earliest() == null ? java.time.LocalDate.MIN : v.earliest();
    }

    /** The last day; an open end is the distant future. */
    private static java.time.LocalDate max(EdtfValue v) {
        return v.latest() == null ? java.time.LocalDate.MAX : v.latest();
    }
}
