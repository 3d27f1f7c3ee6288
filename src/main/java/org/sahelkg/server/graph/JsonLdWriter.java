package org.sahelkg.server.graph;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.jsonld.JenaToTitanium;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * JSON-LD 1.1 compacted with the graph's own published context ({@code /context.jsonld}), so that a
 * resource reads as {@code "label": {"en": …}, "agent": "kg:org/fla"} rather than full IRIs. A resource
 * document refers to the context by URL; a dump embeds it, so that it reads offline.
 */
public final class JsonLdWriter {
    /** The class-path resource holding the context. */
    public static final String CONTEXT_RESOURCE = "jsonld/context.jsonld";

    private static final byte[] CONTEXT_BYTES = readContext();
    private static final JsonObject CONTEXT = parse(CONTEXT_BYTES);

    private JsonLdWriter() {
    }

    /** The published context document, as served at {@code /context.jsonld}. */
    public static byte[] contextBytes() {
        return CONTEXT_BYTES.clone();
    }

    /** A graph, with {@code "@context": contextUrl}, or the context embedded when {@code contextUrl} is null. */
    public static void write(Graph graph, OutputStream out, String contextUrl) {
        write(DatasetGraphFactory.wrap(graph), out, contextUrl);
    }

    /** A dataset (its named graphs as {@code @graph} objects), like {@link #write(Graph, OutputStream, String)}. */
    public static void write(DatasetGraph dataset, OutputStream out, String contextUrl) {
        try {
            JsonLdOptions options = new JsonLdOptions();
            options.setOrdered(true);
            JsonArray expanded = JenaToTitanium.convert(dataset, options);
            JsonObject compacted;
            if (contextUrl == null) {
                compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(CONTEXT)).ordered(true).get();
            } else {
                JsonObject reference = Json.createObjectBuilder().add("@context", contextUrl).build();
                compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(reference))
                        .loader(loader(contextUrl)).ordered(true).get();
            }
            writeJson(compacted, out);
        } catch (JsonLdError e) {
            throw new IllegalStateException("Cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    /** Resolves only the context's own URL, to the bundled context: compaction makes no request. */
    private static DocumentLoader loader(String contextUrl) {
        return (URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions options) -> {
            if (url.toString().equals(contextUrl)) {
                Document doc = JsonDocument.of(CONTEXT);
                doc.setDocumentUrl(url);
                return doc;
            }
            throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "Only the sahel-kg context is loaded, not " + url);
        };
    }

    private static void writeJson(JsonStructure json, OutputStream out) {
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                })) {
            writer.write(json);
        }
    }

    private static byte[] readContext() {
        try (InputStream in = JsonLdWriter.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + CONTEXT_RESOURCE + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject parse(byte[] bytes) {
        try (var reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            return reader.readObject();
        }
    }
}
