package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelkg.server.http.Exchange;

/**
 * Issue 12, "no response can run script" and item 12's {@code Server:} header and {@code %ff%fe}: every
 * answer of every route, the errors Jetty and Fuseki write themselves included, carries a
 * Content-Security-Policy and {@code nosniff} and names no product or version; invalid UTF-8 in a parameter
 * or a path is a one-line 400. Over raw sockets on loopback, so that the exact headers are seen and the
 * requests Java's client will not send (a chunked body, an oversized head) can be made.
 */
class SecureHeadersIT {
    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start(TestSite.fixture("/xss/xss.trig"));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    /** A response as it came off the wire: status, headers (names in lower case) and body. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + body.substring(0, Math.min(300, body.length()));
        }
    }

    static Answer raw(int port, String request) throws IOException {
        return raw(InetAddress.getLoopbackAddress(), port, request);
    }

    /** Sends {@code request} from the loopback address {@code from} and reads the whole answer. */
    static Answer raw(InetAddress from, int port, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    static Answer parse(InputStream in) throws IOException {
        String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        int end = answer.indexOf("\r\n\r\n");
        assertTrue(end > 0, "no response head: " + answer);
        String[] lines = answer.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(),
                    (a, b) -> a + ", " + b);
        }
        String body = new String(answer.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    static String get(String target, String accept) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n";
    }

    static String post(String target, String type, String body) {
        return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body;
    }

