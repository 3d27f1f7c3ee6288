package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelkg.Fixtures;

/**
 * Issue 5, points 4 and 5: the cap on rows and triples and its header, in every result format; 429 with
 * Retry-After beyond the per-client concurrency; 413 for a body over {@code --max-body} (411 for one of
 * unknown length); 431 for a request head over 16 KiB; idle connections closed by the server.
 */
class LimitsIT {
    static final String TRUNCATED = "X-SPARQL-Truncated";
    static final String SELECT_ALL = "SELECT * WHERE { ?s ?p ?o }";

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    interface ServerTest {
        void run(String base) throws Exception;
    }

    static void withServer(Duration timeout, KgServer.Limits limits, ServerTest test) throws Exception {
        DatasetGraph dataset = Fixtures.unionTdb();
        KgServer server = KgServer.start(dataset, new KgServer.Config("localhost", 0, timeout,
                ServerIT.EXAMPLE_QUERIES), limits);
        try {
            test.run("http://localhost:" + server.port());
        } finally {
            server.stop();
            dataset.close();
        }
    }

    static void withServer(KgServer.Limits limits, ServerTest test) throws Exception {
        withServer(KgServer.Config.DEFAULT_TIMEOUT, limits, test);
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> query(String base, String query, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", accept));
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static String truncated(HttpResponse<byte[]> r) {
        return r.headers().firstValue(TRUNCATED).orElse(null);
    }

    // ---- 4. Result cap

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+json, RS_JSON",
            "application/sparql-results+xml, RS_XML",
            "text/csv, RS_CSV",
            "text/tab-separated-values, RS_TSV"})
    void selectIsCutToTheCapAndSaysSoInEveryFormat(String accept, String lang) throws Exception {
        withServer(KgServer.Limits.defaults().withMaxRows(3), base -> {
            for (String q : List.of(SELECT_ALL, SELECT_ALL + " LIMIT 100", SELECT_ALL + " ORDER BY ?o",
                    "SELECT ?s ?p ?o WHERE { ?s ?p ?o } OFFSET 1", "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }")) {
                HttpResponse<byte[]> r = query(base, q, accept);
                assertEquals(200, r.statusCode(), text(r));
                assertEquals(3, ServerIT.rows(r, ServerIT.resultLang(lang)), q);
                assertEquals("3", truncated(r), q + ": the cut is signalled");
            }
            // At or under the cap: complete, no header.
            for (String q : List.of(SELECT_ALL + " LIMIT 3", SELECT_ALL + " LIMIT 2",
                    "SELECT * WHERE { ?s ?p ?o } OFFSET 4")) {
                HttpResponse<byte[]> r = query(base, q, accept);
                assertEquals(200, r.statusCode(), text(r));
                assertEquals(q.endsWith("2") ? 2 : 3, ServerIT.rows(r, ServerIT.resultLang(lang)), q);
                assertEquals(null, truncated(r), q + ": complete answers carry no header");
            }
        });
    }

    @Test
    void anAnswerExactlyAtTheCapIsComplete() throws Exception {
        withServer(KgServer.Limits.defaults().withMaxRows(Fixtures.TRIPLES), base -> {
            HttpResponse<byte[]> r = query(base, SELECT_ALL, "application/sparql-results+json");
            assertEquals(Fixtures.TRIPLES, ServerIT.rows(r, ServerIT.resultLang("RS_JSON")));
            assertEquals(null, truncated(r));
            HttpResponse<byte[]> g = query(base, ServerIT.CONSTRUCT_ALL, "application/n-triples");
            assertEquals(Fixtures.TRIPLES, triples(g, "application/n-triples"));
            assertEquals(null, truncated(g));
        });
    }

    @ParameterizedTest
    @CsvSource({"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"})
    void constructAndDescribeAreCutToTheCapInTriples(String accept) throws Exception {
        withServer(KgServer.Limits.defaults().withMaxRows(3), base -> {
            for (String q : List.of(ServerIT.CONSTRUCT_ALL,
                    // Two triples per solution: the cap counts triples, not solutions.
                    "CONSTRUCT { ?s ?p ?o . ?s <http://example.org/seen> true } WHERE { ?s ?p ?o }",
                    "DESCRIBE ?s WHERE { ?s ?p ?o }")) {
                HttpResponse<byte[]> r = query(base, q, accept);
                assertEquals(200, r.statusCode(), text(r));
                assertEquals(3, triples(r, accept), q);
                assertEquals("3", truncated(r), q);
            }
            // Many solutions, few distinct triples: complete, not cut.
            HttpResponse<byte[]> same = query(base, "CONSTRUCT { <http://example.org/a> <http://example.org/b> <http://example.org/c> } WHERE { ?s ?p ?o }",
                    accept);
            assertEquals(1, triples(same, accept));
            assertEquals(null, truncated(same));
        });
    }

