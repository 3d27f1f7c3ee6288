package org.sahelkg.server.graph;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.sparql.util.Context;

/** Writes a description in one of the RDF formats of {@link DocFormat}, with the graph's usual prefixes. */
public final class RdfOutput {
    private RdfOutput() {
    }

    /**
     * @param contextUrl the URL of the published JSON-LD context that a JSON-LD document refers to
     */
    public static void write(Graph graph, DocFormat format, OutputStream out, String contextUrl) {
        RDFFormat rdfFormat = switch (format) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case NTRIPLES -> RDFFormat.NTRIPLES_UTF8;
            case RDFXML -> RDFFormat.RDFXML_PLAIN;
            case JSONLD -> null;
            default -> throw new IllegalArgumentException("Not an RDF format: " + format);
        };
        if (rdfFormat == null) {
            JsonLdWriter.write(graph, out, contextUrl);
            return;
        }
        RDFWriterRegistry.getWriterGraphFactory(rdfFormat).create(rdfFormat)
                .write(out, graph, Describer.PREFIXES, null, new Context());
    }
}
