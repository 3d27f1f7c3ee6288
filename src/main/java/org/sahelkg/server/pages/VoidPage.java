package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.sahelkg.iri.Iris;
import org.sahelkg.server.graph.DocFormat;
import org.sahelkg.server.graph.DumpWriter;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.graph.RdfOutput;
import org.sahelkg.server.http.Conneg;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;
import org.sahelkg.vocab.SPDX;

/**
 * The VoID and DCAT description of the dataset ({@code /.well-known/void}, RFC 5785 and VoID §7.2):
 * endpoint, dumps with their sizes and SHA-256 checksums, URI space, vocabularies, the named graphs as
 * subsets, class and property partitions with their counts, the Wikidata linkset, licence and date.
 * Turtle by default; {@code Accept} or the extension ({@code .jsonld}, {@code .nt}, {@code .rdf},
 * {@code .html}) picks another format. The counts are those of the store, counted once.
 */
public final class VoidPage implements Handler {
    /** Where the description is served. */
    public static final String PATH = "/.well-known/void";
    /** The dataset's IRI: the graph's base. */
    public static final String DATASET = Iris.BASE;
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    /** The vocabularies the graph uses, as void:vocabulary. */
    static final List<String> VOCABULARIES = List.of(Iris.ONTOLOGY, "http://semanticweb.cs.vu.nl/2009/11/sem/",
            "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/org#", "http://www.w3.org/2006/time#",
            "http://www.opengis.net/ont/geosparql#", "http://www.w3.org/2003/01/geo/wgs84_pos#",
            "http://www.w3.org/2004/02/skos/core#", "http://schema.org/", "http://www.w3.org/ns/oa#",
            "http://purl.org/dc/terms/", "http://spdx.org/rdf/terms#", "http://xmlns.com/foaf/0.1/",
            "http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/2002/07/owl#");
    /** Offered in this order: Turtle for a client that takes anything, HTML for a browser. */
    static final List<DocFormat> OFFERS = List.of(DocFormat.TURTLE, DocFormat.JSONLD, DocFormat.NTRIPLES,
            DocFormat.RDFXML, DocFormat.HTML);

    private final Site site;
    private final Instant modified;

    /** @param modified when the served store was built */
    public VoidPage(Site site, Instant modified) {
        this.site = site;
        this.modified = modified;
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        String path = ex.path();
        Optional<DocFormat> format;
        if (path.equals(PATH)) {
            format = ex.param("format") != null ? DocFormat.byName(ex.param("format")) : Conneg.choose(ex.accept(), OFFERS);
            ex.header("Vary", "Accept");
            if (format.isEmpty()) {
                ex.notAcceptable(PATH, OFFERS);
                return;
            }
            ex.header("Content-Location", PATH + "." + format.get().extension());
        } else {
            format = DocFormat.byExtension(path.substring(PATH.length() + 1));
            if (format.isEmpty()) {
                new NotFoundPage(site).handle(ex);
                return;
            }
        }
        String base = site.base(ex);
        for (DocFormat other : OFFERS) {
            if (other != format.get()) {
                ex.addHeader("Link", "<" + base + PATH.substring(1) + "." + other.extension()
                        + ">; rel=\"alternate\"; type=\"" + other.mediaType() + "\"");
            }
        }
        List<DumpWriter.Dump> dumps = site.dumps().list();
        if (format.get() == DocFormat.HTML) {
            html(ex, base, dumps);
            return;
        }
        Graph graph = describe(site.kg(), base, dumps);
        DocFormat f = format.get();
        ex.header("Access-Control-Allow-Origin", "*");
        ex.send(HttpServletResponse.SC_OK, f.contentType(), out -> RdfOutput.write(graph, f, out, base + "context.jsonld"));
    }

