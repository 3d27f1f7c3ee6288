package org.sahelkg.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelkg.Fixtures;
import org.sahelkg.cmd.CommandsIT.Result;
import org.sahelkg.server.KgServer;
import org.sahelkg.store.Store;

/**
 * {@code query --endpoint} and {@code export --endpoint} against a server started in this process on port 0 over
 * the store the same commands read locally: each answer must be what the store gives without a server.
 */
class EndpointIT {
    @TempDir
    static Path shared;

    static Path home;
    /** The store the servers hold. */
    static Path storeDir;
    /**
     * A copy of it, for the local commands: in one process, a command closing the store would close it under the
     * server.
     */
    static Path localStore;
    static Path queries;
    static Store store;
    static KgServer server;
    /** The same store with a cap of {@link #CAP} rows. */
    static KgServer capped;
    static final int CAP = 3;

    @TempDir
    Path tmp;

    @BeforeAll
    static void serveTheStore() throws IOException {
        home = CommandsIT.project(shared.resolve("home"));
        queries = shared.resolve("files");
        Files.createDirectories(queries);
        Files.writeString(queries.resolve("ask.rq"), "ASK { ?s a ?o }\n");
        Files.writeString(queries.resolve("construct.rq"), "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l }\n");
        Files.writeString(queries.resolve("describe.rq"), "DESCRIBE ?s WHERE { ?s a ?o }\n");
        Files.writeString(queries.resolve("all.rq"), "SELECT * WHERE { ?s ?p ?o }\n");
        Files.writeString(queries.resolve("everything.rq"), "CONSTRUCT WHERE { ?s ?p ?o }\n");
        storeDir = shared.resolve("store");
        assertEquals(0, run("load", "--home", home.toString(), "--store", storeDir.toString()).code());
        localStore = shared.resolve("local-store");
        try (Stream<Path> files = Files.walk(storeDir)) {
            for (Path file : files.toList()) {
                Files.copy(file, localStore.resolve(storeDir.relativize(file).toString()));
            }
        }
        store = new Store(storeDir, p -> Fixtures.memory(), note -> { });
        DatasetGraph dataset = store.open();
        Path generation = store.currentGeneration().orElseThrow();
        server = KgServer.start(dataset, new KgServer.Config("127.0.0.1", 0, KgServer.Config.DEFAULT_TIMEOUT,
                home.resolve("queries"), null, generation.resolve("dumps"), null));
        capped = KgServer.start(dataset, new KgServer.Config("127.0.0.1", 0, KgServer.Config.DEFAULT_TIMEOUT,
                home.resolve("queries")), KgServer.Limits.defaults().withMaxRows(CAP));
    }

