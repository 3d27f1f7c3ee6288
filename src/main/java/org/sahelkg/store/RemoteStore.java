package org.sahelkg.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A remote SPARQL 1.1 store written through the Graph Store Protocol (Virtuoso, GraphDB, Neptune, Fuseki): each
 * named graph of a build is cleared ({@code DELETE ?graph=…}) and then sent in batches of N-Triples
 * ({@code POST ?graph=…}), so that the remote store ends with the same named graphs as the local one. A refusal
 * stops at once with the status and the store's own message, as a {@link StoreException}.
 *
 * <p>The remote store is not transactional across requests: a refusal part-way leaves the graphs sent so far
 * there. Run {@code load --target} again once the cause is fixed: every graph is replaced whole.
 */
public final class RemoteStore {
    /** Triples per request: large enough to amortise a request, small enough for default request limits. */
    public static final int BATCH = 20_000;

    private final URI endpoint;
    private final String authorization;
    private final int batch;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    /**
     * @param endpoint    the Graph Store Protocol endpoint, such as {@code http://localhost:8890/sparql-graph-crud}
     * @param credentials {@code user:password} for HTTP Basic authentication, or null
     * @param batch       triples per request
     * @param progress    receives a line per batch sent
     */
    public RemoteStore(String endpoint, String credentials, int batch, Consumer<String> progress) {
        URI uri = check(endpoint);
        if (batch < 1) {
            throw new IllegalArgumentException("batch < 1: " + batch);
        }
        this.endpoint = uri;
        this.authorization = credentials == null || credentials.isEmpty() ? null
                : "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        this.batch = batch;
        this.progress = progress;
    }

    /**
     * Checks that {@code endpoint} is an http(s) URL (null passes: no target), so that a typo fails before a build.
     *
     * @throws StoreException naming what was expected
     */
    public static URI check(String endpoint) {
        return endpoint == null ? null : url("--target", "a Graph Store Protocol endpoint",
                "http://localhost:8890/sparql-graph-crud", endpoint);
    }

    /**
     * Checks that {@code value}, given to {@code option}, is an http(s) URL of {@code what}, such as
     * {@code example}: the one wording of that mistake for every option that takes a server's URL.
     *
     * @throws StoreException naming the option, what was expected and what was found
     */
    public static URI url(String option, String what, String example, String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new StoreException(option + ": not a URL: " + value, e);
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
            throw new StoreException(option + ": expected an http or https URL of " + what + ", such as " + example
                    + ", found " + value);
        }
        return uri;
    }

    /**
     * Replaces, in the remote store, every named graph of {@code dataset} (read it inside a read transaction if it
     * is transactional) by its content here. Triples in the default graph, if any, replace the remote default graph.
     *
     * @return the number of triples sent
     */
    public long replace(DatasetGraph dataset) {
        List<Node> graphs = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort((a, b) -> a.toString().compareTo(b.toString()));
        if (dataset.getDefaultGraph().size() > 0 && !dataset.getContext().isTrue(
                org.apache.jena.tdb2.TDB2.symUnionDefaultGraph)) {
            graphs.add(0, Quad.defaultGraphIRI);
        }
        long total = 0;
        for (Node g : graphs) {
            total += dataset.getGraph(g).size();
        }
        long sent = 0;
        for (Node g : graphs) {
            String name = g.equals(Quad.defaultGraphIRI) ? "(default graph)" : g.getURI();
            URI target = target(g);
            delete(target, name);
            Iterator<Triple> triples = dataset.getGraph(g).find();
            // A blank node means the same node only within one request: triples with one go in a last request.
            List<Triple> withBlankNodes = new ArrayList<>();
            ByteArrayOutputStream body = new ByteArrayOutputStream(batch * 160);
            int inBatch = 0;
            while (triples.hasNext()) {
                Triple t = triples.next();
                if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                    withBlankNodes.add(t);
                    continue;
                }
                write(t, body);
                if (++inBatch == batch) {
                    sent += sendBatch(target, name, body, inBatch, sent, total);
                    inBatch = 0;
                }
            }
            withBlankNodes.forEach(t -> write(t, body));
            inBatch += withBlankNodes.size();
            if (inBatch > 0) {
                sent += sendBatch(target, name, body, inBatch, sent, total);
            }
        }
        return sent;
    }

    private int sendBatch(URI target, String name, ByteArrayOutputStream body, int triples, long sent, long total) {
        post(target, name, body.toByteArray());
        body.reset();
        progress.accept(String.format("sahel-kg: %s: sent %,d of %,d triples", name, sent + triples, total));
        return triples;
    }

    private static void write(Triple t, ByteArrayOutputStream out) {
        String line = NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                + NodeFmtLib.strNT(t.getObject()) + " .\n";
        out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
    }

    private URI target(Node graph) {
        String query = graph.equals(Quad.defaultGraphIRI) ? "default"
                : "graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8);
        String base = endpoint.toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + query);
    }

    private void delete(URI target, String graph) {
        HttpResponse<String> response = send(request(target).DELETE().build(), graph);
        // 404: the graph was not there, which is what a delete wants.
        if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
            throw refused("DELETE", graph, response);
        }
    }

    private void post(URI target, String graph, byte[] ntriples) {
        HttpResponse<String> response = send(request(target)
                .header("Content-Type", "application/n-triples; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ntriples)).build(), graph);
        if (response.statusCode() / 100 != 2) {
            throw refused("POST", graph, response);
        }
    }

    private HttpRequest.Builder request(URI target) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(10));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request, String graph) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("Cannot write " + graph + " to " + endpoint + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while writing " + graph + " to " + endpoint, e);
        }
    }

    private StoreException refused(String method, String graph, HttpResponse<String> response) {
        return new StoreException(endpoint + " refused " + method + " of " + graph + ": HTTP " + response.statusCode()
                + (message(response.body()).isEmpty() ? "" : ": " + message(response.body())));
    }

    /** The store's message as plain text: tags dropped, blank lines folded, at most 500 characters. */
    public static String message(String body) {
        String text = body == null ? "" : body.replaceAll("(?s)<(script|style|head)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
