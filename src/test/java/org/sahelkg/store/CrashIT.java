package org.sahelkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.server.KgServer;

/**
 * Issue 5, point 7: a {@code load} killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) at ten
 * seeded points spread over its whole run, the final switch included, leaves exactly the state before or
 * the state after (triple count and SHA-256 of the sorted N-Quads), and the store opens and serves without
 * removing any lock by hand. A server started on the store keeps answering from the graph it opened while
 * a {@code load} runs in another process: the old graph, never a mix.
 */
class CrashIT {
    /** Events per synthetic project: one load takes a few seconds (about 40,000 triples). */
    static final int EVENTS = 300;
    static final int KILLS = 10;
    static final Path JAR = Path.of(System.getProperty("sahelkg.jar", "target/sahel-kg.jar"));
    /** The jar of the measuring tools, whose {@code generate} writes the synthetic projects. */
    static final Path BENCH_JAR = Path.of(System.getProperty("sahelkg.bench.jar", "target/sahel-kg-bench.jar"));
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path tmp;

    Path store;
    Path texts;

    /** One state of the store: its triple count and the hash of its sorted N-Quads. */
    record State(long quads, String hash) {
        @Override
        public String toString() {
            return quads + " quads, " + hash.substring(0, 12);
        }
    }

    static Process start(Path log, String... args) throws IOException {
        return start(JAR, log, args);
    }