    /** The description, with absolute URLs on {@code base}. */
    Graph describe(Kg kg, String base, List<DumpWriter.Dump> dumps) {
        Stats.Figures f = site.stats().figures();
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = uri(base + PATH.substring(1));
        Node ds = uri(DATASET);
        add(g, doc, RDF.Nodes.type, uri(VOID + "DatasetDescription"));
        add(g, doc, DCTerms.title.asNode(), lit("A VoID and DCAT description of sahel-kg"));
        add(g, doc, uri(FOAF + "primaryTopic"), ds);

        add(g, ds, RDF.Nodes.type, uri(VOID + "Dataset"));
        add(g, ds, RDF.Nodes.type, uri(DCAT + "Dataset"));
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("sahel-kg", "en"));
        add(g, ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "An open knowledge graph of the 2025 Algeria–Sahel crisis: events, actors, places and the claims "
                        + "of each party, every fact with the sources and exact quotes that support it.", "en"));
        add(g, ds, DCTerms.license.asNode(), uri(Site.DATA_LICENCE));
        add(g, ds, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(modified.toString(), XSDDatatype.XSDdateTime));
        add(g, ds, uri(FOAF + "homepage"), uri(base));
        add(g, ds, uri(DCAT + "landingPage"), uri(base));
        for (String keyword : List.of("Algeria", "Mali", "Sahel", "Alliance of Sahel States", "drone", "claims",
                "provenance")) {
            add(g, ds, uri(DCAT + "keyword"), NodeFactory.createLiteralLang(keyword, "en"));
        }
        Node endpoint = uri(base + "sparql");
        add(g, ds, uri(VOID + "sparqlEndpoint"), endpoint);
        Node service = uri(base + PATH.substring(1) + "#sparql-service");
        add(g, ds, uri(DCAT + "accessService"), service);
        add(g, service, RDF.Nodes.type, uri(DCAT + "DataService"));
        add(g, service, uri(DCAT + "endpointURL"), endpoint);
        add(g, service, DCTerms.conformsTo.asNode(), uri("https://www.w3.org/TR/sparql11-protocol/"));
        add(g, service, uri(DCAT + "servesDataset"), ds);
        add(g, ds, uri(VOID + "uriSpace"), lit(Iris.ID));
        add(g, ds, uri(VOID + "uriLookupEndpoint"), lit(base + "search?q="));
        for (String v : VOCABULARIES) {
            add(g, ds, uri(VOID + "vocabulary"), uri(v));
        }
        for (String format : List.of("Turtle", "JSON-LD", "N-Triples", "RDF_XML")) {
            add(g, ds, uri(VOID + "feature"), uri("http://www.w3.org/ns/formats/" + format));
        }
        add(g, ds, uri(VOID + "exampleResource"), uri(Iris.of("event/drone-downing-2025-04-01")));
        add(g, ds, uri(VOID + "exampleResource"), uri(Iris.of("country/mali")));
        add(g, ds, uri(VOID + "triples"), integer(f.triples()));
        add(g, ds, uri(VOID + "distinctSubjects"), integer(f.distinctSubjects()));
        add(g, ds, uri(VOID + "distinctObjects"), integer(f.distinctObjects()));
        add(g, ds, uri(VOID + "classes"), integer(f.entitiesPerClass().size()));
        add(g, ds, uri(VOID + "properties"), integer(f.triplesPerProperty().size()));
        add(g, ds, uri(VOID + "entities"), integer(f.resourcesPerKind().values().stream().mapToLong(Long::longValue).sum()));

        for (DumpWriter.Dump d : dumps) {
            Node url = uri(base + "dumps/" + d.kind().name());
            add(g, ds, uri(VOID + "dataDump"), url);
            Node dist = uri(base + PATH.substring(1) + "#" + d.kind().name());
            add(g, ds, uri(DCAT + "distribution"), dist);
            add(g, dist, RDF.Nodes.type, uri(DCAT + "Distribution"));
            add(g, dist, DCTerms.title.asNode(), NodeFactory.createLiteralLang(d.kind().title(), "en"));
            add(g, dist, uri(DCAT + "downloadURL"), url);
            add(g, dist, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/" + d.kind().mediaType()));
            add(g, dist, uri(DCAT + "byteSize"), NodeFactory.createLiteralDT(Long.toString(d.bytes()),
                    XSDDatatype.XSDnonNegativeInteger));
            add(g, dist, DCTerms.license.asNode(), uri(Site.DATA_LICENCE));
            Node checksum = NodeFactory.createBlankNode();
            add(g, dist, SPDX.CHECKSUM, checksum);
            add(g, checksum, RDF.Nodes.type, SPDX.C_CHECKSUM);
            add(g, checksum, SPDX.ALGORITHM, SPDX.CHECKSUM_ALGORITHM_SHA256);
            add(g, checksum, SPDX.CHECKSUM_VALUE, NodeFactory.createLiteralDT(d.sha256(), XSDDatatype.XSDhexBinary));
        }

        for (Node graph : Kg.GRAPHS) {
            add(g, ds, uri(VOID + "subset"), graph);
            add(g, graph, RDF.Nodes.type, uri(VOID + "Dataset"));
            add(g, graph, DCTerms.title.asNode(), NodeFactory.createLiteralLang("The "
                    + graph.getURI().substring(graph.getURI().lastIndexOf('/') + 1) + " named graph", "en"));
            add(g, graph, uri(VOID + "triples"), integer(f.triplesPerGraph().get(graph)));
            add(g, graph, uri(VOID + "dataDump"), uri(base + graph.getURI().substring(Iris.BASE.length()) + ".ttl"));
        }
        long sameAs = kg.find(null, OWL.sameAs.asNode(), null).stream()
                .filter(t -> t.getObject().isURI() && t.getObject().getURI().startsWith("http://www.wikidata.org/entity/"))
                .count();
        Node linkset = uri(base + PATH.substring(1) + "#wikidata-links");
        add(g, ds, uri(VOID + "subset"), linkset);
        add(g, linkset, RDF.Nodes.type, uri(VOID + "Linkset"));
        add(g, linkset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Links to Wikidata (owl:sameAs)", "en"));
        add(g, linkset, uri(VOID + "linkPredicate"), OWL.sameAs.asNode());
        add(g, linkset, uri(VOID + "subjectsTarget"), ds);
        add(g, linkset, uri(VOID + "objectsTarget"), uri("http://www.wikidata.org/entity/"));
        add(g, linkset, uri(VOID + "triples"), integer(sameAs));

        int n = 0;
        for (Map.Entry<Node, Long> e : f.entitiesPerClass().entrySet()) {
            Node part = uri(base + PATH.substring(1) + "#class-" + (++n));
            add(g, ds, uri(VOID + "classPartition"), part);
            add(g, part, uri(VOID + "class"), e.getKey());
            add(g, part, uri(VOID + "entities"), integer(e.getValue()));
        }
        n = 0;
        for (Map.Entry<Node, Long> e : f.triplesPerProperty().entrySet()) {
            Node part = uri(base + PATH.substring(1) + "#property-" + (++n));
            add(g, ds, uri(VOID + "propertyPartition"), part);
            add(g, part, uri(VOID + "property"), e.getKey());
            add(g, part, uri(VOID + "triples"), integer(e.getValue()));
        }
        return g;
    }

    /** A partition or subset row of the HTML page. */
    public record Row(Ref ref, long count) {
    }

    private void html(Exchange ex, String base, List<DumpWriter.Dump> dumps) throws IOException {
        Kg kg = site.kg();
        Stats.Figures f = site.stats().figures();
        List<Row> graphs = new ArrayList<>();
        for (Node graph : Kg.GRAPHS) {
            graphs.add(new Row(Site.ref(kg, graph), f.triplesPerGraph().get(graph)));
        }
        List<Row> classes = new ArrayList<>();
        f.entitiesPerClass().forEach((c, count) -> classes.add(new Row(Site.ref(kg, c), count)));
        classes.sort(java.util.Comparator.comparingLong(Row::count).reversed());
        List<Row> properties = new ArrayList<>();
        f.triplesPerProperty().forEach((p, count) -> properties.add(new Row(Site.ref(kg, p), count)));
        properties.sort(java.util.Comparator.comparingLong(Row::count).reversed());
        Map<String, Object> m = new HashMap<>();
        m.put("base", base);
        m.put("dataset", DATASET);
        m.put("uriSpace", Iris.ID);
        m.put("modified", modified.toString());
        m.put("figures", f);
        m.put("dumps", dumps);
        m.put("graphs", graphs);
        m.put("classes", classes);
        m.put("properties", properties);
        m.put("vocabularies", VOCABULARIES);
        m.put("formats", OFFERS.stream().filter(DocFormat::isRdf).toList());
        site.page(ex, HttpServletResponse.SC_OK, "void", "About the dataset: VoID and DCAT", null, m);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
