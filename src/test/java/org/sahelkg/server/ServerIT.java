package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelkg.Fixtures;

/**
 * The public endpoint, over HTTP: read-only SPARQL Query at /sparql with content negotiation, a
 * timeout, no update, no Graph Store Protocol, no admin; the editor page and the catalog.
 */
class ServerIT {
    static final String SELECT_ALL = "SELECT * WHERE { ?s ?p ?o }";
    static final String CONSTRUCT_ALL = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";
    static final String INSERT = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
    static final String ASK_INSERTED = "ASK { GRAPH ?g { <urn:x:s> ?p ?o } }";
    static final Path HOME = Path.of(System.getProperty("sahelkg.home", "."));
    static final Path EXAMPLE_QUERIES = resource("/catalog");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final ObjectMapper json = new ObjectMapper();

    interface ServerTest {
        void run(String base) throws Exception;
    }

    /** Starts a server on a free port over the fixture, runs {@code test}, and always stops it. */
    static void withServer(KgServer.Config config, ServerTest test) throws Exception {
        DatasetGraph dataset = Fixtures.unionTdb();
        KgServer server = KgServer.start(dataset, config);
        try {
            test.run("http://localhost:" + server.port());
        } finally {
            server.stop();
            dataset.close();
        }
    }

    static void withServer(ServerTest test) throws Exception {
        withServer(new KgServer.Config("localhost", 0, KgServer.Config.DEFAULT_TIMEOUT, EXAMPLE_QUERIES), test);
    }

