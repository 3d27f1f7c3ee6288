package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelkg.server.TestSite.BROWSER;
import static org.sahelkg.server.TestSite.header;
import static org.sahelkg.server.TestSite.text;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelkg.iri.Iris;
import org.sahelkg.server.graph.DocFormat;

/**
 * The graph's IRIs as linked data, over the store built from the real project: 303 from a thing to the
 * document of the format asked for, each format's document, the overrides, 406, every IRI of the namespace
 * resolving, the Wikidata lookup, the VoID description against the store, the dumps against their
 * checksums, and the JSON-LD context.
 */
class LinkedDataIT {
    static final String MALI = "/id/country/mali";
    static final Node MALI_IRI = NodeFactory.createURI(Iris.of("country/mali"));
    static final String VOID = "http://rdfs.org/ns/void#";

    static TestSite site;
    static DatasetGraph store;

    @BeforeAll
    static void start() {
        store = TestSite.real();
        site = TestSite.start(store);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "text/turtle, ttl, text/turtle",
        "application/ld+json, jsonld, application/ld+json",
        "application/n-triples, nt, application/n-triples",
        "application/rdf+xml, rdf, application/rdf+xml",
        "text/html, html, text/html",
    })
    void aThingAnswers303ToTheDocumentOfTheFormatAskedFor(String accept, String extension, String type) throws Exception {
        HttpResponse<byte[]> thing = site.get(MALI, accept);
        assertEquals(303, thing.statusCode(), text(thing));
        assertEquals(MALI + "." + extension, header(thing, "Location"));
        assertEquals("Accept", header(thing, "Vary"));

        HttpResponse<byte[]> doc = site.get(MALI + "." + extension, accept);
        assertEquals(200, doc.statusCode());
        assertTrue(header(doc, "Content-Type").startsWith(type), header(doc, "Content-Type"));
        List<String> links = doc.headers().allValues("Link");
        assertEquals(4, links.size(), links.toString());
        assertTrue(links.stream().allMatch(l -> l.contains("rel=\"alternate\"") && l.startsWith("<" + site.base() + MALI + ".")),
                links.toString());
        if (extension.equals("html")) {
            assertTrue(text(doc).contains("<h1 dir=\"auto\">Mali</h1>"), "the page shows the label");
            return;
        }
        Graph graph = parse(doc.body(), DocFormat.byExtension(extension).orElseThrow().lang());
        assertTrue(graph.contains(MALI_IRI, RDFS.Nodes.label, NodeFactory.createLiteralLang("Mali", "en")),
                "the " + extension + " document holds the label");
        assertTrue(graph.contains(MALI_IRI, NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"),
                NodeFactory.createURI("http://www.wikidata.org/entity/Q912")));
    }

    @Test
    void browsersAndClientsThatTakeAnythingGetHtml() throws Exception {
        for (String accept : new String[] {BROWSER, "*/*", null}) {
            HttpResponse<byte[]> r = site.get(MALI, accept);
            assertEquals(303, r.statusCode());
            assertEquals(MALI + ".html", header(r, "Location"), "Accept: " + accept);
        }
    }

    @Test
    void formatAndExtensionOverrideAccept() throws Exception {
        HttpResponse<byte[]> r = site.get(MALI + "?format=ttl", BROWSER);
        assertEquals(303, r.statusCode());
        assertEquals(MALI + ".ttl", header(r, "Location"));
        assertEquals(MALI + ".jsonld", header(site.get(MALI + "?format=jsonld", "text/turtle"), "Location"));

        HttpResponse<byte[]> doc = site.get(MALI + ".nt", BROWSER);
        assertEquals(200, doc.statusCode());
        assertTrue(header(doc, "Content-Type").startsWith("application/n-triples"));
    }

    @Test
    void nothingAcceptableAnswers406WithTheChoices() throws Exception {
        HttpResponse<byte[]> r = site.get(MALI, "image/png");
        assertEquals(406, r.statusCode());
        assertEquals("Accept", header(r, "Vary"));
        for (String ext : List.of(".html", ".ttl", ".jsonld", ".nt", ".rdf")) {
            assertTrue(text(r).contains(MALI + ext), text(r));
        }
        assertEquals(406, site.get(MALI + "?format=pdf", BROWSER).statusCode());
        assertEquals(404, site.get(MALI + ".pdf", BROWSER).statusCode());
    }

    @Test
    void unknownResourcesAnswer404() throws Exception {
        HttpResponse<byte[]> page = site.get("/id/country/atlantis", BROWSER);
        assertEquals(404, page.statusCode());
        assertTrue(header(page, "Content-Type").startsWith("text/html"));
        assertTrue(text(page).contains("atlantis"), "the page offers to search for the name");
        HttpResponse<byte[]> rdf = site.get("/id/country/atlantis", "text/turtle");
        assertEquals(404, rdf.statusCode());
        assertTrue(header(rdf, "Content-Type").startsWith("text/plain"));
        assertEquals(404, site.get("/id/country/atlantis.ttl", "text/turtle").statusCode());
        assertEquals(404, site.get("/graph/nothing", "text/turtle").statusCode());
    }

    @Test
    void everyIriOfTheNamespaceResolves() throws Exception {
        Set<String> paths = new TreeSet<>();
        Txn.executeRead(store, () -> store.find().forEachRemaining(q -> {
            for (Node n : List.of(q.getSubject(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Iris.BASE)) {
                    String iri = n.getURI();
                    int hash = iri.indexOf('#');
                    paths.add("/" + (hash >= 0 ? iri.substring(0, hash) : iri).substring(Iris.BASE.length()));
                }
            }
        }));
        assertTrue(paths.size() > 1000, "the namespace's IRIs: " + paths.size());
        assertTrue(paths.contains("/ontology") && paths.contains("/id/quote/003/557-593"), "ontology and quotes too");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String path : paths) {
                results.add(pool.submit(() -> {
                    HttpResponse<byte[]> thing = site.head(path, "application/n-triples");
                    if (thing.statusCode() != 303 || !header(thing, "Location").equals(path + ".nt")) {
                        return path + " answered " + thing.statusCode() + " " + header(thing, "Location");
                    }
                    HttpResponse<byte[]> doc = site.head(path + ".nt", "application/n-triples");
                    return doc.statusCode() == 200 ? null : path + ".nt answered " + doc.statusCode();
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> f : results) {
                if (f.get() != null) {
                    failures.add(f.get());
                }
            }
            assertTrue(failures.isEmpty(), failures.size() + " of " + paths.size() + " do not resolve: "
                    + failures.subList(0, Math.min(10, failures.size())));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hashIrisAreDescribedInTheirResourcesDocument() throws Exception {
        String event = "/id/event/drone-downing-2025-04-01";
        Graph graph = parse(site.get(event + ".ttl", "text/turtle").body(), Lang.TURTLE);
        Node time = NodeFactory.createURI(Iris.of("event/drone-downing-2025-04-01") + "#time");
        Node begin = NodeFactory.createURI(Iris.of("event/drone-downing-2025-04-01") + "#time-begin");
        assertTrue(graph.contains(time, NodeFactory.createURI(Iris.ONTOLOGY + "edtf"),
                NodeFactory.createLiteralString("2025-03-31/2025-04-01")), "the #time node");
        assertTrue(graph.contains(begin, RDF.Nodes.type, NodeFactory.createURI("http://www.w3.org/2006/time#Instant")),
                "a hash node reached through another");
        assertTrue(graph.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/oa#exact"), Node.ANY),
                "the selectors of the quotes it cites");
        assertTrue(graph.contains(NodeFactory.createURI(Iris.of("claim/drone-in-algeria-more-than-2km")),
                RDF.Nodes.subject, NodeFactory.createURI(Iris.of("event/drone-downing-2025-04-01"))), "incoming links");
        assertTrue(graph.contains(NodeFactory.createURI(Iris.of("place/tin-zaouatine-border-area")), RDFS.Nodes.label,
                Node.ANY),
                "the labels of what it mentions");
        String html = site.html(event + ".html");
        assertTrue(html.contains("id=\"time\""), "the page has an anchor for #time");
    }

    @Test
    void theOntologyAndTheNamedGraphsResolve() throws Exception {
        HttpResponse<byte[]> r = site.get("/ontology", BROWSER);
        assertEquals(303, r.statusCode());
        assertEquals("/ontology.html", header(r, "Location"));
        String html = site.html("/ontology.html");
        assertTrue(html.contains("id=\"Event\"") && html.contains("id=\"territory\""), "each term has its anchor");
        Graph ontology = parse(site.get("/ontology.ttl", "text/turtle").body(), Lang.TURTLE);
        assertTrue(ontology.contains(NodeFactory.createURI(Iris.ONTOLOGY + "Event"), RDFS.Nodes.label,
                NodeFactory.createLiteralLang("event", "en")) || ontology.contains(NodeFactory.createURI(Iris.ONTOLOGY + "Event"),
                RDFS.Nodes.label, Node.ANY), "the terms are described in the ontology's document");

        assertEquals("/graph/data.ttl", header(site.get("/graph/data", "text/turtle"), "Location"));
        Graph data = parse(site.get("/graph/data.nt", "application/n-triples").body(), Lang.NTRIPLES);
        long expected = Txn.calculateRead(store, () -> (long) store.getGraph(NodeFactory.createURI(Iris.GRAPH_DATA)).size());
        assertEquals(expected, data.size(), "a graph's document holds its content");
        assertTrue(site.html("/graph/inferred.html").contains(Iris.GRAPH_INFERRED));
    }

    @Test
    void wikidataItemsLeadToTheirResource() throws Exception {
        HttpResponse<byte[]> r = site.get("/wikidata/Q912", BROWSER);
        assertEquals(303, r.statusCode());
        assertEquals(MALI, header(r, "Location"));
        HttpResponse<byte[]> unknown = site.get("/wikidata/Q1", BROWSER);
        assertEquals(404, unknown.statusCode());
        assertTrue(text(unknown).contains("/wikidata/Q912"), "the page lists the items that are linked");
        assertEquals(404, site.get("/wikidata/not-an-item", "text/plain").statusCode());
        assertTrue(site.html(MALI + ".html").contains("https://www.wikidata.org/wiki/Q912"), "the page links to Wikidata");
    }

    @Test
    void theRootIsTheDatasetForRdfClients() throws Exception {
        HttpResponse<byte[]> r = site.get("/", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/.well-known/void.ttl", header(r, "Location"));
        assertEquals(200, site.get("/", BROWSER).statusCode());
    }

    @Test
    void theVoidDescriptionCountsWhatTheStoreHolds() throws Exception {
        HttpResponse<byte[]> r = site.get("/.well-known/void", "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"), "Turtle by default");
        assertEquals("/.well-known/void.ttl", header(r, "Content-Location"));
        assertEquals("Accept", header(r, "Vary"));
        assertTrue(header(site.get("/.well-known/void", BROWSER), "Content-Type").startsWith("text/html"));
        assertTrue(header(site.get("/.well-known/void", "application/ld+json"), "Content-Type")
                .startsWith("application/ld+json"));

        Graph v = parse(r.body(), Lang.TURTLE);
        Node ds = NodeFactory.createURI(Iris.BASE);
        assertTrue(v.contains(ds, RDF.Nodes.type, NodeFactory.createURI(VOID + "Dataset")));
        assertTrue(v.contains(ds, RDF.Nodes.type, NodeFactory.createURI("http://www.w3.org/ns/dcat#Dataset")));
        assertEquals(site.base() + "/sparql", one(v, ds, VOID + "sparqlEndpoint").getURI());
        assertEquals(Iris.ID, one(v, ds, VOID + "uriSpace").getLiteralLexicalForm());
        assertEquals("https://creativecommons.org/licenses/by/4.0/",
                one(v, ds, "http://purl.org/dc/terms/license").getURI());
        assertTrue(v.contains(ds, NodeFactory.createURI(VOID + "vocabulary"), NodeFactory.createURI(Iris.ONTOLOGY)));

        Map<String, Long> counts = Txn.calculateRead(store, () -> {
            Map<String, Long> m = new java.util.HashMap<>();
            select(store, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }")
                    .forEach(row -> m.put("union", row.getLiteral("n").getLong()));
            select(store, "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
                    .forEach(row -> m.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
            select(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a <" + Iris.ONTOLOGY + "Event> } }")
                    .forEach(row -> m.put("events", row.getLiteral("n").getLong()));
            select(store, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { GRAPH ?g { ?s <" + Iris.ONTOLOGY
                    + "evidence> ?o } } }").forEach(row -> m.put("evidence", row.getLiteral("n").getLong()));
            return m;
        });
        assertEquals((long) counts.get("union"), number(one(v, ds, VOID + "triples")), "the dataset's triples");
        for (String g : List.of(Iris.GRAPH_DATA, Iris.GRAPH_SOURCES, Iris.GRAPH_ONTOLOGY, Iris.GRAPH_INFERRED)) {
            Node graph = NodeFactory.createURI(g);
            assertTrue(v.contains(ds, NodeFactory.createURI(VOID + "subset"), graph), g);
            assertEquals((long) counts.get(g), number(one(v, graph, VOID + "triples")), g);
        }
        assertEquals((long) counts.get("events"), partition(v, "classPartition", "class", Iris.ONTOLOGY + "Event", "entities"));
        assertEquals((long) counts.get("evidence"), partition(v, "propertyPartition", "property", Iris.ONTOLOGY + "evidence",
                "triples"));

        List<Node> distributions = objects(v, ds, "http://www.w3.org/ns/dcat#distribution");
        assertEquals(4, distributions.size(), "TriG, N-Quads, Turtle, JSON-LD");
        for (Node d : distributions) {
            String url = one(v, d, "http://www.w3.org/ns/dcat#downloadURL").getURI();
            assertTrue(url.startsWith(site.base() + "/dumps/"), url);
            assertTrue(v.contains(ds, NodeFactory.createURI(VOID + "dataDump"), NodeFactory.createURI(url)));
            HttpResponse<byte[]> dump = site.get(url.substring(site.base().length()), "*/*");
            assertEquals(200, dump.statusCode(), url);
            Node checksum = one(v, d, "http://spdx.org/rdf/terms#checksum");
            assertEquals(sha256(dump.body()), one(v, checksum, "http://spdx.org/rdf/terms#checksumValue").getLiteralLexicalForm(),
                    "the checksum of " + url);
            assertEquals(dump.body().length, number(one(v, d, "http://www.w3.org/ns/dcat#byteSize")), url);
            assertTrue(text(site.get("/dumps/SHA256SUMS", "*/*")).contains(sha256(dump.body()) + "  "
                    + url.substring(url.lastIndexOf('/') + 1)), "SHA256SUMS lists " + url);
        }
        Graph union = parse(site.get("/dumps/sahel-kg.ttl", "*/*").body(), Lang.TURTLE);
        assertEquals((long) counts.get("union"), union.size(), "the Turtle dump is the union");
    }

    @Test
    void theJsonLdContextIsPublishedAndResourceDocumentsUseIt() throws Exception {
        HttpResponse<byte[]> r = site.get("/context.jsonld", "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("application/ld+json"));
        JsonObject context = JsonDocument.of(new ByteArrayInputStream(r.body())).getJsonContent().orElseThrow().asJsonObject();
        assertTrue(context.containsKey("@context"));
        String doc = "{\"@context\": " + context.get("@context") + ", \"id\": \"kg:country/mali\", "
                + "\"label\": {\"en\": \"Mali\"}, \"sameAs\": \"http://www.wikidata.org/entity/Q912\"}";
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(doc))).get();
        JsonObject mali = expanded.getJsonObject(0);
        assertEquals(Iris.of("country/mali"), mali.getString("@id"));
        assertEquals("Mali", mali.getJsonArray(RDFS.label.getURI()).getJsonObject(0).getString("@value"));
        assertEquals("http://www.wikidata.org/entity/Q912",
                mali.getJsonArray("http://www.w3.org/2002/07/owl#sameAs").getJsonObject(0).getString("@id"));

        HttpResponse<byte[]> jsonld = site.get(MALI + ".jsonld", "application/ld+json");
        JsonObject resource = JsonDocument.of(new ByteArrayInputStream(jsonld.body())).getJsonContent().orElseThrow()
                .asJsonObject();
        assertEquals(site.base() + "/context.jsonld", resource.getString("@context"), "refers to the published context");
        Graph fromJsonLd = parse(jsonld.body(), Lang.JSONLD);
        Graph fromTurtle = parse(site.get(MALI + ".ttl", "text/turtle").body(), Lang.TURTLE);
        assertTrue(fromJsonLd.isIsomorphicWith(fromTurtle), "the JSON-LD expands, with the context, to the same graph");
    }

    static Graph parse(byte[] body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(g);
        return g;
    }

    static Node one(Graph g, Node s, String p) {
        List<Node> found = objects(g, s, p);
        assertEquals(1, found.size(), s + " " + p + ": " + found);
        return found.get(0);
    }

    static List<Node> objects(Graph g, Node s, String p) {
        return g.find(s, NodeFactory.createURI(p), Node.ANY).mapWith(Triple::getObject).toList();
    }

    static long number(Node literal) {
        assertNotNull(literal);
        return Long.parseLong(literal.getLiteralLexicalForm());
    }

    static long partition(Graph v, String partition, String key, String iri, String count) {
        for (Triple t : v.find(NodeFactory.createURI(Iris.BASE), NodeFactory.createURI(VOID + partition), Node.ANY).toList()) {
            if (v.contains(t.getObject(), NodeFactory.createURI(VOID + key), NodeFactory.createURI(iri))) {
                return number(one(v, t.getObject(), VOID + count));
            }
        }
        throw new AssertionError("no " + partition + " for " + iri);
    }

    static List<QuerySolution> select(DatasetGraph dsg, String query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void pagesAreNotRdfDocumentsOfOtherPaths() throws Exception {
        assertFalse(text(site.get("/id/", BROWSER)).isEmpty());
        assertEquals(404, site.get("/id/", BROWSER).statusCode());
    }
}