    static Process start(Path jar, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx2g", "-XX:TieredStopAtLevel=1", "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static void run(Path log, String... args) throws Exception {
        run(JAR, log, args);
    }

    static void run(Path jar, Path log, String... args) throws Exception {
        Process p = start(jar, log, args);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished: " + String.join(" ", args));
        assertEquals(0, p.exitValue(), String.join(" ", args) + ":\n" + Files.readString(log));
    }

    Path generate(String name, int seed) throws Exception {
        Path home = tmp.resolve(name).resolve("home");
        run(BENCH_JAR, tmp.resolve(name + "-generate.log"), "generate",
                "--home", System.getProperty("sahelkg.home", "."),
                "--events", Integer.toString(EVENTS), "--seed", Integer.toString(seed), "--out", home.toString(),
                "--texts", tmp.resolve(name).resolve("shared").resolve("seeds").toString());
        return home;
    }

    /** Each load replaces one generated project by the other, which has fewer of some kinds: a deliberate shrink. */
    String[] load(Path home) {
        return new String[] {"load", "--home", home.toString(), "--texts", home.resolveSibling("shared")
                .resolve("seeds").toString(), "--store", store.toString(), "--allow-shrink"};
    }

    /** The current state, read the way a restarted process reads it: open the store, no lock removed. */
    State state() throws Exception {
        try (Store s = new Store(store)) {
            DatasetGraph dsg = s.open();
            List<String> lines = StoreIT.nquads(dsg);
            MessageDigest sha = sha256();
            lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return new State(lines.size(), HexFormat.of().formatHex(sha.digest()));
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLoadKilledAnywhereLeavesTheOldOrTheNewStateAndReadersNeverSeeAMix() throws Exception {
        store = tmp.resolve("store");
        Path homeA = generate("a", 1);
        Path homeB = generate("b", 2);

        long started = System.nanoTime();
        run(tmp.resolve("load-a.log"), load(homeA));
        // How long a load takes here, from the start of its JVM to its exit: the span the kills cover.
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        State a = state();

        // A server on state A, queried without pause while B is loaded in another process.
        long fullLoadMillis;
        State b;
        try (Store opened = new Store(store)) {
            KgServer server = KgServer.start(opened.open(), new KgServer.Config("127.0.0.1", 0,
                    KgServer.Config.DEFAULT_TIMEOUT, Path.of(System.getProperty("sahelkg.home", ".")).resolve("queries")));
            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicInteger answers = new AtomicInteger();
            List<String> wrong = new ArrayList<>();
            Thread reader = new Thread(() -> {
                HttpClient http = HttpClient.newHttpClient();
                String url = "http://127.0.0.1:" + server.port() + "/sparql?query="
                        + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);
                while (loading.get()) {
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build(),
                                BodyHandlers.ofString());
                        long n = Long.parseLong(r.body().lines().skip(1).findFirst().orElse("-1").strip());
                        answers.incrementAndGet();
                        if (n != a.quads()) {
                            synchronized (wrong) {
                                wrong.add(r.statusCode() + " " + n);
                            }
                        }
                    } catch (Exception e) {
                        synchronized (wrong) {
                            wrong.add(e.toString());
                        }
                    }
                }
            }, "reader");
            try {
                reader.start();
                long t0 = System.nanoTime();
                run(tmp.resolve("load-b.log"), load(homeB));
                fullLoadMillis = (System.nanoTime() - t0) / 1_000_000;
                loading.set(false);
                reader.join(60_000);
            } finally {
                loading.set(false);
                server.stop();
            }
            b = state();
            assertTrue(answers.get() > 3, "the reader queried during the load: " + answers.get());
            assertTrue(wrong.isEmpty(), "the server opened on A answered otherwise during the load: " + wrong);
        }
        assertTrue(!a.equals(b) && a.quads() != b.quads(), "two different states: " + a + " / " + b);

        // Ten kills, one in each tenth of a load's duration (seeded), the last tenth reaching past its end so
        // that the final switch is covered; each load goes from the current state to the other one. A load
        // that ends before its kill is no kill: the duration is corrected to it and the tenth tried again.
        Random random = new Random(20261121L);
        List<String> seen = new ArrayList<>();
        State current = b;
        int kills = 0;
        for (int attempt = 0; kills < KILLS && attempt < 2 * KILLS; attempt++) {
            boolean toA = current.equals(b);
            long at = Math.round((kills + random.nextDouble()) / KILLS * loadMillis * 1.05);
            long t0 = System.nanoTime();
            Process p = start(tmp.resolve("kill-" + attempt + ".log"), load(toA ? homeA : homeB));
            boolean finished = p.waitFor(at, TimeUnit.MILLISECONDS);
            long elapsed = (System.nanoTime() - t0) / 1_000_000;
            p.destroyForcibly();
            p.waitFor();
            State after = state();
            State target = toA ? a : b;
            assertTrue(after.equals(current) || after.equals(target), "kill at " + at + " ms left " + after
                    + ", neither " + current + " nor " + target);
            if (finished) {
                assertEquals(target, after, "a load that ran to its end");
                loadMillis = Math.min(loadMillis, elapsed);
                seen.add(at + " ms: finished first, in " + elapsed + " ms");
            } else {
                kills++;
                seen.add(at + " ms: killed, " + (after.equals(target) ? "new" : "old") + " state");
            }
            current = after;
        }
        assertEquals(KILLS, kills, "loads killed: " + seen);
        // The store serves without manual lock removal: the real command, on the state it has now.
        Path home = current.equals(a) ? homeA : homeB;
        Path log = tmp.resolve("serve.log");
        Process serve = new ProcessBuilder(JAVA, "-Xmx1g", "-jar", JAR.toString(), "serve", "--home", home.toString(),
                "--texts", home.resolveSibling("shared").resolve("seeds").toString(), "--store", store.toString(),
                "--host", "127.0.0.1", "--port", "0").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder printed = new StringBuilder();
            while ((line = out.readLine()) != null && !line.startsWith("sahel-kg ready at ")) {
                printed.append(line).append('\n');
            }
            assertTrue(line != null, "serve started: " + printed);
            assertTrue(!printed.toString().contains("rebuilding") && !printed.toString().contains("building it"),
                    "serve used the store as it was: " + printed);
            String base = line.substring("sahel-kg ready at ".length()).split(" ")[0];
            HttpResponse<String> count = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                    + "sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                    StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), BodyHandlers.ofString());
            assertEquals(200, count.statusCode());
            assertEquals(current.quads(), Long.parseLong(count.body().lines().skip(1).findFirst().orElseThrow().strip()));
        } finally {
            serve.destroyForcibly();
            serve.waitFor();
        }
        Files.writeString(tmp.resolve("kills.txt"), String.join("\n", seen));
        System.out.println("CrashIT: full load " + loadMillis + " ms (" + fullLoadMillis + " ms beside a reader); " + a + " / " + b + "; kills: " + seen);
    }
}