    @AfterAll
    static void stop() {
        if (capped != null) {
            capped.stop();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    static String endpoint(KgServer s) {
        return "http://127.0.0.1:" + s.port() + KgServer.SPARQL_PATH;
    }

    /** A command in this process, the fixture standing in for the graph builder. */
    static Result run(String... args) {
        return new CommandsIT().run(args);
    }

    /** {@code query} with {@code args}, on the store and then through the server; both must succeed. */
    static List<Result> locallyAndRemotely(String... args) {
        List<String> local = new ArrayList<>(List.of("query"));
        local.addAll(List.of(args));
        local.addAll(List.of("--home", home.toString(), "--store", localStore.toString()));
        List<String> remote = new ArrayList<>(List.of("query"));
        remote.addAll(List.of(args));
        remote.addAll(List.of("--home", home.toString(), "--endpoint", endpoint(server)));
        Result l = run(local.toArray(String[]::new));
        Result r = run(remote.toArray(String[]::new));
        assertEquals(0, l.code(), l.err());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "a whole answer comes without a warning");
        return List.of(l, r);
    }

    @ParameterizedTest
    @CsvSource({"table, fr", "csv, en", "json, fr", "json, en"})
    void aCatalogQueryByNameAnswersAsOnTheStore(String format, String lang) {
        List<Result> both = locallyAndRemotely("labelled", "--param", "lang=" + lang, "--format", format);
        assertTrue(both.get(0).out().lines().count() > 1, both.get(0).out());
        assertEquals(both.get(0).out(), both.get(1).out());
    }

    @ParameterizedTest
    @CsvSource({"ask.rq, table", "ask.rq, json", "all.rq, csv", "construct.rq, table", "construct.rq, json",
            "describe.rq, table"})
    void aQueryFileAnswersAsOnTheStore(String file, String format) {
        List<Result> both = locallyAndRemotely(queries.resolve(file).toString(), "--format", format);
        assertFalse(both.get(0).out().isBlank());
        if (file.startsWith("construct") || file.startsWith("describe")) {
            Lang lang = format.equals("json") ? Lang.JSONLD : Lang.TURTLE;
            assertTrue(IsoMatcher.isomorphic(dataset(both.get(0).out(), lang).getDefaultGraph(),
                    dataset(both.get(1).out(), lang).getDefaultGraph()), both.get(1).out());
        } else {
            assertEquals(both.get(0).out(), both.get(1).out());
        }
    }

    @Test
    void aCutAnswerIsWrittenWithOneWarningLine() {
        Result select = run("query", queries.resolve("all.rq").toString(), "--format", "csv", "--home", home.toString(),
                "--endpoint", endpoint(capped));
        assertEquals(0, select.code(), select.err());
        assertEquals(1 + CAP, select.out().lines().count(), select.out());
        assertEquals("sahel-kg: warning: " + endpoint(capped) + " cut the answer at 3 rows (its serve --max-rows); to "
                + "get all of it, page with LIMIT and OFFSET, or run the query without --endpoint when no server holds "
                + "the store\n", select.err());

        Result construct = run("query", queries.resolve("everything.rq").toString(), "--home", home.toString(),
                "--endpoint", endpoint(capped));
        assertEquals(0, construct.code(), construct.err());
        assertEquals(CAP, dataset(construct.out(), Lang.TURTLE).getDefaultGraph().size());
        assertTrue(construct.err().contains(" cut the answer at 3 triples "), construct.err());
        assertEquals(1, construct.err().lines().count(), construct.err());
    }

    @ParameterizedTest
    @CsvSource({"nq, N-QUADS", "trig, TRIG", "ttl, TTL", "nt, N-TRIPLES", "jsonld, JSON-LD"})
    void exportThroughTheServerIsTheLocalExport(String format, String langName) {
        Lang lang = RDFLanguages.nameToLang(langName);
        Result local = run("export", "--format", format, "--home", home.toString(), "--store", localStore.toString());
        Result remote = run("export", "--format", format, "--endpoint", endpoint(server));
        assertEquals(0, local.code(), local.err());
        assertEquals(0, remote.code(), remote.err());
        assertEquals("", remote.err());
        DatasetGraph expected = dataset(local.out(), lang);
        DatasetGraph actual = dataset(remote.out(), lang);
        assertTrue(expected.getUnionGraph().size() + expected.getDefaultGraph().size() >= Fixtures.TRIPLES);
        assertTrue(IsoMatcher.isomorphic(expected, actual), remote.out());
        if (format.equals("nq") || format.equals("nt")) {
            assertEquals(local.out().lines().sorted().toList(), remote.out().lines().sorted().toList());
        }
    }

    @Test
    void exportDumpsThroughTheServerWritesTheSameGraph() throws IOException {
        Result r = run("export", "--dumps", tmp.toString(), "--endpoint", endpoint(server));
        assertEquals(0, r.code(), r.err());
        Result local = run("export", "--format", "nq", "--home", home.toString(), "--store", localStore.toString());
        assertEquals(local.out().lines().sorted().toList(),
                Files.readAllLines(tmp.resolve("sahel-kg.nq")).stream().sorted().toList());
    }

    @Test
    void aDumpThatDoesNotMatchItsChecksumIsRefused() throws Exception {
        Path dumps = tmp.resolve("dumps");
        DatasetGraph dataset = Fixtures.unionTdb();
        KgServer damaged = KgServer.start(dataset, new KgServer.Config("127.0.0.1", 0,
                KgServer.Config.DEFAULT_TIMEOUT, home.resolve("queries"), null, dumps, null));
        try {
            damaged.warmUp();
            String base = "http://127.0.0.1:" + damaged.port();
            assertEquals(0, run("export", "--format", "nq", "--endpoint", base + "/sparql").code());
            Files.writeString(dumps.resolve("sahel-kg.trig"), "# changed\n", java.nio.file.StandardOpenOption.APPEND);
            Result r = run("export", "--format", "nq", "--endpoint", base + "/sparql");
            assertEquals(2, r.code());
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().matches("sahel-kg: " + Pattern.quote(base + "/dumps/sahel-kg.trig") + ": its SHA-256 is "
                    + "\\p{XDigit}{64}, but " + Pattern.quote(base + "/dumps/SHA256SUMS") + " lists \\p{XDigit}{64}: the "
                    + "download is damaged or the server's store changed meanwhile; export again\n"), r.err());
        } finally {
            damaged.stop();
            dataset.close();
        }
    }

