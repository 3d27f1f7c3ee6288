package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, items 4, 9, 10, 11 and 12 over HTTP, on the real graph: every deadline covers all the work. A
 * catastrophic REGEX gets its 503 within the timeout plus one second and leaves no thread matching; a
 * {@code <java:…>} property function is an ordinary predicate; a 2,505-word slug is a 404, not a stack overflow;
 * {@code /explain} and the other pages stop at the timeout; a 10,000-branch UNION is a one-line 400.
 */
class DeadlinesIT {
    static final String JSON = "application/sparql-results+json";
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final String CATASTROPHIC = "\"" + "a".repeat(40) + "!\"";
    static final String PATTERN = "\"^(a|a)+\\\\1$\"";

    static KgServer server;
    static String base;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        server = KgServer.start(TestSite.real(), new KgServer.Config("localhost", 0, TIMEOUT, ServerIT.EXAMPLE_QUERIES),
                KgServer.Limits.defaults().withMaxConcurrentPerClient(64));
        base = "http://localhost:" + server.port();
        RunawayIT.THREADS.setThreadCpuTimeEnabled(true);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    HttpResponse<String> get(String origin, String pathAndQuery, Duration wait) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(origin + pathAndQuery)).header("Accept", JSON)
                .timeout(wait).build(), BodyHandlers.ofString());
    }

    HttpResponse<String> query(String query, Duration wait) throws Exception {
        return get(base, "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), wait);
    }

    /** Threads of this JVM (the server's) with Java's regex engine on their stack. */
    static List<String> matching() {
        List<String> found = new ArrayList<>();
        for (ThreadInfo info : RunawayIT.THREADS.dumpAllThreads(false, false)) {
            for (StackTraceElement frame : info.getStackTrace()) {
                if (frame.getClassName().startsWith("java.util.regex.")) {
                    found.add(info.getThreadName());
                    break;
                }
            }
        }
        return found;
    }

    @Test
    void aCatastrophicRegexGetsItsServiceUnavailableWithinTheTimeoutPlusOneSecond() throws Exception {
        String fn = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> ";
        for (String q : List.of(
                "SELECT ?m WHERE { BIND(REGEX(" + CATASTROPHIC + ", " + PATTERN + ") AS ?m) }",
                "SELECT * WHERE { ?s ?p ?o FILTER(REGEX(" + CATASTROPHIC + ", " + PATTERN + ")) } LIMIT 1",
                "SELECT ?r WHERE { VALUES ?t { " + CATASTROPHIC + " } BIND(REPLACE(?t, " + PATTERN + ", \"b\") AS ?r) }",
                fn + "ASK { VALUES ?t { " + CATASTROPHIC + " } FILTER(fn:matches(?t, " + PATTERN + ")) }")) {
            long t0 = System.nanoTime();
            // The client waits the timeout plus one second: unguarded, the answer would take years.
            HttpResponse<String> r = query(q, TIMEOUT.plusSeconds(1));
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), q + ": " + r.body());
            assertTrue(millis < TIMEOUT.toMillis() + 1000, q + " answered after " + millis + " ms");
            Thread.sleep(200);
            assertEquals(List.of(), matching(), "threads still matching after " + q);
        }
        RunawayIT.assertIdleAfterwards();
    }

    @Test
    void aJavaPropertyFunctionIsAnOrdinaryPredicateAndLoadsNoClass() throws Exception {
        for (String cls : List.of("org.apache.jena.sparql.pfunction.library.strSplit",
                "org.sahelkg.sparql.LoadedByName")) {
            HttpResponse<String> r = query("SELECT ?x WHERE { ?x <java:" + cls + "> (\"a,b,c\" \",\") }",
                    Duration.ofSeconds(30));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().replaceAll("\\s", "").contains("\"bindings\":[]"), cls + " answered " + r.body());
        }
        assertNull(System.getProperty("sahelkg.test.loadedByName"), "a class was loaded by name");
    }

    @Test
    void aSlugOfTwoThousandFiveHundredWordsIsNotFoundNotAStackOverflow() throws Exception {
        String slug = "a-".repeat(2_504) + "a";
        for (String path : List.of("/explain?iri=event/" + slug, "/id/event/" + slug)) {
            HttpResponse<String> r = get(base, path, Duration.ofSeconds(30));
            assertEquals(404, r.statusCode(), path.substring(0, 20) + "…: " + r.body());
        }
        HttpResponse<String> timeline = get(base, "/timeline?actor=country/" + slug, Duration.ofSeconds(30));
        assertEquals(200, timeline.statusCode(), "the timeline of an unknown actor has no events");
    }

    @Test
    void aTenThousandBranchUnionIsOneLineOfBadRequest() throws Exception {
        String union = IntStream.range(0, 10_000).mapToObj(i -> "{ ?s <urn:x:p" + i + "> ?o }")
                .collect(Collectors.joining(" UNION "));
        String nested = "{ ".repeat(20_000) + "?s ?p ?o" + " }".repeat(20_000);
        for (String where : List.of(union, nested)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                    .header("Content-Type", "application/sparql-query").header("Accept", JSON)
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(
                            "SELECT * WHERE { " + where + " }")).build(), BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), r.body());
            assertFalse(r.body().isBlank(), "a body that says why");
            assertEquals(1, r.body().strip().lines().count(), r.body());
        }
    }

    @Test
    void everyPageAndExplainStopsAtTheTimeout() throws Exception {
        // A server whose timeout no page can meet: each must answer 503 within it plus one second.
        Duration tiny = Duration.ofMillis(1);
        KgServer hurried = KgServer.start(TestSite.real(), new KgServer.Config("localhost", 0, tiny,
                ServerIT.EXAMPLE_QUERIES));
        try {
            String origin = "http://localhost:" + hurried.port();
            for (String path : List.of("/explain?iri=country/mali", "/explain?iri=country/niger", "/timeline",
                    "/disputes")) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = get(origin, path, Duration.ofSeconds(30));
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(503, r.statusCode(), path + ": " + r.body());
                assertTrue(r.headers().firstValue("Retry-After").isPresent(), path);
                assertEquals(1, r.body().strip().lines().count(), r.body());
                assertTrue(millis < tiny.toMillis() + 1000, path + " answered after " + millis + " ms");
            }
        } finally {
            hurried.stop();
        }
    }

    @Test
    void anExplanationIsKeptOnceMade() throws Exception {
        HttpResponse<String> first = get(base, "/explain?iri=country/niger", Duration.ofSeconds(30));
        assertEquals(200, first.statusCode());
        // Kept: the second answer is the same page, made without running the explanation's queries again.
        assertEquals(first.body(), get(base, "/explain?iri=country/niger", Duration.ofSeconds(30)).body());
    }
}
