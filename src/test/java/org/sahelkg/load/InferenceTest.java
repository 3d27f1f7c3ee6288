package org.sahelkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.vocab.SKG;

/**
 * What a text implies but does not say is a curator's inference, never a plain fact: an agent or target the
 * quoted sentences do not name, an airstrike whose sentences name no air means, a date they give only relative to
 * something without a resolution, are each refused until the event lists it in {@code inferences} with its basis
 * (or resolves the date), and then the graph says so beside the triple.
 */
class InferenceTest {
    private static final String FILE = "009_0123456789abcdef.txt";
    private static final String TEXT = "Russian mercenaries were ambushed by rebels in August 2024. "
            + "Mali carried out strikes on the rebels. Later that evening, Mali recalled its ambassador. "
            + "This last sentence is here only so that the quotes above cover less than half of the text, as the "
            + "project's cap on quoting requires of every source it keeps a record of.";
    private static final String AMBUSH = "{\"id\": \"event/ambush\", \"types\": [\"event-type/armed-clash\"], "
            + "\"label\": {\"en\": \"An ambush\"}, \"date\": \"2024-08\", \"actors\": {\"agent\": [\"org/rebels\"], "
            + "\"target\": [\"org/wagner-group\"]}, %s\"evidence\": ["
            + quote("Russian mercenaries were ambushed by rebels in August 2024") + "]}";
    private static final String STRIKES = "{\"id\": \"event/strikes\", \"types\": [\"event-type/airstrike\"], "
            + "\"label\": {\"en\": \"Strikes\"}, \"actors\": {\"agent\": [\"country/mali\"], \"target\": "
            + "[\"org/rebels\"]}, %s\"evidence\": [" + quote("Mali carried out strikes") + "]}";
    private static final String RECALL = "{\"id\": \"event/recall\", \"types\": [\"event-type/recall-ambassador\"], "
            + "\"label\": {\"en\": \"A recall\"}, \"date\": \"2025-04-06\", %s\"actors\": {\"agent\": "
            + "[\"country/mali\"]}, \"evidence\": [" + quote("Mali recalled its ambassador") + "]}";

    @TempDir
    Path tmp;

