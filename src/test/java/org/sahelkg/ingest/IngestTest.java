package org.sahelkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Project;

/**
 * {@code ingest} on two short articles of our own, one English and one French (never published text), against
 * the project's graph: the whole draft against its golden file, and the points that matter one by one.
 * {@code -Dsahelkg.updateExpected=true} rewrites the golden files after a deliberate change.
 */
class IngestTest {
    private static final Path DIR = Path.of("src/test/resources/ingest");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static Drafter drafter;

    @BeforeAll
    static void graph() {
        Project project = new Project(Path.of("."), Path.of("."), Project.TextCheck.SKIPPED);
        drafter = new Drafter(GraphBuilder.build(project).getUnionGraph());
    }

    private static ObjectNode draft(String file, String lang) {
        return drafter.draft(Article.read(DIR.resolve(file)), new Drafter.Options("source/005",
                LocalDate.of(2025, 4, 14), lang));
    }

    @Test
    void theEnglishDraftIsAsExpected() throws IOException {
        golden(draft("en-article.txt", null), "en-draft.json");
    }

    @Test
    void theFrenchDraftIsAsExpected() throws IOException {
        golden(draft("fr-article.txt", null), "fr-draft.json");
    }

    @Test
    void theSourceRecordIsDrafted() {
        JsonNode s = draft("fr-article.txt", null).get("source");
        assertEquals("fr", s.get("language").asText(), "detected");
        assertEquals("2025-04-09", s.get("issued").asText(), "the text's own date wins over --date: " + s);
        assertTrue(s.get("dateBasis").asText().contains("--date gave 2025-04-14"), s.toString());
        assertEquals(64, s.get("sha256").asText().length());
        assertEquals("Drone abattu : Bamako et Alger campent sur leurs positions", s.get("label").get("fr").asText());
        List<String> kinds = new ArrayList<>();
        s.get("outOfScope").forEach(o -> kinds.add(o.get("kind").asText()));
        assertEquals(List.of("share-buttons", "related-content"), kinds);
    }

    @Test
    void spellingsTitlesAndLanguagesFindTheirEntities() {
        ObjectNode en = draft("en-article.txt", null);
        assertEquals("place/tinzaouatene", mention(en, "Tin-Zaouatène").get("entity").asText());
        JsonNode twin = mention(en, "Tinzaouaten");
        assertTrue(twin.get("ambiguous").asBoolean(), twin.toString());
        List<String> candidates = new ArrayList<>();
        twin.get("candidates").forEach(c -> candidates.add(c.get("entity").asText()));
        assertTrue(candidates.containsAll(List.of("place/tinzaouatene", "place/tin-zaouatine")), candidates.toString());
        assertEquals("person/abdoulaye-maiga", mention(en, "Abdoulaye Maïga").get("entity").asText());
        assertEquals("org/aes", mention(en, "Alliance des États du Sahel").get("entity").asText());
        ObjectNode fr = draft("fr-article.txt", null);
        assertEquals("org/aes", mention(fr, "Confédération des États du Sahel").get("entity").asText());
        JsonNode tebboune = mention(fr, "Tebboune");
        assertEquals("person/abdelmadjid-tebboune", tebboune.get("entity").asText());
        assertEquals(0.85, tebboune.get("score").asDouble(), "a surname after a title: " + tebboune);
        assertEquals("org/fla", mention(fr, "Front de libération de l'Azawad").get("entity").asText());
        JsonNode unknown = en.get("newEntities");
        assertTrue(unknown.toString().contains("\"suggestedId\":\"person/ahmed-attaf\""), unknown.toString());
    }

    @Test
    void figuresKeepTheirComparatorAndPrecision() {
        assertEquals("{\"at\":430,\"end\":443,\"text\":\"more than 2km\",\"value\":2,\"unit\":\"km\","
                + "\"comparator\":\"more-than\"}", draft("en-article.txt", null).get("quantities").get(0).toString());
        JsonNode fr = draft("fr-article.txt", null).get("quantities");
        assertEquals("près de 10 km nearly 10 / environ 1 300 km about 1300", fr.get(0).get("text").asText() + " "
                + fr.get(0).get("comparator").asText() + " " + fr.get(0).get("value").asText() + " / "
                + fr.get(1).get("text").asText() + " " + fr.get(1).get("comparator").asText() + " "
                + fr.get(1).get("value").asText());
    }

