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
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.sahelkg.iri.Graphs;
import org.sahelkg.iri.Iris;
import org.sahelkg.iri.WebIris;
import org.sahelkg.server.graph.DocFormat;
import org.sahelkg.server.graph.DumpWriter;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.graph.RdfOutput;
import org.sahelkg.server.http.Conneg;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;
import org.sahelkg.vocab.FORMATS;
import org.sahelkg.vocab.GEO;
import org.sahelkg.vocab.PROV;
import org.sahelkg.vocab.SCHEMA;
import org.sahelkg.vocab.SEM;
import org.sahelkg.vocab.SKG;
import org.sahelkg.vocab.SPDX;
import org.sahelkg.vocab.TIME;
import org.sahelkg.vocab.WGS84;

/**
 * The VoID and DCAT description of the dataset ({@code /.well-known/void}, RFC 5785 and VoID §7.2):
 * endpoint, dumps with their sizes and SHA-256 checksums, URI space, vocabularies, the named graphs as
 * subsets, class and property partitions with their counts, the Wikidata linkset, licence and date.
 * Turtle by default; {@code Accept} or the extension ({@code .jsonld}, {@code .nt}, {@code .rdf},
 * {@code .html}) picks another format. The counts are those of the store, counted once.
 */
public final class VoidPage implements Handler {
    /** Where the description is served. */
    public static final String PATH = WebIris.VOID_PATH;
    /** The dataset's IRI: the graph's base. */
    public static final String DATASET = Iris.BASE;
    /** The vocabularies the graph uses, as void:vocabulary. */
    static final List<String> VOCABULARIES = List.of(SKG.NS, SEM.NS, PROV.NS, ORG.NS, TIME.NS, GEO.NS, WGS84.NS,
            SKOS.uri, SCHEMA.NS, OA.NS, DCTerms.NS, SPDX.NS, FOAF.NS, RDFS.uri, OWL.NS);
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
        WebIris web = new WebIris(base);
        for (DocFormat other : OFFERS) {
            if (other != format.get()) {
                ex.addHeader("Link", "<" + web.document(PATH, other.extension())
                        + ">; rel=\"alternate\"; type=\"" + other.mediaType() + "\"");
            }
        }
        List<DumpWriter.Dump> dumps;
        try {
            dumps = site.dumps().list();
        } catch (Dumps.Unavailable e) {
            e.answer(ex);
            return;
        }
        if (format.get() == DocFormat.HTML) {
            html(ex, base, dumps);
            return;
        }
        Graph graph = describe(site.kg(), base, dumps);
        DocFormat f = format.get();
        ex.header("Access-Control-Allow-Origin", "*");
        ex.send(HttpServletResponse.SC_OK, f.contentType(), out -> RdfOutput.write(graph, f, out, web.context()));
    }

    /** The description, with absolute URLs on {@code base}. */
    Graph describe(Kg kg, String base, List<DumpWriter.Dump> dumps) {
        WebIris web = new WebIris(base);
        Stats.Figures f = site.stats().figures();
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = uri(web.voidDescription());
        Node ds = uri(DATASET);
        add(g, doc, RDF.Nodes.type, VOID.DatasetDescription.asNode());
        add(g, doc, DCTerms.title.asNode(), lit("A VoID and DCAT description of sahel-kg"));
        add(g, doc, FOAF.primaryTopic.asNode(), ds);

        add(g, ds, RDF.Nodes.type, VOID.Dataset.asNode());
        add(g, ds, RDF.Nodes.type, DCAT.Dataset.asNode());
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("sahel-kg", "en"));
        add(g, ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "An open knowledge graph of the 2025 Algeria–Sahel crisis: events, actors, places and the claims "
                        + "of each party, every fact with the sources and exact quotes that support it.", "en"));
        add(g, ds, DCTerms.license.asNode(), uri(Site.DATA_LICENCE));
        add(g, ds, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(modified.toString(), XSDDatatype.XSDdateTime));
        add(g, ds, FOAF.homepage.asNode(), uri(base));
        add(g, ds, DCAT.landingPage.asNode(), uri(base));
        for (String keyword : List.of("Algeria", "Mali", "Sahel", "Alliance of Sahel States", "drone", "claims",
                "provenance")) {
            add(g, ds, DCAT.keyword.asNode(), NodeFactory.createLiteralLang(keyword, "en"));
        }
        Node endpoint = uri(web.sparql());
        add(g, ds, VOID.sparqlEndpoint.asNode(), endpoint);
        Node service = uri(web.voidNode("sparql-service"));
        add(g, ds, DCAT.accessService.asNode(), service);
        add(g, service, RDF.Nodes.type, DCAT.DataService.asNode());
        add(g, service, DCAT.endpointURL.asNode(), endpoint);
        add(g, service, DCTerms.conformsTo.asNode(), uri("https://www.w3.org/TR/sparql11-protocol/"));
        add(g, service, DCAT.servesDataset.asNode(), ds);
        add(g, ds, VOID.uriSpace.asNode(), lit(Iris.ID));
        add(g, ds, VOID.uriLookupEndpoint.asNode(), lit(web.lookup()));
        for (String v : VOCABULARIES) {
            add(g, ds, VOID.vocabulary.asNode(), uri(v));
        }
        for (Node format : List.of(FORMATS.TURTLE, FORMATS.JSON_LD, FORMATS.N_TRIPLES, FORMATS.RDF_XML)) {
            add(g, ds, VOID.feature.asNode(), format);
        }
        add(g, ds, VOID.exampleResource.asNode(), uri(Iris.of("event/drone-downing-2025-04-01")));
        add(g, ds, VOID.exampleResource.asNode(), uri(Iris.of("country/mali")));
        add(g, ds, VOID.triples.asNode(), integer(f.triples()));
        add(g, ds, VOID.distinctSubjects.asNode(), integer(f.distinctSubjects()));
        add(g, ds, VOID.distinctObjects.asNode(), integer(f.distinctObjects()));
        add(g, ds, VOID.classes.asNode(), integer(f.entitiesPerClass().size()));
        add(g, ds, VOID.properties.asNode(), integer(f.triplesPerProperty().size()));
        add(g, ds, VOID.entities.asNode(), integer(f.resourcesPerKind().values().stream().mapToLong(Long::longValue).sum()));

        for (DumpWriter.Dump d : dumps) {
            Node url = uri(web.dump(d.kind().name()));
            add(g, ds, VOID.dataDump.asNode(), url);
            Node dist = uri(web.voidNode(d.kind().name()));
            add(g, ds, DCAT.distribution.asNode(), dist);
            add(g, dist, RDF.Nodes.type, DCAT.Distribution.asNode());
            add(g, dist, DCTerms.title.asNode(), NodeFactory.createLiteralLang(d.kind().title(), "en"));
            add(g, dist, DCAT.downloadURL.asNode(), url);
            add(g, dist, DCAT.mediaType.asNode(), uri(Iris.mediaType(d.kind().mediaType())));
            add(g, dist, DCAT.byteSize.asNode(), NodeFactory.createLiteralDT(Long.toString(d.bytes()),
                    XSDDatatype.XSDnonNegativeInteger));
            add(g, dist, DCTerms.license.asNode(), uri(Site.DATA_LICENCE));
            Node checksum = NodeFactory.createBlankNode();
            add(g, dist, SPDX.CHECKSUM, checksum);
            add(g, checksum, RDF.Nodes.type, SPDX.C_CHECKSUM);
            add(g, checksum, SPDX.ALGORITHM, SPDX.CHECKSUM_ALGORITHM_SHA256);
            add(g, checksum, SPDX.CHECKSUM_VALUE, NodeFactory.createLiteralDT(d.sha256(), XSDDatatype.XSDhexBinary));
        }

        for (Node graph : Graphs.ALL) {
            add(g, ds, VOID.subset.asNode(), graph);
            add(g, graph, RDF.Nodes.type, VOID.Dataset.asNode());
            add(g, graph, DCTerms.title.asNode(), NodeFactory.createLiteralLang("The " + Graphs.name(graph)
                    + " named graph", "en"));
            add(g, graph, VOID.triples.asNode(), integer(f.triplesPerGraph().get(graph)));
            add(g, graph, VOID.dataDump.asNode(), uri(web.graphDocument(graph.getURI(), DocFormat.TURTLE.extension())));
        }
        long sameAs = kg.find(null, OWL.sameAs.asNode(), null).stream()
                .filter(t -> t.getObject().isURI() && Iris.wikidataId(t.getObject().getURI()) != null)
                .count();
        Node linkset = uri(web.voidNode("wikidata-links"));
        add(g, ds, VOID.subset.asNode(), linkset);
        add(g, linkset, RDF.Nodes.type, VOID.Linkset.asNode());
        add(g, linkset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Links to Wikidata (owl:sameAs)", "en"));
        add(g, linkset, VOID.linkPredicate.asNode(), OWL.sameAs.asNode());
        add(g, linkset, VOID.subjectsTarget.asNode(), ds);
        add(g, linkset, VOID.objectsTarget.asNode(), uri(Iris.WIKIDATA_ENTITY));
        add(g, linkset, VOID.triples.asNode(), integer(sameAs));

        int n = 0;
        for (Map.Entry<Node, Long> e : f.entitiesPerClass().entrySet()) {
            Node part = uri(web.voidNode("class-" + (++n)));
            add(g, ds, VOID.classPartition.asNode(), part);
            add(g, part, VOID._class.asNode(), e.getKey());
            add(g, part, VOID.entities.asNode(), integer(e.getValue()));
        }
        n = 0;
        for (Map.Entry<Node, Long> e : f.triplesPerProperty().entrySet()) {
            Node part = uri(web.voidNode("property-" + (++n)));
            add(g, ds, VOID.propertyPartition.asNode(), part);
            add(g, part, VOID.property.asNode(), e.getKey());
            add(g, part, VOID.triples.asNode(), integer(e.getValue()));
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
        for (Node graph : Graphs.ALL) {
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