    static int triples(HttpResponse<byte[]> r, String accept) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(RDFLanguages.contentTypeToLang(accept)).parse(graph);
        return graph.size();
    }

    @Test
    void theDefaultCapIsTenThousandRowsOverTheRealGraph() throws Exception {
        DatasetGraph real = TestSite.real();
        KgServer server = KgServer.start(real, new KgServer.Config("localhost", 0, KgServer.Config.DEFAULT_TIMEOUT,
                ServerIT.EXAMPLE_QUERIES));
        try {
            String base = "http://localhost:" + server.port();
            HttpResponse<byte[]> count = query(base, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");
            long total = Long.parseLong(text(count).lines().skip(1).findFirst().orElseThrow().strip());
            assertTrue(total > KgServer.Limits.DEFAULT_MAX_ROWS, "the real graph has " + total + " triples");
            HttpResponse<byte[]> r = query(base, SELECT_ALL, "text/tab-separated-values");
            assertEquals(200, r.statusCode());
            assertEquals(KgServer.Limits.DEFAULT_MAX_ROWS, ServerIT.rows(r, ServerIT.resultLang("RS_TSV")));
            assertEquals("10000", truncated(r));
        } finally {
            server.stop();
        }
    }

    // ---- 4. Fair share

    /** Twelve patterns over seven triples: 7^12 solutions, which only the timeout stops. */
    static String runaway() {
        StringBuilder patterns = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            patterns.append("?s").append(i).append(" ?p").append(i).append(" ?o").append(i).append(" . ");
        }
        return "SELECT (COUNT(*) AS ?n) WHERE { " + patterns + "}";
    }

    /** A trivial query, asked until it is refused with {@code status} (at most 5 s), then checked for it. */
    private HttpResponse<byte[]> refusedOnceBusy(String base, int status) throws Exception {
        HttpResponse<byte[]> response = null;
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until) {
            response = query(base, "ASK {}", "application/sparql-results+json");
            if (response.statusCode() == status) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(status, response.statusCode(), text(response));
        return response;
    }

    @Test
    void beyondTheClientsShareTheServerAnswers429WithRetryAfter() throws Exception {
        withServer(Duration.ofSeconds(6), KgServer.Limits.defaults().withMaxConcurrentPerClient(2), base -> {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<HttpResponse<byte[]>>> slow = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    slow.add(pool.submit(() -> query(base, runaway(), "application/sparql-results+json")));
                }
                // Wait until both are in progress: a third query is then refused.
                HttpResponse<byte[]> third = refusedOnceBusy(base, 429);
                assertEquals("1", third.headers().firstValue("Retry-After").orElse(""));
                assertTrue(text(third).startsWith("429: too many requests in progress"), text(third));
                // Pages count too; the health check does not.
                assertEquals(429, send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=ASK%7B%7D"))).statusCode());
                assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/$/ping"))).statusCode());
                for (Future<HttpResponse<byte[]>> f : slow) {
                    HttpResponse<byte[]> r = f.get();
                    assertTrue(r.statusCode() >= 500, "the runaway query answered " + r.statusCode());
                }
                // Places come back when the queries end.
                HttpResponse<byte[]> after = query(base, "ASK {}", "application/sparql-results+json");
                assertEquals(200, after.statusCode(), text(after));
            } finally {
                pool.shutdownNow();
            }
        });
    }

    @Test
    void beyondTheServersQueryCapQueriesAnswer503AndPagesStillAnswer() throws Exception {
        KgServer.Limits limits = KgServer.Limits.defaults().withMaxConcurrentPerClient(64).withMaxConcurrentQueries(2);
        withServer(Duration.ofSeconds(6), limits, base -> {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<HttpResponse<byte[]>>> slow = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    slow.add(pool.submit(() -> query(base, runaway(), "application/sparql-results+json")));
                }
                HttpResponse<byte[]> third = refusedOnceBusy(base, 503);
                assertEquals("1", third.headers().firstValue("Retry-After").orElse(""));
                assertTrue(text(third).contains("as many queries as it may (2)"), text(third));
                assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/$/ping"))).statusCode());
                assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/catalog.json"))).statusCode());
                for (Future<HttpResponse<byte[]>> f : slow) {
                    assertTrue(f.get().statusCode() >= 500);
                }
                assertEquals(200, query(base, "ASK {}", "application/sparql-results+json").statusCode());
            } finally {
                pool.shutdownNow();
            }
        });
    }

    // ---- 5. HTTP limits

    @Test
    void aBodyOverTheLimitIs413AndOneOfUnknownLength411() throws Exception {
        withServer(KgServer.Limits.defaults().withMaxBodyBytes(1000), base -> {
            String small = "ASK {} # " + "x".repeat(900);
            String large = "ASK {} # " + "x".repeat(1000);
            HttpResponse<byte[]> ok = send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                    .header("Content-Type", "application/sparql-query").POST(BodyPublishers.ofString(small)));
            assertEquals(200, ok.statusCode(), text(ok));
            HttpResponse<byte[]> tooLarge = send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                    .header("Content-Type", "application/sparql-query").POST(BodyPublishers.ofString(large)));
            assertEquals(413, tooLarge.statusCode(), text(tooLarge));
            assertTrue(text(tooLarge).contains("at most 1000"), text(tooLarge));
            HttpResponse<byte[]> form = send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString("query=" + URLEncoder.encode(large, StandardCharsets.UTF_8))));
            assertEquals(413, form.statusCode(), text(form));
            HttpResponse<byte[]> chunked = send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                    .header("Content-Type", "application/sparql-query")
                    .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small.getBytes(StandardCharsets.UTF_8)))));
            assertEquals(411, chunked.statusCode(), text(chunked));
        });
    }

    @Test
    void aFormUnderTheBodyLimitButOverJettysDefaultIsAccepted() throws Exception {
        withServer(KgServer.Limits.defaults(), base -> {
            String query = "ASK {} # " + "x".repeat(300_000);
            HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))));
            assertEquals(200, r.statusCode(), text(r));
        });
    }

    @Test
    void aRequestHeadOver16KiBIs431() throws Exception {
        withServer(KgServer.Limits.defaults(), base -> {
            HttpResponse<byte[]> fits = send(HttpRequest.newBuilder(URI.create(base + "/$/ping"))
                    .header("X-Padding", "x".repeat(8 * 1024)));
            assertEquals(200, fits.statusCode());
            HttpResponse<byte[]> tooLarge = send(HttpRequest.newBuilder(URI.create(base + "/$/ping"))
                    .header("X-Padding", "x".repeat(17 * 1024)));
            assertEquals(431, tooLarge.statusCode());
            HttpResponse<byte[]> manyHeaders = send(HttpRequest.newBuilder(URI.create(base + "/$/ping"))
                    .headers(manyHeaders(40, 512)));
            assertEquals(431, manyHeaders.statusCode());
            String longQuery = "ASK {} #" + "x".repeat(17 * 1024);
            int uri = query(base, longQuery, "*/*").statusCode();
            assertTrue(uri == 414 || uri == 431, "a 17 KiB query string answered " + uri);
        });
    }

    static String[] manyHeaders(int n, int size) {
        String[] headers = new String[2 * n];
        for (int i = 0; i < n; i++) {
            headers[2 * i] = "X-Padding-" + i;
            headers[2 * i + 1] = "y".repeat(size);
        }
        return headers;
    }

    @Test
    void anIdleConnectionIsClosedByTheServer() throws Exception {
        withServer(KgServer.Limits.defaults().withIdleTimeout(Duration.ofSeconds(1)), base -> {
            int port = URI.create(base).getPort();
            // A connection that never sends anything.
            try (Socket silent = new Socket(InetAddress.getLoopbackAddress(), port)) {
                silent.setSoTimeout(20_000);
                assertEquals(-1, readOrTimeout(silent.getInputStream()), "closed by the server");
            }
            // A kept-alive connection after one request.
            try (Socket kept = new Socket(InetAddress.getLoopbackAddress(), port)) {
                kept.setSoTimeout(20_000);
                OutputStream out = kept.getOutputStream();
                out.write(("GET /$/ping HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = kept.getInputStream();
                byte[] buffer = new byte[8192];
                int n = in.read(buffer);
                assertTrue(n > 0 && new String(buffer, 0, n, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200"));
                int next;
                do {
                    next = readOrTimeout(in);
                } while (next >= 0);
                assertEquals(-1, next, "closed by the server once idle");
            }
        });
    }

    /** The next byte, -1 at the end of the stream; fails if the server keeps the connection open 20 s. */
    static int readOrTimeout(InputStream in) throws IOException {
        try {
            return in.read();
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept an idle connection open for 20 s");
        } catch (java.net.SocketException e) {
            return -1; // reset by the server: closed too
        }
    }

    @Test
    void theDefaultsAreThoseTheReadmeStates() {
        KgServer.Limits d = KgServer.Limits.defaults();
        assertEquals(10_000, d.maxRows());
        assertEquals(4, d.maxConcurrentPerClient());
        assertEquals(32, d.maxConcurrentQueries());
        assertEquals(1024 * 1024, d.maxBodyBytes());
        assertEquals(Duration.ofSeconds(30), d.idleTimeout());
        assertEquals(16 * 1024, KgServer.Limits.MAX_HEADER_BYTES);
        assertEquals(32, d.maxConnectionsPerClient());
        assertEquals(Duration.ofSeconds(10), KgServer.Limits.HEADER_TIMEOUT);
        assertEquals(Duration.ofSeconds(10), KgServer.Limits.BODY_TIMEOUT);
        assertEquals(16 * 1024, KgServer.Limits.MIN_BODY_RATE);
        assertFalse(KgServer.Config.DEFAULT_TIMEOUT.isZero());
        assertEquals(Duration.ofSeconds(10), KgServer.Config.DEFAULT_TIMEOUT);
    }
}