    @Test
    void aKnownEventGetsNewEvidenceNotANewEvent() {
        JsonNode recall = candidate(draft("en-article.txt", null), "event-type/recall-ambassador");
        assertEquals("evidence", recall.get("kind").asText(), recall.toString());
        assertEquals("event/aes-ambassador-recall-2025-04-06", recall.get("evidenceFor").asText());
        JsonNode fr = candidate(draft("fr-article.txt", null), "event-type/recall-ambassador");
        assertEquals("event/aes-ambassador-recall-2025-04-06", fr.get("evidenceFor").asText(), fr.toString());
    }

    @Test
    void everyQuoteIsTheTextAtItsOffsets() {
        for (String file : List.of("en-article.txt", "fr-article.txt")) {
            String text = Article.read(DIR.resolve(file)).text();
            int[] cps = text.codePoints().toArray();
            for (JsonNode q : Drafter.quotes(draft(file, null))) {
                String quote = q.get("quote").asText();
                int at = q.get("at").asInt();
                int length = quote.codePointCount(0, quote.length());
                assertTrue(length > 0 && length <= 120, quote);
                assertEquals(quote, new String(cps, at, length), file + " at " + at);
            }
        }
    }

    @Test
    void anHtmlArticleIsReducedToItsText() {
        Article a = Article.read(DIR.resolve("en-article.html"));
        assertEquals("Ambassadors recalled across the Sahel", a.title());
        assertTrue(a.text().contains("Niger and Burkina Faso recalled their ambassadors from Algiers on Sunday."));
        for (String furniture : List.of("tracking", "Home", "Share on X", "Related", "Floods", "©")) {
            assertFalse(a.text().contains(furniture), furniture + " in " + a.text());
        }
    }

    @Test
    void anArticleThatIsNotUtf8IsRefusedByName(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.txt");
        Files.write(bad, new byte[] {'c', 'a', 'f', (byte) 0xe9, '\n'});
        org.sahelkg.SahelKgException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.sahelkg.SahelKgException.class, () -> Article.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ": expected UTF-8 text, found bytes that are not UTF-8"),
                e.getMessage());
    }

    @Test
    void reviewWritesTheCuratedFilesInTheirOwnLayout() throws IOException {
        // Applying a draft rewrites the file of an event it adds a quote to: every other line must stay as it was.
        try (var files = Files.walk(Path.of("data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("schema"))
                    .toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertEquals(text, Review.format(Review.parse(text)), f.toString());
            }
        }
    }

    private static JsonNode mention(ObjectNode draft, String text) {
        for (JsonNode m : draft.get("mentions")) {
            if (m.get("text").asText().equals(text)) {
                return m;
            }
        }
        throw new AssertionError("no mention " + text + " in " + draft.get("mentions"));
    }

    private static JsonNode candidate(ObjectNode draft, String type) {
        for (JsonNode c : draft.get("candidates")) {
            if (c.get("why").asText().contains(" of " + type)) {
                return c;
            }
        }
        throw new AssertionError("no candidate of " + type + " in " + draft.get("candidates"));
    }

    private static void golden(ObjectNode draft, String file) throws IOException {
        Path expected = DIR.resolve(file);
        String written = JSON.writeValueAsString(draft) + "\n";
        if (Boolean.getBoolean("sahelkg.updateExpected")) {
            Files.writeString(expected, written, StandardCharsets.UTF_8);
        }
        assertEquals(JSON.readTree(Files.readString(expected, StandardCharsets.UTF_8)), JSON.readTree(written),
                "the draft differs from " + expected + " (rerun with -Dsahelkg.updateExpected=true after a "
                        + "deliberate change, and read the diff)");
    }
}
