package org.sahelkg.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.load.Project;
import org.sahelkg.load.json.JsonSchemas;
import org.sahelkg.server.TestSite;
import org.sahelkg.store.Store;

/**
 * The procedure of {@code src/site/markdown/adding-a-source.md}, step by step, with a sixth source this test
 * writes itself: a synthetic text beside copies of the five, its record in {@code seeds/}, a quote placed by
 * {@code locate}, one event in {@code data/}; then {@code validate}, {@code load}, a query and the linked-data
 * pages of the source and the event all see it. Nothing here counts the sources the project already has.
 */
class AddingASourceIT {
    static final Path HOME = Path.of(System.getProperty("sahelkg.home", "."));
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String TEXT = "Synthetic test text, written by AddingASourceIT on 2 May 2025.\n"
            + "It reports that a test crossing point was opened for the procedure, and nothing else.\n";
    static final String QUOTE = "a test crossing point was opened";
    static final String EVENT = "event/test-crossing-point-opened";

    record Result(int code, String out, String err) {
    }

    @TempDir
    Path tmp;

    @Test
    void aSixthSourceAndItsFactReachValidateLoadQueryAndPages() throws Exception {
        Path home = tmp.resolve("home");
        Path texts = tmp.resolve("texts");
        for (String dir : List.of("data", "seeds", "ontology", "queries")) {
            copyTree(HOME.resolve(dir), home.resolve(dir));
        }
        copyTree(Project.at(HOME).texts(), texts);

        // 1. The source text, beside the others, named NNN_<16 hex>.txt.
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        String name = "005_" + sha256.substring(0, 16);
        Files.write(texts.resolve(name + ".txt"), bytes);

        // 2. The source record, copied from an existing one and filled in.
        ObjectNode record = (ObjectNode) JSON.readTree(firstSeed(home).toFile());
        for (String field : List.of("title", "publisher", "author", "cites", "credit", "evidence", "outOfScope", "noFact", "note")) {
            record.remove(field);
        }
        record.put("id", "source/005").put("file", name + ".txt").put("sha256", sha256)
                .put("characters", TEXT.codePointCount(0, TEXT.length()));
        record.putObject("label").put("en", "Source 005: a synthetic test text (2 May 2025)");
        record.put("publisherBasis", "The text names no publisher.").put("issued", "2025-05-02")
                .put("dateBasis", "The first line gives the date.").put("language", "en");
        Files.writeString(home.resolve("seeds/" + name + ".json"), JSON.writeValueAsString(record));

        // 3. A quote, placed by locate.
        Result located = run("locate", "source/005", QUOTE, "--home", home.toString(), "--texts", texts.toString());
        assertEquals(0, located.code(), located.err());
        JsonNode evidence = JSON.readTree(located.out().strip());
        assertEquals(TEXT.indexOf(QUOTE), evidence.get("at").asInt(), located.out());

        // 4. The fact, in a new file of data/ that names its schema.
        ObjectNode file = JSON.createObjectNode();
        file.put(JsonSchemas.KEY, JsonSchemas.reference("data/events/test-source.json", JsonSchemas.DATA));
        ObjectNode event = file.putArray("events").addObject();
        event.put("id", EVENT);
        event.putArray("types").add("event-type/make-statement");
        event.putObject("label").put("en", "A test crossing point is opened");
        event.put("date", "2025-05-02");
        ((ArrayNode) event.putArray("evidence")).add(evidence);
        Files.writeString(home.resolve("data/events/test-source.json"), JSON.writeValueAsString(file));

        // 5. Check: validate, then load, query and serve.
        String[] project = {"--home", home.toString(), "--texts", texts.toString()};
        Result validate = run(concat(new String[] {"validate"}, project));
        assertEquals(0, validate.code(), validate.out() + validate.err());
        assertEquals("conforms", validate.out().strip(), validate.out());

        Path storeDir = tmp.resolve("store");
        Result load = run(concat(new String[] {"load", "--store", storeDir.toString()}, project));
        assertEquals(0, load.code(), load.err());

        Path query = tmp.resolve("new-fact.rq");
        Files.writeString(query, """
                PREFIX skg: <https://w3id.org/sahel-kg/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?source ?quote ?at WHERE {
                  <https://w3id.org/sahel-kg/id/%s> prov:wasDerivedFrom ?source ; skg:evidence ?q .
                  ?q oa:hasSource ?source ; oa:hasSelector ?s , ?p .
                  ?s oa:exact ?quote . ?p oa:start ?at }""".formatted(EVENT));
        Result rows = run(concat(new String[] {"query", query.toString(), "--format", "csv", "--store",
                storeDir.toString()}, project));
        assertEquals(0, rows.code(), rows.err());
        assertEquals(List.of("source,quote,at", "https://w3id.org/sahel-kg/id/source/005," + QUOTE + ","
                + TEXT.indexOf(QUOTE)), rows.out().strip().lines().map(String::strip).toList(), rows.out());

        try (Store store = new Store(storeDir); TestSite site = TestSite.start(store.open())) {
            String sourcePage = site.html(page(site, "/id/source/005"));
            assertTrue(sourcePage.contains("Source 005: a synthetic test text"), sourcePage);
            String eventPage = site.html(page(site, "/id/" + EVENT));
            assertTrue(eventPage.contains("A test crossing point is opened"), eventPage);
            assertTrue(eventPage.contains(QUOTE), eventPage);
            assertTrue(eventPage.contains("/id/source/005"), eventPage);
        }
    }

    /** The page a browser is sent to from a resource's IRI (303 See Other). */
    static String page(TestSite site, String path) throws IOException, InterruptedException {
        var r = site.get(path, TestSite.BROWSER);
        assertEquals(303, r.statusCode(), path + ": " + TestSite.text(r));
        return TestSite.header(r, "Location");
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    static Path firstSeed(Path home) throws IOException {
        try (Stream<Path> s = Files.list(home.resolve("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
