package org.sahelkg.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.bench.BenchMain;
import org.sahelkg.iri.Graphs;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Project;
import org.sahelkg.load.json.StrictJson;
import org.sahelkg.model.Policy;
import org.sahelkg.model.SourceRecord;
import org.sahelkg.validate.ValidationReport;
import org.sahelkg.validate.Validator;

/**
 * A small synthetic project through the real loader and validation: it loads, conforms to the shapes and
 * checks with every quote found in the texts written beside it, comes out byte for byte the same from the
 * same seed, and has the rival claims and reciprocal measures the rules are measured on.
 */
class GeneratorTest {
    static final int EVENTS = 300;
    static final long SEED = 42;
    static final Path REAL = Path.of(System.getProperty("sahelkg.home", "."));
    static final String PREFIXES = """
            PREFIX skg: <https://w3id.org/sahel-kg/ontology#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    @TempDir
    static Path tmp;

    static Project project;
    static Generator.Summary summary;
    /** What the loader built, its named graphs read as one default graph. */
    static DatasetGraph graph;

    @BeforeAll
    static void generate() {
        summary = Generator.generate(settings(tmp.resolve("a")));
        project = new Project(tmp.resolve("a/home"), tmp.resolve("a/texts"));
        graph = Graphs.unionView(GraphBuilder.build(project));
    }

    static Generator.Settings settings(Path dir) {
        return new Generator.Settings(EVENTS, SEED, dir.resolve("home"), dir.resolve("texts"), REAL);
    }

    @Test
    void theRealLoaderReadsEveryEvent() {
        assertEquals(EVENTS, summary.events());
        assertEquals(EVENTS, count("SELECT (COUNT(?e) AS ?n) WHERE { ?e a skg:Event }"));
        assertEquals(summary.claims(), count("SELECT (COUNT(?c) AS ?n) WHERE { ?c a skg:Claim }"));
        assertTrue(Files.isRegularFile(project.home().resolve("ontology/shapes/sahel-kg-shapes.ttl")));
    }

    @Test
    void conformsWithEveryQuoteCheckedAgainstTheTexts() {
        ValidationReport report = Validator.validate(project);
        assertEquals(List.of(), report.problems(), "validation problems");
        assertEquals(List.of(), report.warnings(), "validation warnings (a warning means some quotes went unchecked)");
    }

    @Test
    void recordsMatchTheTextsTheyDescribe() throws Exception {
        List<Path> seeds = files(project.seeds());
        assertEquals(summary.sources(), seeds.size());
        for (Path seed : seeds) {
            SourceRecord s = StrictJson.mapper().readValue(seed.toFile(), SourceRecord.class);
            byte[] text = Files.readAllBytes(project.texts().resolve(s.file()));
            assertEquals(s.sha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text)),
                    s.id());
            String content = new String(text, StandardCharsets.UTF_8);
            assertEquals(s.characters(), content.codePointCount(0, content.length()), s.id());
        }
        assertEquals(0, count("SELECT (COUNT(?q) AS ?n) WHERE { ?q oa:hasSelector/oa:exact ?x "
                + "FILTER(STRLEN(?x) > " + Policy.MAX_QUOTE + ") }"));
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        Generator.generate(settings(tmp.resolve("b")));
        Map<String, byte[]> a = contents(tmp.resolve("a"));
        Map<String, byte[]> b = contents(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) {
            assertArrayEquals(a.get(file), b.get(file), file + " differs");
        }
    }

    @Test
    void disputedEventsHaveRivalClaimsByDifferentClaimantsAndSources() {
        String rivals = PREFIXES + """
                SELECT ?subject ?property (COUNT(DISTINCT ?value) AS ?values) (COUNT(DISTINCT ?claimant) AS ?claimants)
                       (COUNT(DISTINCT ?source) AS ?sources) WHERE {
                  ?claim a skg:Claim ; rdf:subject ?subject ; rdf:predicate ?property ; rdf:object ?value ;
                         sem:accordingTo ?claimant ; skg:evidence/oa:hasSource ?source .
                  ?property a skg:ExclusiveProperty .
                } GROUP BY ?subject ?property""";
        Map<String, Integer> byProperty = new TreeMap<>();
        for (QuerySolution row : rows(rivals)) {
            int values = row.getLiteral("values").getInt();
            assertTrue(values >= 2 && values <= 3, "2 or 3 rival values for " + row);
            assertTrue(row.getLiteral("claimants").getInt() >= 2, "different claimants for " + row);
            assertTrue(row.getLiteral("sources").getInt() >= 2, "different sources for " + row);
            byProperty.merge(row.getResource("property").getLocalName(), 1, Integer::sum);
        }
        for (String property : List.of("agent", "territory", "date")) {
            assertTrue(byProperty.getOrDefault(property, 0) > 0, "rival claims on skg:" + property + ": " + byProperty);
        }
        int disputed = byProperty.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(disputed >= EVENTS / 20 && disputed <= EVENTS / 5, disputed + " disputed events of " + EVENTS);
        assertEquals(0, count("""
                SELECT (COUNT(*) AS ?n) WHERE {
                  ?claim a skg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                  ?p a skg:ExclusiveProperty . ?s ?p ?o }"""), "a disputed value asserted as a fact");
    }

    @Test
    void recallsAndAirspaceClosuresAreAnsweredInKindWithinDays() {
        for (String type : List.of("recall-ambassador", "close-airspace")) {
            long pairs = count("""
                    SELECT (COUNT(*) AS ?n) WHERE {
                      ?a sem:eventType <https://w3id.org/sahel-kg/id/event-type/%s> ; skg:agent ?x ; skg:target ?y ;
                         skg:date ?d1 .
                      ?b sem:eventType <https://w3id.org/sahel-kg/id/event-type/%s> ; skg:agent ?y ; skg:target ?x ;
                         skg:date ?d2 .
                      FILTER(?d2 > ?d1 && ?d2 <= ?d1 + "P5D"^^xsd:dayTimeDuration)
                    }""".formatted(type, type));
            assertTrue(pairs > 0, "reciprocal " + type + " pairs");
        }
    }

    @Test
    void theCommandWritesAProjectAndRefusesANonEmptyDirectory() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path home = tmp.resolve("cli/home");
        int code = BenchMain.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "generate", "--events", "20", "--seed", "3",
                "--out", home.toString(), "--home", REAL.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Generated 20 events"), out.toString());
        assertFalse(files(home.resolve("data/events")).isEmpty());

        err.reset();
        code = BenchMain.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "generate", "--events", "20", "--out",
                home.toString(), "--home", REAL.toString());
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not empty"), err.toString());
    }

    private static long count(String query) {
        return rows(PREFIXES + query).get(0).getLiteral("n").getLong();
    }

    private static List<QuerySolution> rows(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(graph)).query(query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                contents.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return contents;
    }
}
