package org.sahelkg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The plain-words rendering of an explanation, as {@code reason --explain} prints it. */
class ExplanationTextTest {
    static Node iri(String s) {
        return NodeFactory.createURI("https://w3id.org/sahel-kg/id/" + s);
    }

    static Explanation.Named named(String id, String name) {
        return new Explanation.Named(iri(id), name);
    }

    @Test
    void writesEachInferenceWithItsRuleAndPremisesThenTheRules() {
        Explanation.Rule rule = new Explanation.Rule(iri("rule/inverse"), 1, "Inverse relations", "10-inverse.ru",
                "the inverse of a triple", "owl:inverseOf says so");
        Explanation.Triple inferred = new Explanation.Triple(named("country/niger", "Niger (country/niger)"),
                named("x", "contains place"), named("place/niamey", "Niamey (place/niamey)"));
        Explanation.Triple premise = new Explanation.Triple(named("place/niamey", "Niamey (place/niamey)"),
                named("y", "located in"), named("country/niger", "Niger (country/niger)"));
        Explanation e = new Explanation(iri("country/niger"), "Niger (country/niger)", List.of(
                new Explanation.Item(iri("statement/1"), true, inferred, "", "statement/1", "", List.of(
                        new Explanation.Firing(rule, iri("derivation/1"), List.of(
                                new Explanation.Premise(iri("statement/2"), true, premise, "asserted, sources 003",
                                        "statement/2", "statement/2", "", ""),
                                new Explanation.Premise(iri("claim/c"), false, null, "", "A claim", "claim/c",
                                        "Mali (country/mali)", "000 001")))))),
                List.of(rule));
        assertEquals("""
                What the rules infer about Niger (country/niger)

                1. Niger (country/niger) — contains place — Niamey (place/niamey)
                   by rule 1 «Inverse relations», from:
                     - Niamey (place/niamey) — located in — Niger (country/niger) (asserted, sources 003)
                     - A claim [claim/c], claimed by Mali (country/mali), sources 000 001

                The rules:

                1. Inverse relations (10-inverse.ru)
                   derives: the inverse of a triple
                   sound because: owl:inverseOf says so
                """, ExplanationText.render(e));
    }

    @Test
    void saysWhenNothingWasInferred() {
        assertEquals("What the rules infer about Bamako (place/bamako)\n\nNothing: no rule derived anything about it.\n",
                ExplanationText.render(new Explanation(iri("place/bamako"), "Bamako (place/bamako)", List.of(), List.of())));
    }
}
