package org.sahelkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.load.check.Sentences;
import org.sahelkg.validate.CoverageReport;

/**
 * The sentence coverage the loader records for each source text: a made-up text with a photo credit, teasers,
 * a heading, a quotation with its attribution and an abbreviation; each sentence's status, the quotes that cite
 * it, and the problems of out-of-scope spans and sentences without a fact that do not fit the text.
 */
class SentenceCoverageTest {
    private static final String FILE = "009_0123456789abcdef.txt";
    /** 0 credit; 22 "Mali …"; 52 "Gen. …"; 85 heading; 96 quotation; 140 "Algeria …"; 160 teasers; 200 in all. */
    private static final String TEXT = "Credit: Photo Agency\n\n"
            + "Mali recalled its ambassador. Gen. Diarra said so on 6 April.\n\n"
            + "A heading\n\n"
            + "“We will not. Never!” he said, DW reported. Algeria denied it.\n\n"
            + "Related content\n\nAnother story happened.";

    @TempDir
    Path tmp;

    @Test
    void sentencesKeepAbbreviationsAndQuotationsTogether() {
        List<String> sentences = Sentences.of(TEXT).stream()
                .map(s -> TEXT.substring(s.start(), s.end())).collect(Collectors.toList());
        assertEquals(List.of("Credit: Photo Agency", "Mali recalled its ambassador.", "Gen. Diarra said so on 6 April.",
                "A heading", "“We will not. Never!” he said, DW reported.", "Algeria denied it.", "Related content",
                "Another story happened."), sentences);
    }

    @Test
    void aQuotationEndingWithACommaGoesOnToItsAttributionPastAParagraphBreak() {
        String text = "“This is not a good development,”\n\nUlf Laessing said. Then more.";
        assertEquals(List.of(new Sentences.Span(0, 53), new Sentences.Span(54, 64)), Sentences.of(text));
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "\uD835\uDC00 is a letter. So is b.";
        assertEquals(List.of(new Sentences.Span(0, 14), new Sentences.Span(15, 23)), Sentences.of(text));
    }

    @Test
    void eachSentenceIsCitedUncitedOutOfScopeOrWithoutAFact() throws IOException {
        Path home = project(spans(0, 20, "Credit: Photo", "photo-credit", 160, 200, "Related content",
                "related-content"), noFact(85, "A heading"), List.of(quote("Gen. Diarra", 52)));
        DatasetGraph built = GraphBuilder.build(new Project(home, home.resolve("texts"), Project.TextCheck.REQUIRED));
        List<CoverageReport.Source> report = CoverageReport.of(built);
        assertEquals(1, report.size());
        List<String> statuses = report.get(0).sentences().stream()
                .map(s -> s.start() + "-" + s.end() + " " + s.status() + " " + s.quotes().keySet())
                .collect(Collectors.toList());
        assertEquals(List.of("0-20 out-of-scope []", "22-51 uncited []",
                "52-83 cited [https://w3id.org/sahel-kg/id/quote/009/52-63]", "85-94 no-fact []",
                "96-139 uncited []", "140-158 uncited []", "160-175 out-of-scope []", "177-200 out-of-scope []"),
                statuses);
        assertEquals(List.of("https://w3id.org/sahel-kg/id/person/diarra"),
                report.get(0).sentences().get(2).quotes().values().iterator().next());
        assertEquals(5, report.get(0).inScope());
        assertEquals(25.0, report.get(0).percent(), 1e-9);
    }

    @Test
    void spansAndSentencesWithoutAFactThatDoNotFitTheTextAreProblems() throws IOException {
        Path home = project(spans(3, 20, "dit: Photo", "photo-credit", 160, 190, "Related content", "teasers"),
                noFact(52, "Gen. Diarra"), List.of(quote("Gen. Diarra", 52)));
        LoadException e = assertThrows(LoadException.class,
                () -> GraphBuilder.build(new Project(home, home.resolve("texts"), Project.TextCheck.REQUIRED)));
        List<String> problems = e.problems().stream().map(Problem::toString).sorted().collect(Collectors.toList());
        assertEquals(List.of(
                "seeds/source-009.json:15:12: /outOfScope/0/at: expected the offset where a sentence begins, found 3, "
                        + "inside the sentence at 0-20",
                "seeds/source-009.json:16:25: /outOfScope/1/kind: expected one of navigation, related-content, "
                        + "photo-credit, share-buttons, comments, pull-quote, copyright-line, found \"teasers\"",
                "seeds/source-009.json:16:72: /outOfScope/1/end: expected the offset where a sentence ends (or the "
                        + "text's length, 200), found 190, inside the sentence at 177-200",
                "seeds/source-009.json:19:5: /noFact/0: expected a sentence without a fact to be cited by no quote, "
                        + "found it cited by https://w3id.org/sahel-kg/id/quote/009/52-63: take it off \"noFact\""),
                problems);
    }

    @Test
    void firstWordsThatAreNotInTheTextAreAProblemWithTheNearestOffset() throws IOException {
        Path home = project(spans(0, 20, "Credit: Photo", "photo-credit", 150, 200, "Related content",
                "related-content"), "", List.of());
        LoadException e = assertThrows(LoadException.class,
                () -> GraphBuilder.build(new Project(home, home.resolve("texts"), Project.TextCheck.REQUIRED)));
        String problems = e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        assertTrue(problems.contains("/outOfScope/1/begins: expected \"Related content\" at offset 150 of "
                + "source/009, found it at offset 160 instead"), problems);
    }

    private static String spans(int at0, int end0, String begins0, String kind0, int at1, int end1, String begins1,
                                String kind1) {
        return ",\n  \"outOfScope\": [\n"
                + "    {\"at\": " + at0 + ", \"end\": " + end0 + ", \"begins\": \"" + begins0 + "\", \"kind\": \"" + kind0
                + "\", \"reason\": \"The photo credit.\"},\n"
                + "    {\"at\": " + at1 + ", \"kind\": \"" + kind1 + "\", \"begins\": \"" + begins1 + "\", \"end\": " + end1
                + ", \"reason\": \"Teasers of other articles.\"}\n  ]";
    }

    private static String noFact(int at, String begins) {
        return ",\n  \"noFact\": [\n    {\"at\": " + at + ", \"begins\": \"" + begins
                + "\", \"reason\": \"A heading.\"}\n  ]";
    }

    private static String quote(String text, int at) {
        return "{\"source\": \"source/009\", \"quote\": \"" + text + "\", \"at\": " + at + "}";
    }

    /** A project of one source with the text above, its record's scope fields, and a person quoting it. */
    private Path project(String outOfScope, String noFact, List<String> mentions) throws IOException {
        return TextProject.of(tmp.resolve("p"), FILE, TEXT, outOfScope + noFact, "{\"people\": [{\"id\": "
                + "\"person/diarra\", \"label\": {\"en\": \"Diarra\", \"fr\": \"Diarra\"}, \"mentions\": ["
                + String.join(", ", mentions) + "]}]}\n");
    }
}
