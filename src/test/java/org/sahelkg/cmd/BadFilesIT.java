package org.sahelkg.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.load.Fixtures;
import org.sahelkg.reason.KnowledgeGraph;
import org.sahelkg.store.Store;

/**
 * Every kind of input file reported like the JSON: each {@code bad-files/<kind>/<case>/} folder is laid over a copy
 * of the loader's golden project, and the command that reads that kind of file (load for rules and ontology files,
 * validate for shapes, checks and catalog queries) must exit 1 with exactly the line of the case's
 * {@code expected.txt}, no stack trace, and leave the store as it was.
 */
class BadFilesIT {
    /** The command that reads each kind of file. */
    private static final Map<String, String> COMMAND = Map.of("rule", "load", "ontology", "load", "shape", "validate",
            "check", "validate", "catalog", "validate");

    @TempDir
    static Path shared;

    static Path store;

    @BeforeAll
    static void buildTheGoldenStore() {
        store = shared.resolve("store");
        Path home = Fixtures.overlay(null, shared.resolve("golden"));
        // The golden project's sources are not the real texts: its quotes are not checked against them.
        assertEquals(0, run("load", "--home", home.toString(), "--store", store.toString(), "--without-texts").code());
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), KnowledgeGraph::build).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenFileIsOneLineNamingItsPlace() throws IOException, URISyntaxException {
        Path root = Path.of(BadFilesIT.class.getResource("/bad-files").toURI());
        List<Path> cases;
        try (Stream<Path> all = Files.walk(root, 2)) {
            cases = all.filter(p -> root.relativize(p).getNameCount() == 2 && Files.isDirectory(p)).sorted().toList();
        }
        assertEquals(COMMAND.keySet(), Set.copyOf(cases.stream().map(c -> c.getParent().getFileName().toString())
                .toList()), "one case at least for every kind of file");
        return cases.stream().map(dir -> DynamicTest.dynamicTest(root.relativize(dir).toString(), () -> {
            String kind = dir.getParent().getFileName().toString();
            Path home = Fixtures.overlay(dir, shared.resolve(kind + "-" + dir.getFileName()));
            String before = Files.readString(store.resolve(Store.CURRENT));
            String command = COMMAND.get(kind);
            Result r = command.equals("load")
                    ? run(command, "--home", home.toString(), "--store", store.toString(), "--without-texts")
                    : run(command, "--home", home.toString(), "--without-texts");
            assertEquals(expected(dir.resolve("expected.txt")), r.err().strip(), r.out());
            assertEquals(1, r.code(), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
            assertEquals(before, Files.readString(store.resolve(Store.CURRENT)), "the store is as it was");
        }));
    }

    /**
     * Issue 12, item 12: a rule or a check with {@code SERVICE} made {@code load} and {@code validate} connect to
     * the server it names. Now it is refused with its place before anything runs, and a loopback listener at that
     * address sees no connection.
     */
    @Test
    void aRuleOrCheckThatCallsOutIsRefusedAndConnectsNowhere() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread accepting = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket s = listener.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "service-listener");
            accepting.setDaemon(true);
            accepting.start();
            String remote = "<http://127.0.0.1:" + listener.getLocalPort() + "/sparql>";

            Path ruleHome = Fixtures.overlay(null, shared.resolve("service-rule"));
            Files.writeString(ruleHome.resolve("ontology/rules/15-remote.ru"), """
                    # Title: Calls out
                    # Derives: whatever another server answers
                    # Sound because: it is not
                    INSERT { GRAPH graph:inferred { ?s skg:p ?o } }
                    WHERE { ?s ?p ?o FILTER EXISTS { SERVICE %s { ?s ?p ?o } } }
                    """.formatted(remote));
            String before = Files.readString(store.resolve(Store.CURRENT));
            Result load = run("load", "--home", ruleHome.toString(), "--store", store.toString(), "--without-texts");
            assertEquals("ontology/rules/15-remote.ru:5:34: a rule reads the project's graphs only; expected no "
                    + "SERVICE, found a call to another endpoint", load.err().strip(), load.out());
            assertEquals(1, load.code());
            assertEquals(before, Files.readString(store.resolve(Store.CURRENT)), "the store is as it was");

            Path checkHome = Fixtures.overlay(null, shared.resolve("service-check"));
            Files.createDirectories(checkHome.resolve("queries/checks"));
            Files.writeString(checkHome.resolve("queries/checks/remote-violation.rq"), """
                    # Title: Calls out
                    SELECT ?s WHERE {
                      { SELECT ?s { SERVICE SILENT %s { ?s ?p ?o } } }
                    }
                    """.formatted(remote));
            Result validate = run("validate", "--home", checkHome.toString(), "--without-texts");
            assertEquals("queries/checks/remote-violation.rq:3:17: a check reads the project's graphs only; expected "
                    + "no SERVICE, found a call to another endpoint", validate.err().strip(), validate.out());
            assertEquals(1, validate.code());
            assertEquals(0, connections.get(), "connections to the SERVICE address");
        }
    }

    /** The expected message: the lines of the file that are not {@code #} comments. */
    private static String expected(Path file) throws IOException {
        return String.join("\n", Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).toList());
    }
}
