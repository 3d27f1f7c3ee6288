package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.sahelkg.iri.Graphs;
import org.sahelkg.iri.Iris;
import org.sahelkg.iri.WebIris;
import org.sahelkg.server.graph.Describer;
import org.sahelkg.server.graph.DocFormat;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.graph.RdfOutput;
import org.sahelkg.server.http.Conneg;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;

/**
 * Dereferencing the graph's IRIs. The thing {@code https://w3id.org/sahel-kg/id/K/S} is served at
 * {@code /id/K/S}, the ontology at {@code /ontology} and each named graph at {@code /graph/NAME}. The thing
 * answers 303 See Other (with {@code Vary: Accept}) to a document chosen by {@code ?format=} or
 * {@code Accept}: {@code /id/K/S.html}, {@code .ttl}, {@code .jsonld}, {@code .nt} or {@code .rdf}. A
 * document answers 200 with its Content-Type and {@code Link: rel="alternate"} headers naming the other
 * formats. A hash IRI ({@code …#time}) is described in its resource's document, and the HTML page has an
 * element with that id. A named graph's documents hold the graph's content.
 */
public final class LinkedData implements Handler {
    private final Site site;
    private final ResourcePage resources;
    private final OntologyPage ontology;
    private final GraphPage graphs;
    private final NotFoundPage notFound;

    public LinkedData(Site site, ResourcePage resources, OntologyPage ontology, GraphPage graphs, NotFoundPage notFound) {
        this.site = site;
        this.resources = resources;
        this.ontology = ontology;
        this.graphs = graphs;
        this.notFound = notFound;
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        String path = ex.path();
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        Optional<DocFormat> format = Optional.empty();
        String thingPath = path;
        if (dot > slash) {
            format = DocFormat.byExtension(path.substring(dot + 1));
            if (format.isEmpty()) {
                notFound.handle(ex);
                return;
            }
            thingPath = path.substring(0, dot);
        }
        Kg kg = site.kg();
        Node thing = NodeFactory.createURI(Iris.ofPath(thingPath));
        if (!exists(kg, thingPath, thing)) {
            notFound.handle(ex);
            return;
        }
        if (format.isEmpty()) {
            redirect(ex, thingPath);
            return;
        }
        document(ex, kg, thingPath, thing, format.get());
    }

    /** Whether the path names something this graph has. */
    static boolean exists(Kg kg, String thingPath, Node thing) {
        if (thingPath.equals("/ontology")) {
            return true;
        }
        if (thingPath.startsWith("/graph/")) {
            return Graphs.ALL.contains(thing);
        }
        return thingPath.startsWith("/id/") && thingPath.length() > 4 && kg.mentioned(thing);
    }

    /** 303 to the document in the format asked for by {@code ?format=}, else by Accept; 406 if none. */
    static void redirect(Exchange ex, String thingPath) throws IOException {
        String asked = ex.param("format");
        Optional<DocFormat> chosen = asked != null ? DocFormat.byName(asked) : Conneg.choose(ex.accept(), DocFormat.ALL);
        if (chosen.isEmpty()) {
            if (asked != null) {
                ex.header("Vary", "Accept");
                ex.text(HttpServletResponse.SC_NOT_ACCEPTABLE, "406 Not Acceptable: no format \"" + asked
                        + "\"; ?format= takes " + DocFormat.names() + "\n");
            } else {
                ex.notAcceptable(thingPath, DocFormat.ALL);
            }
            return;
        }
        ex.seeOther(thingPath + "." + chosen.get().extension());
    }

    private void document(Exchange ex, Kg kg, String thingPath, Node thing, DocFormat format) throws IOException {
        WebIris web = new WebIris(site.base(ex));
        for (DocFormat other : DocFormat.ALL) {
            if (other != format) {
                ex.addHeader("Link", "<" + web.document(thingPath, other.extension())
                        + ">; rel=\"alternate\"; type=\"" + other.mediaType() + "\"");
            }
        }
        if (format == DocFormat.HTML) {
            if (thingPath.equals("/ontology")) {
                ontology.render(ex, kg);
            } else if (thingPath.startsWith("/graph/")) {
                graphs.render(ex, kg, thing);
            } else {
                resources.render(ex, kg, thing);
            }
            return;
        }
        Graph graph = thingPath.startsWith("/graph/") ? kg.dataset().getGraph(thing) : Describer.describe(kg, thing);
        String contextUrl = web.context();
        ex.header("Access-Control-Allow-Origin", "*");
        ex.send(HttpServletResponse.SC_OK, format.contentType(), out -> RdfOutput.write(graph, format, out, contextUrl));
    }
}
