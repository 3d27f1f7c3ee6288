package org.sahelkg.server.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.vocab.SKG;

/**
 * What an event answered and what followed it: the events linked to it by {@code skg:inResponseTo} (curated)
 * or {@code skg:respondsTo} (inferred, rule 40), either way, each with its date in words and the lag in days
 * from the day ranges of the two events, in date order.
 */
final class Sequence {

    /** One linked event: its link, date in words, lag in words ("3 days later"), and whether only inferred. */
    record Linked(Ref event, String when, String lag, boolean inferred, String sortKey) {
    }

    private Sequence() {
    }

    /** The events {@code e} responds to, earliest first. */
    static List<Linked> answered(Kg kg, Node e) {
        return linked(kg, e, false);
    }

    /** The events that respond to {@code e}, earliest first. */
    static List<Linked> followed(Kg kg, Node e) {
        return linked(kg, e, true);
    }

    /**
     * The events linked to {@code e} by either property: those that answer it when {@code after}, else those it
     * answers; each marked inferred when no link to it is asserted.
     */
    private static List<Linked> linked(Kg kg, Node e, boolean after) {
        Map<Node, Boolean> others = new LinkedHashMap<>();
        for (Node p : List.of(SKG.IN_RESPONSE_TO, SKG.RESPONDS_TO)) {
            for (Node o : after ? kg.subjects(p, e) : kg.objects(e, p)) {
                if (o.isURI() && !o.equals(e)) {
                    Triple link = after ? Triple.create(o, p, e) : Triple.create(e, p, o);
                    others.merge(o, kg.inferredOnly(link), Boolean::logicalAnd);
                }
            }
        }
        List<Linked> out = new ArrayList<>();
        LocalDate[] own = days(kg, e);
        others.forEach((o, inferred) -> {
            TimelinePage.Entry entry = TimelinePage.entry(kg, o);
            LocalDate[] theirs = days(kg, o);
            String lag = after ? lag(own, theirs, "later") : lag(theirs, own, "earlier");
            out.add(new Linked(Site.ref(kg, o).withInferred(inferred), entry.when(), lag, inferred,
                    entry.sortKey()));
        });
        out.sort(Comparator.comparing((Linked l) -> l.sortKey().isEmpty() ? "~" : l.sortKey())
                .thenComparing(l -> l.event().label()));
        return out;
    }

    /** The earliest and latest day an event can cover, or nulls when unknown. */
    static LocalDate[] days(Kg kg, Node e) {
        return new LocalDate[] {date(TimelinePage.earliestDay(kg, e)), date(TimelinePage.latestDay(kg, e))};
    }

    private static LocalDate date(String stamp) {
        try {
            return stamp.isEmpty() ? null : LocalDate.parse(stamp);
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    /**
     * How long after {@code first} {@code second} came, from their day ranges: the shortest lag (the second's
     * earliest day less the first's latest) and the longest (its latest less the first's earliest); one number
     * when they agree, a range otherwise, "the same day" at zero; null when a bound is unknown.
     */
    static String lag(LocalDate[] first, LocalDate[] second, String word) {
        if (first[0] == null || first[1] == null || second[0] == null || second[1] == null) {
            return null;
        }
        long min = Math.max(0, ChronoUnit.DAYS.between(first[1], second[0]));
        long max = Math.max(min, ChronoUnit.DAYS.between(first[0], second[1]));
        if (max == 0) {
            return "the same day";
        }
        if (min == max) {
            return min + (min == 1 ? " day " : " days ") + word;
        }
        if (min == 0) {
            return "up to " + max + (max == 1 ? " day " : " days ") + word;
        }
        return min + "–" + max + " days " + word;
    }
}
