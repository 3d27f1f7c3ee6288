package org.sahelkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An announced intention is not the act: an event typed as an act whose quote follows (or begins with) "announced
 * plans to", "its intention to", "threatened to" … is refused where the text can be read, and the same words
 * under a statement of intent (event-type/announce-intention) are accepted.
 */
class IntentionTest {
    private static final String FILE = "009_0123456789abcdef.txt";
    /** 0 "Mali announced …" (plans at 14, lodge at 23); 76 "It also …"; 110 "Mali recalled …". */
    private static final String TEXT = "Mali announced plans to lodge a formal complaint with international bodies. "
            + "It also stated its intention to file a complaint. Mali recalled its ambassador.";

    @TempDir
    Path tmp;

    @Test
    void anActQuotedAfterTheWordsThatAnnounceItIsRefused() throws IOException {
        Path home = project("event-type/complain-officially",
                quote("lodge a formal complaint", TEXT.indexOf("lodge")) + ", "
                        + quote("file a complaint", TEXT.indexOf("file")));
        LoadException e = assertThrows(LoadException.class,
                () -> GraphBuilder.build(new Project(home, home.resolve("texts"), Project.TextCheck.REQUIRED)));
        List<String> problems = e.problems().stream().map(Problem::toString).collect(Collectors.toList());
        assertEquals(List.of(
                "data/events.json:1:140: /events/0/evidence/0: expected an act reported done, found the quote "
                        + "\"lodge a formal complaint\" after \"plans to\", an announced intention: type the event "
                        + "event-type/announce-intention (a statement of intent, with its own time) and quote the "
                        + "words that announce it",
                "data/events.json:1:213: /events/0/evidence/1: expected an act reported done, found the quote "
                        + "\"file a complaint\" after \"intention to\", an announced intention: type the event "
                        + "event-type/announce-intention (a statement of intent, with its own time) and quote the "
                        + "words that announce it"),
                problems);
    }

    @Test
    void theQuoteThatBeginsWithTheAnnouncementIsRefusedForAnActToo() throws IOException {
        Path home = project("event-type/complain-officially",
                quote("announced plans to lodge a formal complaint", TEXT.indexOf("announced")));
        LoadException e = assertThrows(LoadException.class,
                () -> GraphBuilder.build(new Project(home, home.resolve("texts"), Project.TextCheck.REQUIRED)));
        assertEquals(1, e.problems().size(), e.problems().toString());
    }

    @Test
    void aStatementOfIntentAndAnActReportedDoneAreAccepted() throws IOException {
        Path intent = project("event-type/announce-intention",
                quote("announced plans to lodge a formal complaint", TEXT.indexOf("announced")));
        DatasetGraph built = GraphBuilder.build(new Project(intent, intent.resolve("texts"),
                Project.TextCheck.REQUIRED));
        assertFalse(built.isEmpty());
        Path act = project("event-type/recall-ambassador", quote("Mali recalled its ambassador",
                TEXT.indexOf("Mali recalled")));
        GraphBuilder.build(new Project(act, act.resolve("texts"), Project.TextCheck.REQUIRED));
    }

    private static String quote(String text, int at) {
        return "{\"source\": \"source/009\", \"quote\": \"" + text + "\", \"at\": " + at + "}";
    }

    /** The text above as source/009, and one event of {@code type} with {@code evidence}. */
    private Path project(String type, String evidence) throws IOException {
        Path home = TextProject.of(tmp.resolve(type.substring(type.indexOf('/') + 1)), FILE, TEXT, "",
                "{\"countries\": [{\"id\": \"country/mali\", \"label\": {\"en\": \"Mali\", \"fr\": \"Mali\"}, "
                        + "\"mentions\": [" + quote("Mali", 0) + "]}]}\n");
        Files.writeString(home.resolve("ontology/intent.ttl"), "<https://w3id.org/sahel-kg/id/event-type/"
                + "complain-officially> a <http://www.w3.org/2004/02/skos/core#Concept> .\n"
                + "<https://w3id.org/sahel-kg/id/event-type/announce-intention> a "
                + "<http://www.w3.org/2004/02/skos/core#Concept> .\n");
        Files.writeString(home.resolve("data/events.json"), "{\"events\": [{\"id\": \"event/e\", \"types\": [\"" + type
                + "\"], \"label\": {\"en\": \"An event\", \"fr\": \"Un événement\"}, \"evidence\": [" + evidence + "]}]}");
        return home;
    }
}
