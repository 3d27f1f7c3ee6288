package org.sahelkg.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelkg.Fixtures;
import org.sahelkg.load.LoadException;
import org.sahelkg.load.Problem;
import org.sahelkg.query.CatalogException;
import org.sahelkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The commands run in this process over a store on disk, with the small fixture standing in for
 * {@link org.sahelkg.load.GraphBuilder}: exit codes, what goes to standard output and error.
 */
class CommandsIT {
    /** One project and one store for the tests that only read it. */
    @TempDir
    static Path shared;

    static Path home;
    static Path store;

    @TempDir
    Path tmp;

    final AtomicInteger builds = new AtomicInteger();

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void buildTheSharedStore() throws IOException {
        home = project(shared.resolve("home"));
        store = shared.resolve("store");
        Result load = new CommandsIT().run("load", "--home", home.toString(), "--store", store.toString());
        assertEquals(0, load.code(), load.err());
    }

    /** A project at {@code dir} with no events and one catalog query, {@code labelled}, for the fixture store. */
    static Path project(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("ontology"));
        Files.createDirectories(dir.resolve("seeds"));
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("queries"));
        Files.writeString(dir.resolve("data/events.json"), "{\"events\": []}\n");
        Files.copy(Path.of(resource("/catalog/labelled.rq")), dir.resolve("queries/labelled.rq"));
        return dir;
    }

    static java.net.URI resource(String name) {
        try {
            return CommandsIT.class.getResource(name).toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Result run(String... args) {
        return run(project -> {
            builds.incrementAndGet();
            return Fixtures.memory();
        }, null, args);
    }

    Result run(java.util.function.Function<org.sahelkg.load.Project, DatasetGraph> source, Object extra,
               String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLine cmd = Main.commandLine(o, e, source);
        if (extra != null) {
            cmd.addSubcommand(extra);
        }
        int code = cmd.execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> withStore(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--home", home.toString(), "--store", store.toString()));
        return all;
    }

    @Test
    void loadRebuildsAndCountsTheTriplesOfEachGraph() {
        String[] args = {"load", "--home", home.toString(), "--store", tmp.resolve("store").toString()};
        Result r = run(args);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("https://w3id.org/sahel-kg/graph/data"), r.out());
        assertTrue(r.out().matches("(?s).*https://w3id.org/sahel-kg/graph/ontology\\s+3 triples.*"), r.out());
        assertTrue(r.out().matches("(?s).*total\\s+" + Fixtures.TRIPLES + " triples.*"), r.out());
        assertEquals(0, run(args).code());
        assertEquals(2, builds.get(), "load always rebuilds");
    }

    @Test
    void aLoadProblemIsAMessageWithoutStackTraceAndExitCode1() {
        Problem problem = new Problem("data/events.json", "/events/3/date", 41, 15,
                "expected an EDTF date such as 2025-04-06, found \"2025-02-30\"");
        Result r = run(project -> {
            throw new LoadException(List.of(problem, new Problem("data/people.json", "/people/0/label", 3, 14,
                    "expected an object of language tag to text, found a string")));
        }, null, "load", "--home", home.toString(), "--store", tmp.resolve("store").toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("data/events.json:41:15: /events/3/date: expected an EDTF date"), r.err());
        assertTrue(r.err().contains("data/people.json:3:14: /people/0/label"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(tmp.resolve("store")), "nothing was written");
    }

    @Test
    void queryRunsANamedQueryWithParametersInEachFormat() throws IOException {
        Result table = run(withStore("query", "labelled").toArray(String[]::new));
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("\"Événement\"@fr"), table.out());

        Result csv = run(withStore("query", "labelled", "--param", "lang=en", "--format", "csv")
                .toArray(String[]::new));
        assertEquals(0, csv.code(), csv.err());
        assertEquals(3, csv.out().lines().count(), csv.out());
        assertEquals("", csv.err(), "the store is fresh: no rebuild");

        Result json = run(withStore("query", "labelled", "--format", "JSON").toArray(String[]::new));
        JsonNode results = new ObjectMapper().readTree(json.out());
        assertEquals(1, results.get("results").get("bindings").size());
        assertEquals(0, builds.get(), "the shared store is fresh");
    }

    @Test
    void queryRunsAFileAndPrintsGraphsAsTurtleOrJsonLd() throws IOException {
        Path file = tmp.resolve("everything.rq");
        Files.writeString(file, "CONSTRUCT WHERE { ?s ?p ?o }");
        Result turtle = run(withStore("query", file.toString()).toArray(String[]::new));
        assertEquals(0, turtle.code(), turtle.err());
        assertEquals(Fixtures.TRIPLES, size(turtle.out(), Lang.TURTLE));
        Result jsonld = run(withStore("query", file.toString(), "--format", "json").toArray(String[]::new));
        assertEquals(Fixtures.TRIPLES, size(jsonld.out(), Lang.JSONLD));

        Files.writeString(file, "ASK { ?s a ?o }");
        assertEquals("true", run(withStore("query", file.toString()).toArray(String[]::new)).out().strip());
    }

    @Test
    void queryUsageAndSyntaxErrors() throws IOException {
        Result missing = run(withStore("query", "no-such-query").toArray(String[]::new));
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("No query no-such-query"), missing.err());

        Result badParam = run(withStore("query", "labelled", "--param", "langg=en").toArray(String[]::new));
        assertEquals(2, badParam.code());
        assertTrue(badParam.err().contains("Unknown parameter langg; expected one of: lang"), badParam.err());

        Path broken = tmp.resolve("broken.rq");
        Files.writeString(broken, "SELECT * WHERE {\n  ?s ?p\n}\n");
        Result syntax = run(withStore("query", broken.toString()).toArray(String[]::new));
        assertEquals(1, syntax.code());
        assertTrue(syntax.err().contains("broken.rq:3:1: SPARQL syntax error"), syntax.err());
        assertFalse(syntax.err().contains("\tat "));
        assertEquals(0, builds.get(), "nothing is built for a query that cannot run");
    }

    @ParameterizedTest
    @CsvSource({"ttl, TTL, false", "nt, N-TRIPLES, false", "trig, TRIG, true", "nq, N-QUADS, true",
            "jsonld, JSON-LD, true"})
    void exportWritesTheGraphsInEachSyntax(String format, String langName, boolean named) throws IOException {
        Lang lang = org.apache.jena.riot.RDFLanguages.nameToLang(langName);
        Result r = run(withStore("export", "--format", format).toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        DatasetGraph read = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8))).lang(lang).parse(read);
        List<String> graphs = new ArrayList<>();
        read.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        if (named) {
            assertEquals(3, graphs.size(), graphs.toString());
            assertEquals(0, read.getDefaultGraph().size());
            assertEquals(Fixtures.TRIPLES, read.getUnionGraph().size());
        } else {
            assertTrue(graphs.isEmpty());
            assertEquals(Fixtures.TRIPLES, read.getDefaultGraph().size());
        }

        Path out = tmp.resolve("kg." + format);
        Result toFile = run(withStore("export", "--format", format, "--out", out.toString()).toArray(String[]::new));
        assertEquals(0, toFile.code(), toFile.err());
        assertEquals("", toFile.out());
        assertEquals(r.out(), Files.readString(out));
    }

    @Test
    void exportDumpsWritesEveryDumpWithItsChecksum() throws Exception {
        Path dir = tmp.resolve("dumps");
        Result r = run(withStore("export", "--dumps", dir.toString()).toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        List<String> sums = Files.readAllLines(dir.resolve("SHA256SUMS"));
        assertEquals(4, sums.size(), sums.toString());
        for (String line : sums) {
            String[] parts = line.split("  ");
            byte[] bytes = Files.readAllBytes(dir.resolve(parts[1]));
            assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)),
                    parts[0], "sha256sum -c would accept " + parts[1]);
            assertTrue(r.out().contains(parts[1]), r.out());
        }
        DatasetGraph nq = DatasetGraphFactory.create();
        RDFParser.source(dir.resolve("sahel-kg.nq")).lang(Lang.NQUADS).parse(nq);
        assertEquals(Fixtures.TRIPLES, nq.getUnionGraph().size());
        DatasetGraph jsonld = DatasetGraphFactory.create();
        RDFParser.source(dir.resolve("sahel-kg.jsonld")).lang(Lang.JSONLD).parse(jsonld);
        assertEquals(Fixtures.TRIPLES, jsonld.getUnionGraph().size(), "the JSON-LD dump reads offline (context embedded)");
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(nq, jsonld));

        assertEquals(2, run(withStore("export", "--dumps", dir.toString(), "--format", "ttl").toArray(String[]::new)).code());
        assertEquals(2, run(withStore("export").toArray(String[]::new)).code());
    }

    @Test
    void locatePrintsEvidenceEntriesWithCodePointOffsets() throws IOException {
        Path texts = tmp.resolve("texts");
        Path project = tmp.resolve("project");
        Files.createDirectories(texts);
        Files.createDirectories(project.resolve("seeds"));
        Files.createDirectories(project.resolve("data"));
        Files.createDirectories(project.resolve("ontology"));
        Files.writeString(project.resolve("seeds/003_dad2c62ecae5722a.json"),
                "{\"id\": \"source/003\", \"file\": \"003_dad2c62ecae5722a.txt\"}");
        Files.writeString(project.resolve("seeds/004.json"), "{\"id\": \"source/004\", \"file\": \"../x.txt\"}");
        // An emoji is one code point but two Java chars: offsets must count code points.
        Files.writeString(texts.resolve("003_dad2c62ecae5722a.txt"),
                "\uD83D\uDE81 Drone downed near Tinzawatène.\nThe drone was downed\n  near Tinzawatène again.");
        List<String> base = List.of("--home", project.toString(), "--texts", texts.toString());

        List<String> args = new ArrayList<>(List.of("locate", "source/003", "near Tinzawatène"));
        args.addAll(base);
        Result r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("{\"source\": \"source/003\", \"quote\": \"near Tinzawatène\", \"at\": 15}",
                "{\"source\": \"source/003\", \"quote\": \"near Tinzawatène\", \"at\": 56}"), r.out().lines().toList());
        assertTrue(r.err().contains("2 times"), r.err());

        args = new ArrayList<>(List.of("locate", "source/003", "was downed near Tinzawatène"));
        args.addAll(base);
        Result spaced = run(args.toArray(String[]::new));
        assertEquals(1, spaced.code());
        assertTrue(spaced.err().contains("different whitespace at 43: \"was downed\\n  near Tinzawatène\""),
                spaced.err());

        args = new ArrayList<>(List.of("locate", "source/009", "x"));
        args.addAll(base);
        Result unknown = run(args.toArray(String[]::new));
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no record with id source/009"), unknown.err());

        args = new ArrayList<>(List.of("locate", "004", "x"));
        args.addAll(base);
        Result escape = run(args.toArray(String[]::new));
        assertEquals(1, escape.code());
        assertTrue(escape.err().contains("/file: expected a plain file name"), escape.err());
    }

    @Command(name = "boom")
    static final class Boom implements Runnable {
        final RuntimeException failure;

        Boom(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public void run() {
            throw failure;
        }
    }

    @Test
    void exitCodesFollowTheKindOfFailure() {
        assertEquals(1, run(null, new Boom(new CatalogException("queries/x.rq:1:1: bad")), "boom").code());
        Result locked = run(null, new Boom(new StoreException("Cannot lock the store")), "boom");
        assertEquals(2, locked.code());
        assertEquals("sahel-kg: Cannot lock the store", locked.err().strip());
        Result bug = run(null, new Boom(new IllegalStateException("bug")), "boom");
        assertEquals(2, bug.code());
        assertTrue(bug.err().startsWith("sahel-kg: internal error: java.lang.IllegalStateException: bug"));
        assertEquals(2, run().code(), "a command is required");
        assertEquals(2, run("--no-such-option").code());
        assertEquals(2, run("serve", "--port", "70000", "--store", tmp.toString()).code());
    }

    private static long size(String text, Lang lang) {
        DatasetGraph read = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(read);
        return read.getDefaultGraph().size();
    }
}
