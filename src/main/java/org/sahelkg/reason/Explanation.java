package org.sahelkg.reason;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * What the rules inferred about a resource and why, as data: {@link Explainer} builds it, {@link
 * ExplanationText} writes it for {@code reason --explain}, and the server's explanation page renders it as
 * HTML.
 *
 * @param resource the resource explained
 * @param name     how it is called ("Niger (country/niger)")
 * @param items    each inferred statement or derived resource, with the rule firings that derived it
 * @param rules    the rules that fired, numbered in the order of first use
 */
public record Explanation(Node resource, String name, List<Item> items, List<Rule> rules) {
    public Explanation {
        items = List.copyOf(items);
        rules = List.copyOf(rules);
    }

    /** A node and the name the explanation gives it: "Niger (country/niger)", "\"2025-04-06\"". */
    public record Named(Node node, String name) {
    }

    /** A triple in words, from a reified statement. */
    public record Triple(Named subject, Named predicate, Named object) {
        @Override
        public String toString() {
            return subject.name() + " — " + predicate.name() + " — " + object.name();
        }
    }

    /**
     * One thing inferred.
     *
     * @param node      the inferred statement or derived resource
     * @param statement true for an inferred statement, false for a derived resource
     * @param triple    the statement's triple, or null (a derived resource, or a statement without one)
     * @param lag       the lag in days of a response (" (lag 1 days)"), or empty
     * @param label     a derived resource's label, or its name
     * @param claimedBy for a derived claim, its claimants ("still only a claim"), else empty
     * @param because   the rule firings that derived it
     */
    public record Item(Node node, boolean statement, Triple triple, String lag, String label, String claimedBy,
                       List<Firing> because) {
        public Item {
            because = List.copyOf(because);
        }

        /** The statement's triple in words, or its name when it has none. */
        public String tripleText() {
            return triple != null ? triple.toString() : label;
        }
    }

    /** One firing of a rule and the premises it used. */
    public record Firing(Rule rule, Node derivation, List<Premise> premises) {
        public Firing {
            premises = List.copyOf(premises);
        }
    }

    /**
     * A premise of a firing: a statement (its triple and where it comes from: asserted, with its sources,
     * or itself inferred, by which rule), or a resource (an event, claim or membership) with its id,
     * claimants and sources.
     */
    public record Premise(Node node, boolean statement, Triple triple, String origin, String label, String id,
                          String claimedBy, String sources) {
        /** The statement's triple in words, or its name when it has none. */
        public String tripleText() {
            return triple != null ? triple.toString() : label;
        }
    }

    /** A rule, as its numbered note at the end of the explanation says it. */
    public record Rule(Node node, int number, String label, String file, String derives, String soundness) {
    }
}
