package org.sahelkg.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelkg.Fixtures;
import org.sahelkg.load.Project;
import org.sahelkg.store.Store;

/** The shaded jar as users run it: {@code java -jar target/sahel-kg.jar …}. */
class CliIT {
    static final Path JAR = Path.of(System.getProperty("sahelkg.jar", "target/sahel-kg.jar"));
    static final Path HOME = Path.of(System.getProperty("sahelkg.home", "."));
    static final List<String> COMMANDS = List.of("serve", "load", "validate", "query", "export", "locate",
            "schema");

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        // The source texts, which commands require to check quotes, wherever the build keeps them.
        String texts = System.getProperty(Project.TEXTS_PROPERTY);
        if (texts != null) {
            command.add("-D" + Project.TEXTS_PROPERTY + "=" + texts);
        }
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    static Result run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("sahelkg-out", ".txt");
        Path err = Files.createTempFile("sahelkg-err", ".txt");
        try {
            Process process = new ProcessBuilder(java(args)).directory(HOME.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("sahel-kg " + String.join(" ", args) + " did not finish");
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Quick invocations, run all at once to keep the build fast: arguments joined by spaces → result. */
    static final Map<String, Result> QUICK = new ConcurrentHashMap<>();

    @BeforeAll
    static void runTheQuickInvocationsInParallel() throws Exception {
        List<String> invocations = new ArrayList<>(List.of("--help", "--version", "--no-such-option",
                "export --format ttl --bogus", "export --format rdfxml"));
        COMMANDS.forEach(c -> invocations.add(c + " --help"));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String invocation : invocations) {
                running.add(pool.submit(() -> {
                    QUICK.put(invocation, run(invocation.split(" ")));
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        Result r = QUICK.get("--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: sahel-kg"), r.out());
        for (String command : COMMANDS) {
            assertTrue(r.out().contains("  " + command + " "), command + " in " + r.out());
        }
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertFalse(r.out().contains("bench") || r.out().contains("generate"),
                "the tools that measure the product live in sahel-kg-bench.jar: " + r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "load", "validate", "query", "export", "locate", "schema"})
    void everyCommandHasHelp(String command) throws Exception {
        Result r = QUICK.get(command + " --help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: sahel-kg " + command), r.out());
        assertEquals("", r.err());
        if (!List.of("validate", "locate", "schema").contains(command)) {
            assertTrue(r.out().contains("--store=DIR"), r.out());
        }
        assertTrue(r.out().contains("--home=DIR"), r.out());
    }

    @Test
    void versionNamesTheBuild() throws Exception {
        Result r = QUICK.get("--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("sahel-kg 0."), r.out());
    }

    @Test
    void usageErrorsExitWith2() throws Exception {
        Result unknown = QUICK.get("--no-such-option");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unknown option: '--no-such-option'"), unknown.err());
        assertTrue(unknown.err().contains("Usage: sahel-kg"), unknown.err());

        Result sub = QUICK.get("export --format ttl --bogus");
        assertEquals(2, sub.code());
        assertTrue(sub.err().contains("Unknown option: '--bogus'"), sub.err());

        Result format = QUICK.get("export --format rdfxml");
        assertEquals(2, format.code());
        assertTrue(format.err().toLowerCase(java.util.Locale.ROOT).contains("ttl, nt, trig, nq, jsonld"), format.err());
        assertFalse(format.err().contains("\tat "), "no stack trace");
    }

    /** Serve a store built here from the fixture: the jar finds it fresh and serves it as it is. */
    @Test
    void serveSaysWhereItIsReadyAndAnswersQueries() throws Exception {
        Path home = tmp.resolve("home");
        for (String dir : List.of("ontology", "seeds", "data", "queries")) {
            Files.createDirectories(home.resolve(dir));
        }
        Files.writeString(home.resolve("data/events.json"), "{\"events\": []}\n");
        Files.copy(Path.of(CliIT.class.getResource("/catalog/labelled.rq").toURI()),
                home.resolve("queries/labelled.rq"));
        Path store = tmp.resolve("store");
        try (Store built = new Store(store, p -> Fixtures.memory(), note -> { })) {
            built.rebuild(new Project(home, tmp));
        }

        Process serve = new ProcessBuilder(java("serve", "--port", "0", "--host", "127.0.0.1",
                "--home", home.toString(), "--store", store.toString(), "--timeout", "5"))
                .redirectError(tmp.resolve("serve.err").toFile()).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            String err = Files.readString(tmp.resolve("serve.err"));
            assertTrue(first != null, "serve printed nothing; stderr: " + err);
            Matcher ready = Pattern.compile("sahel-kg ready at http://127\\.0\\.0\\.1:(\\d+)/ "
                    + "\\(SPARQL: http://127\\.0\\.0\\.1:(\\d+)/sparql\\)").matcher(first);
            assertTrue(ready.matches(), first);
            assertEquals(ready.group(1), ready.group(2));
            assertFalse(err.contains("rebuilding") || err.contains("building"), "the store was fresh: " + err);

            String base = "http://127.0.0.1:" + ready.group(1);
            HttpClient http = HttpClient.newHttpClient();
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> ask = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                            + URLEncoder.encode("ASK { ?s a ?type }", StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ask.statusCode());
            assertTrue(ask.body().contains("true"), ask.body());
            HttpResponse<String> catalog = http.send(HttpRequest.newBuilder(URI.create(base + "/catalog.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(catalog.body().contains("\"labelled\""), catalog.body());
        } finally {
            serve.destroy();
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
        try (Store reopened = new Store(store)) {
            DatasetGraph dataset = reopened.open();
            assertEquals(Fixtures.TRIPLES, Txn.calculateRead(dataset, () -> dataset.getUnionGraph().size()),
                    "the store is intact after the server stopped");
        }
    }

    // ---- The real data.

    @Test
    void loadQueryAndExportTheRealData() throws Exception {
        String store = tmp.resolve("store").toString();
        Result load = run("load", "--store", store);
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().contains("https://w3id.org/sahel-kg/graph/ontology"), load.out());

        Path count = tmp.resolve("count.rq");
        Files.writeString(count, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        Result query = run("query", count.toString(), "--store", store, "--format", "csv");
        assertEquals(0, query.code(), query.err());
        assertEquals("", query.err(), "the store loaded above is fresh");
        assertTrue(Long.parseLong(query.out().lines().toList().get(1).strip()) > 0, query.out());

        Result export = run("export", "--format", "ttl", "--store", store);
        assertEquals(0, export.code(), export.err());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(export.out().getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.TURTLE).parse(graph);
        assertTrue(graph.size() > 0);
    }

    @Test
    void aLoadProblemIsReportedWithoutStackTrace() throws Exception {
        Path home = tmp.resolve("broken");
        for (String dir : List.of("ontology", "seeds", "data")) {
            Files.createDirectories(home.resolve(dir));
        }
        Files.writeString(home.resolve("data/broken.json"), "{\"events\": [\n");
        Result r = run("load", "--home", home.toString(), "--store", tmp.resolve("store").toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("data/broken.json"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(tmp.resolve("store/CURRENT")));
    }

    @Test
    void aFailedLoadOfTheRealProjectLeavesTheStoreExactlyAsItWas() throws Exception {
        Path home = tmp.resolve("project");
        for (String dir : List.of("data", "seeds", "ontology", "queries")) {
            copyTree(HOME.resolve(dir), home.resolve(dir));
        }
        String store = tmp.resolve("store").toString();
        assertEquals(0, run("load", "--home", home.toString(), "--store", store).code());
        String before = sortedNQuads(home, store);

        Path events = home.resolve("data/events/crisis-2025.json");
        Files.writeString(events, Files.readString(events).replaceFirst("\"date\": \"2025-04-06\"",
                "\"date\": \"2025-04-31\""));
        Result failed = run("load", "--home", home.toString(), "--store", store);
        assertEquals(1, failed.code(), failed.err());
        assertTrue(failed.err().contains("data/events/crisis-2025.json"), failed.err());
        assertTrue(failed.err().matches("(?s).*:\\d+:\\d+: /events/\\d+/date: expected an EDTF date.*April 2025 has no day 31.*"),
                failed.err());
        assertFalse(failed.err().contains("\tat "), failed.err());
        Files.writeString(events, Files.readString(events).replace("2025-04-31", "2025-04-06"));
        assertEquals(before, sortedNQuads(home, store), "the store after a failed load");
    }

    /** The store's content, as sorted N-Quads, read without triggering a rebuild (the inputs are unchanged). */
    private static String sortedNQuads(Path home, String store) throws Exception {
        Result export = run("export", "--format", "nq", "--home", home.toString(), "--store", store);
        assertEquals(0, export.code(), export.err());
        assertEquals("", export.err(), "export must not rebuild the store");
        return String.join("\n", export.out().lines().sorted().toList());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