    static Path resource(String name) {
        try {
            return Path.of(ServerIT.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(String url, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    HttpResponse<byte[]> post(String url, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .header("Accept", accept).POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<byte[]> method(String method, String url, String contentType, BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static String contentType(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    boolean askInserted(String base) throws Exception {
        HttpResponse<byte[]> r = get(base + "/sparql?" + form("query", ASK_INSERTED),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        return json.readTree(r.body()).get("boolean").asBoolean();
    }

    @Test
    void pingAnswers() throws Exception {
        withServer(base -> assertEquals(200, get(base + "/$/ping", "*/*").statusCode()));
    }

    @Test
    void selectByGetAndBothPostsOverTheUnionOfTheNamedGraphs() throws Exception {
        withServer(base -> {
            String accept = "application/sparql-results+json";
            List<HttpResponse<byte[]>> answers = List.of(
                    get(base + "/sparql?" + form("query", SELECT_ALL), accept),
                    post(base + "/sparql", "application/x-www-form-urlencoded", form("query", SELECT_ALL), accept),
                    post(base + "/sparql", "application/sparql-query", SELECT_ALL, accept));
            for (HttpResponse<byte[]> r : answers) {
                assertEquals(200, r.statusCode(), text(r));
                assertTrue(contentType(r).startsWith("application/sparql-results+json"), contentType(r));
                assertEquals(Fixtures.TRIPLES, rows(r, ResultSetLang.RS_JSON));
            }
        });
    }

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+json, RS_JSON",
            "application/sparql-results+xml, RS_XML",
            "text/csv, RS_CSV",
            "text/tab-separated-values, RS_TSV"})
    void selectResultsByAccept(String accept, String langName) throws Exception {
        withServer(base -> {
            HttpResponse<byte[]> r = get(base + "/sparql?" + form("query", SELECT_ALL), accept);
            assertEquals(200, r.statusCode(), text(r));
            assertTrue(contentType(r).startsWith(accept), contentType(r));
            assertEquals(Fixtures.TRIPLES, rows(r, resultLang(langName)));
        });
    }

    static Lang resultLang(String name) {
        return switch (name) {
            case "RS_JSON" -> ResultSetLang.RS_JSON;
            case "RS_XML" -> ResultSetLang.RS_XML;
            case "RS_CSV" -> ResultSetLang.RS_CSV;
            case "RS_TSV" -> ResultSetLang.RS_TSV;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static int rows(HttpResponse<byte[]> response, Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.body()), lang);
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    @ParameterizedTest
    @CsvSource({"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"})
    void graphResultsByAccept(String accept) throws Exception {
        withServer(base -> {
            for (String query : List.of(CONSTRUCT_ALL, "DESCRIBE <https://w3id.org/sahel-kg/id/event/drone-downing>")) {
                HttpResponse<byte[]> r = get(base + "/sparql?" + form("query", query), accept);
                assertEquals(200, r.statusCode(), text(r));
                assertTrue(contentType(r).startsWith(accept), contentType(r));
                Graph graph = GraphFactory.createDefaultGraph();
                RDFParser.source(new ByteArrayInputStream(r.body()))
                        .lang(RDFLanguages.contentTypeToLang(accept)).parse(graph);
                assertEquals(query.equals(CONSTRUCT_ALL) ? Fixtures.TRIPLES : 3, graph.size(), query);
            }
        });
    }

    @Test
    void updateIsRefusedWith405() throws Exception {
        withServer(base -> {
            // Fuseki alone would answer 400 (form) and 415 (body) on a query-only endpoint; the guard says 405.
            HttpResponse<byte[]> byForm = post(base + "/sparql", "application/x-www-form-urlencoded",
                    form("update", INSERT), "*/*");
            HttpResponse<byte[]> byBody = post(base + "/sparql", "application/sparql-update", INSERT, "*/*");
            HttpResponse<byte[]> byFormWithQuery = post(base + "/sparql", "application/x-www-form-urlencoded",
                    form("query", "ASK {}") + "&" + form("update", INSERT), "*/*");
            for (HttpResponse<byte[]> r : List.of(byForm, byBody, byFormWithQuery)) {
                assertEquals(405, r.statusCode(), text(r));
                assertTrue(r.headers().firstValue("Allow").orElse("").contains("GET"));
            }
            for (String path : List.of("/sparql/update", "/update", "/sparql/sparql")) {
                int status = post(base + path, "application/sparql-update", INSERT, "*/*").statusCode();
                assertTrue(status == 404 || status == 405, path + " answered " + status);
            }
            assertFalse(askInserted(base), "nothing was written");
        });
    }

    @Test
    void graphStoreWritesAndUploadsAreRefused() throws Exception {
        withServer(base -> {
            String turtle = "<urn:x:s> <urn:x:p> <urn:x:o> .";
            List<String> targets = List.of("/sparql", "/sparql?default", "/sparql?graph=urn:x:g", "/sparql/data",
                    "/sparql/upload", "/data", "/upload");
            for (String target : targets) {
                for (String m : List.of("PUT", "POST", "DELETE", "PATCH")) {
                    BodyPublisher body = m.equals("DELETE") ? BodyPublishers.noBody() : BodyPublishers.ofString(turtle);
                    int status = method(m, base + target, m.equals("DELETE") ? null : "text/turtle", body).statusCode();
                    assertTrue(status == 404 || status == 405, m + " " + target + " answered " + status);
                }
            }
            HttpResponse<byte[]> multipart = method("POST", base + "/sparql", "multipart/form-data; boundary=x",
                    BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.ttl\"\r\n"
                            + "Content-Type: text/turtle\r\n\r\n" + turtle + "\r\n--x--\r\n"));
            assertEquals(405, multipart.statusCode());
            assertFalse(askInserted(base), "nothing was written");
        });
    }

    @Test
    void adminPathsDoNotExist() throws Exception {
        withServer(base -> {
            for (String path : List.of("/$/datasets", "/$/datasets/sparql", "/$/server", "/$/stats",
                    "/$/stats/sparql", "/$/backup/x", "/$/backup/sparql", "/$/backups/list", "/$/compact/sparql",
                    "/$/metrics", "/$/tasks", "/$/reload", "/$/logs", "/$/sleep")) {
                assertEquals(404, get(base + path, "*/*").statusCode(), "GET " + path);
                assertEquals(404, post(base + path, "application/x-www-form-urlencoded", "", "*/*").statusCode(),
                        "POST " + path);
            }
        });
    }

    @Test
    void jsonpAndRemoteServicesAreRefused() throws Exception {
        withServer(base -> {
            assertEquals(400, get(base + "/sparql?" + form("query", "ASK {}") + "&callback=alert", "*/*").statusCode());
            String federated = "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
            HttpResponse<byte[]> r = get(base + "/sparql?" + form("query", federated), "application/sparql-results+json");
            assertTrue(r.statusCode() >= 400, "SERVICE answered " + r.statusCode() + ": " + text(r));
        });
    }

    @Test
    void aSlowQueryIsStoppedByTheTimeout() throws Exception {
        KgServer.Config config = new KgServer.Config("localhost", 0, Duration.ofSeconds(1), EXAMPLE_QUERIES);
        withServer(config, base -> {
            StringBuilder patterns = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                patterns.append("?s").append(i).append(" ?p").append(i).append(" ?o").append(i).append(" . ");
            }
            String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { " + patterns + "}";
            HttpResponse<byte[]> r = post(base + "/sparql", "application/sparql-query", crossProduct,
                    "application/sparql-results+json");
            assertTrue(r.statusCode() >= 500 || r.statusCode() == 408, "answered " + r.statusCode() + ": " + text(r));
            assertFalse(text(r).contains("\"bindings\""), text(r));
        });
    }

    @Test
    void theEditorPageIsSelfContained() throws Exception {
        withServer(base -> {
            HttpResponse<byte[]> page = get(base + "/", "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(contentType(page).startsWith("text/html"), contentType(page));
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'"), csp);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
            String html = text(page);
            PageChecks.selfContained("/", html);
            List<String> assets = new ArrayList<>();
            Matcher ref = Pattern.compile("<(?:script|link)[^>]*(?:src|href)=\"([^\"]*)\"").matcher(html);
            while (ref.find()) {
                assets.add(ref.group(1));
            }
            assertTrue(assets.containsAll(List.of("/assets/app.js", "/assets/site.css")), assets.toString());
            assertTrue(html.contains("<textarea id=\"query\"") && html.contains("<select id=\"catalog\""), "the editor");

            HttpResponse<byte[]> js = get(base + "/assets/app.js", "*/*");
            assertEquals(200, js.statusCode());
            assertTrue(contentType(js).startsWith("text/javascript"), contentType(js));
            String script = text(js);
            assertFalse(script.contains("innerHTML"), "results are built with textContent");
            Matcher url = Pattern.compile("https?://[^\\s\"'`]*").matcher(script);
            while (url.find()) {
                assertEquals("http://www.w3.org/2001/XMLSchema#", url.group(), "only a namespace, never a request");
            }
            HttpResponse<byte[]> css = get(base + "/assets/site.css", "*/*");
            assertEquals(200, css.statusCode());
            assertTrue(contentType(css).startsWith("text/css"), contentType(css));
            assertFalse(text(css).contains("url("), "no external fonts or images");

            assertEquals(404, get(base + "/nothing-here.js", "*/*").statusCode());
            int traversal = get(base + "/../pom.xml", "*/*").statusCode();
            assertTrue(traversal == 400 || traversal == 404, "path traversal answered " + traversal);
        });
    }

    @Test
    void theCatalogListsTheExampleQueries() throws Exception {
        withServer(base -> {
            HttpResponse<byte[]> r = get(base + "/catalog.json", "application/json");
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith("application/json"), contentType(r));
            JsonNode queries = json.readTree(r.body()).get("queries");
            assertEquals(2, queries.size(), "top-level .rq files only, not checks/");
            JsonNode labelled = queries.get(1);
            assertEquals("labelled", labelled.get("name").asText());
            assertEquals("Labels in a language", labelled.get("title").asText());
            assertTrue(labelled.get("question").asText().endsWith("in which named graph is that label?"));
            assertEquals("lang", labelled.get("parameters").get(0).get("name").asText());
            assertEquals("fr", labelled.get("parameters").get(0).get("default").asText());
            assertTrue(labelled.get("text").asText().contains("VALUES ?lang"));
            assertNotNull(labelled.get("returns"));
        });
    }

    @Test
    void theCatalogListsTheQueriesOfTheRealQueriesDirectory() throws Exception {
        Path queries = HOME.resolve("queries");
        Set<String> expected;
        if (Files.isDirectory(queries)) {
            try (Stream<Path> files = Files.list(queries)) {
                expected = new java.util.TreeSet<>(files.filter(p -> p.toString().endsWith(".rq") && Files.isRegularFile(p))
                        .map(p -> p.getFileName().toString().replaceFirst("\\.rq$", "")).toList());
            }
        } else {
            expected = Set.of();
        }
        KgServer.Config config = new KgServer.Config("localhost", 0, KgServer.Config.DEFAULT_TIMEOUT, queries);
        withServer(config, base -> {
            JsonNode listed = json.readTree(get(base + "/catalog.json", "application/json").body()).get("queries");
            Set<String> names = new java.util.TreeSet<>();
            listed.forEach(q -> {
                names.add(q.get("name").asText());
                assertFalse(q.get("title").asText().isBlank(), q.toString());
                assertFalse(q.get("text").asText().isBlank(), q.toString());
            });
            assertEquals(expected, names);
        });
    }
}
