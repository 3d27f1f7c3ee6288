package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.Fixtures;

/**
 * Issue 5, points 1 and 2: the public port answers queries only (every write, upload and admin path is
 * 404 or 405; no script or {@code java:} function runs), and no query reaches out: {@code SERVICE},
 * {@code FROM}, {@code FROM NAMED} and the protocol's {@code default-graph-uri}/{@code named-graph-uri}
 * neither connect to a listener on loopback nor read a local file.
 */
class SecurityIT {
    static final String JSON = "application/sparql-results+json";

    static KgServer server;
    static org.apache.jena.sparql.core.DatasetGraph dataset;
    static String base;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        dataset = Fixtures.unionTdb();
        server = KgServer.start(dataset, new KgServer.Config("localhost", 0, KgServer.Config.DEFAULT_TIMEOUT,
                ServerIT.EXAMPLE_QUERIES));
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (dataset != null) {
            dataset.close();
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), BodyHandlers.ofString());
    }

    HttpResponse<String> query(String query) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", JSON));
    }

    static String describe(HttpResponse<String> r) {
        return r.statusCode() + " " + r.body();
    }

    /** The values bound in a JSON result, or null when the answer is an error. */
    List<String> values(HttpResponse<String> r) throws IOException {
        if (r.statusCode() != 200 || !r.body().startsWith("{")) {
            return null;
        }
        JsonNode results = json.readTree(r.body()).get("results");
        if (results == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode row : results.get("bindings")) {
            row.elements().forEachRemaining(v -> values.add(v.get("value").asText()));
        }
        return values;
    }

    // ---- 1. Closed surface

    @Test
    void everyWriteUploadAndAdminPathIsClosed() throws Exception {
        String turtle = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        String update = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        List<String> failures = new ArrayList<>();
        // SPARQL Update, by form and by body, on the endpoint and where Fuseki would put it.
        for (String path : List.of("/sparql", "/sparql/update", "/update", "/sparql/sparql", "/")) {
            check(failures, "POST form update " + path, send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)))));
            check(failures, "POST body update " + path, send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/sparql-update").POST(BodyPublishers.ofString(update))));
        }
        // Graph Store Protocol and upload.
        for (String path : List.of("/sparql?graph=urn:x:g", "/sparql?default", "/sparql", "/sparql/data",
                "/sparql/upload", "/sparql/get", "/data", "/upload", "/get")) {
            for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
                HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path));
                r = method.equals("DELETE") ? r.DELETE()
                        : r.header("Content-Type", "text/turtle").method(method, BodyPublishers.ofString(turtle));
                check(failures, method + " " + path, send(r));
            }
        }
        // Admin: every path of Fuseki's admin module and its optional servlets.
        for (String path : List.of("/$/datasets", "/$/datasets/sparql", "/$/server", "/$/status", "/$/stats",
                "/$/stats/sparql", "/$/metrics", "/$/backup", "/$/backup/sparql", "/$/backups", "/$/backups/list",
                "/$/backups-list", "/$/compact", "/$/compact/sparql", "/$/tasks", "/$/tasks/1", "/$/sleep",
                "/$/reload", "/$/logs", "/$/validate/query", "/$/validate/update", "/$/validate/data",
                "/$/validate/iri", "/$/shacl")) {
            check(failures, "GET " + path, send(HttpRequest.newBuilder(URI.create(base + path)).GET()));
            check(failures, "POST " + path, send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(""))));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        HttpResponse<String> ask = query("ASK { GRAPH ?g { <urn:x:s> ?p ?o } }");
        assertEquals(200, ask.statusCode(), describe(ask));
        assertFalse(json.readTree(ask.body()).get("boolean").asBoolean(), "nothing was written");
    }

    private static void check(List<String> failures, String what, HttpResponse<String> r) {
        if (r.statusCode() != 404 && r.statusCode() != 405) {
            failures.add(what + " answered " + r.statusCode());
        }
    }

    @Test
    void scriptingIsNotEnabledByUs() {
        assertNull(System.getProperty("jena:scripting"), "the jena:scripting property is set");
    }

    @Test
    void scriptAndJavaFunctionsDoNotRun() throws Exception {
        assertNull(System.getProperty("jena:scripting"));
        List<String> calls = List.of(
                "<http://jena.apache.org/ARQ/jsFunction#toUpperCase>(\"abc\")",
                "<http://jena.apache.org/ARQ/jsFunction#eval>(\"1+1\")",
                "<http://jena.apache.org/ARQ/pyFunction#upper>(\"abc\")",
                "<java:org.apache.jena.sparql.function.library.FN_StrUpperCase>(\"abc\")",
                "<java:org.apache.jena.sparql.function.library.strlen>(\"abc\")",
                "<java:java.lang.Runtime>(\"abc\")",
                "<java:org.apache.jena.sparql.function.library.sha1sum>(\"abc\")");
        for (String call : calls) {
            HttpResponse<String> r = query("SELECT ?v WHERE { BIND(" + call + " AS ?v) }");
            List<String> values = values(r);
            assertTrue(values == null || values.isEmpty(), call + " returned a value: " + describe(r));
        }
        // Control: functions found through the registry by IRI still run, so the checks above are not vacuous.
        List<String> control = values(query(
                "SELECT ?v WHERE { BIND(<http://www.w3.org/2005/xpath-functions#upper-case>(\"abc\") AS ?v) }"));
        assertEquals(List.of("ABC"), control);
    }

    // ---- 2. No outbound reach

    /** A listener on loopback that counts the connections it accepts. */
    static final class Listener implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();
        final Thread thread;

        Listener() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketException e) {
                        return;
                    } catch (IOException e) {
                        connections.incrementAndGet();
                    }
                }
            }, "outbound-listener");
            thread.setDaemon(true);
            thread.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void noQueryReachesOutByServiceFromOrTheProtocol(@TempDir Path tmp) throws Exception {
        String marker = "sahelkg-marker-7f3c9e";
        Path local = tmp.resolve("local.ttl");
        Files.writeString(local, "<urn:x:" + marker + "> <urn:x:p> \"" + marker + "\" .\n");
        String file = local.toUri().toString();
        try (Listener listener = new Listener()) {
            String remote = listener.url("/sparql");
            String doc = listener.url("/data.ttl");
            List<String> queries = List.of(
                    "SELECT * WHERE { SERVICE <" + remote + "> { ?s ?p ?o } }",
                    "SELECT * WHERE { SERVICE SILENT <" + remote + "> { ?s ?p ?o } }",
                    "SELECT * WHERE { VALUES ?svc { <" + remote + "> } SERVICE ?svc { ?s ?p ?o } }",
                    "SELECT * FROM <" + doc + "> WHERE { ?s ?p ?o }",
                    "SELECT * FROM NAMED <" + doc + "> WHERE { GRAPH ?g { ?s ?p ?o } }",
                    "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
                    "SELECT * FROM <" + file + "> WHERE { ?s ?p ?o }",
                    "SELECT * FROM NAMED <" + file + "> WHERE { GRAPH ?g { ?s ?p ?o } }",
                    "ASK FROM <" + doc + "> { ?s ?p ?o }",
                    "CONSTRUCT { ?s ?p ?o } FROM <" + file + "> WHERE { ?s ?p ?o }",
                    "DESCRIBE <" + doc + ">",
                    "DESCRIBE <" + file + ">");
            List<String> failures = new ArrayList<>();
            for (String q : queries) {
                HttpResponse<String> r = query(q);
                if (r.body().contains(marker) || r.body().contains("root:")) {
                    failures.add(q + " returned local content: " + describe(r));
                }
                List<String> values = values(r);
                if (values != null && values.contains(marker)) {
                    failures.add(q + " returned the file's triple");
                }
            }
            // The protocol's dataset parameters.
            for (String graph : List.of(doc, file, "file:///etc/passwd")) {
                for (String param : List.of("default-graph-uri", "named-graph-uri")) {
                    String q = param.equals("default-graph-uri") ? "SELECT * { ?s ?p ?o }"
                            : "SELECT * { GRAPH ?g { ?s ?p ?o } }";
                    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                            + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&" + param + "="
                            + URLEncoder.encode(graph, StandardCharsets.UTF_8))).header("Accept", JSON));
                    if (r.body().contains(marker) || r.body().contains("root:")) {
                        failures.add(param + "=" + graph + " returned local content: " + describe(r));
                    }
                }
            }
            // Give a late connection attempt time to arrive before counting.
            Thread.sleep(500);
            assertEquals(0, listener.connections.get(), "connections that reached the listener");
            assertTrue(failures.isEmpty(), String.join("\n", failures));
            // Control: the listener does count a connection, so 0 above means none was made.
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), listener.socket.getLocalPort())) {
                long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (listener.connections.get() == 0 && System.nanoTime() < until) {
                    Thread.sleep(10);
                }
            }
            assertEquals(1, listener.connections.get(), "the control connection");
        }
    }

    @Test
    void fromNamesAGraphOfTheStoreNotADocument() throws Exception {
        // FROM picks graphs of the dataset by name (Fuseki's dynamic dataset): a graph of the fixture is
        // found, an absent or remote one is simply empty.
        HttpResponse<String> names = query("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g");
        String graph = values(names).get(0);
        HttpResponse<String> from = query("SELECT (COUNT(*) AS ?n) FROM <" + graph + "> WHERE { ?s ?p ?o }");
        assertTrue(Integer.parseInt(values(from).get(0)) > 0, describe(from));
        HttpResponse<String> absent = query("SELECT (COUNT(*) AS ?n) FROM <file:///etc/passwd> WHERE { ?s ?p ?o }");
        assertEquals(List.of("0"), values(absent), describe(absent));
    }
}