    static String sparql(String query, String more) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + more;
    }

    /** What every answer must have; a failure per answer that lacks it. */
    static void check(List<String> failures, String what, Answer a) {
        String csp = a.header("content-security-policy");
        boolean html = a.header("content-type").startsWith("text/html");
        // Pages have theirs; any other answer may have the pages' or one that allows nothing at all.
        boolean none = csp.startsWith("default-src 'none'") && csp.contains("sandbox");
        if (html ? !csp.equals(Exchange.CSP) : !csp.equals(Exchange.CSP) && !none) {
            failures.add(what + " (" + a.status() + ", " + a.header("content-type") + ") has the policy \"" + csp + "\"");
        }
        if (!a.header("x-content-type-options").equals("nosniff")) {
            failures.add(what + " (" + a.status() + ") has no nosniff");
        }
        if (a.headers().containsKey("server")) {
            failures.add(what + " (" + a.status() + ") names the server: " + a.header("server"));
        }
    }

    @Test
    void everyRouteAndEveryErrorCarriesThePolicyAndNosniffAndNoServer() throws Exception {
        int port = site.port();
        String html = TestSite.BROWSER;
        Map<String, String> requests = new LinkedHashMap<>();
        for (String page : List.of("/", "/query", "/timeline", "/map", "/disputes", "/search?q=x", "/sources",
                "/explain?iri=country/xland", "/ontology.html", "/ontology.ttl", "/id/country/xland.html",
                "/id/country/xland.ttl", "/id/country/xland.jsonld", "/graph/data.html", "/.well-known/void",
                "/.well-known/void.ttl", "/context.jsonld", "/catalog.json", "/dumps/", "/dumps/sahel-kg.trig",
                "/dumps/SHA256SUMS", "/assets/app.js", "/assets/site.css", "/assets/icon.svg", "/$/ping",
                "/id/country/xland", "/dumps", "/ontology", "/nothing-here", "/assets/none.js", "/wikidata/Q1",
                "/sparql?query=NOT%20SPARQL", "/sparql")) {
            requests.put("GET " + page, get(page, html));
        }
        for (String output : List.of("xml", "json", "csv", "tsv", "text", "application/sparql-results+xml",
                "text/html", "application/xhtml+xml", "image/svg+xml")) {
            requests.put("GET ASK output=" + output, get(sparql("ASK {}", "&output=" + output), html));
            requests.put("GET SELECT output=" + output, get(sparql("SELECT * { ?s ?p ?o } LIMIT 2", "&output="
                    + URLEncoder.encode(output, StandardCharsets.UTF_8)), html));
        }
        for (String accept : List.of("text/turtle", "application/rdf+xml", "application/ld+json", "application/n-triples",
                "text/html", "*/*")) {
            requests.put("GET CONSTRUCT " + accept, get(sparql("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2", ""), accept));
        }
        requests.put("POST form", post("/sparql", "application/x-www-form-urlencoded", "query=ASK%7B%7D&output=xml"));
        requests.put("POST body", post("/sparql", "application/sparql-query", "SELECT * { ?s ?p ?o } LIMIT 1"));
        requests.put("POST update (405)", post("/sparql", "application/sparql-update", "CLEAR ALL"));
        requests.put("PUT /sparql (405)", "PUT /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/turtle\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n");
        requests.put("POST a page (405)", post("/timeline", "text/plain", "x"));
        requests.put("JSONP (400)", get(sparql("ASK {}", "&callback=alert"), html));
        requests.put("chunked (411)", "POST /sparql HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Type: application/sparql-query\r\nConnection: close\r\n\r\n6\r\nASK {}\r\n0\r\n\r\n");
        requests.put("too large (413)", "POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: 99999999\r\nConnection: close\r\n\r\n");
        requests.put("long URI (414)", get("/search?q=" + "a".repeat(KgServer.Limits.MAX_HEADER_BYTES + 10), html));
        requests.put("long header (431)", "GET / HTTP/1.1\r\nHost: localhost\r\nX-Long: "
                + "a".repeat(KgServer.Limits.MAX_HEADER_BYTES + 10) + "\r\nConnection: close\r\n\r\n");
        requests.put("bad request line (400)", "GET /<script>alert(1)</script> HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        requests.put("bad percent (400)", get("/id/%ZZ%3Cscript%3E", html));
        requests.put("no Host (400)", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
        requests.put("OPTIONS", "OPTIONS /sparql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        requests.put("TRACE", "TRACE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        List<String> failures = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        for (Map.Entry<String, String> r : requests.entrySet()) {
            Answer a = raw(port, r.getValue());
            statuses.add(a.status());
            check(failures, r.getKey(), a);
        }
        for (int status : List.of(200, 303, 400, 404, 405, 411, 413, 414, 431)) {
            assertTrue(statuses.contains(status), "a " + status + " among the answers checked: " + statuses);
        }
        assertTrue(failures.isEmpty(), failures.size() + " answers of " + requests.size() + ":\n"
                + String.join("\n", failures));
    }

    @Test
    void refusalsOfBusyServersCarryThePolicyToo() throws Exception {
        KgServer.Limits limits = KgServer.Limits.defaults().withMaxConcurrentPerClient(1).withMaxConcurrentQueries(1);
        try (KgServer server = KgServer.start(TestSite.fixture("/xss/xss.trig"), new KgServer.Config("127.0.0.1", 0,
                KgServer.Config.DEFAULT_TIMEOUT, TestSite.HOME.resolve("queries")), limits);
             Socket held = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            // A runaway query (stopped by the 10 s timeout) holds the one place of this client and the one query
            // slot. (A POST whose body has not all come no longer does: bodies arrive before the limits, SlowClients.)
            held.getOutputStream().write(get(sparql(LimitsIT.runaway(), ""), "application/sparql-results+json")
                    .getBytes(StandardCharsets.ISO_8859_1));
            held.getOutputStream().flush();
            List<String> failures = new ArrayList<>();
            Answer busy = awaitStatus(server.port(), InetAddress.getLoopbackAddress(), "/timeline", 429);
            check(failures, "429", busy);
            Answer full = awaitStatus(server.port(), InetAddress.getByName("127.0.0.2"), sparql("ASK {}", ""), 503);
            check(failures, "503", full);
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }
    }

    private static Answer awaitStatus(int port, InetAddress from, String target, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Answer a;
        do {
            a = raw(from, port, get(target, TestSite.BROWSER));
            if (a.status() == status) {
                return a;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("expected " + status + " for " + target + ", got " + a);
    }

    @Test
    void jettysOwn500IsOneLineWithThePolicy() throws Exception {
        // A store that fails on every read: pages, queries and Jetty's own 500 (an Error escapes the servlets).
        // A store whose every read fails as a too-deep recursion would: the Error escapes the pages' handlers.
        Graph broken = new GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                throw unreadable();
            }
        };
        DatasetGraph failing = new DatasetGraphWrapper(DatasetGraphFactory.createTxnMem()) {
            @Override
            public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
                throw unreadable();
            }

            @Override
            public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
                throw unreadable();
            }

            @Override
            public Iterator<Node> listGraphNodes() {
                throw unreadable();
            }

            @Override
            public Graph getDefaultGraph() {
                return broken;
            }

            @Override
            public Graph getUnionGraph() {
                return broken;
            }

            @Override
            public Graph getGraph(Node graphNode) {
                return broken;
            }
        };
        try (KgServer server = KgServer.start(failing, new KgServer.Config("127.0.0.1", 0, Duration.ofSeconds(5),
                TestSite.HOME.resolve("queries")))) {
            List<String> failures = new ArrayList<>();
            for (String target : List.of("/id/country/xland.html", "/timeline", "/search?q=x", "/explain?iri=country/x")) {
                Answer a = raw(server.port(), get(target, TestSite.BROWSER));
                if (a.status() != 500 || !a.header("content-type").startsWith("text/plain")
                        || !a.body().startsWith("500: ") || a.body().strip().indexOf('\n') >= 0) {
                    failures.add(target + ": not a one-line 500: " + a);
                }
                check(failures, "failing " + target, a);
                assertFalse(a.body().contains("at org."), target + " shows a stack trace: " + a);
            }
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }
    }

    static StackOverflowError unreadable() {
        return new StackOverflowError("a store that cannot be read");
    }

    @Test
    void invalidUtf8InAParameterOrAPathIsAOneLine400() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String target : List.of("/search?q=%ff%fe", "/timeline?actor=%ff%fe", "/explain?iri=%ff%fe",
                "/query?text=%ff%fe", "/id/%ff%fe", "/id/country/%ff%fe.html", "/sparql?query=%ff%fe")) {
            Answer a = raw(site.port(), get(target, TestSite.BROWSER));
            check(failures, target, a);
            if (a.status() != 400) {
                failures.add(target + " answered " + a);
            } else if (!a.header("content-type").startsWith("text/plain") || a.body().strip().contains("\n")
                    || !a.body().startsWith("400: ") || !a.body().contains("UTF-8")) {
                failures.add(target + ": not one line of plain text: " + a);
            }
        }
        Answer form = raw(site.port(), post("/sparql", "application/x-www-form-urlencoded", "query=%ff%fe"));
        check(failures, "form %ff%fe", form);
        if (form.status() != 400) {
            failures.add("form %ff%fe answered " + form);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