    @Test
    void whatTheQuotedSentencesDoNotSayIsRefused() throws IOException {
        Path home = project("refused", String.format(AMBUSH, ""), String.format(STRIKES, ""),
                String.format(RECALL, ""));
        LoadException e = assertThrows(LoadException.class,
                () -> GraphBuilder.build(new Project(home, home.resolve("texts"), Project.TextCheck.REQUIRED)));
        List<String> problems = e.problems().stream().map(Problem::toString)
                .map(p -> p.substring(p.indexOf(" /") + 1)).collect(Collectors.toList());
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("/events/0/actors: expected the quoted sentences to name "
                + "org/wagner-group (actors.target), found none of its names (the wagner group, wagner): quote the "
                + "words that name it, or list it in \"inferences\" with its basis"), problems.get(0));
        assertTrue(problems.get(1).startsWith("/events/1/types: expected the quoted sentences of source/009 to say "
                + "what makes the event event-type/airstrike"), problems.get(1));
        assertEquals("/events/2/date: expected a \"dateResolution\" for the date 2025-04-06, which the quoted "
                + "sentences give only relative to something (\"later\"): say what it was resolved against and how",
                problems.get(2));
    }

    @Test
    void anInferenceListedWithItsBasisIsAcceptedAndShownBesideTheTriple() throws IOException {
        String target = "\"inferences\": [{\"field\": \"actors.target\", \"value\": \"org/wagner-group\", "
                + "\"note\": \"The text says Russian mercenaries.\"}], ";
        String type = "\"inferences\": [{\"field\": \"types\", \"value\": \"event-type/airstrike\", "
                + "\"note\": \"The text says strikes.\"}], ";
        String resolved = "\"dateResolution\": {\"phrase\": \"Later that evening\", \"anchor\": \"source/009\", "
                + "\"note\": \"A fixture.\"}, ";
        Path home = project("accepted", String.format(AMBUSH, target), String.format(STRIKES, type),
                String.format(RECALL, resolved));
        DatasetGraph built = GraphBuilder.build(new Project(home, home.resolve("texts"), Project.TextCheck.REQUIRED));
        Node ambush = NodeFactory.createURI("https://w3id.org/sahel-kg/id/event/ambush");
        Node inference = NodeFactory.createURI("https://w3id.org/sahel-kg/id/event/ambush#inference-1");
        assertTrue(built.contains(Node.ANY, ambush, SKG.CURATOR_INFERENCE, inference));
        assertTrue(built.contains(Node.ANY, inference, SKG.INFERRED_PROPERTY, SKG.TARGET));
        assertTrue(built.contains(Node.ANY, inference, SKG.INFERRED_VALUE,
                NodeFactory.createURI("https://w3id.org/sahel-kg/id/org/wagner-group")));
        assertTrue(built.contains(Node.ANY, ambush, SKG.TARGET,
                NodeFactory.createURI("https://w3id.org/sahel-kg/id/org/wagner-group")));
    }

    @Test
    void anInferenceOfAValueTheEventDoesNotHoldIsRefused() throws IOException {
        String wrong = "\"inferences\": [{\"field\": \"actors.target\", \"value\": \"org/rebels\", "
                + "\"note\": \"Not the target.\"}, {\"field\": \"actors.targets\", \"value\": \"org/rebels\", "
                + "\"note\": \"No such field.\"}], ";
        Path home = project("wrong", String.format(AMBUSH, wrong));
        LoadException e = assertThrows(LoadException.class,
                () -> GraphBuilder.build(new Project(home, home.resolve("texts"), Project.TextCheck.REQUIRED)));
        String all = e.problems().toString();
        assertTrue(all.contains("/events/0/inferences/0/value: expected a value the event's \"actors.target\" holds "
                + "(org/wagner-group), found \"org/rebels\""), all);
        assertTrue(all.contains("/events/0/inferences/1/field: expected one of types, date"), all);
        assertTrue(all.contains("/events/0/actors: expected the quoted sentences to name org/wagner-group"), all);
    }

    @Test
    void aSourceCitedForMoreThanItSaysIsRefused() throws IOException {
        // "carried out strikes" does not say a recall, nor that Mali was colonised: each source cited must say it.
        String recall = "{\"id\": \"event/recall\", \"types\": [\"event-type/recall-ambassador\"], \"label\": "
                + "{\"en\": \"A recall\"}, \"evidence\": [" + quote("Mali carried out strikes") + "]}";
        Path home = project("more", recall);
        Files.writeString(home.resolve("ontology/inference.ttl"), "<" + SKG.NS + "colonisedBy> a "
                + "<http://www.w3.org/2002/07/owl#ObjectProperty> .\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(home.resolve("data/relations.json"), "{\"relations\": [{\"id\": \"relation/colonised\", "
                + "\"subject\": \"country/mali\", \"property\": \"skg:colonisedBy\", \"object\": \"org/rebels\", "
                + "\"evidence\": [" + quote("Mali carried out strikes on the rebels") + "]}]}");
        LoadException e = assertThrows(LoadException.class,
                () -> GraphBuilder.build(new Project(home, home.resolve("texts"), Project.TextCheck.REQUIRED)));
        String all = e.problems().toString();
        assertEquals(2, e.problems().size(), all);
        assertTrue(all.contains("/events/0/types: expected the quoted sentences of source/009 to say what makes the "
                + "event event-type/recall-ambassador"), all);
        assertTrue(all.contains("/relations/0/property: expected the quoted sentences of source/009 to say what makes "
                + "the relation skg:colonisedBy (\\bcolon\\w*), found none of those words: quote them, or cite only "
                + "the sources that say it"), all);
    }

    private static String quote(String text) {
        return "{\"source\": \"source/009\", \"quote\": \"" + text + "\", \"at\": " + TEXT.indexOf(text) + "}";
    }

    private Path project(String name, String... events) throws IOException {
        Path home = TextProject.of(tmp.resolve(name), FILE, TEXT, "",
                "{\"countries\": [{\"id\": \"country/mali\", \"label\": {\"en\": \"Mali\", \"fr\": \"Mali\"}}],\n"
                        + "\"organisations\": [{\"id\": \"org/wagner-group\", \"kind\": \"armed-group\", \"label\": "
                        + "{\"en\": \"The Wagner Group\", \"fr\": \"Wagner\"}},\n"
                        + "{\"id\": \"org/rebels\", \"kind\": \"armed-group\", \"label\": {\"en\": \"Rebels\", "
                        + "\"fr\": \"Rebelles\"}}]}\n");
        StringBuilder types = new StringBuilder();
        for (String t : List.of("armed-clash", "airstrike", "recall-ambassador")) {
            types.append("<https://w3id.org/sahel-kg/id/event-type/").append(t)
                    .append("> a <http://www.w3.org/2004/02/skos/core#Concept> .\n");
        }
        Files.writeString(home.resolve("ontology/inference.ttl"), types.toString());
        Files.writeString(home.resolve("data/events.json"), "{\"events\": [" + String.join(",\n", events) + "]}");
        return home;
    }
}