    @Test
    void anUnreachableServerIsOneLineAndExitCode2() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/sparql";
        Result query = run("query", queries.resolve("ask.rq").toString(), "--endpoint", url);
        assertEquals(2, query.code());
        assertEquals("", query.out());
        assertEquals(1, query.err().lines().count(), query.err());
        assertTrue(query.err().startsWith("sahel-kg: cannot reach " + url + ": ConnectException"), query.err());
        assertTrue(query.err().strip().endsWith("(is `sahel-kg serve` running there?)"), query.err());

        Result export = run("export", "--format", "nq", "--endpoint", url);
        assertEquals(2, export.code());
        assertEquals(1, export.err().lines().count(), export.err());
        assertTrue(export.err().startsWith("sahel-kg: cannot reach http://127.0.0.1:" + port + "/dumps/"), export.err());
    }

    @Test
    void anHttpErrorNamesTheUrlAndStatus() {
        String wrong = "http://127.0.0.1:" + server.port() + "/no-such-endpoint";
        Result r = run("query", queries.resolve("ask.rq").toString(), "--endpoint", wrong);
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("sahel-kg: " + wrong + " answered HTTP 404"), r.err());
        assertTrue(r.err().strip().endsWith("(expected the SPARQL endpoint of a running sahel-kg serve, such as "
                + "http://localhost:3030/sparql)"), r.err());
    }

    @Test
    void aQueryTheServerRefusesIsOneLineNamingTheFileAndExitCode1() throws IOException {
        Path service = tmp.resolve("service.rq");
        Files.writeString(service, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }\n");
        Result r = run("query", service.toString(), "--endpoint", endpoint(server));
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals(service + ": " + endpoint(server) + " refused the query: HTTP 422: SERVICE execution disabled - "
                + "enable with symbol:http://jena.apache.org/ARQ#httpServiceAllowed\n", r.err());
    }

    @Test
    void aMalformedQueryIsCaughtBeforeItIsSent() throws IOException {
        Path broken = tmp.resolve("broken.rq");
        Files.writeString(broken, "SELECT * WHERE {\n  ?s ?p\n}\n");
        Result r = run("query", broken.toString(), "--endpoint", endpoint(server));
        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(broken + ":3:1: SPARQL syntax error"), r.err());
    }

    @Test
    void usageErrorsExitWithCode2() {
        Result withStore = run("query", "labelled", "--home", home.toString(), "--store", localStore.toString(),
                "--endpoint", endpoint(server));
        assertEquals(2, withStore.code());
        assertTrue(withStore.err().startsWith("--store and --endpoint exclude each other: with --endpoint the "
                + "running server reads the store it holds"), withStore.err());
        Result exportWithHome = run("export", "--format", "nq", "--home", home.toString(), "--endpoint",
                endpoint(server));
        assertEquals(2, exportWithHome.code());
        assertTrue(exportWithHome.err().startsWith("--home and --endpoint exclude each other"), exportWithHome.err());

        Result notHttp = run("query", queries.resolve("ask.rq").toString(), "--endpoint", "ftp://localhost/sparql");
        assertEquals(2, notHttp.code());
        assertEquals("sahel-kg: --endpoint: expected an http or https URL of the SPARQL endpoint of a running "
                + "sahel-kg serve, such as http://localhost:3030/sparql, found ftp://localhost/sparql\n", notHttp.err());
    }

    /** The advice of the store-in-use message works: with {@code serve} holding the store, --endpoint answers. */
    @Test
    void theStoreInUseAdviceWorks() throws Exception {
        Path held = tmp.resolve("held");
        assertEquals(0, run("load", "--home", home.toString(), "--store", held.toString()).code());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--home", home.toString(), "--store", held.toString(), "--host",
                "127.0.0.1", "--port", "0").redirectErrorStream(true).start();
        try {
            String url = readyUrl(serve);
            Result local = run("query", "labelled", "--format", "csv", "--home", home.toString(), "--store",
                    held.toString());
            assertEquals(2, local.code());
            assertTrue(local.err().contains("is in use by process " + serve.pid()), local.err());
            Result remote = run("query", "labelled", "--format", "csv", "--home", home.toString(), "--endpoint", url);
            assertEquals(0, remote.code(), remote.err());
            assertEquals(locallyAndRemotely("labelled", "--format", "csv").get(0).out(), remote.out());
        } finally {
            serve.destroyForcibly();
            serve.waitFor();
        }
    }

    /** The SPARQL URL that {@code serve} prints once ready. */
    private static String readyUrl(Process serve) throws IOException {
        Pattern ready = Pattern.compile("sahel-kg ready at \\S+ \\(SPARQL: (\\S+)\\)");
        BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null) {
            Matcher m = ready.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("serve stopped before it was ready:\n" + seen);
    }

    private static DatasetGraph dataset(String text, Lang lang) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(dataset);
        return dataset;
    }
}
