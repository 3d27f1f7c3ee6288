package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelkg.server.TestSite.BROWSER;
import static org.sahelkg.server.TestSite.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.sahelkg.iri.Iris;

/**
 * Every kind of page is valid HTML, as the Nu HTML Checker (the W3C validator, {@code
 * nu.validator:validator:20.6.30}) sees it: home, editor, one resource of each kind, timeline, map,
 * disputes, search, explanation, sources, ontology, named graph, VoID, dumps and 404. The checker's
 * dependencies clash with Jetty 12, so it runs in a JVM of its own from {@code target/vnu/}, which Maven
 * fills before the integration tests; the pages are written to {@code target/html-check/}.
 */
class HtmlValidityIT {
    static final Path VNU = Path.of(System.getProperty("sahelkg.vnu", TestSite.HOME.resolve("target/vnu").toString()));
    static final Path PAGES = TestSite.HOME.resolve("target").resolve("html-check");

    @Test
    void everyKindOfPageIsValidHtml() throws Exception {
        assertTrue(Files.isRegularFile(VNU.resolve("validator-20.6.30.jar")),
                "The Nu HTML Checker is missing from " + VNU + ": run the tests with mvn verify, which copies it there");
        DatasetGraph store = TestSite.real();
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("home", "/");
        paths.put("query", "/query?name=crisis-timeline");
        paths.put("timeline", "/timeline");
        paths.put("timeline-actor", "/timeline?actor=country/mali");
        paths.put("map", "/map");
        paths.put("disputes", "/disputes");
        paths.put("search", "/search?q=Tinzaw%C3%A0tene");
        paths.put("search-kind", "/search?kind=country");
        paths.put("search-empty", "/search");
        paths.put("explain", "/explain?iri=country/niger");
        paths.put("explain-form", "/explain");
        paths.put("sources", "/sources");
        paths.put("ontology", "/ontology.html");
        paths.put("graph", "/graph/data.html");
        paths.put("void", "/.well-known/void.html");
        paths.put("dumps", "/dumps/");
        paths.put("not-found", "/id/country/atlantis");
        paths.put("wikidata-not-found", "/wikidata/Q1");
        oneOfEachKind(store).forEach((kind, iri) -> paths.put("resource-" + kind, "/" + iri.substring(Iris.BASE.length()) + ".html"));

        clean(PAGES);
        Files.createDirectories(PAGES);
        List<Path> files = new ArrayList<>();
        try (TestSite site = TestSite.start(store)) {
            for (Map.Entry<String, String> e : paths.entrySet()) {
                HttpResponse<byte[]> r = site.get(e.getValue(), BROWSER);
                assertTrue(r.statusCode() == 200 || e.getKey().contains("not-found"), e.getValue() + " answered " + r.statusCode());
                Path file = PAGES.resolve(e.getKey() + ".html");
                Files.writeString(file, text(r), StandardCharsets.UTF_8);
                files.add(file);
            }
        }
        assertTrue(paths.keySet().stream().filter(k -> k.startsWith("resource-")).count() >= 20, paths.keySet().toString());

        List<String> errors = validate(files);
        assertEquals(List.of(), errors, errors.size() + " HTML errors (the pages are in " + PAGES + ")");
    }

    /** The first resource (by IRI) of each kind of the namespace. */
    static Map<String, String> oneOfEachKind(DatasetGraph store) {
        Map<String, String> first = new TreeMap<>();
        Txn.executeRead(store, () -> store.find(Node.ANY, Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(q -> {
            Node s = q.getSubject();
            if (s.isURI() && s.getURI().startsWith(Iris.ID) && s.getURI().indexOf('#') < 0) {
                String rest = s.getURI().substring(Iris.ID.length());
                String kind = rest.substring(0, rest.indexOf('/'));
                first.merge(kind, s.getURI(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }));
        first.put("event", Iris.of("event/drone-downing-2025-04-01"));
        first.put("source", Iris.of("source/003"));
        first.put("country", Iris.of("country/mali"));
        return first;
    }

    /** Runs the checker on the files; its errors as "file:line: message". */
    static List<String> validate(List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", VNU + "/*", "nu.validator.client.SimpleCommandLineValidator", "--format", "json",
                "--exit-zero-always", "--no-langdetect", "--errors-only"));
        files.forEach(f -> command.add(f.toString()));
        Path out = PAGES.resolve("vnu.json");
        Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(out.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the checker did not finish");
        String report = Files.readString(out, StandardCharsets.UTF_8);
        int json = report.indexOf("{\"messages\"");
        assertTrue(json >= 0, "no report from the checker: " + report);
        JsonNode messages = new ObjectMapper().readTree(report.substring(json)).get("messages");
        List<String> errors = new ArrayList<>();
        for (JsonNode m : messages) {
            String type = m.path("type").asText();
            if (type.equals("error") || type.equals("non-document-error")) {
                String url = m.path("url").asText();
                errors.add(url.substring(url.lastIndexOf('/') + 1) + ":" + m.path("lastLine").asText() + ": "
                        + m.path("message").asText() + " [" + m.path("extract").asText() + "]");
            }
        }
        return errors;
    }

    static void clean(Path dir) throws Exception {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
